"""Words that name who tells a sentence describe the teller, not the event: "..., a vigilante leader said" or
"according to a vigilante member" makes no mob of the gunmen the sentence tells of. Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize("text", [
    "Insurgents killed six loggers near Damboa on Tuesday, a vigilante leader said.",
    "Gunmen shot dead three farmers in Zurmi on Sunday, a vigilante commander told reporters.",
    "Bandits killed seven people in Tsafe on Friday, the leader of a local vigilante group said.",
    "Militants killed four traders near Bama on Monday, according to a vigilante member.",
    "Gunmen killed two farmers near Gusau on Monday, a vigilante spokesman in the area told AFP.",
])
def test_a_teller_s_words_make_no_mob(extractor: Extractor, text: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 2, 11), title="", source="t"))
    assert [(r.sub_event_type, r.actor2) for r in result.reports] == [("Attack", "Civilians (Nigeria)")]
