"""Stones thrown at someone named between the verb and the stones ("pelted a Palestinian school bus with rocks",
"pelted two traffic police officers with bricks") are thrown as surely as "pelted stones at": a riot, or an armed
group's attack when one does it. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "sub_event_type", "actor1"), [
    ("Settlers pelted a Palestinian school bus with rocks near Hebron on Monday, wounding a child.", "Attack",
     "Settlers (Israel)"),
    ("A crowd pelted two traffic police officers with bricks in Lahore on Sunday, injuring both.", "Mob violence",
     "Rioters (Pakistan)"),
    ("Villagers pelted a visiting forest department team with stones near Gadchiroli on Tuesday.", "Mob violence",
     "Rioters (India)"),
])
def test_pelted_with_stones_is_stone_throwing(extractor: Extractor, text: str, sub_event_type: str,
                                             actor1: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 11), title="", source="t"))
    assert [(r.sub_event_type, r.actor1) for r in result.reports] == [(sub_event_type, actor1)]


def test_pelted_with_words_is_no_riot(extractor: Extractor) -> None:
    text = "Reporters pelted the minister with questions in Lahore on Sunday."
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 11), title="", source="t"))
    assert result.reports == ()
