"""A group's name spelled with accents the dictionary leaves out ("Patiño", "Martínez", "Séléka", "Nación") is the
group: names are matched with their combining marks stripped, and offsets stay those of the sentence. Wordings
written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.marks import plain_letters, strip_marks

DAY = dt.date(2024, 7, 16)


@pytest.mark.parametrize(("text", "side"), [
    ("Soldiers killed three militants of the Carlos Patiño front in Argelia on Saturday.", "FARC Dissidents"),
    ("Men from the Jaime Martínez front opened fire on an army patrol in Suárez on Monday.", "FARC Dissidents"),
    ("Gunmen of the Cártel Jalisco Nueva Generación ambushed police officers in Aguililla on Monday.",
     "CJNG: Jalisco New Generation Cartel"),
])
def test_accented_names_are_the_group(extractor: Extractor, text: str, side: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert side in (event.actor1, event.actor2)


def test_plain_letters_keeps_offsets() -> None:
    text = "Mocímboa da Praia, Séléka, Ḩamāh"
    plain = plain_letters(text)
    assert plain == "Mocimboa da Praia, Seleka, Hamah" and len(plain) == len(text)
    assert strip_marks("Ḩamāh") == "Hamah"
