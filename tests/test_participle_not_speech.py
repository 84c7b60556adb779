""""Accused of" after a victim is a participle, not speech: "A woman accused of witchcraft was
lynched by villagers, local officials said" is the officials' claim, not the woman's. Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 8, 10)


@pytest.mark.parametrize(("text", "not_a_claimant"), [
    ("A woman accused of witchcraft was lynched by villagers in Kananga on Sunday, local officials said.", "woman"),
    ("A teenager accused of blasphemy was killed by a crowd in Sialkot on Sunday, police said.", "teenager"),
    ("A trader accused of hoarding fuel was beaten to death by a mob in Kano on Sunday, police said.", "trader"),
])
def test_a_victim_accused_of_something_is_no_claimant(extractor: Extractor, text: str, not_a_claimant: str) -> None:
    claimants = [c.claimant.lower() for r in coded(extractor, text, day=DAY) for c in r.claims]
    assert claimants and not any(not_a_claimant in c for c in claimants), claimants


def test_an_accuser_still_speaks(extractor: Extractor) -> None:
    text = "Gunmen killed four farmers near Bokkos on Sunday. The governor accused herders of the attack."
    assert [r.fatalities for r in coded(extractor, text, day=DAY)] == [4]
