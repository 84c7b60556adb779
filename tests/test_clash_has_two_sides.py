"""A fight has two sides: where the text names only the state's, or only unidentified gunmen, the other is an
unidentified armed group of the country (ACLED leaves no Armed clash without actor2). Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2023, 4, 11)


@pytest.mark.parametrize(("text", "actor1", "country"), [
    ("Police officers traded fire with suspects in the Rocinha favela of Rio de Janeiro on Thursday, killing three.",
     "Police Forces of Brazil", "Brazil"),
    ("Troops pursued the attackers into the bush outside Damboa on Monday and exchanged fire with them, killing two.",
     "Military Forces of Nigeria", "Nigeria"),
    ("Gunmen clashed in the Cite Soleil slum of Port-au-Prince overnight, residents said.",
     "Unidentified Armed Group (Haiti)", "Haiti"),
    ("Rival armed men fought for hours in Mogadishu's Hodan district on Tuesday, killing four.",
     "Unidentified Armed Group (Somalia)", "Somalia"),
])
def test_the_unnamed_side_of_a_fight(extractor: Extractor, text: str, actor1: str, country: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", actor1, f"Unidentified Armed Group ({country})")


def test_a_named_group_keeps_its_fight_one_sided(extractor: Extractor) -> None:
    event = only_event(extractor, "Al-Shabaab fighters clashed near Jowhar on Monday, residents said.", day=DAY)
    assert (event.actor1, event.actor2) == ("Al Shabaab", "")
