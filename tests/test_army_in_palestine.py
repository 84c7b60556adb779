"""In the West Bank and Gaza a bare "army" or "military" is Israel's, as bare "soldiers" and "troops" are: "shots were
fired at an army checkpoint near Jenin" is a clash with Israel's forces, not with a Palestinian army that does not
exist; the Palestinian Authority's forces are named as such. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize("text", [
    "Shots were fired at an army checkpoint near Jenin overnight, the military said.",
    "Palestinian gunmen opened fire on an army post near Nablus on Monday, wounding a soldier.",
    "Militants fired at a military watchtower outside Tulkarm on Sunday, wounding one soldier.",
])
def test_the_army_in_palestine_is_israels(extractor: Extractor, text: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    sides = {a for r in result.reports for a in (r.actor1, r.actor2)}
    assert "Military Forces of Israel" in sides and "Military Forces of Palestine" not in sides
