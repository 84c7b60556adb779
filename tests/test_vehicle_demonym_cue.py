"""A demonym on a military vehicle, convoy or patrol ("an Israeli armoured vehicle in Jenin", "a Turkish armoured
vehicle ... near Tal Abyad") says whose it is, not where it was: it is a doer cue, as on aircraft, and does not
drop the town the sentence names. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "place", "country"), [
    ("An explosive device detonated under an Israeli armoured vehicle in Jenin on Wednesday, lightly injuring two "
     "soldiers.", "Jenin", "Palestine"),
    ("A Turkish armoured vehicle hit a mine near Tal Abyad on Monday, killing two soldiers.", "Tal Abyad", "Syria"),
    ("A Russian armoured vehicle struck a mine near Kupiansk on Monday, killing three soldiers.", "Kupiansk",
     "Ukraine"),
    ("Gunmen attacked an Israeli army jeep near Qalqilya on Monday, wounding a soldier.", "Qalqilya", "Palestine"),
])
def test_a_demonym_on_a_vehicle_keeps_the_town(extractor: Extractor, text: str, place: str, country: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 11, 18), title="", source="t"))
    assert [(r.location, r.country) for r in result.reports] == [(place, country)]
