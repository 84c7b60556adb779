"""Victims named one by one by their role after the killing verb are counted one by one: "killing its driver" is one
dead, "killing the driver and a nurse" two (the first with "the", "its" or "their", not only "a"). Wordings written
for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "fatalities"), [
    ("An ambulance hit an anti-tank mine near Huambo on Thursday, killing the driver and a nurse.", 2),
    ("A drone struck a car near Marib on Sunday, killing its driver.", 1),
    ("Gunmen ambushed a minibus near Yei on Friday, killing the driver and a passenger.", 2),
    ("Militants attacked a checkpoint near Bannu on Monday, killed a soldier and wounded two others.", 1),
])
def test_victims_named_by_role_are_counted(extractor: Extractor, text: str, fatalities: int) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    assert [r.fatalities for r in result.reports] == [fatalities]
