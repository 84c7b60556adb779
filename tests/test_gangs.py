"""Criminal gangs the text does not name (ACLED's "Unidentified Gang (<country>)"), as doers and as targets. Every
text is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Report


def only(extractor: Extractor, text: str) -> Report:
    return only_event(extractor, text, day=dt.date(2024, 3, 12))


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Armed gangs attacked the town of Mirebalais on Monday, killing 15 people and torching houses.",
     "Unidentified Gang (Haiti)", "Civilians (Haiti)"),
    ("Gangsters on motorbikes opened fire on a bar in Cali on Saturday, killing seven people.",
     "Unidentified Gang (Colombia)", "Civilians (Colombia)"),
    ("Gunmen from a criminal gang opened fire on residents of a village near Culiacan, killing six.",
     "Unidentified Gang (Mexico)", "Civilians (Mexico)"),
    ("Police exchanged fire with gang members in Port-au-Prince on Tuesday, killing four of them.",
     "Police Forces of Haiti", "Unidentified Gang (Haiti)"),
    ("Gunmen shot dead two alleged gang members in Acapulco on Sunday.",
     "Unidentified Armed Group (Mexico)", "Unidentified Gang (Mexico)"),
])
def test_a_gang_nobody_names_is_an_unidentified_gang(extractor: Extractor, text: str, actor1: str,
                                                     actor2: str) -> None:
    r = only(extractor, text)
    assert (r.actor1, r.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text", [
    "Gang members stormed a neighbourhood of Port-au-Prince overnight, killing nine residents.",
    "Gang members stormed the suburb of Carrefour on Sunday, killing 20 people.",
    "Rival gangs stormed a neighbourhood in Kingston, killing four people.",
    "Gangsters in pick-up trucks attacked a neighbourhood of Guayaquil, shooting six people dead.",
])
def test_gangs_that_storm_or_raid_a_neighbourhood_attack_civilians(extractor: Extractor, text: str) -> None:
    r = only(extractor, text)
    assert (r.sub_event_type, r.actor2.split(" (")[0]) == ("Attack", "Civilians")


@pytest.mark.parametrize(("text", "actor1"), [
    ("Gang members armed with assault rifles stormed a neighbourhood of Port-au-Prince, killing nine residents.",
     "Unidentified Gang (Haiti)"),
    ("Members of the Viv Ansanm gang coalition raided a neighbourhood in Port-au-Prince, killing 12 people.",
     "Viv Ansanm"),
    ("Suspected gang members in Honduras shot dead five bus drivers in San Pedro Sula on Monday.",
     "Unidentified Gang (Honduras)"),
    ("Gang members went on a shooting spree in a market in Port Harcourt, killing six traders.",
     "Unidentified Gang (Nigeria)"),
    ("Gang members armed with machetes attacked farmers near Mirebalais, killing five.", "Unidentified Gang (Haiti)"),
])
def test_gang_members_who_act_are_the_doers_not_the_victims(extractor: Extractor, text: str, actor1: str) -> None:
    r = only(extractor, text)
    assert (r.sub_event_type, r.actor1) == ("Attack", actor1)
