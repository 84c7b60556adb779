"""A person killed with one relative ("killing a woman and her son", "shot dead a farmer and his wife", "a couple
and their baby") counts every member: the head and one more (a couple, two). Not a relative by marriage named with
a hyphen, nor a relative's friends. Wordings written for this test."""

from __future__ import annotations

import pytest

from conflictlens.nlp.numbers import find_counts


@pytest.mark.parametrize(("sentence", "dead"), [
    ("A cart carrying a family struck a landmine near Bol, killing a woman and her son.", 2),
    ("Gunmen shot dead a farmer and his wife in their home near Kaya on Sunday.", 2),
    ("A shell hit a house in Kherson, killing an elderly man and his grandson.", 2),
    ("An air strike killed a couple and their baby in Rafah.", 3),
    ("A woman and her daughter were killed when a shell hit their house in Nikopol.", 2),
])
def test_a_head_and_one_relative_are_all_counted(sentence: str, dead: int) -> None:
    assert [c.value for c in find_counts(sentence) if c.kind == "killed"] == [dead]


@pytest.mark.parametrize("sentence", [
    "A woman and her son-in-law were arrested in Kano.",
    "The man and his son's friends were questioned by police.",
])
def test_no_killing_or_no_relative_counts_nobody(sentence: str) -> None:
    assert [c for c in find_counts(sentence) if c.kind == "killed"] == []
