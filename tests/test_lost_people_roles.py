"""The side that "lost" people is the one hit, not the attacker: "Government forces lost at least nine troops in
the ambush" has the army as actor2 and an unnamed attacker; "to" or a "by" phrase names the attacker. Wordings
written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Government forces lost at least nine troops in the ambush near Beni on Sunday, a military source said.",
     "Unidentified Armed Group (Democratic Republic of Congo)", "Military Forces of the Democratic Republic of Congo"),
    ("The army lost four soldiers in an attack near Kaya on Tuesday.",
     "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso"),
    ("The police lost two officers when gunmen opened fire near Garissa on Friday.",
     "Unidentified Armed Group (Kenya)", "Police Forces of Kenya"),
    ("Nigerian troops lost three soldiers in a raid by ISWAP fighters near Monguno on Saturday.",
     "Islamic State (West Africa)", "Military Forces of Nigeria"),
])
def test_the_side_that_lost_people_is_the_target(extractor: Extractor, text: str, actor1: str, actor2: str) -> None:
    reports = coded(extractor, text)
    assert [(r.actor1, r.actor2) for r in reports] == [(actor1, actor2)], reports
