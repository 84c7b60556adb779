"""Spanish and Portuguese nouns in the names of offices are no place: "the Ombudsman's Office (Defensoria del
Pueblo)" is not Puebla in Mexico nor Pueblo in Colorado, and does not point a Colombian text to Mexico. Wordings
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "country"), [
    ("The Ombudsman's Office (Defensoria del Pueblo) said on Sunday that dissidents had attacked a police post "
     "in Suarez, Cauca, on Saturday. On Saturday evening soldiers clashed with dissidents near El Plateado, "
     "killing two.",
     "Colombia"),
    ("Peru's Defensoria del Pueblo reported that two soldiers were killed in an ambush near Vizcatan del Ene on "
     "Saturday.", "Peru"),
    ("Ecuador's Defensoria del Pueblo said on Sunday that police had shot dead two inmates during a riot at the "
     "prison in Machala on Saturday.", "Ecuador"),
    ("Soldiers killed three dissidents near Puerto Guzman, Putumayo, on Saturday, the Defensoria del Pueblo said.",
     "Colombia"),
    ("The Fiscalia General de la Nacion opened an inquiry after gunmen shot dead a community leader near "
     "Tumaco on Saturday.", "Colombia"),
])
def test_an_office_word_is_no_place(extractor: Extractor, text: str, country: str) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert reports and {r.country for r in reports} == {country}
