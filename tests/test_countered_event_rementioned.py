"""A sentence whose verb's object names the event told before ("Troops repelled the attack", "Somali troops repulsed
the assault", "Officers fought off the raid") adds to that event - its toll and claims - on that event's day; it
is no second event dated by the statement. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "day", "killed"), [
    ("Al-Shabaab fighters stormed a military base near Afgoye on Friday. Somali troops repulsed the assault, "
     "killing 11 militants, the army said.", dt.date(2025, 3, 7), 11),
    ("Militants attacked an army base in Marte on Sunday. The army said troops repelled the attack and killed 14 "
     "militants, adding that two soldiers died.", dt.date(2025, 3, 9), 16),
    ("Militants attacked an army base in Marte on Sunday. Troops repelled the attack and killed 14 militants.",
     dt.date(2025, 3, 9), 14),
    ("Gang members attacked a police station in Mirebalais on Thursday. Officers fought off the raid and shot dead "
     "four of the assailants.", dt.date(2025, 3, 6), 4),
])
def test_the_countered_event_gains_the_toll(extractor: Extractor, text: str, day: dt.date, killed: int) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 11), title="", source="t"))
    assert [(r.event_date, r.fatalities) for r in result.reports] == [(day, killed)]


def test_an_attack_repelled_elsewhere_is_an_event_of_its_own(extractor: Extractor) -> None:
    text = ("Militants attacked an army base in Marte on Sunday. On Tuesday troops repelled an attack on Dikwa, "
            "killing five insurgents.")
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 11), title="", source="t"))
    assert sorted(r.location for r in result.reports) == ["Dikwa", "Marte"]
