"""Humanitarian situation reports name armed people their own way: "armed elements", "NSAG elements", "a non-state
armed group". Each is an unidentified armed group (not nobody, and not a state force guessed for the gap).
Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor1"), [
    ("A MINUSCA patrol was ambushed by NSAG elements near Bocaranga on Sunday, killing one peacekeeper.",
     "Unidentified Armed Group (Central African Republic)"),
    ("Unidentified armed elements looted a health centre in Ndele on Thursday.",
     "Unidentified Armed Group (Central African Republic)"),
    ("A convoy of the World Food Programme was stopped and robbed by NSAG members near Kaga-Bandoro on Monday.",
     "Unidentified Armed Group (Central African Republic)"),
    ("Non-state armed actors burned dozens of huts at a displacement site near Bunia on Friday.",
     "Unidentified Armed Group (Democratic Republic of Congo)"),
])
def test_armed_people_a_report_does_not_name(extractor: Extractor, text: str, actor1: str) -> None:
    assert [r.actor1 for r in coded(extractor, text)] == [actor1]
