"""A toll raised verb first ("..., bringing the toll to six", "raising the death toll to nine", "taking the number of
dead to 14") states the new total: it is not added to the figure of the news before it ("two more bodies"), and it
revises the event's first figure. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _event(extractor: Extractor, text: str) -> tuple[int | None, list[int | None]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    [report] = result.reports
    return report.fatalities, [c.killed for c in report.claims]


@pytest.mark.parametrize(("text", "fatalities", "latest"), [
    ("Gunmen killed four villagers in Zurmi, Zamfara state, on Monday. On Wednesday police said two more bodies had "
     "been found, bringing the toll to six.", 6, 6),
    ("An air strike killed three people in Nabatieh, Lebanon, on Monday. Rescuers later pulled two more bodies from "
     "the rubble, bringing the death toll to five.", 5, 5),
    ("A bomb killed seven people at a market in Maiduguri on Monday. Two of the wounded died in hospital on Tuesday, "
     "raising the toll to nine, police said.", 9, 9),
    ("Militants killed 11 soldiers at a post near Djibo, Burkina Faso, on Monday. Three more died of their wounds on "
     "Wednesday, taking the number of dead to 14, the army said.", 14, 14),
])
def test_a_raised_toll_is_the_new_total(extractor: Extractor, text: str, fatalities: int, latest: int) -> None:
    found, claims = _event(extractor, text)
    assert found == fatalities and claims[-1] == latest and max(c or 0 for c in claims) == latest
