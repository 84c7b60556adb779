"""The Coordination of Azawad Movements' groups dissolved into the Azawad Liberation Front (FLA) on 30 November 2024:
an event after that date is the FLA's, under any of the names, and one before it stays the CMA's. Wordings written
for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("published", "text", "actor1"), [
    (dt.date(2025, 8, 14), "Fighters of the Azawad Liberation Front ambushed a Malian army convoy near Tinzaouaten on "
                           "Thursday, killing six soldiers.", "FLA: Azawad Liberation Front"),
    (dt.date(2025, 3, 2), "The FLA said its fighters shot down a drone of the Malian army near Kidal on Saturday.",
     "FLA: Azawad Liberation Front"),
    (dt.date(2026, 1, 9), "CMA rebels attacked a Malian army camp in Kidal on Thursday, killing four soldiers.",
     "FLA: Azawad Liberation Front"),
    (dt.date(2022, 5, 20), "Fighters of the Coordination of Azawad Movements clashed with the Malian army near Kidal "
                           "on Monday, killing three soldiers.", "CMA: Coordination of Azawad Movements"),
])
def test_the_azawad_movements_are_named_for_their_day(extractor: Extractor, published: dt.date, text: str,
                                                     actor1: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=published, title="", source="t"))
    assert [r.actor1 for r in result.reports] == [actor1]
