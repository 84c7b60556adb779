"""A country said in a later sentence to have done the strike told before is its doer: "... killing four fighters.
The United States carried out the strike, AFRICOM said", "Officials said the U.A.E. was behind the attack", "the raid
had been carried out by Iraq". Carrying out an inquiry does nothing. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.geo.cues import country_doers

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "actor1"), [
    ("An air strike hit a militant camp near Bosaso on Saturday, killing four fighters. The United States carried "
     "out the strike, AFRICOM said.", "Military Forces of the United States"),
    ("A drone attack on a fuel depot in Kosti killed three workers on Saturday. Sudanese officials said the U.A.E. "
     "was behind the attack.", "Military Forces of the United Arab Emirates"),
    ("An air strike killed five people in a car near Hajin on Saturday. A monitor said the raid had been carried out "
     "by Iraq.", "Military Forces of Iraq"),
    ("Missiles struck a radar site near Hodeidah on Saturday, killing two guards. Britain carried out the strikes, "
     "the Houthis said.", "Military Forces of the United Kingdom"),
    ("A drone hit a school in Kramatorsk on Saturday, wounding six children. Kyiv said Russia had conducted the "
     "attack.", "Military Forces of Russia"),
])
def test_a_country_said_to_have_done_the_strike_is_its_doer(extractor: Extractor, text: str, actor1: str) -> None:
    assert only_event(extractor, text, day=DAY).actor1 == actor1


@pytest.mark.parametrize("sentence", [
    "Russia carried out an inquiry into the crash.",
    "Kenya conducted the census last year.",
])
def test_a_country_that_did_no_strike_is_no_doer(sentence: str) -> None:
    assert country_doers(sentence) == ()


def test_who_believes_a_gang_was_behind_it_is_not_its_doer(extractor: Extractor) -> None:
    text = ("Gunmen abducted 11 farmers near Tsafe on Saturday, residents said. Police believe the same gang was "
            "behind the kidnapping.")
    assert only_event(extractor, text, day=DAY).actor1 != "Police Forces of Nigeria"
