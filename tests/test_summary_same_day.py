"""A situation report's summary item dated to the day tells the body's event of that day in the same province, even
where the two place it differently ("- Nine civilians were killed in an attack near Gayeri on 12 May" above "On
Sunday 12 May, armed men opened fire at a market 15 km north of Bogande"): one event. Items of other days stay
events of their own. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 17)


@pytest.mark.parametrize("text", [
    "HIGHLIGHTS\n- Nine civilians were killed in an attack near Gayeri on 12 May.\n- Schools remain closed.\n\n"
    "SITUATION OVERVIEW\nOn Sunday 12 May, armed men opened fire at a livestock market about 15 km north of Bogande, "
    "killing nine people, health workers said.",
    "Key points\n- At least nine displaced people were killed in an attack on a site in Djugu territory on 3 May.\n"
    "- Cholera cases rose in Bunia.\n\nOn Friday, 3 May, militiamen attacked a site for displaced people about 60 km "
    "north-east of Bunia, killing nine people, according to health workers.",
    "HIGHLIGHTS\n- Four civilians were killed by shelling in Dilling on 12 May.\n- Flights to Kadugli remain "
    "suspended.\n\nSITUATION OVERVIEW\nOn 12 May, artillery shells hit a market about 40 km north of Kadugli, "
    "killing four civilians, a medical source said.",
])
def test_the_summary_item_and_the_body_tell_one_event(extractor: Extractor, text: str) -> None:
    assert len(coded(extractor, text, day=DAY)) == 1


def test_an_item_of_another_day_stays_its_own(extractor: Extractor) -> None:
    text = ("HIGHLIGHTS\n- Nine civilians were killed in an attack near Gayeri on 10 May.\n- Schools remain closed.\n\n"
            "SITUATION OVERVIEW\nOn Sunday 12 May, armed men opened fire at a livestock market about 15 km north of "
            "Bogande, killing four people, health workers said.")
    assert len(coded(extractor, text, day=DAY)) == 2
