"""Fighters killed when troops strike a named group's camp, base, hideout or positions are that group's: "Somali
troops attacked an al-Shabaab camp near Jilib, killing 12 militants" hit Al Shabaab, not an unidentified group.
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _actor2(extractor: Extractor, text: str) -> list[str]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    return [r.actor2 for r in result.reports]


@pytest.mark.parametrize(("text", "actor2"), [
    ("Somali troops attacked an al-Shabaab camp near Jilib, Somalia, on Monday, killing 12 militants.", "Al Shabaab"),
    ("Nigerian troops raided a Boko Haram camp near Bama on Monday, killing 12 insurgents.",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("The army struck an ADF camp near Beni, North Kivu, on Monday, killing 12 rebels.",
     "ADF: Allied Democratic Forces"),
])
def test_the_fighters_killed_at_a_groups_camp_are_its_own(extractor: Extractor, text: str, actor2: str) -> None:
    assert _actor2(extractor, text) == [actor2]


@pytest.mark.parametrize(("text", "actor2"), [
    ("Troops attacked a camp near Beni, North Kivu, on Monday, killing 12 rebels.",
     "Unidentified Armed Group (Democratic Republic of Congo)"),
    ("Rebels attacked an army camp near Beni, North Kivu, on Monday, killing 12 soldiers.",
     "Military Forces of the Democratic Republic of Congo"),
])
def test_others_killed_there_are_not(extractor: Extractor, text: str, actor2: str) -> None:
    assert _actor2(extractor, text) == [actor2]
