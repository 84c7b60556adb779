"""A capital named as the source of a figure speaks for its government and is no place of the event: "a fresh
battle group of about 1,000 soldiers, according to Kigali, landed at the port of Mocimboa da Praia". Wordings
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "location"), [
    ("Insurgents ambushed a patrol near Mocimboa da Praia on Saturday, killing eleven fighters, according to "
     "Kigali.", "Mocimboa da Praia"),
    ("Drones struck an oil depot near Bryansk on Saturday, killing two workers, according to Moscow, which blamed "
     "Ukraine.", "Bryansk"),
    ("Troops clashed with rebels near Bunagana on Saturday, leaving 14 rebels dead, according to Kinshasa.",
     "Bunagana"),
    ("Gunmen attacked a checkpoint near Miranshah on Saturday and killed three soldiers, according to Islamabad.",
     "Miranshah"),
])
def test_a_capital_as_the_source_is_no_place(extractor: Extractor, text: str, location: str) -> None:
    assert only_event(extractor, text, day=DAY).location == location


def test_a_capital_where_it_happened_stays(extractor: Extractor) -> None:
    text = "A car bomb exploded in Kabul on Saturday, killing three people, according to police."
    assert only_event(extractor, text, day=DAY).location == "Kabul"
