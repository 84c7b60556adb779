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
