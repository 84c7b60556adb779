"""Civilians, protesters, rioters and unnamed armed groups are named by the country the event happened in: "Russian
forces shelled Kherson. / Two residents were killed" hit Civilians (Ukraine), though the demonym points the article
at Russia and the second sentence names no place. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "actor2"), [
    ("Russian forces shelled Kherson overnight.\n\nTwo residents were killed, the governor said.",
     "Civilians (Ukraine)"),
    ("Russian drones attacked Sumy overnight.\n\nThree people were killed and five wounded, the regional "
     "administration said.", "Civilians (Ukraine)"),
    ("Eritrean troops raided Adigrat on Monday.\n\nSeven villagers were killed, relatives said.",
     "Civilians (Ethiopia)"),
])
def test_the_victims_are_civilians_of_the_events_country(extractor: Extractor, text: str, actor2: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 15), title="", source="t"))
    assert [(r.actor2, r.country) for r in result.reports] == [(actor2, actor2[11:-1])]
