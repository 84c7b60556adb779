"""A strike told by an article or a number and what it hit or killed ("A strike hit a farm compound", "two strikes
destroyed a bridge") is an air or drone strike; "a general strike", "a missile strike" are not. Wordings written for
this test."""

from __future__ import annotations

import pytest

from conflictlens.nlp.triggers import find_triggers


@pytest.mark.parametrize("sentence", [
    "A strike hit a farm compound near Qoryooley overnight, killing three fighters.",
    "Two strikes destroyed a bridge near Kupiansk on Monday, the regional governor said.",
    "Another strike killed a family of five in Khan Younis on Saturday, medics said.",
    "Several strikes targeted rebel positions around Hodeidah late on Friday.",
])
def test_a_strike_that_hit_is_from_the_air(sentence: str) -> None:
    assert "Air/drone strike" in {t.sub_event_type for t in find_triggers(sentence)}


@pytest.mark.parametrize("sentence", [
    "A general strike hit the capital on Monday.",
    "A missile strike hit a hotel in Odesa overnight.",
    "The teachers' strike hit schools across Kaduna state.",
])
def test_other_strikes_are_not_from_the_air(sentence: str) -> None:
    assert "Air/drone strike" not in {t.sub_event_type for t in find_triggers(sentence)}
