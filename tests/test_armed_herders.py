"""Herders who bear arms are no civilians: "armed herders" and "armed pastoralists" are an armed group (a fight with
them is a clash), and with a people's name ("armed Fulani herdsmen", "armed Misseriya herders") they are that
people's militia, as ACLED names the farmer-herder violence of the Sahel, Sudan and East Africa. Wordings written
for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _code(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    return [(r.sub_event_type, r.actor1, r.actor2) for r in result.reports]


@pytest.mark.parametrize(("text", "actor1"), [
    ("Armed Misseriya herders raided a village near Abyei on Saturday, killing five people.",
     "Misseriya Ethnic Militia"),
    ("Armed Turkana herders attacked a Pokot settlement near Lodwar on Tuesday, killing four people.",
     "Turkana Ethnic Militia (Kenya)"),
    ("Armed Fulani herdsmen attacked a village near Bokkos on Monday, killing 17 people.",
     "Fulani Ethnic Militia (Nigeria)"),
])
def test_armed_herders_of_a_people_are_its_militia(extractor: Extractor, text: str, actor1: str) -> None:
    coded = _code(extractor, text)
    assert len(coded) == 1 and coded[0][0] == "Attack" and coded[0][1].startswith(actor1)


@pytest.mark.parametrize(("text", "actor2"), [
    ("Soldiers clashed with armed herders near Makurdi on Sunday, killing three of them.",
     "Unidentified Armed Group (Nigeria)"),
    ("Police exchanged fire with armed pastoralists near Baragoi on Sunday; two officers were killed.",
     "Unidentified Armed Group (Kenya)"),
])
def test_a_fight_with_armed_herders_is_a_clash(extractor: Extractor, text: str, actor2: str) -> None:
    assert [(sub, a2) for sub, _, a2 in _code(extractor, text)] == [("Armed clash", actor2)]
