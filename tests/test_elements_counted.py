"""Fighters that a government statement calls "elements" ("Seventeen highly dangerous takfiri elements were killed",
"five armed elements", "Eleven takfiri elements were killed") are counted as the dead they are. Wordings written
for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "killed"), [
    ("Seventeen highly dangerous takfiri elements were killed in an exchange of fire with the forces near Bir al-Abd "
     "on Friday.", 17),
    ("Five armed elements were killed when troops raided a hideout near Arish on Friday, the army said.", 5),
    ("Eleven takfiri elements were killed and two vehicles destroyed in air strikes near Rafah on Thursday.", 11),
])
def test_elements_killed_are_counted(extractor: Extractor, text: str, killed: int) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2019, 12, 4), title="", source="t"))
    assert [r.fatalities for r in result.reports] == [killed]
