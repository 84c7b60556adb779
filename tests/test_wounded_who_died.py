"""Some of the wounded who died later add to the dead told before them: "killing eight villagers. Two of the wounded
later succumbed in hospital" is ten dead, "wounding nine people. Three of the injured later died" is three. Those of
the wounded only flown to hospital are no figure. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.numbers import find_counts

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "fatalities"), [
    ("Bandits raided Tsafe on Saturday, killing eight villagers. Two of the wounded later succumbed in hospital, "
     "officials said.", 10),
    ("A bomb exploded at a bus stop in Quetta on Saturday, wounding nine people. Three of the injured later died, "
     "police said.", 3),
    ("Gunmen opened fire on a church in Owo on Saturday, killing five worshippers. One of the injured died overnight "
     "at the federal medical centre.", 6),
    ("Militants ambushed an army convoy near Diffa on Saturday, killing six soldiers and wounding 11, the army said. "
     "Two of the wounded soldiers died overnight.", 8),
    ("A drone struck a market in Dilling on Saturday, killing nine people, the health ministry said. By Sunday the "
     "ministry had put the toll at 11 dead, saying two of the wounded had died in hospital.", 11),
])
def test_the_wounded_who_died_add_to_the_dead(extractor: Extractor, text: str, fatalities: int) -> None:
    assert only_event(extractor, text, day=DAY).fatalities == fatalities


@pytest.mark.parametrize(("sentence", "counts"), [
    ("Two of the wounded later succumbed in hospital, officials said.", [("killed", 2)]),
    ("One of the injured soldiers died on the way to hospital.", [("killed", 1)]),
    ("Eight of the wounded were flown to Goma, a doctor said.", []),
    ("Two of the wounded were in a critical condition.", []),
    ("The army succumbed to pressure and withdrew.", []),
])
def test_some_of_the_wounded_are_counted_only_when_they_died(sentence: str, counts: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_counts(sentence)] == counts
