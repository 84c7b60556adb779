"""Arms or bomb material taken before use, however the sentence tells it: "Police recovered three kilograms of IED
material from a house", "Five assault rifles and 300 rounds of ammunition were seized from a car", a bulletin's
"two rifles and IED material recovered" are Disrupted weapons use. Arms recovered beside the dead of a fight stay
the fight's. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Police recovered three kilograms of IED material from a house in Pulwama on Monday.",
    "Hideout busted in Shopian on Saturday, two rifles and IED material recovered.",
    "Troops said they had found explosive material hidden in a culvert near Gao on Tuesday.",
    "A large quantity of ammunition and two pistols were confiscated at a checkpoint near Kirkuk on Friday.",
    "Five assault rifles and 300 rounds of ammunition were seized from a car in Culiacan on Sunday, police said.",
    "Soldiers seized 40 kilograms of explosives and bomb-making chemicals from a compound in Bannu on Wednesday.",
])
def test_arms_taken_before_use_are_disrupted(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Disrupted weapons use"]


def test_arms_beside_the_dead_of_a_fight_stay_the_fights(extractor: Extractor) -> None:
    text = ("Troops killed two militants in a gunfight in the Machil sector of Kupwara on Monday. Their bodies, along "
            "with two rifles and a quantity of ammunition, have been recovered, the army said.")
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Armed clash"]
