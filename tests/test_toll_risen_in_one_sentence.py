"""One voice that tells a first figure and then the risen toll in one sentence ("The health ministry initially said
16 people were killed; by Tuesday evening the toll had risen to 23") gives the risen toll, not the two added up.
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "killed"), [
    ("An air strike hit a school in Jabalia on Monday. The health ministry initially said 16 people were killed; by "
     "Tuesday evening the toll had risen to 23.", 23),
    ("Gunmen attacked a bus near Kalat on Thursday. Police first reported four dead, but the death toll later "
     "climbed to nine.", 9),
    ("Shelling hit a market in Kherson on Monday. The governor said three people were killed, and by nightfall the "
     "number of dead had risen to seven.", 7),
])
def test_the_risen_toll_replaces_the_first_figure(extractor: Extractor, text: str, killed: int) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    assert [r.fatalities for r in result.reports] == [killed]
    assert max(c.killed or 0 for c in result.reports[0].claims) == killed
