"""A day, month and year written in figures ("On 04.03.2025", "on 17/02/2026", "2-1-2026"), as police press notes
and European, South Asian and Latin American reports write them, date the event: day first, month first only
where day first cannot be or (with slashes, the US form) lies after the publication day. Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document
from conflictlens.nlp.dates import find_dates


@pytest.mark.parametrize(("text", "published", "date"), [
    ("On 17/02/2026, gunmen shot dead two police officers in Culiacan, Sinaloa, the state prosecutor said.",
     dt.date(2026, 2, 20), dt.date(2026, 2, 17)),
    ("Police said that on 2-1-2026 a bomb exploded at a market in Quetta, killing four people.",
     dt.date(2026, 1, 5), dt.date(2026, 1, 2)),
    ("A press note said that at about 11:15 hrs on 02.03.2025 a pressure IED planted by Maoists exploded near "
     "Tekmetla in Bijapur district, killing one CRPF jawan.", dt.date(2025, 3, 6), dt.date(2025, 3, 2)),
    ("Armed men attacked a military post near Djibo in Burkina Faso on 09/11/2024, killing seven soldiers.",
     dt.date(2024, 11, 12), dt.date(2024, 11, 9)),
])
def test_a_date_in_figures_dates_the_event(extractor: Extractor, text: str, published: dt.date,
                                           date: dt.date) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=published, title="", source="t"))
    assert [r.event_date for r in result.reports] == [date]


@pytest.mark.parametrize(("text", "date"), [
    ("on 04.03.2025", dt.date(2025, 3, 4)),       # day first
    ("on 12.2.2025", dt.date(2025, 2, 12)),
    ("on 03/04/2025", dt.date(2025, 3, 4)),       # 3 April lies ahead of 5 March: the US reading
    ("on 03/02/2025", dt.date(2025, 2, 3)),       # both behind: day first
    ("on 02/15/2025", dt.date(2025, 2, 15)),      # no 15th month
])
def test_day_first_unless_it_cannot_be(text: str, date: dt.date) -> None:
    assert [m.date for m in find_dates(text, dt.date(2025, 3, 5))] == [date]


@pytest.mark.parametrize("text", ["version 1.2.2025.4", "call 02-03-20251", "13/13/2025"])
def test_figures_that_are_no_date(text: str) -> None:
    assert find_dates(text, dt.date(2025, 3, 5)) == []
