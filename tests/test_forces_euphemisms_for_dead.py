"""A force's own words for its dead ("two soldiers paid the supreme price", "made the ultimate sacrifice", "five
jawans laid down their lives") count them as killed. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "killed"), [
    ("Militants attacked an army base in Marte on Sunday. The army said two soldiers paid the supreme price.", 2),
    ("Militants attacked an army base in Marte on Sunday. The army said three soldiers made the ultimate "
     "sacrifice.", 3),
    ("Maoists ambushed a police patrol in Sukma district on Monday. Five jawans laid down their lives, the police "
     "said.", 5),
    ("Troops repelled an attack on a base near Kidal on Monday, killing eight militants; two soldiers paid the "
     "ultimate price, the army said.", 10),
])
def test_a_forces_words_for_its_dead_count_them(extractor: Extractor, text: str, killed: int) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 11), title="", source="t"))
    assert [r.fatalities for r in result.reports] == [killed]


def test_a_price_paid_otherwise_counts_nobody(extractor: Extractor) -> None:
    text = "Militants attacked an army base in Marte on Sunday. Residents said they paid the price for the war."
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 11), title="", source="t"))
    assert [r.fatalities for r in result.reports] == [0]
