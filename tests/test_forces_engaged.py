"""Forces that "engaged" an armed side fought it: "Soldiers engaged a band of armed men near Tillaberi", "Police
engaged suspected kidnappers in a forest", "Troops engaged al-Shabaab near Afgoye" are each an armed clash, whatever
noun or name the armed side has. Talks and officials engaged are no fight. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Troops engaged al-Shabaab near Afgoye on Tuesday, the army said.",
    "Soldiers engaged a band of armed men near Tillaberi on Monday, killing three of them.",
    "Police engaged suspected kidnappers in a forest near Birnin Gwari on Sunday.",
    "Troops engaged bandits at Dansadau on Monday, killing five.",
    "The army said its units engaged terrorists near Kidal on Friday.",
    "Marines engaged Abu Sayyaf near Patikul on Wednesday, the military said.",
])
def test_forces_that_engaged_an_armed_side_fought_it(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "The envoy engaged Houthi leaders in talks in Muscat on Monday.",
    "The government engaged ELN negotiators in Caracas on Tuesday.",
])
def test_talks_engaged_are_no_fight(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] != ["Armed clash"]
