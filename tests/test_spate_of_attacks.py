"""Events named by the many, as a whole ("in a spate of attacks on farming villages", "a series of attacks across
the north", "A wave of attacks on police posts"), are no event of their own, and the toll counted across them is no
event's; an event the sentence tells besides stays ("Gunmen killed five villagers in Zurmi, the latest in a series of
attacks"). Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _coded(extractor: Extractor, text: str) -> list[tuple[str, int]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2022, 4, 13), title="", source="t"))
    return [(r.sub_event_type, r.fatalities) for r in result.reports]


@pytest.mark.parametrize("text", [
    "At least 22 people have been killed in a spate of attacks on farming villages in Benue and Plateau states since "
    "Sunday, officials said.",
    "More than 40 people were killed in a series of attacks across northern Burkina Faso this week, security sources "
    "said.",
    "A wave of attacks on police posts in Balochistan has killed 15 officers since Friday.",
])
def test_a_spate_of_attacks_is_no_event(extractor: Extractor, text: str) -> None:
    assert _coded(extractor, text) == []


def test_an_event_told_beside_a_series_stays(extractor: Extractor) -> None:
    text = "Gunmen killed five villagers in Zurmi on Sunday, the latest in a series of attacks on the district."
    assert _coded(extractor, text) == [("Attack", 5)]
