"""The Pakistani state's name for the Pakistani Taliban since 2024, "Fitna al-Khawarij" (in its spellings), is the
TTP: "Fitna al-Khawarij terrorists attacked a police post" is the group's attack. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize("text", [
    "Fitna al-Khawarij terrorists attacked a police post in Dera Ismail Khan on Sunday, killing two constables.",
    "The Fitna al Khawarij claimed the attack on a checkpoint in Bannu that killed three soldiers.",
    "Troops killed four terrorists of Fitna-al-Khawarij in an exchange of fire near Tank on Tuesday.",
])
def test_fitna_al_khawarij_is_the_ttp(extractor: Extractor, text: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    assert len(result.reports) == 1
    assert "Tehrik-i-Taliban Pakistan" in (result.reports[0].actor1, result.reports[0].actor2)
