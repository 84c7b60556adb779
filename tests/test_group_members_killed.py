"""People a figure counts as an armed group's members are armed: "Soldiers killed three al-Shabaab members near
Afgoye", "Military police killed three suspected PCC members during a raid" are clashes with the killers as actor1
and the group as actor2, not the group attacking civilians. Members of a party stay civilians. Wordings written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 8, 11)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Soldiers killed three al-Shabaab members near Afgoye on Thursday.", "Military Forces of Somalia",
     "Al Shabaab"),
    ("Military police killed three suspected PCC members during a raid in Sao Paulo on Thursday.",
     "Military Forces of Brazil (2019-) Military Police", "PCC: First Capital Command"),
    ("Police killed three suspected Comando Vermelho members during a raid in the Mare complex in Rio de Janeiro "
     "on Thursday.", "Police Forces of Brazil", "CV: Red Command"),
    ("Troops shot dead four ELN operatives near Tibu on Thursday, the army said.", "Military Forces of Colombia",
     "ELN: National Liberation Army"),
])
def test_a_groups_members_killed_are_its_side_of_a_clash(extractor: Extractor, text: str, actor1: str,
                                                         actor2: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Armed clash", actor1, actor2)


def test_a_partys_members_stay_civilians(extractor: Extractor) -> None:
    event = only_event(extractor, "Gunmen shot dead two PTI members in Peshawar on Thursday.", day=DAY)
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Pakistan)")
