"""A country named as the one who fired is its forces and no place of the event: "Turkey shelled villages near
Tal Rifaat" is Turkey's military striking in Syria, not an event in Ankara. A country that launched an inquiry or
hit back at critics fired nothing. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.geo.cues import country_doers

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "actor1", "country"), [
    ("Turkey shelled villages near Tell Rifaat on Saturday, killing two farmers, a war monitor said.",
     "Military Forces of Turkey", "Syria"),
    ("Azerbaijan pounded Armenian positions near Jermuk on Saturday, killing two soldiers, the Armenian defence "
     "ministry said.", "Military Forces of Azerbaijan", "Armenia"),
    ("Officials in Dohuk said Turkey had carried out air strikes on a village near Amedi on Saturday, killing two "
     "shepherds.", "Military Forces of Turkey", "Iraq"),
    ("On Saturday Russia fired a barrage of missiles at Kharkiv, killing three people, the mayor said.",
     "Military Forces of Russia", "Ukraine"),
    ("Iran launched drones at a Kurdish opposition camp near Koya on Saturday, killing one person, the group said.",
     "Military Forces of Iran", "Iraq"),
])
def test_a_country_that_fired_is_its_forces_not_the_place(extractor: Extractor, text: str, actor1: str,
                                                           country: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.actor1, event.country) == (actor1, country)


@pytest.mark.parametrize("sentence", [
    "Russia launched an inquiry into the crash on Saturday.",
    "Turkey hit back at critics of the operation.",
    "Pakistan fired its ambassador over the remarks.",
    "Ukraine struck a deal with its creditors on Saturday.",
])
def test_a_country_that_fired_nothing_is_no_doer(sentence: str) -> None:
    assert country_doers(sentence) == ()
