"""The town a place is told from is no place of the event: "In Kupiansk, east of Kharkiv", "Bakhmut, 90 km north
of Donetsk". Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "town"), [
    ("In Kupiansk, east of Kharkiv, Russian artillery shelled the town centre on Wednesday, killing a woman.",
     "Kupiansk"),
    ("In Bakhmut, 90 km north of Donetsk, Russian shelling killed two civilians on Monday.", "Bakhmut"),
    ("At Pokrovsk, west of Donetsk, a missile struck a school on Tuesday, wounding four teachers.", "Pokrovsk"),
    ("Gunmen stormed a church in Owo, some 300 km east of the city of Lagos, on Sunday, killing 22 worshippers.",
     "Owo"),
])
def test_the_town_a_place_is_told_from_is_not_the_event_s(extractor: Extractor, text: str, town: str) -> None:
    assert [r.location for r in coded(extractor, text)] == [town]


def test_a_place_known_only_by_the_town_it_is_told_from_stays_there(extractor: Extractor) -> None:
    text = "Gunmen attacked a village north of Kaya on Friday, killing 12 people."
    assert [r.location for r in coded(extractor, text)] == ["Kaya"]
