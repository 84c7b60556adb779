"""A country blamed for an attack did it as far as its accuser says, and is no place of it: "a drone strike hit a
house in Khost, killing a woman, and the police blamed Pakistan" is Pakistan's forces striking in Afghanistan.
Blamed for backing rebels, a country fired nothing. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.geo.cues import country_doers

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "actor1", "country"), [
    ("A police spokesman in Khost said a drone strike hit a house on Saturday, killing a farmer and his son, and "
     "blamed Pakistan.", "Military Forces of Pakistan", "Afghanistan"),
    ("A drone hit a car near Koya on Saturday, killing two members of an exiled Kurdish party. The party blamed "
     "the strike on Iran.", "Military Forces of Iran", "Iraq"),
    ("Shells hit a school in Sotk on Saturday, wounding a teacher, and the Armenian government accused Azerbaijan "
     "of shelling the village.", "Military Forces of Azerbaijan", "Armenia"),
    ("Two rockets slammed into a fuel depot near Erbil airport on Saturday. Kurdish officials blamed Iran for the "
     "attack.", "Military Forces of Iran", "Iraq"),
])
def test_a_country_blamed_is_the_doer_not_the_place(extractor: Extractor, text: str, actor1: str,
                                                    country: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.actor1, event.country) == (actor1, country)


@pytest.mark.parametrize("sentence", [
    "Kinshasa accused Rwanda of backing the rebels.",
    "The minister blamed Ukraine's allies for prolonging the war.",
])
def test_a_country_blamed_for_no_attack_is_no_doer(sentence: str) -> None:
    assert country_doers(sentence) == ()
