"""A rocket-propelled grenade is a light weapon of a firefight, not a thrown grenade nor a rocket strike: "fired
rocket-propelled grenades at a police station" is no Grenade and no Shelling event (taxonomy §1). Wordings written
for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Gunmen fired rocket-propelled grenades at a police station in Tripoli on Tuesday, killing two officers.",
    "Rebels hit an army truck with a rocket-propelled grenade near Beni on Sunday, killing three soldiers.",
    "Militants fired rocket propelled grenades at a checkpoint near Garissa on Friday, wounding four policemen.",
])
def test_a_rocket_propelled_grenade_is_a_firefight_s(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Armed clash"]


def test_a_thrown_grenade_is_still_one(extractor: Extractor) -> None:
    text = "A man threw a grenade into a bar in Goma on Saturday, wounding five people."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Grenade"]
