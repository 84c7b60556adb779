"""Stones thrown by an armed group the sentence names as the doer ("Israeli settlers hurled stones at Palestinian
cars") are its attack on the people there, not a riot of the people hit; stones thrown by a crowd stay a riot.
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _coded(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 11, 18), title="", source="t"))
    return [(r.sub_event_type, r.actor1, r.actor2) for r in result.reports]


@pytest.mark.parametrize("text", [
    "Israeli settlers hurled stones at Palestinian cars near Ramallah on Friday, injuring three people.",
    "Dozens of settlers, some of them armed, entered the outskirts of Huwara on Friday, threw stones at homes and "
    "set fire to two houses.",
    "A group of settlers threw stones at farmers in the village of Burin on Saturday, residents said.",
    "Masked settlers hurled rocks at homes in Sinjil on Sunday night and smashed the windows of three cars.",
])
def test_stones_thrown_by_an_armed_group_are_its_attack(extractor: Extractor, text: str) -> None:
    assert _coded(extractor, text) == [("Attack", "Settlers (Israel)", "Civilians (Palestine)")]


def test_stones_thrown_by_a_crowd_stay_a_riot(extractor: Extractor) -> None:
    coded = _coded(extractor, "Palestinian youths threw stones at Israeli soldiers in Hebron on Saturday.")
    assert [(sub, a1) for sub, a1, _ in coded] == [("Mob violence", "Rioters (Palestine)")]
