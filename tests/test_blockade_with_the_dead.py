"""People who block a road with the bodies or coffins of the dead protest the killing: "Hundreds of youths blocked
the highway with the bodies of some of the victims" is no attack, "Angry villagers blocked the road to Bunia with
the coffins of those killed" no mob; forces that block roads do not protest. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _coded(extractor: Extractor, text: str) -> list[str]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2022, 4, 13), title="", source="t"))
    return [r.sub_event_type for r in result.reports]


@pytest.mark.parametrize("text", [
    "Hundreds of youths blocked the Makurdi-Lafia highway with the bodies of some of the victims on Monday, halting "
    "traffic for hours.",
    "Angry villagers blocked the road to Bunia with the coffins of those killed on Sunday.",
    "Mourners barricaded the highway near Mubi with the bodies of the dead on Monday.",
])
def test_a_road_blocked_with_the_dead_is_a_protest(extractor: Extractor, text: str) -> None:
    assert _coded(extractor, text) == ["Peaceful protest"]


def test_troops_blocking_a_road_do_not_protest(extractor: Extractor) -> None:
    assert "Peaceful protest" not in _coded(extractor, "Troops blocked the road to Bama with armoured vehicles on "
                                                       "Sunday after the attack.")
