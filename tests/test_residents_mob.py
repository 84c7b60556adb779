"""Residents, villagers or a crowd of young men who attack, chase or storm are a mob: "groups of residents armed with
clubs and knives attacked migrants", "residents stormed a police station and freed a suspect". Residents who said
something did nothing. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded, only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "actor2"), [
    ("On Saturday evening, groups of residents armed with clubs and knives attacked migrants in the Haffara "
     "neighbourhood of Sfax.", "Civilians (Tunisia)"),
    ("Residents armed with machetes chased Fulani herders out of a village near Jos on Saturday, burning their huts.",
     "Civilians (Nigeria)"),
    ("Dozens of residents stormed a police station in Kasese on Saturday and freed a suspect, police said.",
     "Police Forces of Uganda"),
    ("Hundreds of young men armed with sticks attacked foreign-owned shops in Soweto on Saturday, a witness said.",
     "Civilians (South Africa)"),
])
def test_residents_who_attack_are_a_mob(extractor: Extractor, text: str, actor2: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.sub_event_type, event.actor1.split(" (")[0], event.actor2) == ("Mob violence", "Rioters", actor2)


def test_residents_who_said_something_are_no_mob(extractor: Extractor) -> None:
    text = "Residents said soldiers attacked the village of Kongo near Beni on Saturday, killing three people."
    assert "Riots" not in [r.event_type for r in coded(extractor, text, day=DAY)]
