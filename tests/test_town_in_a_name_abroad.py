"""A town's name that ends a longer name the gazetteer lacks ("Wakit Tama", "Sawt Toledo") is no place of a
country the rest of the text does not point to: the coalition is no event in Tokyo, the association none in
Ohio. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

DAY = dt.date(2021, 5, 21)


@pytest.mark.parametrize(("text", "location"), [
    ("Police arrested the coordinator of Wakit Tama in N'Djamena on Thursday.", "N'Djamena"),
    ("Gendarmes detained the president of the Sawt Toledo association in Niamey on Friday.", "Niamey"),
])
def test_the_event_is_where_the_text_says(extractor: Extractor, text: str, location: str) -> None:
    assert only_event(extractor, text, day=DAY).location == location


def test_no_event_abroad(extractor: Extractor) -> None:
    text = ("N'DJAMENA, May 21 (Sahel Wire) - Police fired live rounds at marchers in the capital on Wednesday, "
            "killing two, a rights group said.\n\nOn Thursday, officers of the security agency arrested the "
            "coordinator of Wakit Tama in Moundou, his relatives said.")
    reports = extractor.code(Document("t", text, DAY)).reports
    assert reports and {r.country for r in reports} == {"Chad"}
