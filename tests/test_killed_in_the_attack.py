"""People "killed in the attack" or who "died in the attack" are the dead of an attack told before: the sentence
gives that event's toll, it is no second event (an attack on civilians beside the battle it follows). Wordings
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

DAY = dt.date(2024, 6, 12)


@pytest.mark.parametrize(("text", "fatalities"), [
    ("Militants ambushed a police patrol near Bannu on Monday. Police said two policemen were killed in the attack.",
     2),
    ("Insurgents fought troops near Damboa on Monday. The army said three soldiers were killed in the attack.", 3),
    ("Rebels ambushed an army convoy near Beni on Tuesday. Officials said four soldiers died in the attack.", 4),
])
def test_the_dead_of_the_attack_told_before(extractor: Extractor, text: str, fatalities: int) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert [(r.sub_event_type, r.fatalities) for r in reports] == [("Armed clash", fatalities)]


def test_an_attack_told_with_its_dead_stays_an_event(extractor: Extractor) -> None:
    text = "Three civilians were killed in the attack on a market in Gao on Friday, officials said."
    assert [(r.sub_event_type, r.fatalities) for r in extractor.code(Document("t", text, DAY)).reports] == [
        ("Attack", 3)]
