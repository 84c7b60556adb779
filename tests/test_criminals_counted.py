"""Dead robbers, thieves, dealers and looters are counted as any dead are: "leaving two robbers dead", "lynched two
suspected thieves", "Three cattle thieves were killed by a mob" counted nobody. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "killed"), [
    ("Vigilantes clashed with armed robbers near Funtua on Sunday, leaving two robbers dead.", 2),
    ("Villagers lynched two suspected thieves in Mbale on Sunday, police said.", 2),
    ("Three cattle thieves were killed by a mob in Moroto on Sunday.", 3),
])
def test_dead_criminals_are_counted(extractor: Extractor, text: str, killed: int) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2022, 10, 19), title="", source="t"))
    assert [r.fatalities for r in result.reports] == [killed]
