"""A periodic report's events of the month it covers are its news, however many weeks before its release they
happened: a "Monthly protection report, October 2023" released on 10 November tells 8 October as news. A dated
line ("Released on 5 September 2023") names a day, not a period; an ordinary article's five-week-old event stays
background. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document
from conflictlens.nlp.dates import reporting_month


def _coded(extractor: Extractor, text: str, day: dt.date, title: str = "") -> list[tuple[dt.date, bool]]:
    reports = extractor.code(Document("t", text, day, title=title)).reports
    return [(r.event_date, r.is_background) for r in reports]


@pytest.mark.parametrize(("title", "text", "day", "event_day"), [
    ("Monthly protection report, October 2023",
     "On 8 October, an air strike hit a market in Hpakant, killing five people, residents said.",
     dt.date(2023, 11, 10), dt.date(2023, 10, 8)),
    ("", "SITUATION UPDATE - MARCH 2024\n\nOn 4 March, gunmen killed three farmers in Gwoza, a local official said.",
     dt.date(2024, 4, 6), dt.date(2024, 3, 4)),
    ("Incident digest", "North Kivu incident digest\nCovering 1-30 June 2024\n\nOn 2 June, ADF fighters killed "
     "seven villagers near Oicha, the local civil society said.", dt.date(2024, 7, 5), dt.date(2024, 6, 2)),
])
def test_a_reports_month_is_its_news(extractor: Extractor, title: str, text: str, day: dt.date,
                                     event_day: dt.date) -> None:
    assert _coded(extractor, text, day, title) == [(event_day, False)]


def test_an_articles_five_week_old_event_is_background(extractor: Extractor) -> None:
    text = "On 4 March, gunmen killed three farmers in Gwoza, a local official said."
    assert _coded(extractor, text, dt.date(2024, 4, 8), "Gunmen kill farmers in Borno") == [(dt.date(2024, 3, 4), True)]


@pytest.mark.parametrize(("title", "text", "day", "month"), [
    ("Monthly Field Briefing No. 4: Kachin State, August 2023", "", dt.date(2023, 9, 5), dt.date(2023, 8, 1)),
    ("Weekly bulletin", "Released in Mae Sot, 5 September 2023\n", dt.date(2023, 9, 5), None),
    ("Review of March 2022", "", dt.date(2024, 4, 6), None),
    ("", "In March 2024 the army launched an offensive against the rebels, and fighting has spread to three "
     "districts since then, according to several aid groups working in the area.", dt.date(2024, 4, 6), None),
])
def test_the_month_a_report_covers(title: str, text: str, day: dt.date, month: dt.date | None) -> None:
    assert reporting_month(title, text, day) == month
