"""A people whose home lies in one country points a text there as a demonym does: "Nuer herders near Leer" is
South Sudan's Leer, not Germany's ([[cue]] entries in actors.toml). Peoples of several countries point nowhere.
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document
from conflictlens.nlp.actors import home_countries


@pytest.mark.parametrize(("text", "country"), [
    ("Cattle raiders attacked Dinka villagers near Bor on Tuesday, killing nine people.", "South Sudan"),
    ("Gunmen attacked Nuer herders near Leer on Tuesday, killing four people.", "South Sudan"),
    ("Gunmen killed seven Tiv farmers near Takum on Sunday, residents said.", "Nigeria"),
    ("Dogon militiamen attacked a village near Koro on Sunday, killing twelve people.", "Mali"),
    ("Unknown gunmen shot dead five Oromo farmers near Goba on Monday, a local official said.", "Ethiopia"),
    ("Raiders killed three Samburu herders near Kinna on Monday, police said.", "Kenya"),
])
def test_a_peoples_home_places_an_ambiguous_town(extractor: Extractor, text: str, country: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2026, 6, 5), title="", source="t"))
    assert [r.country for r in result.reports] == [country]


def test_a_people_of_several_countries_points_nowhere() -> None:
    assert home_countries("Fulani herders and Hazara miners") == []
    assert home_countries("Dinka and Yazidi villagers") == ["Iraq", "South Sudan"]
