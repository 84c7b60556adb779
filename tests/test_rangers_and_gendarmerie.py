"""Paramilitary rangers are a state's forces, and a gendarmerie post or station its police: hit, they are actor2
(battle with the state, not an attack on civilians). A park's rangers are no state's military. Wordings written
for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2025, 3, 12)


@pytest.mark.parametrize(("text", "actor2"), [
    ("A paramilitary ranger was killed in a roadside bomb attack in Tak Bai district on Monday.",
     "Military Forces of Thailand"),
    ("Two rangers were wounded when a bomb exploded near their checkpoint in Rueso district on Sunday.",
     "Military Forces of Thailand"),
    ("Gunmen stormed a gendarmerie post in Djibo on Sunday.", "Police Forces of Burkina Faso"),
    ("Militants opened fire on a gendarmerie station in Kaya on Monday.", "Police Forces of Burkina Faso"),
])
def test_rangers_and_gendarmerie_are_state_forces(extractor: Extractor, text: str, actor2: str) -> None:
    assert only_event(extractor, text, day=DAY).actor2 == actor2


def test_park_rangers_are_no_military(extractor: Extractor) -> None:
    event = only_event(extractor, "Poachers shot dead two park rangers near Rutshuru on Monday.", day=DAY)
    assert not event.actor2.startswith("Military Forces")
