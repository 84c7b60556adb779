"""A figure for a bulletin's whole week or month is a tally, not one event's toll: "Over the week, 45 militants were
killed", "Throughout the month, 120 civilians were killed", also after "in total" or in a reported clause ('it said
that "in total, during the week, ..."'). A week of protests or a week-long siege dates one event. Wordings written
for this test."""

from __future__ import annotations

import pytest

from conflictlens.nlp.numbers import find_counts


def _tallied(sentence: str) -> list[bool]:
    return [c.tally for c in find_counts(sentence) if c.kind == "killed"]


@pytest.mark.parametrize("sentence", [
    "Over the week, 45 militants were killed in operations across the Tillaberi region.",
    "Throughout the month, 120 civilians were killed in air strikes on Idlib, the monitor said.",
    "In total, during the week, more than 45 terrorists were killed and 31 suspects arrested.",
    'The bulletin concludes that "in total, during the week, 60 bandits were killed".',
])
def test_a_figure_for_the_week_or_month_is_a_tally(sentence: str) -> None:
    assert _tallied(sentence) == [True]


@pytest.mark.parametrize("sentence", [
    "During the week of protests, police shot dead three demonstrators in Nairobi.",
    "Gunmen killed six people in Kaya during the week-long siege of the town.",
])
def test_one_events_week_is_no_tally(sentence: str) -> None:
    assert _tallied(sentence) == [False]
