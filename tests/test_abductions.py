"""People seized by armed men are abducted, whoever they are. Every text is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Armed men seized 20 farmers from their fields near Zurmi on Saturday.",
    "Militants seized 11 truck drivers on the road near Mandera on Tuesday.",
    "Bandits seized dozens of worshippers from a mosque in Zamfara on Friday.",
])
def test_people_seized_by_armed_men_are_abducted(extractor: Extractor, text: str) -> None:
    r = only_event(extractor, text, day=dt.date(2024, 3, 12))
    assert (r.sub_event_type, r.actor2.split(" (")[0]) == ("Abduction/forced disappearance", "Civilians")
