"""A date that opens a "when" clause dates the event the clause tells, which is then the past it recalls, not a
figure of this week's event: "Sunday's attack revived memories of April last year, when an air strike killed more
than 160 people". Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

DAY = dt.date(2024, 3, 12)


@pytest.mark.parametrize(("text", "past", "figure"), [
    ("A military jet bombed a monastery compound in Kanbalu township on Sunday, killing 14 people, a local official "
     "said. For many in Kanbalu, Sunday's attack revived memories of April last year, when an air strike on a crowd "
     "in a village in the township killed more than 160 people, according to rights groups.", dt.date(2023, 4, 15),
     160),
    ("A car bomb exploded at the livestock market in Galkayo on Monday, killing six people, police said. Monday's "
     "bombing recalled March 2021, when a truck bomb killed 30 people in the same market, officials said.",
     dt.date(2021, 3, 15), 30),
    ("Gunmen opened fire on worshippers at a church in Owo on Sunday, killing three people, police said. Sunday's "
     "shooting revived memories of June 2022, when gunmen killed 41 worshippers at another church in Owo.",
     dt.date(2022, 6, 15), 41),
])
def test_a_when_clause_s_date_makes_its_event_the_past(extractor: Extractor, text: str, past: dt.date,
                                                       figure: int) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    current = [r for r in reports if not r.is_background]
    background = [r for r in reports if r.is_background]
    assert len(current) == 1 and figure not in {c.killed for c in current[0].claims}
    assert [(r.event_date, r.fatalities) for r in background] == [(past, figure)]


@pytest.mark.parametrize(("text", "day"), [
    # "since <day> last week, when ..." dates the clause's event to that day, not to "last week"
    ("Their fear has grown since Wednesday last week, when twelve soldiers were killed after their vehicle struck an "
     "explosive device on the road near Kaya.", dt.date(2024, 3, 6)),
    ("Traders have kept away from the market in Gao since Friday last week, when gunmen shot dead four vendors.",
     dt.date(2024, 3, 8)),
    ("The road has stayed closed since Thursday last week, when a roadside bomb killed two police officers near "
     "Mandera.", dt.date(2024, 3, 7)),
])
def test_since_a_day_last_week_when_dates_the_event_to_that_day(extractor: Extractor, text: str,
                                                                 day: dt.date) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert [(r.event_date, r.time_precision) for r in reports] == [(day, 1)]
