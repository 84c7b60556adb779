"""A war's toll told from its start in a relative clause is a tally, not an event of that year: "The conflict in
Casamance, which began in 1982, has killed an estimated 5,000 people", "a two-year war in which some 600,000 people
died". Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document
from conflictlens.nlp.numbers import find_tally

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("sentence", "killed", "since"), [
    ("The separatist conflict in the south, which began in 1983, has killed an estimated 6,000 people.", 6000,
     "1983"),
    ("The insurgency, which erupted in 2011, has killed more than 30,000 people, according to the UN.", 30000,
     "2011"),
    ("A tribal war that broke out in 2019 had killed at least 150 people by last year, the police said.", 150,
     "2019"),
    ("The violence in the province, which flared again in March 2017, has claimed some 3,500 lives.", 3500,
     "2017-03"),
])
def test_a_war_told_from_its_start_totals_its_dead(sentence: str, killed: int, since: str) -> None:
    t = find_tally(sentence, DAY)
    assert t is not None and (t.killed, t.since) == (killed, since)


@pytest.mark.parametrize("text", [
    "Gunmen killed three villagers near Sindian on Saturday. The conflict in the region, which began in 1982, has "
    "killed an estimated 5,000 people.",
    "Soldiers killed two rebels near Kidal on Saturday. A rebellion that started in 2012 had killed some 2,000 "
    "people by 2015, the UN said.",
])
def test_the_toll_of_a_war_is_no_event(extractor: Extractor, text: str) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert [r.event_date for r in reports] == [dt.date(2024, 5, 18)]


@pytest.mark.parametrize(("sentence", "killed"), [
    ("A peace deal signed in 2022 ended a two-year war in which some 400,000 people died, a mediator said.", 400000),
    ("The conflict, in which more than 5,000 people have been killed, shows no sign of ending.", 5000),
])
def test_a_war_in_which_people_died_totals_its_dead(sentence: str, killed: int) -> None:
    t = find_tally(sentence, DAY)
    assert t is not None and t.killed == killed


@pytest.mark.parametrize("sentence", [
    "The attack, which took place in 2019, killed 40 people.",
    "The ambush in which 12 soldiers died was the deadliest this year.",
])
def test_a_dated_attack_keeps_its_figure(sentence: str) -> None:
    assert find_tally(sentence, DAY) is None
