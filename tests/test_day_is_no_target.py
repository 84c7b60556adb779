"""A day or time of day after "on" or "at" is when, never whom: "Late on Saturday, an unidentified man threw a grenade
at a police post ..., police said" hit the post (the police are actor2), and the police who tell of it are not the
doer. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2023, 8, 16)


@pytest.mark.parametrize(("text", "country"), [
    ("Late on Saturday, an unidentified man threw a grenade at a police post in Cucuta, wounding two officers, "
     "police said.", "Colombia"),
    ("Late on Saturday, an unknown man hurled a grenade at a police post in Kulgam, police said.", "India"),
    ("Early on Friday, two men threw a grenade at a police station in Chittagong, injuring a constable, police said.",
     "Bangladesh"),
    ("On Wednesday, an assailant hurled a grenade at a police vehicle in Sopore, police said.", "India"),
])
def test_the_post_hit_not_the_day(extractor: Extractor, text: str, country: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.actor1, event.actor2) == (f"Unidentified Armed Group ({country})", f"Police Forces of {country}")
