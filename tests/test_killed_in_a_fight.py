"""People killed in a fight the sentence names right after the killing were fighting back: "Police shot dead four
gunmen in an exchange of fire", "... four suspected kidnappers in a gunfight" are clashes with an armed group, not
attacks on civilians; a killing with no fight after it, or in an ambush, stays an attack. Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _coded(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2019, 12, 4), title="", source="t"))
    return [(r.sub_event_type, r.actor2) for r in result.reports]


@pytest.mark.parametrize("text", [
    "Police shot dead four gunmen in an exchange of fire near Kaduna on Friday.",
    "Police shot dead four suspected kidnappers in a gunfight near Abuja on Friday.",
    "Policemen killed two armed men during a shootout at a checkpoint in Zaria on Friday.",
    "Police shot dead three suspected robbers in a gun battle in Onitsha on Friday.",
])
def test_the_dead_of_a_fight_were_fighting(extractor: Extractor, text: str) -> None:
    assert [sub for sub, _ in _coded(extractor, text)] == ["Armed clash"]
    assert all(side != "Civilians (Nigeria)" for _, side in _coded(extractor, text))


@pytest.mark.parametrize("text", [
    "Gunmen shot dead four farmers near Kaduna on Friday.",
    "Gunmen shot dead six traders in an ambush near Kaduna on Friday.",  # an ambush is no fire both ways
])
def test_a_killing_with_no_fight_stays_an_attack(extractor: Extractor, text: str) -> None:
    assert _coded(extractor, text) == [("Attack", "Civilians (Nigeria)")]
