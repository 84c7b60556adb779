"""A word of time between a speaker and its verb ("The White Helmets initially reported", "Police now say", "the
health ministry first said", "officials originally put the toll at") is no part of the claimant's name, so the
claimant is named as it is elsewhere. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "claimant"), [
    ("An air strike hit a market in Idlib on Monday. The White Helmets initially reported four deaths.",
     "White Helmets"),
    ("A bomb exploded at a bus stop in Quetta on Monday. Police now say nine people were killed.",
     "Police Forces of Pakistan"),
    ("Gunmen attacked a village near Bunia on Sunday. The health ministry first said six people died.",
     "Ministry of Health of Democratic Republic of Congo"),
    ("Gunmen attacked a village near Bunia on Sunday. Local officials originally put the toll at five.",
     "Local officials"),
])
def test_a_time_word_after_the_speaker_is_cut(extractor: Extractor, text: str, claimant: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 11, 18), title="", source="t"))
    assert [c.claimant for r in result.reports for c in r.claims] == [claimant]
