"""A line that is a day and nothing else ("FRIDAY, 17 MAY", "Tuesday 14 May", "15 May 2024") heads a digest's,
timeline's or live page's day: what the section below tells with no day of its own happened that day, and its
"today" is that day. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

PUBLISHED = dt.date(2024, 5, 20)

POSTS = """Our weekly digest of the governors' posts.

FRIDAY, 17 MAY

Governor, 14:12: "A shell hit a house in Shebekino. A woman was killed."

SATURDAY, 18 MAY

Governor, 10:05: "A drone attacked a car near Graivoron. The driver died at the scene."
"""

LOG = """Weekly log of incidents in Borno.

Tuesday 14 May

Gunmen killed two farmers near Maiduguri.

Thursday 16 May

A bomb exploded in a market in Bama, killing four people.
"""

DIGEST = """What happened in northern Mali this week.

15 May 2024

Soldiers clashed with militants near Kidal, leaving six dead.

17 May 2024

Militants who attacked a convoy near Gao today killed three drivers, the transport union said.
"""


@pytest.mark.parametrize(("text", "dates"), [
    (POSTS, {"Shebekino": dt.date(2024, 5, 17), "Graivoron": dt.date(2024, 5, 18)}),
    (LOG, {"Maiduguri": dt.date(2024, 5, 14), "Bama": dt.date(2024, 5, 16)}),
    (DIGEST, {"Kidal": dt.date(2024, 5, 15), "Gao": dt.date(2024, 5, 17)}),
])
def test_a_day_heading_dates_its_section(extractor: Extractor, text: str, dates: dict[str, dt.date]) -> None:
    reports = extractor.code(Document("t", text, PUBLISHED)).reports
    assert {r.location: r.event_date for r in reports} == dates


def test_a_days_own_date_beats_its_heading(extractor: Extractor) -> None:
    text = "Timeline.\n\nFRIDAY, 17 MAY\n\nThe ministry said on 18 May that rockets had hit a school in Belgorod, " \
           "killing two pupils.\n"
    reports = extractor.code(Document("t", text, PUBLISHED)).reports
    assert [r.event_date for r in reports] == [dt.date(2024, 5, 18)]
