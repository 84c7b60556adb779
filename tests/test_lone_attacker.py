"""One armed man the text does not name ("a gunman", "a lone gunman", "a suicide attacker", "an unknown assailant")
is an unidentified armed group, as gunmen are: the doer, never replaced by the force he hit or the one that tells
of it. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 6, 10)


@pytest.mark.parametrize(("text", "actor2"), [
    ("On Sunday, a gunman opened fire at an army checkpoint in Kidal, wounding a soldier, the army said.",
     "Military Forces of Mali"),
    ("A lone gunman opened fire at a police checkpoint in Peshawar on Monday, the police said.",
     "Police Forces of Pakistan"),
    ("A suicide attacker blew himself up at an army checkpoint near Mogadishu on Sunday, the army said.",
     "Military Forces of Somalia"),
])
def test_a_lone_attacker_is_the_doer(extractor: Extractor, text: str, actor2: str) -> None:
    event = only_event(extractor, text, day=DAY)
    country = actor2.removeprefix("Military Forces of ").removeprefix("Police Forces of ")
    assert (event.actor1, event.actor2) == (f"Unidentified Armed Group ({country})", actor2)
