"""A town's name that opens a person's name whose surname carries a lower-case article ("Activist Saba al-Hakimi
said ...", "Hassan al-Amiri, a tribal leader, said ...") is the person's first name, not a town abroad (Saba is a
town in Honduras, Hassan one in India); the event is placed where the sentence says. Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Activist Saba al-Hakimi said gunmen shot dead two farmers near Taiz on Monday.", "Taiz", "Yemen"),
    ("Hassan al-Amiri, a tribal leader, said gunmen killed two soldiers near Ataq on Monday.", "Ataq", "Yemen"),
    ("Karak al-Nuaimi, a local official, said a drone strike killed two fighters near Marib on Monday.", "Marib",
     "Yemen"),
    ("Rights worker Saba el-Masri told reporters that a shell killed three children in Idlib on Sunday.", "Idlib",
     "Syria"),
])
def test_a_first_name_before_an_article_surname_is_no_town(extractor: Extractor, text: str, place: str,
                                                            country: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2026, 6, 5), title="", source="t"))
    assert [(r.location, r.country) for r in result.reports] == [(place, country)]


def test_a_town_named_alone_before_an_article_word_stays_a_place(extractor: Extractor) -> None:
    text = "Gunmen shot dead two farmers in Saba al-Jadida on Monday, police in Honduras said."
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2026, 6, 5), title="", source="t"))
    assert [r.country for r in result.reports] == ["Honduras"]
