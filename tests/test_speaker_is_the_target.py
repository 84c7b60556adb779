"""A side that lost people and then tells of it ("Three police officers were killed ... when their vehicle struck
an explosive device, police said") is the target, never the doer: the speaker is the same side as the victims the
parse found, so word order may not make it the attacker. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Three police officers were killed and two seriously injured when their vehicle struck an improvised "
     "explosive device in Lamu County on Saturday, police said.", "Unidentified Armed Group (Kenya)",
     "Police Forces of Kenya"),
    ("Two police officers were killed and one injured when their car hit an explosive device in Dera Ismail Khan "
     "on Monday, police said.", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"),
    ("Five policemen were killed and two wounded when their patrol struck a roadside bomb in Mandera on Tuesday, "
     "police said.", "Unidentified Armed Group (Kenya)", "Police Forces of Kenya"),
    ("Four constables were killed and three hurt when their van struck a mine near Kohlu on Sunday, police said.",
     "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"),
])
def test_the_side_that_tells_of_its_own_dead_is_the_target(extractor: Extractor, text: str, actor1: str,
                                                           actor2: str) -> None:
    assert [(r.actor1, r.actor2) for r in coded(extractor, text)] == [(actor1, actor2)]
