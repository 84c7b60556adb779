"""A drone that killed or wounded is an air/drone strike: "Turkish drones killed two PKK fighters near Amedi",
"a Pakistani drone killed three militants". The drone's demonym names whose forces flew it. Wordings written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "actor1"), [
    ("Turkish drones killed three PKK militants near Sidakan on Saturday, local officials said.",
     "Military Forces of Turkey"),
    ("A Pakistani drone killed four militants in a compound near Mir Ali on Saturday.", "Military Forces of Pakistan"),
    ("An Israeli drone wounded two fishermen off the coast of Gaza City on Saturday, medics said.",
     "Military Forces of Israel"),
    ("Sudanese army drones have killed at least eleven RSF fighters near Bara on Saturday, the army said.",
     "Military Forces of Sudan"),
])
def test_a_drone_that_killed_is_a_drone_strike(extractor: Extractor, text: str, actor1: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", actor1)

