"""Someone shot by soldiers or police at a checkpoint ("A Palestinian was shot dead by soldiers at a checkpoint near
Nablus") was shot by the forces, not shooting at them: the passive's agent fired, so it is their attack on the
person, not a clash with an unnamed group that fired on a checkpoint. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _code(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    return [(r.sub_event_type, r.actor1.split(" (")[0], r.actor2) for r in result.reports]


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("A Palestinian was shot dead by soldiers at a checkpoint near Nablus on Tuesday.", "Military Forces of Israel",
     "Civilians (Palestine)"),
    ("Two farmers were shot dead by troops at a checkpoint outside Hpa-an on Sunday, a local rights group said.",
     "Military Forces of Myanmar", "Civilians (Myanmar)"),
    ("A driver who failed to stop was shot by police officers at a checkpoint in Port Harcourt on Friday.",
     "Police Forces of Nigeria", "Civilians (Nigeria)"),
])
def test_a_person_shot_by_forces_at_a_checkpoint_is_their_attack(extractor: Extractor, text: str, actor1: str,
                                                                 actor2: str) -> None:
    assert _code(extractor, text) == [("Attack", actor1, actor2)]


@pytest.mark.parametrize("text", [
    "Militants fired on a police checkpoint in Lakki Marwat on Monday, wounding two officers.",
    "Gunmen shot at an army checkpoint near Bannu on Monday before fleeing.",
])
def test_firing_on_a_checkpoint_stays_a_clash(extractor: Extractor, text: str) -> None:
    assert [sub for sub, _, _ in _code(extractor, text)] == ["Armed clash"]
