"""The town of the hospital the wounded were taken, flown or evacuated to ("airlifted to the Combined Military Hospital
in Chattogram", "flown to a military hospital in Maroua") is where they went, not where anything happened: no event
there, as "airlifted to Nairobi" is none. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "hospital_town"), [
    ("Bangladeshi soldiers came under fire near Ruma in Bandarban on Friday. One soldier was wounded and airlifted to "
     "the Combined Military Hospital in Chattogram, the army said.", "Chattogram"),
    ("Separatists attacked soldiers near Mamfe in Cameroon's South-West region on Tuesday. Two wounded soldiers were "
     "evacuated to the regional hospital in Buea.", "Buea"),
    ("A roadside bomb hit a Cameroonian army patrol near Mora on Monday. Three soldiers were wounded and flown to a "
     "military hospital in Maroua.", "Maroua"),
    ("Militants ambushed a Nigerien army convoy near Tera on Sunday. The injured were taken to the main hospital in "
     "Niamey, a security source said.", "Niamey"),
])
def test_the_hospitals_town_is_no_events_place(extractor: Extractor, text: str, hospital_town: str) -> None:
    doc = Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t")
    reports = extractor.code(doc).reports
    assert len(reports) == 1 and reports[0].location != hospital_town
