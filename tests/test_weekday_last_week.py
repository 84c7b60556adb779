"""A weekday placed in the week before the report's ("On Monday last week", "on Tuesday last week", "Last week on
Wednesday") is that weekday of the calendar week before, not the latest such day. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document
from conflictlens.nlp.dates import sentence_date


@pytest.mark.parametrize(("text", "published", "day"), [
    ("On Monday last week, heavy gunfire echoed through Azezo as militia fighters attacked an army camp.",
     dt.date(2024, 2, 26), dt.date(2024, 2, 19)),
    ("Gunmen killed four miners near Djibo on Tuesday last week, a local official said.",
     dt.date(2024, 2, 29), dt.date(2024, 2, 20)),
    ("Last week on Wednesday, a bomb exploded in a market in Maiduguri, killing three people.",
     dt.date(2024, 2, 29), dt.date(2024, 2, 21)),
    ("Soldiers clashed with rebels near Beni on Friday of last week, leaving six dead.",
     dt.date(2024, 2, 29), dt.date(2024, 2, 23)),
])
def test_a_weekday_of_last_week(text: str, published: dt.date, day: dt.date) -> None:
    found = sentence_date(text, published)
    assert found is not None and found.date == day


def test_a_plain_weekday_is_still_the_latest(extractor: Extractor) -> None:
    text = "Gunmen killed four miners near Djibo on Tuesday, a local official said."
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 2, 29), title="", source="t"))
    assert [r.event_date for r in result.reports] == [dt.date(2024, 2, 27)]
