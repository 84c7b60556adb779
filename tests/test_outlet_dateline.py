"""A dateline that opens with an outlet's name in ordinary capitals and its filing date ("Garowe Online, 6 March 2024
- ", "Rwenzori Times, November 8, 2023 - ") is a dateline like "MOGADISHU, March 6 (Reuters) - ": its date is when
the story was filed, so a weekday in the sentence dates the event. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.article_places import dateline
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("published", "text", "date"), [
    (dt.date(2024, 3, 6), "Garowe Online, 6 March 2024 - Puntland forces killed 14 Islamic State fighters near Bosaso "
                          "on Sunday, officials said.", dt.date(2024, 3, 3)),
    (dt.date(2023, 11, 8), "Rwenzori Times, November 8, 2023 - ADF rebels killed two farmers near Bundibugyo, "
                           "Uganda, on Sunday, police said.", dt.date(2023, 11, 5)),
    (dt.date(2024, 5, 3), "Addis Standard, 3 May 2024 - Fano militiamen ambushed a military convoy near Debre Markos "
                          "on Wednesday, killing nine soldiers, residents said.", dt.date(2024, 5, 1)),
])
def test_an_outlets_dateline_is_the_filing_date(extractor: Extractor, published: dt.date, text: str,
                                                 date: dt.date) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=published, title="", source="t"))
    assert [r.event_date for r in result.reports] == [date]


def test_a_sentence_with_a_date_and_a_dash_is_not_a_dateline() -> None:
    assert dateline("Fighting resumed on 6 March 2024 - the third time this year - near Bosaso.") == (0, 0)
