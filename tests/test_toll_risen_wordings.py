"""A toll told risen in other words than "the death toll" ("the number of victims has risen to three", "the number of
those killed has since climbed to seven", "the casualty count has risen to six dead") revises the figure told before
it: the event's fatalities are the new figure, and the earlier one stays as a claim. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "fatalities"), [
    ("A drone struck a minibus in Rylsk on Thursday, killing two people. The number of victims has risen to three, "
     "the governor said on Saturday.", 3),
    ("Gunmen attacked a bus near Kalat on Thursday, killing four passengers. The number of those killed has since "
     "climbed to seven, police said.", 7),
    ("Shelling hit a market in Kherson on Thursday, killing three civilians. The casualty count has risen to six "
     "dead, the regional governor said.", 6),
])
def test_a_risen_toll_in_other_words_revises_the_figure(extractor: Extractor, text: str, fatalities: int) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 12, 14), title="", source="t"))
    assert [r.fatalities for r in result.reports] == [fatalities]
    assert len(result.reports[0].claims) == 2  # the first figure is kept as a claim
