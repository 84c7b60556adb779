"""A group's acronym among words in capitals is a heading's word, not the group: "A CLAIM THAT IS FALSE" holds no
Islamic State, "FACT-CHECK |" no Chadian rebels; an acronym beside ordinary words ("IS fighters", "KIDAL - FLA rebels",
"(AFP) - IS claimed") is still the group. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.evaluation.score_roles import _country_of
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document
from conflictlens.nlp.actors import find_actor_mentions


@pytest.mark.parametrize(("text", "country"), [
    ("A CLAIM THAT IS FALSE", "Nigeria"),
    ("WHAT IS KNOWN SO FAR", "Syria"),
    ("FACT-CHECK | How many people died?", "Chad"),
    ("WHY THE ADF MATTERS NOW", "Uganda"),
])
def test_an_acronym_in_a_heading_is_no_group(text: str, country: str) -> None:
    named = [m.name for m in find_actor_mentions(text, country, dt.date(2025, 3, 1), _country_of)
             if m.kind not in ("civilians",)]
    assert named == []


@pytest.mark.parametrize(("text", "country", "group"), [
    ("IS fighters attacked a checkpoint near Deir ez-Zor.", "Syria", "Islamic State"),
    ("(AFP) - IS claimed the bombing on Monday.", "Syria", "Islamic State"),
    ("KAMPALA - ADF rebels killed 12 villagers near Beni on Sunday.", "Democratic Republic of Congo", "ADF"),
])
def test_an_acronym_beside_ordinary_words_is_the_group(text: str, country: str, group: str) -> None:
    named = [m.name for m in find_actor_mentions(text, country, dt.date(2025, 3, 1), _country_of)]
    assert any(group in n for n in named)


def test_a_heading_in_capitals_names_no_attacker(extractor: Extractor) -> None:
    text = ("A VIDEO THAT IS NOT FROM GUSAU\n\nGunmen attacked a village near Gusau on Monday night, killing nine "
            "people, police said.")
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    assert [r.actor1 for r in result.reports] == ["Unidentified Armed Group (Nigeria)"]


def test_a_hyphenated_acronym_is_one_word() -> None:
    named = [m.name for m in find_actor_mentions("SLA-AW fighters attacked the village.", "Sudan", dt.date(2025, 3, 1),
                                                 _country_of)]
    assert any(n.startswith("SLM/A-AW") for n in named)
