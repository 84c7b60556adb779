"""A vehicle that hits, strikes, triggers or touches off a mine ("an ambulance hit an anti-tank mine", "the truck
touched off a mine") is a landmine event, whoever rode in it; and a demonym on a force's own armoured vehicle,
tank, patrol or convoy that set one off names the side that was hit ("a Turkish armoured vehicle hit a mine near
Zakho"), not the forces of the country it happened in, and the soldiers killed in it are not who laid the mine.
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

IED = "Remote explosive/landmine/IED"


def _code(extractor: Extractor, text: str) -> list[tuple[str, str, str, str]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    return [(r.sub_event_type, r.actor1, r.actor2, r.country) for r in result.reports]


@pytest.mark.parametrize("text", [
    "An ambulance hit an anti-tank mine on the outskirts of Huambo on Thursday, killing the driver and a nurse.",
    "A tractor touched off a mine in a field near Kherson on Saturday, killing its driver.",
    "Two farmers were killed when their cart hit a mine near Kandahar on Monday.",
    "A patrol of the Malian army triggered a buried mine between Gao and Ansongo on Sunday, killing four soldiers.",
])
def test_a_vehicle_that_sets_off_a_mine_is_a_landmine_event(extractor: Extractor, text: str) -> None:
    assert [sub for sub, _, _, _ in _code(extractor, text)] == [IED]


@pytest.mark.parametrize(("text", "actor2", "country"), [
    ("A Turkish armoured vehicle hit a mine near Zakho on Tuesday, killing two soldiers, the defence ministry said.",
     "Military Forces of Turkey", "Iraq"),
    ("A Russian armoured vehicle struck a mine near Kupiansk on Wednesday, killing three soldiers.",
     "Military Forces of Russia", "Ukraine"),
    ("An Israeli army jeep triggered an explosive device near Tubas on Monday, wounding two soldiers.",
     "Military Forces of Israel", "Palestine"),
])
def test_a_demonym_on_the_force_vehicle_names_who_was_hit(extractor: Extractor, text: str, actor2: str,
                                                          country: str) -> None:
    coded = _code(extractor, text)
    assert len(coded) == 1
    sub, a1, a2, where = coded[0]  # whoever laid the mine goes unnamed
    assert (sub, a1, a2.split(" (")[0], where) == (IED, f"Unidentified Armed Group ({country})", actor2, country)


def test_a_gold_mine_attacked_is_no_landmine(extractor: Extractor) -> None:
    text = "Gunmen attacked a gold mine near Kidal on Monday, killing three workers."
    assert [sub for sub, _, _, _ in _code(extractor, text)] == ["Attack"]
