"""The Taliban are Afghanistan's state forces from the fall of Kabul (15 August 2021), a rebel group before it
(docs/taxonomy.md §2: an actor's class changes over time). Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

STATE = "Military Forces of Afghanistan"


@pytest.mark.parametrize(("text", "day"), [
    ("Taliban forces fought resistance fighters in the Panjshir valley on Sunday, killing six of them.",
     dt.date(2022, 5, 9)),
    ("The Taliban executed a man in a football stadium in Ghazni on Thursday.", dt.date(2024, 3, 2)),
    ("Taliban intelligence agents arrested two journalists in Herat on Monday.", dt.date(2023, 6, 12)),
    ("Taleban helicopters fired rockets at resistance positions in Andarab on Sunday, killing two civilians.",
     dt.date(2022, 9, 12)),
])
def test_taliban_rule_from_august_2021(extractor: Extractor, text: str, day: dt.date) -> None:
    event = only_event(extractor, text, day=day)
    assert (event.actor1, event.inter1) == (STATE, 1)


def test_taliban_rebels_before(extractor: Extractor) -> None:
    event = only_event(extractor, "Taliban fighters attacked a police checkpoint in Kunduz on Monday, killing five "
                       "policemen.", day=dt.date(2019, 7, 2))
    assert (event.actor1, event.actor2) == ("Taliban", "Police Forces of Afghanistan")
