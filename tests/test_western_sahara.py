"""Western Sahara: the Polisario Front by any of its names is ACLED's POLISARIO (a rebel group), not an unidentified
armed group. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.actors import find_actor_mentions

POLISARIO = "POLISARIO: Popular Front for the Liberation of Saguia el Hamra and Rio de Oro"


@pytest.mark.parametrize("sentence", [
    "Polisario fighters shelled Moroccan positions near the berm.",
    "The Frente Polisario said its units had fired rockets at the wall.",
    "The Sahrawi People's Liberation Army claimed four attacks on the sand wall.",
    "A POLISARIO statement said the shelling went on all night.",
])
def test_the_polisario_front_by_its_names(sentence: str) -> None:
    found = [(m.name, m.inter) for m in find_actor_mentions(sentence, "Western Sahara", dt.date(2022, 2, 7),
                                                            lambda w: None)]
    assert (POLISARIO, 2) in found, found


def test_the_polisario_shelling_is_its_event(extractor: Extractor) -> None:
    event = only_event(extractor, "Polisario fighters shelled Moroccan army positions near Tifariti on Saturday, "
                                  "the movement said.", day=dt.date(2022, 2, 7))
    assert (event.actor1, event.sub_event_type) == (POLISARIO, "Shelling/artillery/missile attack")
