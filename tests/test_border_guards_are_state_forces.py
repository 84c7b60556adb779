"""Border guards, frontier guards, border troops, coast guards and border police are a state's forces, as a side hit
too: "killing a Kyrgyz border guard" hit Kyrgyzstan's forces, not civilians. A security guard at a bank stays a
civilian. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _actor2(extractor: Extractor, text: str) -> list[str]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    return [r.actor2 for r in result.reports]


@pytest.mark.parametrize(("text", "actor2"), [
    ("Tajik troops opened fire on a post near Ak-Say, Kyrgyzstan, on Monday, killing a Kyrgyz border guard.",
     "Military Forces of Kyrgyzstan"),
    ("Gunmen shot dead a border guard near Zahedan, Iran, on Monday.", "Military Forces of Iran"),
    ("Militants attacked a checkpoint near Rafah, Egypt, on Monday, killing two border guards.",
     "Military Forces of Egypt"),
    ("Smugglers opened fire on border police near Saravan, Iran, on Monday, killing one officer.",
     "Police Forces of Iran"),
])
def test_border_guards_are_state_forces(extractor: Extractor, text: str, actor2: str) -> None:
    assert _actor2(extractor, text) == [actor2]


def test_a_security_guard_is_a_civilian(extractor: Extractor) -> None:
    assert _actor2(extractor, "Gunmen killed a security guard at a bank in Guayaquil, Ecuador, on Monday.") == [
        "Civilians (Ecuador)"]
