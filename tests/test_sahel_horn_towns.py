"""Towns of Mali's centre, South Sudan's Upper Nile and Somalia that the GeoNames extract lacks or spells
otherwise (resources/custom_places.csv): Konna was Ireland's Conna, Nasir was a Khartoum suburb, Bardera was no
place at all. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2023, 3, 14)


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Troops exchanged fire with jihadists near Konna on Monday, killing four of them.", "Mali", "Mopti"),
    ("A suicide car bomb exploded at the gate of the military camp in Sevare on Sunday.", "Mali", "Mopti"),
    ("Jihadists attacked the army post in Diabaly on Sunday, killing three soldiers.", "Mali", "Segou"),
    ("Heavy fighting broke out between the army and the White Army near Nasir on Tuesday.", "South Sudan",
     "Upper Nile"),
    ("Al-Shabaab fighters ambushed an army convoy near Bardera on Friday.", "Somalia", "Gedo"),
    ("A roadside bomb struck a police vehicle in Bulo Burte on Friday, killing two officers.", "Somalia", "Hiraan"),
])
def test_the_town_is_found(extractor: Extractor, text: str, country: str, admin1: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.country, event.admin1) == (country, admin1)
