"""The one armed group an article names does not take an attack whose doer the text calls unidentified ("abducted by
unidentified armed men") or whose paragraph says nobody knows who did it ("It was not clear who planted the device",
"Police said it was "too early" to say who was responsible"). Other unattributed attacks stay that group's.
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 3, 7)
INDIA = ("Five members of the Arambai Tenggol, a Meitei armed group, were arrested at a checkpoint at Lamlai in Imphal "
         "East district on Monday, police said.\n\n")
KENYA = "Al Shabaab fighters attacked a police station in Mandera on Monday, killing two officers, police said.\n\n"


@pytest.mark.parametrize(("text", "place", "country"), [
    (INDIA + "Two farmers who had gone to check their fields near Kangpokpi on Monday morning were abducted by "
     "unidentified armed men, their families said.", "Kangpokpi", "India"),
    (INDIA + "A low-intensity bomb exploded outside the gate of a legislator's house in Kakching late on Wednesday, "
     "damaging the gate. Police said it was \"too early\" to say who was responsible.", "Kakching", "India"),
    (KENYA + "On Wednesday, a roadside bomb struck a bus near Lamu, killing four passengers. It was not clear who "
     "planted the device.", "Lamu", "Kenya"),
])
def test_an_unknown_doer_is_no_named_group(extractor: Extractor, text: str, place: str, country: str) -> None:
    [report] = [r for r in coded(extractor, text, day=DAY) if r.location == place]
    assert report.actor1 == f"Unidentified Armed Group ({country})"


def test_other_unattributed_attacks_stay_the_group_s(extractor: Extractor) -> None:
    text = KENYA + "On Tuesday, gunmen shot dead a teacher in Garissa."
    [report] = [r for r in coded(extractor, text, day=DAY) if r.location == "Garissa"]
    assert report.actor1 == "Al Shabaab"
