"""A wire editor's note in brackets on a line of its own ("(Corrects death toll in paragraph 2 ...)", "(Reporting
by ...; Editing by ...)") names events and places only to say what was changed: it yields no sentence, and the
dateline below it is still the dateline. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document
from conflictlens.nlp.sentences import split_sentences

DAY = dt.date(2024, 7, 12)  # a Friday


def _coded(extractor: Extractor, text: str, source: str = "") -> list:
    return [r for r in extractor.code(Document("t", text, DAY, source=source)).reports if not r.is_background]


@pytest.mark.parametrize("note", [
    "(Corrects death toll in paragraph 2 to 11 from 17; adds details of air strikes near Baga Sola)",
    "(Reporting by Amina Bello in Kano; Editing by Tom Reed)",
    "(Updates with toll, adds quotes from the governor of Borno state in paragraphs 4-5)",
    "(Adds statement from the army (paragraph 4))",
])
def test_an_editor_s_note_is_no_sentence(note: str) -> None:
    story = "Gunmen killed four farmers near Gusau on Thursday, police said."
    assert [s.text for s in split_sentences(note + "\n\n" + story)] == [story]


@pytest.mark.parametrize(("text", "town"), [
    ("(Corrects death toll in paragraph 2 to 11 from 17; adds details of air strikes near Baga Sola)\n\n"
     "N'DJAMENA, July 12 (Sahel Wire) - Boko Haram fighters attacked an army post near Bol late on Wednesday, "
     "killing 11 soldiers, the army said.", "Bol"),
    ("(Updates with toll, adds quotes from governor)\n\nMAIDUGURI, Nigeria, July 12 (Wire) - A suicide bomber "
     "killed six people at a market in Konduga on Thursday, police said.", "Konduga"),
    ("(Adds statement from the army in paragraph 4)\nGOMA, Democratic Republic of Congo, July 12 (Lakes Wire) - M23 "
     "rebels shelled the outskirts of Sake on Thursday, killing three civilians.", "Sake"),
])
def test_the_dateline_under_a_note_is_still_a_dateline(extractor: Extractor, text: str, town: str) -> None:
    assert [r.location for r in _coded(extractor, text)] == [town]
