"""A state's aircraft, drones, missiles or guns striking another country: the demonym on the weapon says who
struck, not where ("Israeli warplanes struck a building in Bint Jbeil" is in Lebanon). Wordings written for this
test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "country", "location"), [
    ("Russian warplanes bombed a hospital in Saraqib on Tuesday, killing four medics.", "Syria", "Saraqib"),
    ("A Turkish drone struck a vehicle near Kobani, killing two fighters.", "Syria", "Kobani"),
    ("Israeli warplanes struck a building in Bint Jbeil, killing two people.", "Lebanon", "Bint Jbeil"),
    ("Israeli jets struck a house in the southern Lebanese town of Aitaroun, killing three people.", "Lebanon",
     None),
])
def test_the_weapon_s_demonym_is_the_doer_not_the_place(extractor: Extractor, text: str, country: str,
                                                       location: str | None) -> None:
    (r,) = coded(extractor, text)
    assert r.country == country
    assert location is None or r.location == location


@pytest.mark.parametrize(("text", "location"), [
    ("Nigerian Air Force jets bombed a Boko Haram camp near Bama.", "Bama"),
    ("Turkish artillery shelled villages near Manbij on Sunday, wounding five civilians.", "Manbij"),
])
def test_a_strike_at_home_or_on_a_known_town_keeps_its_place(extractor: Extractor, text: str, location: str) -> None:
    (r,) = coded(extractor, text)
    assert r.location == location


@pytest.mark.parametrize(("text", "country", "location"), [
    ("Islamic State Sahel fighters attacked a village near Menaka on Sunday.", "Mali", "Menaka"),
    ("Islamic State Sahel militants killed 12 civilians near Tillaberi on Monday.", "Niger", None),
    ("Islamic State Sahel gunmen killed seven villagers in Ansongo on Friday.", "Mali", "Ansongo"),
])
def test_a_place_inside_a_group_s_name_is_no_place_of_the_event(extractor: Extractor, text: str, country: str,
                                                              location: str | None) -> None:
    (r,) = coded(extractor, text)
    assert r.country == country
    assert location is None or r.location == location


@pytest.mark.parametrize("text", [
    "Fighters of the Islamic State Sahel Province ambushed soldiers near Gao, killing five.",
    "ISSP militants killed 20 villagers near Menaka on Sunday.",
    "IS Sahel fighters attacked an army post in Tillaberi region on Monday.",
])
def test_the_sahel_branch_s_new_names_are_the_group(extractor: Extractor, text: str) -> None:
    (r,) = coded(extractor, text)
    assert r.actor1 == "Islamic State (Greater Sahara)"
