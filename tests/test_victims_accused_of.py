"""Victims described by what they were accused or suspected of ("Two men accused of theft were beaten to death", "a
man described as a local leader was shot dead") are counted like any victims. Wordings written for this test."""

from __future__ import annotations

import pytest

from conflictlens.nlp.numbers import find_counts


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Two men accused of theft were beaten to death by a mob at a market in Gusau on Thursday, police said.", 2),
    ("A man accused of spying for the army was shot dead by militants near Mopti on Sunday, residents said.", 1),
    ("Three people suspected of being informants were executed by militants in Idlib.", 3),
    ("Five youths charged with looting were killed in a jailbreak in Kotoko.", 5),
])
def test_victims_with_what_they_were_accused_of_count(sentence: str, dead: int) -> None:
    assert [c.value for c in find_counts(sentence) if c.kind == "killed"] == [dead]
