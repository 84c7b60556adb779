"""A country spelt as a dotted initialism ("the U.K.", "the U.A.E.") is the country, as "UK" and "UAE" are: as the
one who fired it is its forces, as a cue it resolves. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.geo.countries import iso3_by_name
from conflictlens.geo.cues import doer_cues

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "actor1", "country"), [
    ("The U.A.E. carried out drone strikes on a convoy near Port Sudan on Saturday, killing seven people, the army "
     "said.", "Military Forces of the United Arab Emirates", "Sudan"),
    ("The U.K. fired missiles at a radar site near Hodeidah on Saturday, killing two guards, the Houthis said.",
     "Military Forces of the United Kingdom", "Yemen"),
    ("A drone strike hit a wedding party near Kufra on Saturday, killing five people, and local elders blamed the "
     "U.A.E.", "Military Forces of the United Arab Emirates", "Libya"),
    ("Rebel leaders accused the U.K. of carrying out the air strike that killed four fighters near Marib on "
     "Saturday.", "Military Forces of the United Kingdom", "Yemen"),
])
def test_a_dotted_initialism_that_fired_is_its_forces(extractor: Extractor, text: str, actor1: str,
                                                      country: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.actor1, event.country) == (actor1, country)


@pytest.mark.parametrize(("sentence", "iso3"), [
    ("The U.S. struck a weapons depot near Jilib on Saturday.", "USA"),
    ("On Friday the U.K. launched missiles at a radar site.", "GBR"),
    ("The U.A.E. carried out drone strikes near Nyala.", "ARE"),
])
def test_a_dotted_initialism_that_fired_is_a_doer_cue(sentence: str, iso3: str) -> None:
    assert [iso3_by_name(name) for name in doer_cues(sentence)] == [iso3]


@pytest.mark.parametrize(("name", "iso3"), [
    ("U.S.", "USA"), ("the U.K.", "GBR"), ("U.A.E.", "ARE"), ("U.S.-led", None),
])
def test_a_dotted_initialism_names_its_country(name: str, iso3: str | None) -> None:
    assert iso3_by_name(name) == iso3
