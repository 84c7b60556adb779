"""A demonym joined to a force or weapon by "-made", "-built", "-designed", "-trained", "-backed" names its maker,
trainer or backer, not who used it: "Saudi-backed government forces" in Yemen are Yemen's, "Russian-made jets" over
Idlib are no proof of Russia's. A "-led" coalition is still its leader's. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _actor1(extractor: Extractor, text: str, published: dt.date = dt.date(2025, 3, 12)) -> list[str]:
    result = extractor.code(Document(doc_id="d", text=text, published=published, title="", source="t"))
    return [r.actor1 for r in result.reports]


@pytest.mark.parametrize(("text", "not_actor1"), [
    ("Saudi-backed government forces attacked Houthi positions near Marib, Yemen, on Monday, killing 12 fighters.",
     "Military Forces of Saudi Arabia"),
    ("Russian-made jets bombed a market in Idlib, Syria, on Monday, killing 12 civilians.",
     "Military Forces of Russia"),
    ("Both sides have bought Turkish- and Iranian-designed aircraft since 2021, and Monday's strike on a market in "
     "Batken, Kyrgyzstan, killed a man.", "Military Forces of Iran"),
    ("US-trained commandos raided a compound near Lashkar Gah, Afghanistan, on Monday, killing six militants.",
     "Military Forces of the United States"),
])
def test_a_maker_or_backer_is_no_user(extractor: Extractor, text: str, not_actor1: str) -> None:
    found = _actor1(extractor, text, dt.date(2019, 3, 12))
    assert found and not_actor1 not in found


def test_a_led_coalition_is_its_leader(extractor: Extractor) -> None:
    assert _actor1(extractor, "Saudi-led coalition jets bombed a market in Saada, Yemen, on Monday, killing 12 "
                              "civilians.") == ["Military Forces of Saudi Arabia"]
