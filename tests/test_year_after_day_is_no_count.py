"""A year written after its day and month ("November 8, 2023 - ADF rebels killed ...", "on 6 March 2024 gunmen
killed ...") is a date, never a count of dead. Wordings written for this test."""

from __future__ import annotations

import pytest

from conflictlens.nlp.numbers import find_counts


@pytest.mark.parametrize(("sentence", "values"), [
    ("Rwenzori Times, November 8, 2023 - ADF rebels killed two farmers near Bundibugyo on Sunday.", [2]),
    ("On 6 March 2024 gunmen killed four traders on the road to Kaduna.", [4]),
    ("Sahel Wire, Sept. 3, 2022 - jihadists killed 11 soldiers near Djibo.", [11]),
    ("By 14th May, 2021 militants had killed nine villagers in the district.", [9]),
])
def test_a_year_after_its_day_is_no_count(sentence: str, values: list[int]) -> None:
    assert [c.value for c in find_counts(sentence) if c.kind == "killed"] == values
