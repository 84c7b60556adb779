"""A decision or a forecast of an act is no act: people who "decided to protest", "are expected to protest on
Monday", "are due to protest" or "resolved to strike" have not yet protested. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize("text", [
    "The teachers' union in Nairobi decided to protest anyway.",
    "Four days later, I met a group of women in Kabul who had decided to protest anyway.",
    "Lawyers in Lahore are expected to protest outside the high court on Monday.",
    "Nurses in Accra resolved to strike and picket the ministry.",
    "Traders in Kano are due to protest against the new levy on Thursday.",
])
def test_no_protest_yet(extractor: Extractor, text: str) -> None:
    assert extractor.code(Document("t", text, dt.date(2024, 6, 10))).reports == ()


def test_the_protest_told_after_the_decision_is_coded(extractor: Extractor) -> None:
    text = ("The teachers' union decided to protest anyway. Hundreds of teachers marched to parliament in Nairobi "
            "on Tuesday.")
    assert [r.sub_event_type for r in extractor.code(Document("t", text, dt.date(2024, 6, 10))).reports] == [
        "Peaceful protest"]
