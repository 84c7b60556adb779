"""A place inside the outlet's own name ("Sahel Wire could not verify", "told Diario del Litoral") is no event's
place. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

DAY = dt.date(2024, 7, 12)  # a Friday


def _coded(extractor: Extractor, text: str, source: str = "") -> list:
    return [r for r in extractor.code(Document("t", text, DAY, source=source)).reports if not r.is_background]


@pytest.mark.parametrize(("text", "source", "country"), [
    ("NIAMEY, July 12 (Sahel Wire) - Gunmen killed four herders in the west of the country on Thursday, a local "
     "official told Sahel Wire by telephone.", "", "Niger"),
    ("Relatives told Diario del Litoral that masked men shot dead a shopkeeper in Guayaquil on Thursday.",
     "Diario del Litoral (English edition)", "Ecuador"),
    ("Gunmen abducted three traders on the road north of Kaduna on Thursday, a driver told Sokoto Courier.",
     "Sokoto Courier", "Nigeria"),
])
def test_a_place_in_the_outlet_s_name_is_no_event_s_place(extractor: Extractor, text: str, source: str,
                                                          country: str) -> None:
    reports = _coded(extractor, text, source)
    assert reports and all(r.country == country for r in reports), [(r.location, r.country) for r in reports]
    assert all(r.location not in ("Dori", "Sokoto", "Bata") for r in reports)
