"""A crowd scattered, chased off or driven back by the police or troops is a protest with intervention: "Hundreds of
teachers demonstrating for higher pay were scattered by police", "Police scattered hundreds of protesters". Protests
"scattered across the country" were spread out, not moved on. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize("text", [
    "Hundreds of teachers demonstrating for higher pay in Harare were scattered by police on Monday, a union said.",
    "Protesters in Conakry were chased away by gendarmes on Wednesday after they blocked a road.",
    "Students marching on the governor's office in Jos were driven back by soldiers on Tuesday.",
    "A crowd of opposition supporters rallying in Lome was pushed back by riot police on Thursday.",
    "Police scattered hundreds of protesters outside the electoral commission in Maputo on Friday.",
    "Gendarmes chased off traders protesting a market closure in Bamako on Tuesday.",
])
def test_a_crowd_moved_on_by_force_is_a_protest_with_intervention(extractor: Extractor, text: str) -> None:
    assert only_event(extractor, text, day=DAY).sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Protests were scattered across Kenya on Friday, with small crowds in Nairobi and Kisumu.",
    "Small demonstrations, scattered by design across the city, took place in Lusaka on Saturday.",
])
def test_protests_spread_out_are_peaceful(extractor: Extractor, text: str) -> None:
    assert only_event(extractor, text, day=DAY).sub_event_type == "Peaceful protest"
