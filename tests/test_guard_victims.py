"""Border guards, peacekeepers, marines and commandos hit or hurt are the armed side of a clash, as soldiers are:
"Gunfire wounded two border guards near Mandera", "Two peacekeepers were killed near Bunia". Wordings written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize("text", [
    "Gunfire from across the border wounded two border guards near Mandera on Saturday, police said.",
    "Two frontier guards were wounded near Torkham on Saturday, officials said.",
    "Gunfire wounded two peacekeepers near Bunia on Saturday.",
    "Shots fired from a passing car wounded two presidential guards in Bissau on Saturday.",
    "Three coast guards were killed when their boat came under fire off Ras Kamboni on Saturday.",
    "Unknown attackers shot dead two commandos near Kidal on Saturday.",
])
def test_guards_and_peacekeepers_hit_are_a_clash(extractor: Extractor, text: str) -> None:
    assert only_event(extractor, text, day=DAY).event_type == "Battles"
