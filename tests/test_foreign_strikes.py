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


@pytest.mark.parametrize(("text", "sub", "actor1"), [
    ("A strike by Israeli forces on Monday destroyed a house in Khan Younis, killing six people, medics said.",
     "Air/drone strike", "Military Forces of Israel"),
    ("Residents say a strike by US forces late on Monday flattened a two-storey house in Sanaa, killing four people.",
     "Air/drone strike", "Military Forces of the United States"),
    ("A strike carried out by the Turkish military hit a farm near Qamishli on Thursday, killing two children.",
     "Air/drone strike", "Military Forces of Turkey"),
    ("A missile strike by Russian forces hit a hotel in Kharkiv on Sunday, killing two people.",
     "Shelling/artillery/missile attack", "Military Forces of Russia"),
])
def test_a_strike_by_a_state_s_forces_is_from_the_air(extractor: Extractor, text: str, sub: str,
                                                     actor1: str) -> None:
    """'a strike by Israeli forces destroyed a house': "strike" with an armed force as its "by"-agent is an air or
    drone strike (a missile strike stays a missile attack; "a strike by army pensioners" is no attack)."""
    assert [(r.sub_event_type, r.actor1) for r in coded(extractor, text)] == [(sub, actor1)]


def test_a_strike_by_pensioners_is_no_air_strike(extractor: Extractor) -> None:
    text = "A strike by army pensioners shut government offices in Abuja on Monday."
    assert all(r.sub_event_type != "Air/drone strike" for r in coded(extractor, text))


@pytest.mark.parametrize(("text", "actor1"), [
    ("Islamic State fighters clashed with troops near Marte on Thursday, killing five soldiers.",
     "Islamic State (West Africa)"),
    ("Islamic State fighters killed 11 soldiers near Kolofata in Cameroon's Far North region on Sunday.",
     "Islamic State (West Africa)"),
    ("Gunmen on motorbikes killed 21 villagers near Ouallam on Thursday. Islamic State claimed the attack.",
     "Islamic State (Greater Sahara)"),
    ("IS fighters attacked a village near Menaka in Mali on Tuesday, killing nine civilians.",
     "Islamic State (Greater Sahara)"),
    ("Islamic State fighters attacked a checkpoint near Mosul on Monday, killing two soldiers.",
     "Islamic State (Iraq)"),
])
def test_the_islamic_state_is_named_by_its_province_where_acled_does(extractor: Extractor, text: str,
                                                                      actor1: str) -> None:
    """'Islamic State fighters clashed with troops near Marte': in Nigeria, Chad and Cameroon the group is its
    West Africa Province, in Mali, Niger and Burkina Faso its Sahel branch; elsewhere the country's branch."""
    assert [r.actor1 for r in coded(extractor, text)] == [actor1]
