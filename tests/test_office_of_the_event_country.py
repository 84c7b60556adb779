"""An office named by its trade alone ("the health ministry", "the interior ministry") is the one of the country
where the sentence's event happened, not of the article's main country nor of the doer named first: "Israel struck
a house in Rafah, killing five people, the health ministry said" is Palestine's ministry. Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "place", "claimant"), [
    ("Israel struck a house in Rafah on Saturday, killing five people, the health ministry said.", "Rafah",
     "Ministry of Health of Palestine"),
    ("Russian missiles struck Kharkiv on Friday, killing four people, Ukrainian officials said. On Saturday, drones "
     "hit an oil depot in Belgorod, wounding two workers, the defence ministry said.", "Belgorod",
     "Ministry of Defence of Russia"),
    ("RSF fighters shelled El Fasher on Friday, killing 12 people, Sudanese activists said. Sudan's army said it had "
     "repelled the assault. Across the border, gunmen killed three herders near Adre in eastern Chad on Saturday, "
     "the interior ministry said.", "Adre", "Ministry of Interior of Chad"),
])
def test_an_office_is_of_the_event_s_country(extractor: Extractor, text: str, place: str, claimant: str) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert claimant in {c.claimant for r in reports if r.location == place for c in r.claims}
