"""A bomb found and defused was someone's: the armed group the sentence names, else, for a planted bomb, an
unidentified armed group of the country, is actor2 of the disrupted weapons use. War remnants cleared and drones
brought down name no such side. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2022, 10, 4)


@pytest.mark.parametrize(("text", "actor2"), [
    ("Soldiers defused a roadside bomb on the road between Gao and Ansongo on Tuesday.",
     "Unidentified Armed Group (Mali)"),
    ("Police bomb experts safely detonated an explosive device found near a mosque in Peshawar on Monday.",
     "Unidentified Armed Group (Pakistan)"),
    ("Army engineers found and dismantled three IEDs planted on the road west of Arish on Sunday.",
     "Unidentified Armed Group (Egypt)"),
    ("Police defused a bomb planted by Al-Shabaab near a school in Garissa on Monday.", "Al Shabaab"),
])
def test_whose_bomb_was_stopped(extractor: Extractor, text: str, actor2: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.sub_event_type, event.actor2) == ("Disrupted weapons use", actor2)


@pytest.mark.parametrize("text", [
    "Air defences shot down two drones over Belgorod on Friday, the governor said.",
    "Sappers safely detonated an unexploded mortar shell found in a field near Kupiansk on Monday.",
])
def test_no_one_named_for_remnants_and_drones(extractor: Extractor, text: str) -> None:
    assert only_event(extractor, text, day=DAY).actor2 == ""
