"""An arrest is an act, not commentary: told with no town in a later paragraph of a datelined report, it is coded
where the story was filed (a death toll earns a placeless event its record; an arrest needs none). Wordings
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

DAY = dt.date(2021, 5, 20)


@pytest.mark.parametrize(("text", "place"), [
    ("N'DJAMENA, May 20 (Sahel Wire) - Chad's transitional council met on Wednesday.\n\nEarly on Thursday, police "
     "arrested four opposition leaders at their homes, their relatives said.", "N'Djamena"),
    ("CAIRO, May 20 (Nile Wire) - Egypt's parliament debated a new budget on Wednesday.\n\nOn Thursday, security "
     "forces detained a prominent blogger at his home, his lawyer said.", "Cairo"),
    ("HARARE, May 20 (Zambezi Wire) - Zimbabwe's central bank kept its main rate unchanged.\n\nSeparately, police "
     "arrested a journalist who had reported on a strike by nurses, his employer said.", "Harare"),
])
def test_arrest_coded_where_filed(extractor: Extractor, text: str, place: str) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert [(r.sub_event_type, r.location) for r in reports] == [("Arrests", place)]


@pytest.mark.parametrize("second", [
    "The party said the arrests were an attempt to destroy it before the vote.",
    "A monitoring group says more than 40 people have been killed since the coup and over 1,700 detained.",
])
def test_no_arrest_from_commentary(extractor: Extractor, second: str) -> None:
    text = (f"YANGON, March 4 (Asia Wire) - Security forces shot dead five protesters in Monywa on Wednesday.\n\n"
            f"{second}")
    assert [r.sub_event_type for r in extractor.code(Document("t", text, DAY)).reports] == [
        "Excessive force against protesters"]
