"""Harm named by its own words: sexual abuse of detainees or protesters ("accused of sexually abusing detained
protesters") and molestation. Wordings written for this test, end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document, Report

DAY = dt.date(2024, 3, 12)


def coded(extractor: Extractor, text: str) -> list[Report]:
    return [r for r in extractor.code(Document("t", text, DAY)).reports if not r.is_background]


@pytest.mark.parametrize("text", [
    "Police officers were accused of sexually abusing detained protesters in Khartoum.",
    "A soldier molested a schoolgirl at a checkpoint near Bunia on Monday.",
    "Guards sexually assaulting women inmates at a prison in Kinshasa were filmed by a rights group.",
])
def test_sexual_abuse_is_sexual_violence(extractor: Extractor, text: str) -> None:
    assert "Sexual violence" in [r.sub_event_type for r in coded(extractor, text)]

