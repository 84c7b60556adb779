"""Whoever drove out of a gate took no territory: "gunmen shot dead a trader as he drove out of his warehouse" is an
attack, while "rebels drove the army out of the town" takes it. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.triggers import find_triggers

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a cattle trader as he drove out of his warehouse in Buenavista on Saturday.",
    "A magistrate was killed on Saturday when attackers opened fire on her car as she drove out of the court "
    "compound in Uruapan.",
    "Assailants on a motorbike shot a businessman as he drove out of a petrol station in Kaduna on Saturday, "
    "killing him.",
])
def test_driving_out_of_a_gate_is_no_capture(extractor: Extractor, text: str) -> None:
    assert only_event(extractor, text, day=DAY).sub_event_type == "Attack"


@pytest.mark.parametrize("sentence", [
    "M23 rebels drove the army out of Bunagana on Saturday.",
    "Fighters of the group drove them out of Kalima on Saturday, residents said.",
])
def test_driving_an_enemy_out_takes_territory(sentence: str) -> None:
    assert "Non-state actor overtakes territory" in {t.sub_event_type for t in find_triggers(sentence)}
