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


@pytest.mark.parametrize(("text", "actor1"), [
    ("Moroccan police detained three Sahrawi activists in Laayoune on Wednesday.", "Police Forces of Morocco"),
    ("Moroccan drones struck two vehicles near Mijek on Thursday, killing three Sahrawi civilians.",
     "Military Forces of Morocco"),
    ("Soldiers fired on a car near Tifariti on Thursday, killing two men.", "Military Forces of Morocco"),
])
def test_the_state_forces_in_western_sahara_are_moroccos(extractor: Extractor, text: str, actor1: str) -> None:
    event = only_event(extractor, text, day=dt.date(2022, 2, 7))
    assert (event.country, event.actor1, event.inter1) == ("Western Sahara", actor1, 1)
    assert event.actor2.endswith("(Western Sahara)")


def test_the_army_that_speaks_there_is_moroccos(extractor: Extractor) -> None:
    event = only_event(extractor, "Soldiers fired on a car near Tifariti on Thursday, killing two men, the army "
                                  "said.", day=dt.date(2022, 2, 7))
    assert [c.claimant for c in event.claims] == ["Military Forces of Morocco"]
