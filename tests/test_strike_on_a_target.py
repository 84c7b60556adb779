"""A strike told by what it struck ("The strike on a school in Jabalia hit late on Monday", "Tuesday's strike on a
fuel depot near Hodeidah", "An overnight strike on a residential building in Kharkiv") is a strike from the air; a
labour strike "on Monday" or "against" new rules is none. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _subtypes(extractor: Extractor, text: str) -> list[str]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    return [r.sub_event_type for r in result.reports]


@pytest.mark.parametrize("text", [
    "The strike on a school in Jabalia hit late on Monday as families slept, witnesses said.",
    "Tuesday's strike on a fuel depot near Hodeidah set storage tanks ablaze, the port authority said.",
    "An overnight strike on a residential building in Kharkiv wounded 12 people, the governor said.",
])
def test_a_strike_on_what_it_hit_is_an_air_strike(extractor: Extractor, text: str) -> None:
    assert _subtypes(extractor, text) == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "Teachers began a strike on Monday over unpaid wages in Kaduna.",
    "Dock workers staged a strike against the new port rules in Mombasa on Tuesday.",
])
def test_a_labour_strike_is_no_air_strike(extractor: Extractor, text: str) -> None:
    assert "Air/drone strike" not in _subtypes(extractor, text)
