"""People "taken by gunmen" are abducted, told in the passive without "away". Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Police have found no trace of the 43 students who were taken by gunmen in Iguala.",
    "Three aid workers were taken by armed men near Menaka on Sunday.",
    "A priest was taken by suspected bandits from his parish in Kaduna on Friday.",
])
def test_people_taken_by_gunmen_are_abducted(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Abduction/forced disappearance"]


def test_a_town_taken_by_rebels_is_no_abduction(extractor: Extractor) -> None:
    text = "The town of Rutshuru was taken by rebels on Monday after heavy fighting."
    assert "Abduction/forced disappearance" not in [r.sub_event_type for r in coded(extractor, text)]
