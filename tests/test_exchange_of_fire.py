"""What a fight exchanges is no side: in "Troops killed seventeen militants in an exchange of fire", "Soldiers
killed nine insurgents during an exchange of gunfire", the of-phrase ("of fire") names nobody, so the verb the fight
hangs from gives the roles: the troops are actor1, whom they killed actor2 (a day after "on" is no target).
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "actor1"), [
    ("Troops killed seventeen terrorists in an exchange of fire near Bir al-Abd on Friday.",
     "Military Forces of Egypt"),
    ("Troops killed seventeen militants in an exchange of fire near Bir al-Abd on Friday, the army spokesman said.",
     "Military Forces of Egypt"),
    ("Soldiers killed nine insurgents during an exchange of gunfire near Damboa on Friday.",
     "Military Forces of Nigeria"),
    ("Commandos killed four gunmen in an exchange of shots near Kidal on Friday.", "Military Forces of Mali"),
])
def test_the_troops_who_killed_in_an_exchange_of_fire_are_actor1(extractor: Extractor, text: str,
                                                                   actor1: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2019, 12, 4), title="", source="t"))
    assert [(r.event_type, r.actor1) for r in result.reports] == [("Battles", actor1)]
    assert result.reports[0].actor2  # whom they killed is the other side
