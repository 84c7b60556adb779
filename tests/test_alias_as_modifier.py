"""A group whose alias is a plural people's noun ("Naxalites", "Maoists") is named too where the news writes it as a
modifier of its fighters ("Naxalite fighters", "Naxalite rebels", "Naxalite cadres"): the group lookup finds it by
that form's own first word. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2019, 5, 2)
NAXALITES = "Naxal-Maoist Rebels (India)"


@pytest.mark.parametrize("text", [
    "Naxalite fighters attacked a police post in Dantewada on Monday.",
    "Naxalite rebels ambushed a CRPF patrol in Sukma on Monday, killing two jawans.",
    "Police killed three Naxalite cadres in an encounter near Dantewada on Tuesday.",
])
def test_the_alias_as_a_modifier_names_the_group(extractor: Extractor, text: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert NAXALITES in (event.actor1, event.actor2)
