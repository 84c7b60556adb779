"""A direction written in lower case ("about 60 km north-east of Bunia") is no place, even where NER tags it and a
country has a district of that name (Botswana's North-East, South-East). Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor
from conflictlens.geo.geocode import find_place_mentions


@pytest.mark.parametrize(("sentence", "direction"), [
    ("Militiamen attacked a site for displaced people about 60 km north-east of Bunia on Friday.", "north-east"),
    ("A roadside bomb killed three soldiers about 30 km south-east of Kandahar on Friday.", "south-east"),
    ("Rebels captured a town about 80 km north-west of Goma on Friday.", "north-west"),
])
def test_a_lower_case_direction_tagged_as_a_place_is_none(sentence: str, direction: str) -> None:
    start = sentence.index(direction)
    found = find_place_mentions(sentence, [(start, start + len(direction), "LOC")])
    assert all(m.text.lower() != direction for m in found)


def test_the_event_stays_where_the_direction_points_from(extractor: Extractor) -> None:
    text = "Militiamen attacked a site for displaced people about 60 km north-east of Bunia on Friday, killing nine."
    assert [r.location for r in coded(extractor, text)] == ["Bunia"]
