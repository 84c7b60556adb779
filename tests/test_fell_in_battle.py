"""A side's dead told as having "fallen" ("four of its heroes fell in the attack", "three soldiers fell in combat",
"two officers fell as martyrs") are counted as killed; a town that "fell" to a group is taken, nobody died. Wordings
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 6, 12)


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen attacked an army post near Dori on Monday. The army said four of its heroes fell in the attack.", 4),
    ("Insurgents ambushed a convoy near Menaka on Sunday; three soldiers fell in combat, the army said.", 3),
    ("Gunmen attacked an army post near Dori on Monday. The army said two soldiers fell in the fighting.", 2),
])
def test_the_fallen_are_dead(extractor: Extractor, text: str, killed: int) -> None:
    assert only_event(extractor, text, day=DAY).fatalities == killed


def test_a_town_that_fell_killed_nobody(extractor: Extractor) -> None:
    event = only_event(extractor, "The town of Bichena fell to Fano fighters on Monday.", day=DAY)
    assert (event.sub_event_type, event.fatalities) == ("Non-state actor overtakes territory", 0)
