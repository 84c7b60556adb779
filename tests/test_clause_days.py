"""Two events of one sentence, each told in a clause with a day of its own ("A bomb exploded in Quetta on Friday, and
on Sunday gunmen shot dead two policemen in Turbat"), keep their own days; a statement's day ("police said on
Sunday") dates no event. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

DAY = dt.date(2023, 6, 19)


@pytest.mark.parametrize(("text", "days"), [
    ("A bomb exploded at a market in Quetta on Friday, and on Sunday gunmen shot dead two policemen in Turbat.",
     {"Quetta": dt.date(2023, 6, 16), "Turbat": dt.date(2023, 6, 18)}),
    ("Militants attacked a checkpoint in Bannu on Saturday; on Monday a roadside bomb killed three soldiers in Lakki "
     "Marwat.", {"Bannu": dt.date(2023, 6, 17), "Lakki Marwat": dt.date(2023, 6, 19)}),
    ("Rebels shelled Goma on Friday, while on Sunday gunmen killed four villagers in Rutshuru.",
     {"Goma": dt.date(2023, 6, 16), "Rutshuru": dt.date(2023, 6, 18)}),
])
def test_each_clause_keeps_its_day(extractor: Extractor, text: str, days: dict[str, dt.date]) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert {r.location: r.event_date for r in reports} == days


def test_a_statement_day_dates_no_event(extractor: Extractor) -> None:
    text = "Gunmen killed two traders in Kano on Friday, police said on Sunday."
    assert [r.event_date for r in extractor.code(Document("t", text, DAY)).reports] == [dt.date(2023, 6, 16)]
