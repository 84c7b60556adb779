"""People who "died in" an attack, an ambush or an assault are its victims, never its doers: "Four soldiers died in an
attack in Kaya" is an armed clash with the army hit and the attacker unnamed (or the one a "by" phrase names).
Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Four soldiers died in an attack in Kaya on Tuesday.",
     "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso"),
    ("Two policemen died in an ambush near Garissa on Friday.", "Unidentified Armed Group (Kenya)",
     "Police Forces of Kenya"),
    ("Six gendarmes died in an assault on their post near Dori on Sunday, the army said.",
     "Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso"),
])
def test_those_who_died_in_an_attack_are_its_target(extractor: Extractor, text: str, actor1: str,
                                                     actor2: str) -> None:
    assert [(r.actor1, r.actor2) for r in coded(extractor, text)] == [(actor1, actor2)]
