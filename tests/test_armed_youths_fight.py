"""Youths under arms are a militia, not a rioting crowd: troops or police that clashed, battled or exchanged fire
with "armed youths" fought an armed group (Battles / Armed clash, actor2 an unidentified armed group), while youths
with no arms who clash with police still riot. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _coded(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 2, 11), title="", source="t"))
    return [(r.sub_event_type, r.actor2) for r in result.reports]


@pytest.mark.parametrize("text", [
    "Government soldiers clashed with armed youths in Tonj on Saturday. Four soldiers were killed, according to the "
    "county commissioner.",
    "Troops battled armed youths from a rival community near Akobo on Thursday; five of the youths were killed.",
    "Police exchanged fire with armed youth near Rumbek on Sunday, leaving three officers dead, a local official said.",
])
def test_armed_youths_are_an_armed_side(extractor: Extractor, text: str) -> None:
    assert _coded(extractor, text) == [("Armed clash", "Unidentified Armed Group (South Sudan)")]


def test_youths_with_no_arms_still_riot(extractor: Extractor) -> None:
    text = "Youths clashed with police in Juba on Saturday after a trader was shot, residents said."
    assert [sub for sub, _ in _coded(extractor, text)] == ["Mob violence"]  # a riot (no demonstration named)
