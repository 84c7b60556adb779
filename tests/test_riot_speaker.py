"""The police or army who tell of a riot are not the side the rioters hit: "Angry villagers beat two suspected thieves
to death in Kisii, police said" is a mob against civilians, "Rioters burned three shops in Kano, according to police"
names no side hit. Rioters who stormed a police station hit the police. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "actor2"), [
    ("Angry villagers beat two suspected thieves to death in Kisii on Saturday, police said.", "Civilians (Kenya)"),
    ("Rioters burned three shops in Kano on Saturday, according to police.", ""),
    ("A mob lynched a man accused of blasphemy in Sialkot on Saturday, the police said.", "Civilians (Pakistan)"),
    ("Youths set fire to a bus in Dakar on Saturday during a violent demonstration, the army said.", ""),
    ("A mob stormed a police station in Kasese on Saturday and freed a suspect, police said.",
     "Police Forces of Uganda"),
])
def test_who_tells_of_a_riot_is_not_its_target(extractor: Extractor, text: str, actor2: str) -> None:
    assert only_event(extractor, text, day=DAY).actor2 == actor2
