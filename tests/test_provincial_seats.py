"""A province named alone is coded to its seat (docs/taxonomy.md §4), and the seat is the provincial capital, not the
province's biggest town: Tillaberi's is Tillaberi (not Mehana), Cameroon's Nord's is Garoua (not Guider), Marsabit's
is Marsabit (not Moyale), Mardin's is Mardin (not Kiziltepe), Artibonite's is Gonaives (not Saint-Marc).
Sentences written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.geo.gazetteer import capital_of_admin1, normalise
from conflictlens.models import Document


@pytest.mark.parametrize(("iso3", "admin1", "seat"), [
    ("NER", "Tillaberi", "Tillaberi"),
    ("CMR", "Nord", "Garoua"),
    ("KEN", "Marsabit", "Marsabit"),
    ("TUR", "Mardin", "Mardin"),
    ("HTI", "Artibonite", "Gonaives"),
    ("SOM", "Gedo", "Garbahaarrey"),
    ("CAF", "Haut-Mbomou", "Obo"),
    ("TCD", "Batha", "Ati"),
    ("MEX", "Jalisco", "Guadalajara"),
    ("IDN", "West Papua", "Manokwari"),
])
def test_the_seat_is_the_capital(iso3: str, admin1: str, seat: str) -> None:
    place = capital_of_admin1(iso3, admin1)
    assert place is not None and normalise(place.name) == normalise(seat)


@pytest.mark.parametrize(("text", "seat"), [
    ("Gunmen killed five villagers in Tillaberi region on Sunday, officials said.", "Tillaberi"),
    ("Separatists abducted four teachers in Cameroon's Nord region on Sunday, the governor said.", "Garoua"),
    ("Bandits killed three herders in Marsabit county on Sunday, police said.", "Marsabit"),
])
def test_an_event_in_a_province_goes_to_its_seat(extractor: Extractor, text: str, seat: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 2, 12), title="", source="t"))
    assert [normalise(r.location) for r in result.reports] == [normalise(seat)]
