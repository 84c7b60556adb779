"""A figure written in words and repeated in digits between brackets, as francophone military statements write it
("two (2) soldiers lost their lives", "four (4) killed and six (6) wounded"), is one figure. Brackets that disagree
with the words are left alone. Wordings written for this test."""

from __future__ import annotations

import pytest

from conflictlens.nlp.numbers import find_counts


def _figures(sentence: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(sentence) if c.kind in ("killed", "injured")]


@pytest.mark.parametrize(("sentence", "figures"), [
    ("Two (2) soldiers lost their lives and three (3) were wounded near Tillaberi.", [("killed", 2), ("injured", 3)]),
    ("We deplore on our side four (4) killed and six (6) wounded, who were evacuated to Dori.",
     [("killed", 4), ("injured", 6)]),
    ("The attack on the market in Djibo left twenty-one (21) civilians dead, the governor said.", [("killed", 21)]),
    ("Five (05) gendarmes were killed and eight (08) others injured in the ambush near Mora.",
     [("killed", 5), ("injured", 8)]),
])
def test_a_figure_repeated_in_digits_is_one_figure(sentence: str, figures: list[tuple[str, int]]) -> None:
    assert _figures(sentence) == figures


def test_brackets_that_disagree_are_not_read_as_the_repeat() -> None:
    assert ("killed", 2) not in _figures("Two (3) soldiers were killed near Kaya.")
