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
    ("Goris, Armenia", "Syunik"),
    ("Vanadzor, Armenia", "Lori"),
    ("Hrazdan, Armenia", "Kotayk"),
    ("Urumqi, China", "Xinjiang"),
    ("Nanning, China", "Guangxi"),
    ("Udon Thani, Thailand", "Udon Thani"),
    ("Khujand, Tajikistan", "Sughd"),
    ("Grodno, Belarus", "Grodno"),
    ("Saransk, Russia", "Mordovia"),
    ("Cherkessk, Russia", "Karachay-Cherkessia"),
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


@pytest.mark.parametrize(("text", "country", "admin1"), [
    # a province named in brackets or after a comma as ACLED and the news write it, not as GeoNames does
    ("Azerbaijani forces shelled positions near Jermuk (Vayots Dzor) on Tuesday, wounding two soldiers.",
     "Armenia", "Vayots Dzor"),
    ("Two Armenian soldiers were killed in a clash with Azerbaijani troops near Sotk, Gegharkunik, on Monday.",
     "Armenia", "Gegharkunik"),
    ("A drone struck a farm in Syunik province on Sunday, wounding a shepherd.", "Armenia", "Syunik"),
    ("Police in Urumqi, Xinjiang, detained dozens of men on Friday.", "China", "Xinjiang"),
])
def test_a_province_written_as_acled_writes_it_is_found(extractor: Extractor, text: str, country: str,
                                                        admin1: str) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert [(r.country, r.admin1) for r in reports] == [(country, admin1)]
