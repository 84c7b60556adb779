"""A wanted person captured by the state's forces is arrested: "captured a senior commander", "nabbed a top
commander", "caught a cartel lieutenant", even "without a shot being fired" (no place changed hands). Wordings
written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Colombian troops captured a senior commander of the Clan del Golfo at a farm near Necocli on Tuesday without a "
    "shot being fired.",
    "Indian forces nabbed a top Lashkar commander in Sopore on Thursday.",
    "Federal agents caught a cartel lieutenant in Reynosa on Saturday.",
    "Philippine marines captured an Abu Sayyaf bomb-maker in Jolo on Monday, the military said.",
])
def test_a_wanted_person_captured_is_arrested(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Arrests"]


def test_a_town_taken_without_a_shot_still_changes_hands(extractor: Extractor) -> None:
    text = "Taliban fighters entered the town of Ghazni on Friday without a shot being fired."
    assert "Non-violent transfer of territory" in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Jihadists ambushed an army convoy near Damboa on Sunday, killing several soldiers. Two vehicles were captured.",
    "Bandits ambushed soldiers near Tsafe on Tuesday, killing six, and captured their motorcycles.",
    "Islamic State fighters clashed with troops near Marte on Thursday and captured two technicals, the group claimed.",
    "Fighters of the group attacked a military patrol near Menaka on Monday. Three armoured vehicles and a quantity of "
    "ammunition were captured, the group said.",
])
def test_vehicles_and_arms_captured_in_a_fight_are_no_territory(extractor: Extractor, text: str) -> None:
    """'Two vehicles were captured', 'captured their motorcycles': spoils of the fight, not a town or base that
    changed hands; the fight stays an armed clash."""
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Armed clash"]
