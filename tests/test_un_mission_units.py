"""A UN mission's patrols, convoys and troops are the mission, not the host country's army: "Gunmen ambushed a UN
patrol near Kidal" was a clash with MINUSMA, "a peacekeeping patrol near Beni" MONUSCO's; one peacekeeper killed is
the mission's too. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "mission"), [
    ("Gunmen ambushed a UN patrol near Kidal on Friday, wounding two peacekeepers, the mission said.", "MINUSMA"),
    ("A roadside bomb struck a United Nations convoy near Aguelhok on Saturday, killing a peacekeeper.", "MINUSMA"),
    ("Militiamen attacked UN troops in Bria on Sunday; one peacekeeper was killed.", "MINUSCA"),
    ("Armed men fired on a peacekeeping patrol near Beni on Monday, the mission said.", "MONUSCO"),
])
def test_the_mission_s_units_are_the_mission(extractor: Extractor, text: str, mission: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 2, 11), title="", source="t"))
    assert len(result.reports) == 1
    assert result.reports[0].actor2.startswith(mission + ":")
    assert not result.reports[0].actor1.startswith(mission)
