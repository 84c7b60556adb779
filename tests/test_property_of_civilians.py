"""Property burned, razed or looted with nobody named as its owner is civilians' (ACLED codes Looting/property
destruction against Civilians (country) when the text names no armed owner); an armed owner named after the verb
stays the target. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2021, 5, 14)


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen set fire to a primary school in Kumbo on Wednesday, residents said.", "Cameroon"),
    ("Army bulldozers demolished dozens of homes in Rafah on Sunday.", "Palestine"),
    ("Attackers torched 20 houses and a church in Bokkos on Saturday.", "Nigeria"),
    ("Militiamen looted shops and burned market stalls in Djugu on Thursday.", "Democratic Republic of Congo"),
    ("Security forces razed a row of houses in Sheikh Zuweid on Monday.", "Egypt"),
])
def test_unowned_property_is_civilians(extractor: Extractor, text: str, country: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.sub_event_type, event.actor2) == ("Looting/property destruction", f"Civilians ({country})")


@pytest.mark.parametrize(("text", "actor2"), [
    ("Militants torched two army trucks near Gao on Tuesday.", "Military Forces of Mali"),
    ("Rebels burned down a police station in Beni on Friday.", "Police Forces of the Democratic Republic of Congo"),
])
def test_an_armed_owner_named_stays(extractor: Extractor, text: str, actor2: str) -> None:
    assert only_event(extractor, text, day=DAY).actor2 == actor2


@pytest.mark.parametrize("text", [
    "Federal police seized two tons of cocaine hidden in a lorry near Cuiaba on Monday.",
    "Police dismantled a methamphetamine laboratory in Culiacan on Monday.",
])
def test_drugs_seized_are_no_civilians_property(extractor: Extractor, text: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.sub_event_type, event.actor2) == ("Looting/property destruction", "")
