"""A town's name after two or more words of a person's name is a surname ("gunmen killed Ernesto Salgado Nava, a
city councillor, in Taxco"): it never places the event, even in a country the text names. Wordings written for
this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "location"), [
    ("Two days later, gunmen killed Ernesto Salgado Nava, a city councillor, in Taxco as he left a meeting, the "
     "state governor's office said.", "Taxco"),
    ("Assailants killed Pedro Luis Ramirez Cordoba, a union leader, in Tumaco on Sunday, police said.", "Tumaco"),
    ("Hitmen shot dead Jose Manuel Rivas Celaya, a police commander, in Uruapan on Wednesday.", "Uruapan"),
])
def test_a_surname_that_is_a_town_places_nothing(extractor: Extractor, text: str, location: str) -> None:
    assert [r.location for r in coded(extractor, text)] == [location]
