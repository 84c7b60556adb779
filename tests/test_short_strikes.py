"""A state's "strike" in wire prose is an air or drone strike: "An Israeli strike on a house killed six", "US
strikes killed four militants". Several wordings written for this test, end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document, Report

DAY = dt.date(2024, 3, 12)


def coded(extractor: Extractor, text: str) -> list[Report]:
    return [r for r in extractor.code(Document("t", text, DAY)).reports if not r.is_background]


@pytest.mark.parametrize(("text", "actor1"), [
    ("A Russian strike hit a school in Kharkiv on Tuesday, killing three teachers.", "Military Forces of Russia"),
    ("US strikes killed four militants near Jilib, Africa Command said.", "Military Forces of the United States"),
    ("A Turkish strike on a car near Qamishli killed two men on Sunday.", "Military Forces of Turkey"),
    ("An Israeli drone strike targeted a motorcycle in Bint Jbeil.", "Military Forces of Israel"),
])
def test_a_states_strike_is_an_air_strike_by_that_state(extractor: Extractor, text: str, actor1: str) -> None:
    reports = coded(extractor, text)
    assert [r.sub_event_type for r in reports] == ["Air/drone strike"]
    assert reports[0].actor1.startswith(actor1)


@pytest.mark.parametrize("text", [
    "A general strike by Nigerian unions shut banks in Lagos on Monday.",
    "Let us strike a deal, the minister told rebels in Doha.",
])
def test_a_labour_strike_is_no_air_strike(extractor: Extractor, text: str) -> None:
    assert "Air/drone strike" not in [r.sub_event_type for r in coded(extractor, text)]
