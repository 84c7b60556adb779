"""Goods carried off are looting, people carried off are abducted: "carried off mattresses and fuel drums",
"made off with 300 head of cattle", "carried off 20 women". Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Fighters carried off mattresses, fridges and fuel drums from a warehouse in Goma.",
    "Raiders made off with 300 head of cattle near Bor on Sunday.",
    "Militants took away two motorcycles and food from a camp near Mora.",
    "Armed men stole goats and grain from villagers near Tillaberi.",
])
def test_goods_carried_off_are_looting(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "Gunmen carried off 20 women from a village near Zurmi on Friday.",
    "Armed men carried off two farmers near Mopti on Sunday.",
])
def test_people_carried_off_are_abducted(extractor: Extractor, text: str) -> None:
    assert "Abduction/forced disappearance" in [r.sub_event_type for r in coded(extractor, text)]
