"""Bodies found beside a figure of the dead are some of those dead: "Police said five people were killed, but only
three bodies had been found" is five, not eight. Bodies of other people the sentence names add. Wordings written
for this test."""

from __future__ import annotations

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.numbers import find_counts


def _dead(sentence: str) -> int:
    return sum(c.value or 0 for c in find_counts(sentence) if c.kind == "killed" and not c.part and not c.tally)


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Police said five people were killed, but only three bodies had been found by nightfall.", 5),
    ("The police chief said three militants had been killed, though only two bodies had been recovered.", 3),
    ("Officials said 12 villagers died in the attack; the bodies of nine were recovered on the spot.", 12),
    ("Rescuers pulled 20 bodies from the rubble, and the civil defence said at least 27 people died.", 27),
    ("The army said 15 insurgents were killed and their corpses, 11 of which were identified, taken to Maiduguri.",
     15),
    # other people's bodies, or more bodies than the dead named, add
    ("Soldiers killed four militants and the bodies of two kidnapped farmers were found nearby.", 6),
    ("Two soldiers were killed and 14 bodies were found in a mass grave.", 16),
])
def test_bodies_beside_a_figure_of_the_dead_are_some_of_them(sentence: str, dead: int) -> None:
    assert _dead(sentence) == dead


def test_the_event_counts_the_dead_once(extractor: Extractor) -> None:
    event = only_event(extractor, "Soldiers clashed with militants near Rajouri on Wednesday. The police chief said "
                                  "three militants had been killed, though only two bodies had been recovered.")
    assert event.fatalities == 3
