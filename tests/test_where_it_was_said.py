"""The day a statement gives itself is no event's day even when where it was said stands between the verb and the
day ("said on state television on Thursday", "told a news conference on Monday", "said in a statement late on
Friday"): a follow-up sentence that only adds the toll joins the event told before, on that event's day. Wordings
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.dates import sentence_date

DAY = dt.date(2024, 7, 12)  # a Friday


@pytest.mark.parametrize("sentence", [
    "Eleven soldiers were killed in the raid, the army spokesman said on state television on Thursday.",
    "Five people died in the blast, the governor told a news conference on Monday.",
    "Two soldiers were killed, the army said in a statement late on Thursday.",
    "The death toll rose to nine, the regional governor said on Telegram on Wednesday.",
])
def test_the_statement_s_day_is_marked_as_said(sentence: str) -> None:
    found = sentence_date(sentence, DAY)
    assert found is not None and found.said


def test_a_day_on_a_set_is_no_statement() -> None:
    found = sentence_date("Gunmen killed four actors on the television set on Monday.", DAY)
    assert found is not None and not found.said


@pytest.mark.parametrize(("text", "day"), [
    ("Boko Haram fighters attacked an army post at Bol late on Wednesday, killing 11 soldiers, Chad's army said.\n\n"
     "Eleven soldiers and 23 assailants were killed in the raid, which began shortly before midnight, the army "
     "spokesman said on state television on Thursday.", dt.date(2024, 7, 10)),
    ("Militants ambushed a police convoy near Tank on Tuesday.\n\nSeven policemen died in the ambush, a police "
     "spokesman told a news conference on Thursday.", dt.date(2024, 7, 9)),
    ("Drones struck a fuel depot near Rostov on Monday night.\n\nTwo workers were killed in the strike, the "
     "regional governor said on Telegram on Wednesday.", dt.date(2024, 7, 8)),
])
def test_the_toll_told_later_joins_the_event_on_its_day(extractor: Extractor, text: str, day: dt.date) -> None:
    assert [r.event_date for r in coded(extractor, text, day=DAY)] == [day]
