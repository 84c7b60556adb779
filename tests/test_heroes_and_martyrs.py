"""A side's own dead told in its own words ("three heroes had been killed", "two martyrs were killed", "four of our
comrades were killed") are counted, as soldiers or fighters are. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2018, 11, 12)


@pytest.mark.parametrize(("text", "killed"), [
    ("Islamic State militants attacked a PMF checkpoint west of Tuz Khurmatu on Sunday. The PMF said three heroes "
     "had been killed and two wounded.", 3),
    ("Militants ambushed a police patrol near Bannu on Monday. Police said two martyrs were killed in the attack.", 2),
    ("Gunmen attacked an army post near Dori on Monday. The army said four of its comrades were killed in the "
     "fighting.", 4),
    ("Insurgents overran an outpost near Tillaberi on Friday. The defence ministry said six heroes were killed in the "
     "assault and nine were wounded.", 6),
])
def test_a_sides_own_words_for_its_dead(extractor: Extractor, text: str, killed: int) -> None:
    assert only_event(extractor, text, day=DAY).fatalities == killed
