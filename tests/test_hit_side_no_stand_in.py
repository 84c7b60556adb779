"""A named side the event's own sentence says was killed or wounded is no stand-in for its unnamed doer: in "Armed
men killed eight civilians near Bambari and wounded two U.N. peacekeepers" the doer stays an unidentified armed group,
not the mission; "... wounded two Wagner fighters" does not make Wagner the killers. Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "doer"), [
    ("Armed men killed eight civilians at a camp near Bambari and wounded two U.N. peacekeepers, officials said on "
     "Friday.", "Unidentified Armed Group (Central African Republic)"),
    ("Gunmen killed four villagers near Menaka and wounded two Wagner fighters, residents said.",
     "Unidentified Armed Group (Mali)"),
    ("Gunmen shot dead three farmers near Ansongo and injured two MINUSMA peacekeepers on Tuesday.",
     "Unidentified Armed Group (Mali)"),
    ("Bandits killed five villagers in Zurmi and injured two CJTF members on Sunday, residents said.",
     "Unidentified Armed Group (Nigeria)"),
])
def test_the_hit_side_is_not_the_doer(extractor: Extractor, text: str, doer: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2015, 12, 4), title="", source="t"))
    assert [r.actor1 for r in result.reports] == [doer]
