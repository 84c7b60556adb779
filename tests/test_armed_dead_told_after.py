"""An attack whose sentence names no side hit, and whose next sentence counts a state force's dead ("Militants stormed
a checkpoint near Dori. Three soldiers were killed"), was on that force: Battles / Armed clash, not an attack on
civilians. Dead farmers told after keep it an attack. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _coded(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2022, 10, 19), title="", source="t"))
    return [(r.sub_event_type, r.actor2) for r in result.reports]


@pytest.mark.parametrize(("text", "side"), [
    ("Militants stormed a checkpoint near Dori on Saturday. Three soldiers were killed.",
     "Military Forces of Burkina Faso"),
    ("Militants stormed a checkpoint near Dori on Saturday. Three soldiers were killed, a military spokesman said.",
     "Military Forces of Burkina Faso"),
    ("Gunmen stormed a checkpoint in Zurmi on Sunday. Two policemen were killed, police said.",
     "Police Forces of Nigeria"),
])
def test_the_dead_told_after_name_the_side_hit(extractor: Extractor, text: str, side: str) -> None:
    assert _coded(extractor, text) == [("Armed clash", side)]


def test_dead_villagers_told_after_keep_an_attack(extractor: Extractor) -> None:
    text = "Gunmen stormed a village near Zurmi on Sunday. Two farmers were killed, police said."
    assert _coded(extractor, text) == [("Attack", "Civilians (Nigeria)")]
