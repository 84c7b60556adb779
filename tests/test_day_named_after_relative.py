"""A day counted from another event ("Hours later", "Minutes later") beside the day it names ("Hours later, on
Tuesday, ...", "Hours later, early on Sunday, ...") dates the event by the named day: after a night-time event the
hours run into the next day. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "town", "day"), [
    ("Gunmen attacked a village near Bokkos on Monday night, killing 11 people. Hours later, on Tuesday, armed men "
     "attacked a Fulani settlement on the outskirts of Mangu, killing two herders.", "Mangu", dt.date(2022, 4, 12)),
    ("Militants stormed a police post in Dori late on Saturday, killing three officers. Hours later, early on "
     "Sunday, a roadside bomb killed two soldiers near Seytenga.", None, dt.date(2022, 4, 10)),
    ("Rebels shelled Goma late on Sunday night, killing a child. Minutes later, on Monday, a second shell struck a "
     "market in Sake, killing four people.", "Sake", dt.date(2022, 4, 11)),
])
def test_the_named_day_dates_the_later_event(extractor: Extractor, text: str, town: str | None,
                                             day: dt.date) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2022, 4, 13), title="", source="t"))
    later = [r for r in result.reports if r.fatalities in (2, 4)]
    assert later and all(r.event_date == day for r in later)
    if town:
        assert any(r.location == town for r in later)


def test_a_relative_day_alone_still_counts_from_the_event_before(extractor: Extractor) -> None:
    text = ("Gunmen attacked a village near Bokkos on Monday, killing 11 people. A day later, gunmen shot dead two "
            "farmers near Mangu.")
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2022, 4, 13), title="", source="t"))
    assert {r.event_date for r in result.reports if r.fatalities == 2} == {dt.date(2022, 4, 12)}
