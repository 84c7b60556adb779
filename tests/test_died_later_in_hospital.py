"""A victim who died later, in hospital or of wounds, is one more of the event's dead, not a new event where the
hospital stands: "On Wednesday the toll rose to six after a young man died at Faridpur Medical College Hospital".
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 22)


@pytest.mark.parametrize(("text", "location", "fatalities"), [
    ("Gunmen killed three traders in Kaduna on Monday. A fourth victim died on Tuesday at Ahmadu Bello University "
     "Teaching Hospital in Zaria, police said.", "Kaduna", 4),
    ("A roadside bomb killed two soldiers near Kismayo on Monday. A third soldier died of his wounds on Tuesday at "
     "a military hospital in Mogadishu.", "Kismayo", 3),
    ("Police shot dead four protesters in Gopalganj, Bangladesh, on Monday. On Tuesday the toll rose to five after "
     "a student died at Faridpur Medical College Hospital, a doctor said.", "Gopalganj", 5),
    ("Militants stormed a checkpoint in Bannu on Monday, killing two policemen. A third officer died of his "
     "injuries on Tuesday in Peshawar, officials said.", "Bannu", 3),
])
def test_a_later_death_in_hospital_is_the_event_s(extractor: Extractor, text: str, location: str,
                                                 fatalities: int) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.location, max(c.killed or 0 for c in event.claims)) == (location, fatalities)
