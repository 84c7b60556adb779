"""A speaker's name is on the speaker's line: a heading above the paragraph ("THE BUS IN DORI", "Market attack") is
no part of "Hospital staff said ..." or "Red Cross volunteers said ...", however the heading ends. Articles written
for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "claimant"), [
    ("A roadside bomb hit a bus near Dori on Friday.\n\nTHE BUS IN DORI\n\nHospital staff said seven passengers "
     "were killed.", "Hospital staff"),
    ("Gunmen attacked the market in Kadugli on Sunday.\n\nMarket Attack In Kadugli\n\nRed Cross volunteers said six "
     "bodies were recovered from the market.", "Red Cross volunteers"),
    ("Russian forces shelled Kherson overnight.\n\nNIGHT OF SHELLING\n\nThe City Council said two residents were "
     "killed.", "City Council"),
])
def test_a_heading_is_no_part_of_the_speaker(extractor: Extractor, text: str, claimant: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 15), title="", source="t"))
    named = [c.claimant for r in result.reports for c in r.claims if c.killed]
    assert named and all("\n" not in n for n in named), named
    assert any(claimant in n for n in named), named
