"""What was fired from a side named by a state's demonym is that state's forces', and the side is no place: "mortar
rounds fired from the Afghan side landed in a village in Kurram" is Afghan forces shelling Pakistan. On a side of
the border, the demonym is where it happened. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "actor1", "country"), [
    ("Mortar rounds fired from the Afghan side landed in a village in Kurram district on Saturday, killing a "
     "shepherd, officials said.", "Military Forces of Afghanistan", "Pakistan"),
    ("Two shells fired from the Azerbaijani side hit a house in Sotk on Saturday, wounding a woman, the Armenian "
     "defence ministry said.", "Military Forces of Azerbaijan", "Armenia"),
    ("Rockets fired from the Lebanese side struck an empty field near Metula on Saturday, the army said.",
     "Military Forces of Lebanon", "Israel"),
    ("A shell fired from the Kyrgyz side killed a Tajik border guard near Isfara on Saturday, the Tajik border "
     "service said.", "Military Forces of Kyrgyzstan", "Tajikistan"),
])
def test_what_a_side_fired_is_its_forces(extractor: Extractor, text: str, actor1: str, country: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.actor1, event.country) == (actor1, country)


def test_a_side_of_the_border_is_a_place(extractor: Extractor) -> None:
    text = "A landmine killed two farmers on the Afghan side of the border near Spin Boldak on Saturday."
    assert only_event(extractor, text, day=DAY).country == "Afghanistan"
