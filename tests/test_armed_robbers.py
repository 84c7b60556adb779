"""Robbers who bear arms are an armed side, as ACLED leaves such groups unnamed: police or troops that exchanged fire
or fought with "armed robbers" fought an unidentified armed group (it was no side at all). Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize("text", [
    "Police exchanged fire with armed robbers in Onitsha on Friday, killing three of them.",
    "Soldiers battled heavily armed robbers on the highway near Lokoja on Friday; two soldiers were wounded.",
    "Police officers clashed with suspected armed robbers in Benin City on Friday night, police said.",
])
def test_armed_robbers_are_the_other_side(extractor: Extractor, text: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2019, 12, 4), title="", source="t"))
    assert [(r.sub_event_type, r.actor2) for r in result.reports] == [
        ("Armed clash", "Unidentified Armed Group (Nigeria)")]
