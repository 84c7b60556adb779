"""A sentence that tells more of the harm of the event before and names its doers back after it ("before the
attackers fled", "before the assailants escaped"), with no place or day of its own, details that event: it
makes no second event on the day of the report. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "killed"), [
    ("Armed men ambushed a bus outside Kotido on Monday evening. Police said two passengers were shot dead and four "
     "others injured before the attackers fled with cash.", 2),
    ("Gunmen ambushed a minibus near Garissa on Tuesday. Police said a driver was shot dead and two passengers "
     "injured before the attackers escaped.", 1),
    ("Militants ambushed a fuel tanker near Mandera on Tuesday. The driver was shot dead and his assistant wounded "
     "before the militants set the truck on fire.", 1),
    ("Gunmen stormed a wedding party in Kajuru on Saturday. Guests said four people were shot dead before the "
     "assailants escaped on motorcycles.", 4),
])
def test_more_of_the_harm_details_the_event_before(extractor: Extractor, text: str, killed: int) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2022, 10, 19), title="", source="t"))
    assert [r.fatalities for r in result.reports] == [killed]
    assert result.reports[0].event_date != dt.date(2022, 10, 19)
