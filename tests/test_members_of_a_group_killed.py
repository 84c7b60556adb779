"""People a force killed, counted as members or fighters "of" an armed group, are that group: the fight is a battle
with the group as actor2, never an attack on civilians by it. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 7, 16)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Troops killed five members of Al-Shabaab near Jilib on Sunday.", "Military Forces of Somalia", "Al Shabaab"),
    ("Troops killed five fighters of Al-Shabaab near Jilib on Sunday.", "Military Forces of Somalia", "Al Shabaab"),
    ("Soldiers killed three members of the Carlos Patino front in Argelia on Saturday.",
     "Military Forces of Colombia", "FARC Dissidents"),
    ("The army said it had killed eight members of the ELN in Arauca on Friday.", "Military Forces of Colombia",
     "ELN: National Liberation Army"),
    ("Government forces killed 12 members of the Arakan Army in Paletwa on Friday, state media said.",
     "Military Forces of Myanmar", "Arakan Army"),
])
def test_members_of_a_group_killed(extractor: Extractor, text: str, actor1: str, actor2: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", actor1, actor2)


def test_members_of_a_family_are_civilians(extractor: Extractor) -> None:
    event = only_event(extractor, "Bandits killed four members of a family in Katsina on Monday.", day=DAY)
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Nigeria)")
