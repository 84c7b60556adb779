"""Which day an event of a longer report happened on, when its sentences count days from one another
(docs/taxonomy.md §4). Every text is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document, Report

TUESDAY = dt.date(2024, 3, 12)


def code(extractor: Extractor, text: str) -> list[Report]:
    return extractor.code(Document("t", text, TUESDAY)).reports


@pytest.mark.parametrize(("text", "where", "day"), [
    ("Fighters seized the town of Kidal on Saturday after clashes with the army. A drone strike on a market in "
     "Tessalit killed nine civilians the following day, a health worker said.", "Tessalit", dt.date(2024, 3, 10)),
    ("Militiamen burned homes in a village near Bunia on Friday. Gunmen ambushed a bus near Djugu the "
     "following morning, killing seven passengers.", "Djugu", dt.date(2024, 3, 9)),
    ("Rebels shelled Kismayo on Thursday, residents said. Al-Shabaab fighters attacked a police station in "
     "Baidoa the next day, killing three officers.", "Baidoa", dt.date(2024, 3, 8)),
])
def test_a_day_counted_from_the_last_closing_the_event_s_clause_dates_it(
        extractor: Extractor, text: str, where: str, day: dt.date) -> None:
    by_place = {r.location: r for r in code(extractor, text)}
    assert by_place[where].event_date == day


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Dakar on Sunday. Monitors who visited Dakar the next morning said "
    "three people had been wounded.",
    "Gunmen killed four traders in Maiduguri on Sunday, and police who reached Maiduguri the following day "
    "said the market was closed.",
    "On Sunday, militiamen shot dead six farmers in Djugu who had been abducted from Djugu the previous week.",
])
def test_a_day_counted_in_another_clause_does_not_date_the_event(extractor: Extractor, text: str) -> None:
    assert {r.event_date for r in code(extractor, text)} == {dt.date(2024, 3, 10)}


@pytest.mark.parametrize(("text", "toll"), [
    ("Warplanes struck a market in Idlib on Sunday, killing 12 people, rescuers said. The war, which began in March "
     "2011, has killed hundreds of thousands of people.", 12),
    ("Gunmen killed five farmers near Bunia on Monday. The violence, which flared in 2017, has killed thousands of "
     "people, a UN report said.", 5),
    ("A drone strike hit a convoy near Marib on Friday, killing four fighters. The conflict, which escalated in "
     "2015, has killed tens of thousands of people.", 4),
])
def test_a_toll_dated_years_before_is_not_the_last_event_s(extractor: Extractor, text: str, toll: int) -> None:
    current = [r for r in code(extractor, text) if not r.is_background]
    assert [r.fatalities for r in current] == [toll]
    assert all((c.killed or 0) < 1000 for c in current[0].claims)
