"""An event dated long before the article, told after an undated one in another paragraph, is background: it does
not lend its old date to the current event (which then fell out of this week's counts), and the figure stays with
the current one. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2025, 3, 12)


@pytest.mark.parametrize(("text", "killed"), [
    ("KADUGLI (Test Wire) - Rebels shelled Kadugli on Monday, killing six people, a hospital director said.\n\n"
     "The army said it repelled an attack on its positions east of Kadugli and killed more than 30 attackers.\n\n"
     "The region has been a battleground since June 2011, when fighting erupted in Kadugli between the army and the "
     "rebels.", 30),
    ("BENI (Test Wire) - Rebels attacked a village near Beni on Tuesday, killing nine civilians, local officials said."
     "\n\nThe army said its troops clashed with the rebels near Oicha and killed 12 of them.\n\n"
     "In November 2019, a clash near Oicha between the army and the rebels left dozens dead.", 12),
    ("MOPTI (Test Wire) - Jihadists killed four traders on the road to Boulkessi on Sunday, residents said.\n\n"
     "The army said its soldiers fought off jihadists near Boulkessi and killed 20 of them.\n\n"
     "In September 2019, jihadists fought soldiers at the Boulkessi base for hours before a counter-attack.", 20),
])
def test_an_old_event_told_after_does_not_date_the_current_one(extractor: Extractor, text: str, killed: int) -> None:
    current = [r for r in coded(extractor, text, day=DAY) if r.fatalities == killed]
    assert current and all((DAY - r.event_date).days <= 7 for r in current), \
        [(r.event_date, r.sub_event_type, r.fatalities) for r in coded(extractor, text, day=DAY)]
