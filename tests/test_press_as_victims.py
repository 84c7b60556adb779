"""The press at work is a victim like any civilian: "a cameraman was assaulted by men in plain clothes", "gunmen shot
dead a radio correspondent", "attacked a television crew". Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize("text", [
    "A cameraman was assaulted by men in plain clothes outside the parliament building in Tbilisi on Saturday.",
    "Gunmen on a motorbike shot dead a radio correspondent in Mazar-i-Sharif on Saturday, police said.",
    "Unknown attackers stabbed a photographer near his home in Port Harcourt on Saturday.",
    "Armed men beat up a television crew filming a land dispute near Bukavu on Saturday.",
    "Soldiers roughed up two photojournalists covering an eviction in Lagos on Saturday.",
    "A correspondent was assaulted by three men near a market in Goma on Saturday, his employer said.",
    "Two reporters were attacked by unidentified men outside a court in Kinshasa on Saturday.",
])
def test_the_press_attacked_is_an_attack_on_civilians(extractor: Extractor, text: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.sub_event_type, event.actor2.startswith("Civilians")) == ("Attack", True)
