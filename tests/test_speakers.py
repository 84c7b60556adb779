"""Who speaks is not who acts: residents or villagers who only tell of an event ("residents said") are no crowd
at the scene. Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "sub"), [
    ("Militants torched 40 homes in Kukawa, residents said.", "Looting/property destruction"),
    ("Residents said militants torched 40 homes in Kukawa.", "Looting/property destruction"),
    ("Locals reported that bandits set fire to a market in Zurmi.", "Looting/property destruction"),
    ("Villagers said gunmen attacked a farm near Gusau on Sunday, killing three farmers.", "Attack"),
])
def test_residents_who_only_speak_are_no_crowd(extractor: Extractor, text: str, sub: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == [sub]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Angry residents torched the police station in Kano on Monday.", "Riots"),
    ("Villagers beat a suspected thief to death in Kano.", "Riots"),
])
def test_residents_who_act_are_still_a_crowd(extractor: Extractor, text: str, event_type: str) -> None:
    assert [r.event_type for r in coded(extractor, text)] == [event_type]
