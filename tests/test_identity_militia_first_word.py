"""An identity militia is named by its people ("Murle raiders", "Fulani militiamen"); a capitalised first word of
the sentence tells no people ("Cattle raiders attacked ...", "Masked militiamen stormed ..."): there the word must
be a people the data knows (words.toml [peoples]). Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _actor1(extractor: Extractor, text: str) -> list[str]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2026, 6, 5), title="", source="t"))
    return [r.actor1 for r in result.reports]


@pytest.mark.parametrize(("text", "country"), [
    ("Cattle raiders attacked a village near Pibor in South Sudan on Tuesday, killing nine people, a county "
     "commissioner said.", "South Sudan"),
    ("Masked militiamen stormed a market in Djugu, Ituri, on Monday, killing six traders.",
     "Democratic Republic of Congo"),
    ("Hired militiamen torched houses in a village near Mopti, Mali, on Sunday, killing four residents.", "Mali"),
    ("Camel raiders killed three herders near Mandera, Kenya, on Monday, police said.", "Kenya"),
    ("JUBA, June 5 - Cattle raiders killed seven herders near Rumbek in South Sudan on Monday.", "South Sudan"),
])
def test_a_first_word_that_is_no_people_names_no_militia(extractor: Extractor, text: str, country: str) -> None:
    assert _actor1(extractor, text) == [f"Unidentified Armed Group ({country})"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Murle raiders attacked a cattle camp near Bor in South Sudan on Tuesday, killing nine people.",
     "Murle Ethnic Militia (South Sudan)"),
    ("Fulani militiamen killed five farmers near Jos in Nigeria on Monday.", "Fulani Ethnic Militia (Nigeria)"),
    ("Villagers near Marsabit in Kenya said Gabra raiders killed three herders on Monday.",
     "Gabra Ethnic Militia (Kenya)"),
])
def test_a_people_named_first_or_inside_names_its_militia(extractor: Extractor, text: str, actor: str) -> None:
    assert _actor1(extractor, text) == [actor]
