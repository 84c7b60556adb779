"""An acronym two groups share names the one whose alias holds in the text's country: "ADF" in a Cameroonian text is
the Ambazonia Defence Forces, and Uganda's Allied Democratic Forces in Congo and Uganda. Wordings written for this
test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor1"), [
    ("Fighters of the Ambazonia Defence Forces ambushed an army convoy near Mamfe on Tuesday, killing four soldiers.",
     "ADF: Ambazonia Defence Forces"),
    ("In Cameroon's South-West region, ADF fighters ambushed an army convoy near Mamfe on Tuesday, killing four "
     "soldiers.", "ADF: Ambazonia Defence Forces"),
    ("The army said ADF separatists attacked soldiers at a checkpoint in Batibo, North-West region, on Sunday.",
     "ADF: Ambazonia Defence Forces"),
    ("SOCADEF fighters clashed with soldiers near Mundemba, in Cameroon's Ndian division, on Monday.",
     "SOCADEF: Southern Cameroons Defence Forces"),
    ("ADF rebels killed 10 villagers near Beni on Tuesday, local officials said.", "ADF: Allied Democratic Forces"),
    ("Ugandan troops said ADF fighters attacked a village in Kasese district on Friday, killing three civilians.",
     "ADF: Allied Democratic Forces"),
])
def test_adf_is_the_countrys_own_group(extractor: Extractor, text: str, actor1: str) -> None:
    assert [r.actor1 for r in coded(extractor, text)] == [actor1]
