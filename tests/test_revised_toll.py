"""A later revision of the toll ("The toll rose to three on Friday", "the death toll has since climbed to 11")
supersedes a smaller figure told before it: the event's fatalities follow the revision, and every claimant's figure
is kept. A smaller figure told after the revision is a rival account and still counts. Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _tolls(extractor: Extractor, text: str) -> list[tuple[int, list[int | None]]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 11, 18), title="", source="t"))
    return [(r.fatalities, [c.killed for c in r.claims]) for r in result.reports]


@pytest.mark.parametrize(("text", "killed", "figures"), [
    ("Shortly before midnight on Thursday, an Israeli drone struck a group of young men in Nur Shams refugee camp, "
     "east of Tulkarm. The Ministry of Health initially reported two deaths. The toll rose to three on Friday, when "
     "a 19-year-old man died of his wounds at a hospital in Tulkarm.", 3, [2, 3]),
    ("An air strike hit a market in Maarat al-Numan on Monday. Rescuers initially reported four deaths. The toll "
     "later rose to nine, a monitor said.", 9, [4, 9]),
    ("A car bomb exploded outside a police station in Mogadishu on Tuesday. Police said six people died. The death "
     "toll has since climbed to 11, a hospital official said on Wednesday.", 11, [6, 11]),
])
def test_a_revised_toll_supersedes_the_first(extractor: Extractor, text: str, killed: int,
                                             figures: list[int]) -> None:
    assert _tolls(extractor, text) == [(killed, figures)]


def test_a_smaller_figure_told_after_the_revision_still_counts(extractor: Extractor) -> None:
    text = ("A car bomb exploded outside a police station in Mogadishu on Tuesday. Police said six people died. The "
            "death toll has since climbed to 11, a hospital official said. The interior ministry put the number of "
            "dead at eight.")
    assert [killed for killed, _ in _tolls(extractor, text)] == [8]
