"""One person shot, stabbed or hacked, told to have died in the next sentence ("She died in hospital that night",
"He later succumbed to his injuries") is one dead of that attack. A life's end in a year ("he died in 2010") is
none. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.numbers import find_counts


@pytest.mark.parametrize("text", [
    "Two men on a motorbike shot the radio reporter Lucia Arreola outside her home in Zamora, Michoacan on Monday. "
    "She died in hospital that night, her colleagues said.",
    "Gunmen shot a village chief in Kaya on Friday. He later succumbed to his injuries, officials said.",
    "A soldier was stabbed at a checkpoint in Kano on Sunday. He died of his wounds on the way to hospital.",
    "Attackers hacked a farmer with machetes near Bunia on Tuesday. He was pronounced dead at the clinic.",
])
def test_the_one_hurt_who_died_is_one_dead(extractor: Extractor, text: str) -> None:
    assert [r.fatalities for r in coded(extractor, text)] == [1]


@pytest.mark.parametrize("sentence", ["He died in 2010.", "She died in March 2019, a decade after the war."])
def test_a_death_in_a_year_counts_nobody(sentence: str) -> None:
    assert find_counts(sentence) == []
