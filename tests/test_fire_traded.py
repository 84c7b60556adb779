"""Fire traded or exchanged is a clash, whatever weapons the fire is named by ("traded heavy machine-gun and
rocket-propelled grenade fire", "exchanged intense rifle fire"). Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Fighters from both sides traded heavy machine-gun and rocket-propelled grenade fire in Tajoura on Monday.",
    "Police and gunmen exchanged intense rifle fire for an hour outside a bank in Kano on Tuesday.",
    "Guards and raiders traded machine-gun fire at the gate of the camp near Bentiu on Saturday.",
    "Rival clan militias exchanged sniper fire across the market in Galkayo on Thursday.",
])
def test_fire_traded_is_a_clash(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Troops and rebels exchanged machine-gun and mortar fire near Beni on Sunday.",
    "Government forces and the militia traded artillery and rocket fire on the outskirts of Marib on Monday.",
    "The two sides exchanged heavy machine-gun and mortar fire across the front line near Kupiansk on Tuesday.",
    "Soldiers and insurgents exchanged mortar fire near Macomia on Friday.",
])
def test_heavy_weapons_fire_exchanged_is_a_clash(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Armed clash"]
