"""Drones fired, launched or sent at a target are an air/drone strike: "Ukraine fired drones at an oil depot in
Belgorod, wounding two workers", "Russia launched 40 attack drones on Kharkiv". Drones flown over a field to map
it struck nothing. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.triggers import find_triggers

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize("text", [
    "Ukraine fired drones at an oil depot in Belgorod on Saturday, wounding two workers, the governor said.",
    "Russian forces launched 40 attack drones on Kharkiv overnight into Saturday, damaging a school.",
    "Kyiv fired a swarm of drones at a refinery in Tuapse on Saturday, starting a fire, local officials said.",
    "The militia sent explosive-laden drones towards the airport in Port Sudan on Saturday, officials said.",
])
def test_drones_sent_at_a_target_are_a_strike(extractor: Extractor, text: str) -> None:
    assert only_event(extractor, text, day=DAY).sub_event_type == "Air/drone strike"


def test_drones_flown_to_map_a_field_struck_nothing() -> None:
    assert find_triggers("Engineers flew drones over the field on Saturday to map it.") == []
