"""Second-level divisions news names on their own, whose name is no town's: Burkina Faso's provinces ("Soum
province"), the Philippines' provinces ("Lanao del Sur"), Ethiopia's zones ("North Wollo zone"), Pakistan's
districts named otherwise than their seats ("Kurram"). Each is coded near its seat, in its country and province,
with the division as admin2 (`resources/admin2_divisions.csv`). Wordings written for this test."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor
from conflictlens.geo import countries, gazetteer
from conflictlens.taxonomy import GeoPrecision


@pytest.mark.parametrize(("text", "country", "admin1", "seat", "admin2"), [
    ("Suspected jihadists ambushed a supply convoy in Soum province on Sunday, killing nine soldiers.",
     "Burkina Faso", "Sahel", "Djibo", "Soum"),
    ("Gunmen on motorbikes killed six herders in the Oudalan province late on Friday, a local official said.",
     "Burkina Faso", "Sahel", "Gorom-Gorom", "Oudalan"),
    ("Gunmen stormed a market in Loroum province on Tuesday, killing four traders.",
     "Burkina Faso", "Nord", "Titao", "Loroum"),
    ("Troops clashed with communist guerrillas in Northern Samar on Wednesday, leaving two rebels dead.",
     "Philippines", "Eastern Visayas", "Catarman", "Northern Samar"),
    ("Two soldiers were wounded when militants fired on a patrol base in Lanao del Sur on Thursday.",
     "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Marawi", "Lanao del Sur"),
    ("An ambush by armed men in Maguindanao del Sur killed a village chief and his driver on Saturday.",
     "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Buluan", "Maguindanao del Sur"),
    ("Fano fighters overran a police post in the North Wollo zone on Monday, killing three officers.",
     "Ethiopia", "Amhara", "Weldiya", "North Wollo"),
    ("Unknown gunmen shot dead five traders in West Guji zone of Oromia on Friday.",
     "Ethiopia", "Oromia", "Hagere Maryam", "West Guji"),
    ("A roadside bomb struck a Frontier Corps vehicle in Kurram district on Sunday, killing two soldiers.",
     "Pakistan", "Khyber Pakhtunkhwa", "Parachinar", "Kurram"),
    ("Militants attacked a checkpost in North Waziristan overnight, killing a policeman.",
     "Pakistan", "Khyber Pakhtunkhwa", "Miran Shah", "North Waziristan"),
])
def test_a_division_named_alone_is_coded_near_its_seat(extractor: Extractor, text: str, country: str, admin1: str,
                                                       seat: str, admin2: str) -> None:
    reports = coded(extractor, text)
    assert reports, text
    r = reports[0]
    assert (r.country, r.admin1, r.admin2) == (country, admin1, admin2), r
    assert r.location.startswith(seat[:4]) and r.geo_precision == GeoPrecision.NEAR, r


def test_a_town_of_the_division_s_name_still_wins_when_the_text_names_the_town(extractor: Extractor) -> None:
    """"Cotabato City" is the city, not Cotabato province (whose seat is Kidapawan)."""
    reports = coded(extractor, "A grenade thrown at a bus terminal in Cotabato City on Monday wounded five people.")
    assert [r.location for r in reports] == ["Cotabato City"]


def test_an_unknown_division_name_gives_no_foreign_place(extractor: Extractor) -> None:
    """A division word after an unknown name does not make a foreign hamlet of that name the place."""
    reports = coded(extractor, "Gunmen killed five villagers in the Gravel province on Monday.")
    assert not reports or reports[0].country == "", reports


def test_every_division_row_is_found_at_its_seat() -> None:
    text = resources.files("conflictlens.resources").joinpath("admin2_divisions.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#")))
    assert len(rows) > 100
    for row in rows:
        iso3 = countries.iso3_of_iso2()[row["iso2"]]
        found = [p for p in gazetteer.default_gazetteer().lookup(row["name"])
                 if p.iso3 == iso3 and p.kind == "admin2"]
        assert found and found[0].admin2 == row["name"], row
        assert not row["admin1"] or found[0].admin1 == row["admin1"], (row, found[0])


@pytest.mark.parametrize(("text", "country", "admin1", "location"), [
    # an unknown village before a division of more than one word: the division places it
    ("On Sunday, masked men shot dead a village councillor in Sitio Kalumpang, Maguindanao del Sur.",
     "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Buluan"),
    ("A soldier was shot dead at a checkpoint in Sitio Lumbac, Lanao del Sur, on Friday.",
     "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Marawi City"),
    # a town named in another country too is the one inside the division named after it
    ("Gunmen killed four herders in Gara, West Guji zone, on Thursday.", "Ethiopia", "Oromia", "Hagere Maryam"),
    ("Soldiers clashed with rebels in Lamitan, Basilan, killing two.",
     "Philippines", "Bangsamoro Autonomous Region in Muslim Mindanao", "Lamitan"),
])
def test_a_division_after_a_village_is_its_address(extractor: Extractor, text: str, country: str, admin1: str,
                                                   location: str) -> None:
    reports = coded(extractor, text)
    assert [(r.country, r.admin1, r.location) for r in reports] == [(country, admin1, location)], reports


@pytest.mark.parametrize("text", [
    ("COTABATO CITY (Test Wire) - A grenade blast at a market in Maguindanao del Sur killed a vendor on Friday, "
     "police said.\n\nThe grenade was thrown at a row of stalls in Datu Piang on Friday evening, killing a 50-year-old "
     "vendor, police said."),
    ("OUAGADOUGOU (Test Wire) - Jihadists killed 11 soldiers in an ambush in Soum province on Monday, the army said."
     "\n\nThe convoy was ambushed near Arbinda on Monday morning, killing 11 soldiers, the army said."),
    ("PESHAWAR (Test Wire) - A roadside bomb killed four soldiers in North Waziristan on Tuesday, the military said."
     "\n\nThe roadside bomb struck a patrol near Mir Ali on Tuesday, killing four soldiers, the military said."),
])
def test_an_event_told_by_its_division_and_then_by_its_town_is_one(extractor: Extractor, text: str) -> None:
    """A lead names the division, the body the town inside it: one event, at the town."""
    reports = coded(extractor, text)
    assert len(reports) == 1, [(r.sub_event_type, r.location) for r in reports]
