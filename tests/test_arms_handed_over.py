"""Arms that change hands without being used: fighters who hand over or turn in their weapons, forces that seize,
recover or find them. A mortar, a rocket or a grenade named in that list was not fired; the sentence's own event
(a surrender, a seizure) stands. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

_NOT_FIRED = {"Shelling/artillery/missile attack", "Air/drone strike", "Grenade", "Remote explosive/landmine/IED"}


@pytest.mark.parametrize(("text", "expected"), [
    ("On Sunday, 14 rebels surrendered to the army in Kidapawan, handing over 12 firearms, including a 60mm mortar.",
     "Change to group/activity"),
    ("Twenty fighters laid down their arms in Kidapawan on Monday, turning in rifles, grenades and two mortars.",
     "Change to group/activity"),
    ("Police in Kaduna seized a mortar and 300 rounds of ammunition from a hideout on Tuesday.",
     "Disrupted weapons use"),
    ("Soldiers raiding a farmhouse near Jolo on Friday confiscated three rocket launchers and a box of grenades.",
     "Disrupted weapons use"),
    ("The surrendered militants handed in AK-47 rifles and a rocket-propelled grenade launcher in Marawi on Sunday.",
     None),
    ("Border guards found two anti-tank missiles and detonators hidden in a lorry near Kidal on Wednesday.",
     "Disrupted weapons use"),
])
def test_arms_handed_over_or_seized_were_not_fired(extractor: Extractor, text: str, expected: str | None) -> None:
    subs = [r.sub_event_type for r in coded(extractor, text)]
    assert not _NOT_FIRED & set(subs), subs
    assert expected is None or expected in subs, subs


@pytest.mark.parametrize("text", [
    "Armed men fired mortars at the army base in Kidapawan on Monday, wounding three soldiers.",
    "Troops seized rifles and ammunition after rebels shelled the camp near Butig on Friday.",
    "Police recovered the bodies of four people killed when a rocket hit a bus in Kidal on Tuesday.",
])
def test_weapons_used_in_the_same_sentence_still_count(extractor: Extractor, text: str) -> None:
    subs = [r.sub_event_type for r in coded(extractor, text)]
    assert "Shelling/artillery/missile attack" in subs, subs
