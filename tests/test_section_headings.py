"""A heading line over a paragraph ("Air strikes near Shinkafi", "Mob kills two in Gusau") is no part of the claimant
the sentence under it names: the claimant starts on the speaker's own line. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 8, 10)


@pytest.mark.parametrize(("text", "claimant"), [
    ("Air strikes near Shinkafi\nThe Defence Headquarters said on Thursday that air strikes on Tuesday killed 20 "
     "bandits at a camp near Shinkafi.", "Defence Headquarters"),
    ("Mob kills two in Gusau\nTwo men were beaten to death by a mob at a motor park in Gusau on Thursday, the state "
     "police command said.", "state police command"),
    ("Blast in Quetta market\nA police spokesman said a bomb killed four shoppers at a market in Quetta on Thursday.",
     "police spokesman"),
])
def test_no_claimant_spans_the_heading(extractor: Extractor, text: str, claimant: str) -> None:
    claimants = [c.claimant for r in coded(extractor, text, day=DAY) for c in r.claims]
    assert claimants and all("\n" not in c for c in claimants), claimants
    assert any(claimant.lower() in c.lower() for c in claimants), claimants
