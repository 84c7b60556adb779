"""Armed men on the march to a place attack it; they do not protest: "Thousands of armed youth marched on Akobo,
burning homes and killing dozens" is an attack, while students who march on the governor's office protest.
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _coded(extractor: Extractor, text: str) -> list[str]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2022, 4, 13), title="", source="t"))
    return [r.sub_event_type for r in result.reports]


@pytest.mark.parametrize("text", [
    "Thousands of armed youth marched on villages near Akobo on Monday, burning homes and killing dozens, officials "
    "said.",
    "Armed herders marched into a village near Bokkos on Sunday and killed 12 people, police said.",
    "Hundreds of heavily armed militiamen marched towards Kiwanja on Friday, forcing thousands to flee.",
])
def test_armed_men_marching_on_a_place_attack_it(extractor: Extractor, text: str) -> None:
    assert _coded(extractor, text) == ["Attack"]


def test_students_marching_on_an_office_protest(extractor: Extractor) -> None:
    assert _coded(extractor, "Students marched on the governor's office in Jos on Monday.") == ["Peaceful protest"]
