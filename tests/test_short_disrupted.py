"""Ordnance made safe is Disrupted weapons use, not the explosion its words name: "sappers safely detonated an
unexploded mortar round", "a controlled explosion of a suspicious device". Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document, Report

DAY = dt.date(2024, 3, 12)


def coded(extractor: Extractor, text: str) -> list[Report]:
    return [r for r in extractor.code(Document("t", text, DAY)).reports if not r.is_background]


@pytest.mark.parametrize("text", [
    "Sappers safely detonated an unexploded mortar round found in a field near Kherson.",
    "Police carried out a controlled explosion of a suspicious device in Belfast.",
    "Deminers destroyed 300 pieces of unexploded ordnance near Mosul on Monday.",
    "Troops found and removed an unexploded rocket from a school in Sderot.",
])
def test_ordnance_made_safe_is_disrupted_weapons_use(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Disrupted weapons use"]


def test_an_unexploded_shell_that_blows_up_stays_an_explosion(extractor: Extractor) -> None:
    text = "Two children were killed when an unexploded shell blew up near Kharkiv on Monday."
    assert "Disrupted weapons use" not in [r.sub_event_type for r in coded(extractor, text)]
