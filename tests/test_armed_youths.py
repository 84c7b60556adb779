"""Armed youths who attack or storm a camp or a village are a militia's raid, not a crowd's riot: "Armed youths
attacked a cattle camp near Bor, killing 12 people". Youths who attack a police station during a protest riot.
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize("text", [
    "Armed youths attacked a cattle camp near Bor, Jonglei State, on Saturday, killing 12 people.",
    "Armed youths stormed a village near Pibor on Saturday, killing five people, officials said.",
    "Heavily armed youths attacked herders near Tonj on Saturday, killing three, a local official said.",
])
def test_armed_youths_who_attack_are_no_riot(extractor: Extractor, text: str) -> None:
    assert [r.event_type for r in coded(extractor, text, day=DAY)] == ["Violence against civilians"]


def test_youths_who_attack_during_a_protest_riot(extractor: Extractor) -> None:
    text = "Youths attacked the police station in Kasese during a protest against fuel prices on Saturday."
    assert [r.event_type for r in coded(extractor, text, day=DAY)] == ["Riots"]
