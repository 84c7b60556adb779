"""Combatants told shot dead in a sentence after a fight ("The command said one soldier was killed and two rebels were
shot dead") give the fight's toll: no attack on civilians of their own. Civilians shot dead stay an attack.
Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "dead"), [
    ("On Tuesday, soldiers clashed with TPNPB fighters on a ridge above Sugapa. The military's regional command said "
     "one soldier was killed and two rebels were shot dead.", 3),
    ("Troops fought al Shabaab militants near Jowhar on Tuesday. A commander said three soldiers died and seven "
     "militants were shot dead during the battle.", 10),
    ("Police raided a gang hideout in the Delmas district of Port-au-Prince on Friday, triggering a shootout. Four "
     "gang members were shot dead and an officer was wounded, police said.", 4),
])
def test_combatants_shot_dead_are_the_fight_s_toll(extractor: Extractor, text: str, dead: int) -> None:
    reports = coded(extractor, text)
    assert [(r.sub_event_type, r.fatalities) for r in reports] == [("Armed clash", dead)]


@pytest.mark.parametrize("text", [
    "A journalist was shot dead outside his home in Karachi on Monday, police said.",
    "Gunmen shot dead a farmer near Kaya on Sunday.",
])
def test_civilians_shot_dead_are_an_attack(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Attack"]
