"""A gunfight, shootout or exchange of fire is fought by armed men, never by an unarmed crowd, and "armed groups" are
no crowd: a bare fight between "two armed groups" or "two groups of young men" who fired is an armed clash (two
unidentified armed groups), not mob violence by rioters. A plain clash between groups of villagers stays mob
violence. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 6, 12)


@pytest.mark.parametrize("text", [
    "A gunfight broke out between two armed groups in Tillaberi on Monday, leaving five dead.",
    "Two groups of villagers exchanged fire near Jos on Sunday, leaving three dead.",
    "A shootout between two groups of young men in Cite Soleil left four dead on Monday.",
])
def test_a_fight_with_guns_is_armed(extractor: Extractor, text: str) -> None:
    assert only_event(extractor, text, day=DAY).sub_event_type == "Armed clash"


def test_a_bare_clash_of_villagers_stays_mob_violence(extractor: Extractor) -> None:
    text = "Two groups of villagers clashed over a land dispute near Kano on Monday, leaving two dead."
    assert only_event(extractor, text, day=DAY).sub_event_type == "Mob violence"
