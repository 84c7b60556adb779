"""The words naming who tells a sentence lend it no event and no context: "Police shot dead two men in Kisumu, a
protest organiser said" is no excessive force against protesters, and "Soldiers killed three villagers ..., a civil
society activist who organised last week's protest said" no protest. A teller that speaks of itself ("Protesters
said police beat them") and a sentence whose only event is the teller's ("Organisers of the march said 5,000 took
part") keep their events. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _coded(extractor: Extractor, text: str) -> list[str]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 2, 11), title="", source="t"))
    return [r.sub_event_type for r in result.reports]


@pytest.mark.parametrize("text", [
    "Police shot dead two men in Kisumu on Monday, a protest organiser said.",
    "Soldiers killed three villagers near Beni on Friday, a civil society activist who organised last week's protest "
    "said.",
    "Police shot dead a trader in Mombasa on Sunday, according to a spokesman for the protest movement.",
])
def test_a_teller_s_words_make_no_protest(extractor: Extractor, text: str) -> None:
    assert _coded(extractor, text) == ["Attack"]


@pytest.mark.parametrize(("text", "sub"), [
    ("Protesters in Nairobi said police beat them with batons on Monday.", "Protest with intervention"),
    ("Organisers of the march in Nairobi said 5,000 people took part on Monday.", "Peaceful protest"),
])
def test_a_teller_s_own_event_stays(extractor: Extractor, text: str, sub: str) -> None:
    assert _coded(extractor, text) == [sub]
