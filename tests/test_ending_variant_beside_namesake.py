"""A province of the Middle East or North Africa written with another final -a/-ah ("Shabwa" for Yemen's Shabwah,
"Mahra" for Al Mahrah) is found although a village abroad is spelled exactly so (Sha Bwa in Myanmar, Mahra in
Côte d'Ivoire): both are candidates, the bigger first. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.geo.gazetteer import default_gazetteer
from conflictlens.models import Document


@pytest.mark.parametrize("text", [
    "A drone strike killed two people in Shabwa on Monday, a local official said.",
    "Gunmen shot dead a tribal elder in Mahra on Tuesday, residents said.",
    "Clashes erupted between rival tribesmen in Shabwa province on Sunday, leaving four dead.",
    "Protesters blocked the main road in Mahra on Wednesday to demand the departure of foreign troops.",
])
def test_a_province_spelled_with_another_ending_beats_a_village_abroad(extractor: Extractor, text: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2026, 6, 5), title="", source="t"))
    assert [r.country for r in result.reports] == ["Yemen"]


def test_the_namesake_abroad_stays_a_candidate() -> None:
    found = default_gazetteer().lookup("Shabwa")
    assert [p.iso3 for p in found][:2] == ["YEM", "MMR"]

