"""A day written between a speaker and its verb of saying or accusing ("The commission on Tuesday accused soldiers of
burning a village", "The army on Monday said troops killed 40 militants") dates the statement, not the event, as a
day after the verb does ("said on Monday"). A day opening the sentence, or before a verb of doing, dates the event.
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.nlp.dates import sentence_date

PUBLISHED = dt.date(2024, 9, 25)


@pytest.mark.parametrize("text", [
    "The diocese's Justice and Peace Commission on Tuesday accused soldiers of burning a village near Kumbo.",
    "Human Rights Watch on Thursday accused the army of killing 12 villagers near Kaya.",
    "The army on Monday said troops killed 40 militants near Diffa.",
    "Police on Friday blamed a rival gang for the killing of four men in Tulua.",
])
def test_a_day_before_the_speech_verb_dates_the_statement(text: str) -> None:
    found = sentence_date(text, PUBLISHED)
    assert found is not None and found.said


@pytest.mark.parametrize("text", [
    "On Tuesday gunmen killed four people near Kumbo.",
    "Gunmen on Tuesday killed four people near Kumbo, the police said.",
])
def test_a_day_of_the_deed_dates_the_event(text: str) -> None:
    found = sentence_date(text, PUBLISHED)
    assert found is not None and not found.said and found.date == dt.date(2024, 9, 24)
