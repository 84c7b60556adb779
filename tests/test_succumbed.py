"""Victims who succumbed to their injuries or wounds are dead: "A third officer succumbed to his injuries", "Four
soldiers succumbed to their wounds overnight". Succumbing to anything else kills nobody. Wordings written for this
test."""

from __future__ import annotations

import pytest

from conflictlens.nlp.numbers import find_counts


@pytest.mark.parametrize(("sentence", "value"), [
    ("A third officer succumbed to his injuries on Tuesday in Peshawar, officials said.", 1),
    ("Four soldiers succumbed to their wounds overnight, the army said.", 4),
    ("Two more villagers succumbed to their injuries at the district hospital on Sunday.", 2),
    ("Three children succumbed to their wounds in Goma on Sunday, their relatives said.", 3),
])
def test_those_who_succumbed_to_injuries_are_dead(sentence: str, value: int) -> None:
    assert [(c.kind, c.value) for c in find_counts(sentence)] == [("killed", value)]


def test_succumbing_to_pressure_kills_nobody() -> None:
    assert find_counts("Two ministers succumbed to pressure and resigned on Sunday.") == []
