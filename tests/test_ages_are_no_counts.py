"""A figure after "aged" is a person's age, not a count of dead: "a gendarme aged 22 died" is one dead, "two men,
aged 19 and 23, were killed" two. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import killed_values


@pytest.mark.parametrize(("sentence", "dead"), [
    ("In Le Mont-Dore, a gendarme aged 22 died on Thursday of a gunshot wound.", [1]),
    ("A man aged 45 was shot dead outside a bar in Spanish Town on Sunday.", [1]),
    ("A boy aged 14 was killed when a shell hit a courtyard in Kherson.", [1]),
    ("Two men, aged 19 and 23, were killed in the attack on the market in Kaya.", [2]),
    ("Three farmers aged between 30 and 50 were hacked to death near Bokkos.", [3]),
])
def test_an_age_is_no_count_of_dead(sentence: str, dead: list[int]) -> None:
    assert killed_values(sentence) == dead


def test_a_count_after_an_age_still_counts() -> None:
    sentence = "A woman aged 60 and 12 other passengers were killed when the bus hit a mine near Djibo."
    assert killed_values(sentence) == [1, 12]
