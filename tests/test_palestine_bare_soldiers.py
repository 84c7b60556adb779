"""In the West Bank and Gaza bare "soldiers" and "troops" are Israel's (actors.toml: a local entry for Palestine);
the Palestinian Authority's men are named as such. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _sides(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 11, 18), title="", source="t"))
    return [(r.actor1, r.actor2) for r in result.reports]


@pytest.mark.parametrize(("text", "sides"), [
    ("Troops raided the town of Tammun on Sunday and detained 19 people.",
     ("Military Forces of Israel", "Civilians (Palestine)")),
    ("Soldiers shot dead a 17-year-old boy during clashes in Beita on Friday, the health ministry said.",
     ("Military Forces of Israel", "Civilians (Palestine)")),
    ("Gunmen opened fire on soldiers at a checkpoint near Nablus on Wednesday, wounding one of them.",
     ("Unidentified Armed Group (Palestine)", "Military Forces of Israel")),
])
def test_bare_soldiers_in_palestine_are_israels(extractor: Extractor, text: str, sides: tuple[str, str]) -> None:
    assert _sides(extractor, text) == [sides]


def test_the_palestinian_authoritys_forces_keep_their_name(extractor: Extractor) -> None:
    text = "Palestinian security forces arrested five gunmen in Jenin on Monday."
    assert [a1 for a1, _ in _sides(extractor, text)] == ["Military Forces of Palestine"]


def test_bare_soldiers_elsewhere_are_the_countrys_own(extractor: Extractor) -> None:
    text = "Soldiers shot dead two protesters in Mandalay on Friday, witnesses said."
    assert [a1 for a1, _ in _sides(extractor, text)] == ["Military Forces of Myanmar"]
