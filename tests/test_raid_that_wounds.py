"""A raid on a town or camp that wounds people ("Israeli soldiers raided Qalqiliya on Monday, wounding four
youths", "Police raided Kibera, wounding three people") is an attack on them, though nobody died; a raid that only
arrests people stays an arrest. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _events(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    return [(r.sub_event_type, r.actor1, r.location) for r in result.reports]


@pytest.mark.parametrize(("text", "event"), [
    ("Israeli soldiers raided Qalqiliya on Monday, wounding four youths.",
     ("Attack", "Military Forces of Israel", "Qalqiliya")),
    ("Israeli forces raided Jenin, injuring five Palestinians, the health ministry said.",
     ("Attack", "Military Forces of Israel", "Jenin")),
    ("Police raided Kibera on Tuesday, wounding three people, witnesses said.",
     ("Attack", "Police Forces of Kenya", "Kibera")),
    ("Militiamen stormed Djugu town overnight, wounding 14 residents, local officials said.",
     ("Attack", "Unidentified Armed Group (Democratic Republic of Congo)", "Djugu")),
])
def test_a_raid_that_wounds_is_an_attack(extractor: Extractor, text: str, event: tuple[str, str, str]) -> None:
    assert _events(extractor, text) == [event]


def test_a_raid_that_arrests_is_an_arrest(extractor: Extractor) -> None:
    assert [e[0] for e in _events(extractor, "Troops raided Kidal, Mali, on Monday and arrested 12 men.")] == [
        "Arrests"]
