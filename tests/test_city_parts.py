"""A big city named as the owner of its own parts ("two northern Baghdad neighbourhoods", "a crowded Kabul
square") is the place; a small place named like a neighbourhood ("in Bom Jardim neighborhood") is not. Wordings
written for this test, end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(("text", "location"), [
    ("Car bomb blasts in two northern Baghdad neighbourhoods killed at least 17 people on Friday.", "Baghdad"),
    ("A bomb exploded in a crowded Kabul square on Friday, killing six.", "Kabul"),
    ("Gunmen opened fire in several eastern Aleppo neighbourhoods, killing four civilians.", "Aleppo"),
    ("A suicide bomber struck a busy Mogadishu square on Sunday, killing nine.", "Mogadishu"),
])
def test_a_big_city_owning_its_parts_is_the_place(extractor: Extractor, text: str, location: str) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert [r.location for r in reports] == [location]


@pytest.mark.parametrize(("text", "location"), [
    ("A young woman journalist was gunned down on a Mogadishu street.", "Mogadishu"),
    ("A shopkeeper was shot dead on a busy Karachi street on Monday.", "Karachi"),
    ("Gunmen killed a money changer on a crowded Kabul road on Sunday.", "Kabul"),
    ("Gunmen shot dead a driver on Jalalabad road in Kabul on Monday.", "Kabul"),
])
def test_one_street_of_a_big_city_is_in_the_city(extractor: Extractor, text: str, location: str) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert [r.location for r in reports] == [location]
