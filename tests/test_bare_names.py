"""A side named without a country where its sentence could place none ("..., while the army said six soldiers died"
after a town the geocoder is unsure of) takes the event's country: ACLED has no "Military Forces" of nowhere. Forces
named so that then take the target's name ("A police officer returned fire") are the target's side, not the doer.
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor
from conflictlens.extract.recode import side
from conflictlens.nlp.actors import ActorMention

DAY = dt.date(2024, 5, 10)


@pytest.mark.parametrize("text", [
    "Militants ambushed a convoy near Tank on Tuesday. Local elders put the death toll at 11, while the army said "
    "six soldiers died.",
    "Insurgents attacked an army post outside Tank on Monday night. Residents said the fighting lasted two hours, "
    "while the army said five soldiers were killed.",
])
def test_the_army_of_the_event_s_country(extractor: Extractor, text: str) -> None:
    names = {n for r in coded(extractor, text, day=DAY) for n in (r.actor1, r.actor2)}
    assert "Military Forces of Pakistan" in names and "Military Forces" not in names


@pytest.mark.parametrize(("text", "country"), [
    ("Two men on a motorbike fired at a police post in Arecibo on Sunday. A police officer returned fire, wounding "
     "one of them.", "Puerto Rico"),
    ("Three gunmen shot at a police station in Port of Spain on Sunday night. The police returned fire and the "
     "attackers fled.", "Trinidad and Tobago"),
])
def test_police_named_without_a_country_are_the_target_s(extractor: Extractor, text: str, country: str) -> None:
    [report] = coded(extractor, text, day=DAY)
    assert (report.actor1, report.actor2) == (f"Unidentified Armed Group ({country})", f"Police Forces of {country}")


@pytest.mark.parametrize(("name", "kind", "country", "expected"), [
    ("Military Forces", "state", "Pakistan", "Military Forces of Pakistan"),
    ("Police Forces", "police", "Philippines", "Police Forces of the Philippines"),
    ("Unidentified Armed Group", "unidentified", "Mali", "Unidentified Armed Group (Mali)"),
    ("Civilians", "civilians", "Haiti", "Civilians (Haiti)"),
    ("Al Shabaab", "group", "Kenya", "Al Shabaab"),
])
def test_a_bare_name_takes_the_event_s_country(name: str, kind: str, country: str, expected: str) -> None:
    assert side(ActorMention(name, 1, kind, 0, 5, "words", ""), country).name == expected
