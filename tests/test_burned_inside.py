"""People "burned inside their houses" or "burned alive in their huts" are the dead of the attack being told, not a
property destruction of their own: the words after the burning say where people were, not what was burned. Wordings
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

DAY = dt.date(2025, 2, 26)


@pytest.mark.parametrize("text", [
    "Gunmen killed at least 23 people in a raid on Pont-Sonde on Monday, police said. A Haitian watchdog said more "
    "than 40 people died, many of them burned inside their houses.",
    "Fighters stormed the camp at Plaine Savo near Bunia on Monday. Six children were among the dead, burned inside a "
    "school where they had sheltered, a local official said.",
    "Militiamen raided a village near Djugu on Sunday. A rights group said 30 people were killed, most of them burned "
    "in their huts.",
])
def test_the_burned_are_the_attack_dead(extractor: Extractor, text: str) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert [r.sub_event_type for r in reports] == ["Attack"]


def test_houses_burned_stay_property_destroyed(extractor: Extractor) -> None:
    text = "Militiamen burned 40 houses in a village near Djugu on Sunday, residents said."
    assert [r.sub_event_type for r in extractor.code(Document("t", text, DAY)).reports] == [
        "Looting/property destruction"]
