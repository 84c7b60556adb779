"""Where a flight went or people were flown, evacuated or deported to is not where an event happened, even when
the sentence names no other place: the event keeps the place the text puts it in (here the dateline's city).
Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "location"), [
    ("TRIPOLI (Test Wire) - Militiamen detained a commander at the airport on Monday as he prepared to board a "
     "flight to Misrata.", "Tripoli"),
    ("TRIPOLI (Test Wire) - Rockets hit the city's only airport on Tuesday, forcing flights to be diverted to "
     "Misrata.", "Tripoli"),
    ("GOMA (Test Wire) - A mortar round hit a camp for displaced people on Sunday, killing two; the most badly hurt "
     "were airlifted to Kinshasa.", "Goma"),
])
def test_where_people_were_sent_is_not_the_place(extractor: Extractor, text: str, location: str) -> None:
    assert [r.location for r in coded(extractor, text)] == [location]


def test_a_place_named_beside_a_journey_still_counts(extractor: Extractor) -> None:
    text = "Gunmen kidnapped a businessman in Kano on Tuesday shortly before his flight to Lagos."
    assert [r.location for r in coded(extractor, text)] == ["Kano"]
