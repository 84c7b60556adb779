"""People on the march or rallying are a protest: "Thousands of students marching on the governor's office demanded
its reopening", "Hundreds of opposition supporters rallying in Lome called for ...". Troops marching on a town are
not. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded, only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize("text", [
    "Thousands of students marching on the governor's office in Jos on Tuesday demanded the reopening of the "
    "university.",
    "Hundreds of opposition supporters rallying in Lome on Thursday called for the president to step down.",
    "Market women marching through Ibadan on Saturday sang and waved brooms at the council offices.",
    "Retired miners rallying outside the company headquarters in Kitwe on Monday said their pensions were unpaid.",
])
def test_people_marching_or_rallying_are_a_protest(extractor: Extractor, text: str) -> None:
    assert only_event(extractor, text, day=DAY).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Troops marching towards Goma on Saturday were seen by residents of Sake.",
    "Soldiers rallying to the new commander in Bunia on Saturday pledged loyalty.",
])
def test_troops_marching_are_no_protest(extractor: Extractor, text: str) -> None:
    assert "Protests" not in [r.event_type for r in coded(extractor, text, day=DAY)]
