"""Victims named by their movement in the plural ("killed five Maoists", "killed two Zapatistas") are counted as
"Naxalites" and "Palestinians" are: the killing is an event with its toll. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "killed"), [
    ("Security forces killed five Maoists in Bijapur district on Tuesday, police said.", 5),
    ("Security forces said they killed 12 Maoists in the forests of Narayanpur district on Friday.", 12),
    ("Paramilitaries killed two Zapatistas near Ocosingo in Chiapas on Monday, the group said.", 2),
    ("Troops killed four Salafists in a raid near Kasserine, Tunisia, on Monday.", 4),
])
def test_victims_named_by_their_movement_are_counted(extractor: Extractor, text: str, killed: int) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 6), title="", source="t"))
    assert [r.fatalities for r in result.reports] == [killed]


def test_maoists_killed_by_security_forces_are_a_clash(extractor: Extractor) -> None:
    text = "Security forces killed five Maoists in Bijapur district on Tuesday, police said."
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 6), title="", source="t"))
    assert [(r.sub_event_type, r.actor2) for r in result.reports] == [("Armed clash", "Naxal-Maoist Rebels (India)")]
