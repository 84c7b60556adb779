"""A side that "lost" people names its dead: "The army lost four soldiers in an attack near Kaya" is a deadly event
with the army hit and its attacker unnamed, even where no other event word is. Members, seats, control or cattle
a side lost are no dead. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "killed"), [
    ("The army lost four soldiers in an attack near Kaya on Tuesday.", 4),
    ("Rebel commanders admitted losing 15 fighters near Kidal on Monday.", 15),
    ("The local militia lost six of its men at a checkpoint outside Djibo on Thursday, residents said.", 6),
])
def test_people_a_side_lost_are_its_dead(extractor: Extractor, text: str, killed: int) -> None:
    reports = coded(extractor, text)
    assert [r.fatalities for r in reports] == [killed], [(r.sub_event_type, r.fatalities) for r in reports]


@pytest.mark.parametrize("text", [
    "The ruling party lost two seats in the vote in Kaya on Sunday.",
    "Militants lost control of Djibo on Monday.",
    "The farmers lost 40 cattle to raiders near Bor on Monday.",
])
def test_what_else_a_side_lost_is_no_dead(extractor: Extractor, text: str) -> None:
    assert all(r.fatalities == 0 for r in coded(extractor, text))
