"""Arms and trucks an attacker carries off from a deadly attack are its spoils, not a seizure of its own: "The group
said it had killed 30 soldiers and seized weapons and three trucks", after the attack was told, is the attacker's
claim about that attack (a claim with its figure), not a Disrupted weapons use or a Looting event. A seizure told
with no killing is one. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "claimed"), [
    ("Jihadists attacked an army post near Kaya on Tuesday, killing seven soldiers, the army said. JNIM said its "
     "fighters had killed 23 soldiers and seized weapons, ammunition and two vehicles.", 23),
    ("Al-Shabaab fighters stormed a base near Afgooye on Monday, killing five soldiers, officials said. The group said "
     "it had killed 30 soldiers and seized weapons and three trucks.", 30),
    ("ISWAP fighters attacked a base in Marte on Sunday, killing nine soldiers, a military source said. In a "
     "statement, the group claimed to have killed 20 troops and seized arms and ammunition.", 20),
])
def test_spoils_of_a_deadly_attack_are_the_attack_s(extractor: Extractor, text: str, claimed: int) -> None:
    reports = coded(extractor, text)
    assert [r.sub_event_type for r in reports] == ["Armed clash"], reports
    assert claimed in {c.killed for c in reports[0].claims}, reports[0].claims


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Police seized weapons and ammunition in a raid on a house in Kano on Monday.", "Disrupted weapons use"),
    ("Soldiers found explosives and bomb-making equipment in a hideout near Maiduguri on Friday.",
     "Disrupted weapons use"),
    ("Municipal officers in Hebron confiscated a bulldozer and two water tanks on Tuesday.",
     "Looting/property destruction"),
])
def test_a_seizure_with_no_killing_is_one(extractor: Extractor, text: str, sub_event_type: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == [sub_event_type]
