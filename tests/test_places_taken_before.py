"""A participle before its noun describes a place taken some time before ("attacked a recently captured base",
"shelled the newly recaptured town"): no taking of territory now; the sentence's own attack stands. Wordings
written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Militants attacked a recently captured base outside Buulobarde on Wednesday, and the army said it killed 15 of "
     "them.", "Armed clash"),
    ("Rebels shelled the newly recaptured town of Kadugli on Monday, killing three civilians.",
     "Shelling/artillery/missile attack"),
    ("Insurgents ambushed troops guarding the recently liberated village of Mahaday on Friday, killing two soldiers.",
     "Armed clash"),
    ("Drones struck the recently seized town of Bardai on Sunday, killing four fighters.", "Air/drone strike"),
    # the attack told by a participle of its own: "attacking" a base, two words before the base noun
    ("The insurgents hit back on Thursday near Beledweyne, attacking a newly retaken army outpost; two soldiers died.",
     "Armed clash"),
])
def test_a_place_taken_before_is_no_taking_now(extractor: Extractor, text: str, sub_event_type: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == [sub_event_type]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Rebels captured the town of Kidal on Monday.", "Non-state actor overtakes territory"),
    ("Troops recaptured Djibo on Sunday after heavy fighting.", "Government regains territory"),
])
def test_a_taking_told_by_its_verb_still_counts(extractor: Extractor, text: str, sub_event_type: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == [sub_event_type]
