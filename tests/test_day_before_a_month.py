"""A day written before its month is no figure of victims: in "as many as 1,400 people may have been killed between
15 July and 5 August", "15" counts nobody. Wordings written for this test."""

from __future__ import annotations

import pytest

from conflictlens.nlp.numbers import find_counts


@pytest.mark.parametrize("sentence", [
    "A report said hundreds may have been killed between 15 July and 5 August 2024.",
    "Hundreds were killed between 15 July and 5 August, the UN said.",
    "Dozens of people were wounded between 23 March and 29 April in the district, the agency said.",
    "Several civilians were abducted between 17 Sept. and 21 Oct. near the mines, residents said.",
])
def test_a_day_before_its_month_counts_nobody(sentence: str) -> None:
    assert all(c.value not in (5, 15, 17, 21, 23, 29) for c in find_counts(sentence))


@pytest.mark.parametrize(("sentence", "value"), [
    ("Gunmen killed 15 villagers in Zamfara on 3 March.", 15),
    ("Between 20 and 30 soldiers were killed on Monday, officials said.", 20),
])
def test_a_figure_beside_a_date_still_counts(sentence: str, value: int) -> None:
    assert [c.value for c in find_counts(sentence)][:1] == [value]
