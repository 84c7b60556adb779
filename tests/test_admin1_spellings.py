"""Provinces are written as ACLED writes them, across regions (resources/admin1_names.csv): Cameroon's regions
in French, Somalia's Banadir, the Philippines' National Capital Region, Croatia's counties in English,
Azerbaijan's rayons without "Rayon", and the other names of a province read in the text ("Karen State")."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(("town", "admin1"), [
    ("Maroua", "Extreme-Nord"),
    ("Bamenda", "Nord-Ouest"),
    ("Buea", "Sud-Ouest"),
    ("Mogadishu", "Banadir"),
    ("Quezon City", "National Capital Region"),
    ("Split, Croatia", "Split-Dalmatia"),
    ("Batumi", "Autonomous Republic of Adjara"),
    ("Wau, South Sudan", "Western Bahr el Ghazal"),
    ("Caracas", "Distrito Capital"),
    ("Muzaffarabad", "Azad Jammu and Kashmir"),
    ("Tartar, Azerbaijan", "Tartar"),
    ("Qatabah, Yemen", "Al Dhale'e"),
    ("Damt, Yemen", "Al Dhale'e"),
    ("Sderot, Israel", "HaDarom"),
    ("Nahariya, Israel", "HaZafon"),
    ("Ramla, Israel", "HaMerkaz"),
])
def test_a_towns_province_is_spelled_as_acled_spells_it(extractor: Extractor, town: str, admin1: str) -> None:
    text = f"Police arrested 12 people in {town} on Monday."
    reports = extractor.code(Document("t", text, DAY)).reports
    assert [r.admin1 for r in reports] == [admin1]


@pytest.mark.parametrize(("text", "admin1"), [
    ("Heavy fighting broke out in Karen State on Monday, killing four soldiers.", "Kayin"),
    ("Militants attacked a police post in J&K on Monday, killing two policemen.", "Jammu and Kashmir"),
    ("Troops clashed with rebels in Arakan State on Sunday, leaving six dead.", "Rakhine"),
])
def test_another_name_of_a_province_is_read_as_that_province(extractor: Extractor, text: str, admin1: str) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert admin1 in [r.admin1 for r in reports]
