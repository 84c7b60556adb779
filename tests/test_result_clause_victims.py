"""Victims a result clause counts ("..., killing two officers") were hit by the main verb's subject, whatever that
verb's weapon is a trigger of: "Gunmen fired rocket-propelled grenades at a police station, killing two officers"
has the gunmen attack the police. When the victims name no side, what the main verb hit does ("at a police
station"). Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Gunmen fired rocket-propelled grenades at a police station in Bannu on Monday, killing two officers.",
     "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"),
    ("Fighters fired rocket-propelled grenades at an army post near Djibo, killing three soldiers.",
     "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso"),
    ("Assailants on motorbikes sprayed bullets at a police van in Peshawar on Friday, killing two policemen.",
     "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"),
])
def test_the_main_verbs_subject_did_what_the_result_clause_counts(extractor: Extractor, text: str, actor1: str,
                                                                  actor2: str) -> None:
    assert [(r.actor1, r.actor2) for r in coded(extractor, text)] == [(actor1, actor2)]
