"""Shelters, tents, shacks and kiosks burned or destroyed are property destroyed, as homes and huts are: displacement
sites and markets are where such attacks fall. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Non-state armed actors burned 40 shelters at a displacement site near Bunia on Friday.",
    "Herders destroyed 30 shelters in a camp near Kaga-Bandoro on Tuesday.",
    "Militia fighters burned dozens of tents housing displaced families near Bentiu on Sunday.",
    "Soldiers demolished the shacks of squatters outside Juba on Wednesday.",
])
def test_shelters_and_kiosks_burned_are_property_destroyed(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Looting/property destruction"]
