"""The subject of an "as" or "while" clause of a blast's verb is whom the blast hit on its way ("A bomb went off as a
police patrol was passing", "An explosive device detonated while an army convoy was travelling"): the target, never
the doer. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 2, 22)


@pytest.mark.parametrize(("text", "target"), [
    ("A roadside bomb hidden in a drainage pipe exploded as a ranger patrol was escorting teachers to a school in "
     "Rueso district, Narathiwat, on Wednesday. Police said two rangers were killed.", "Military Forces of Thailand"),
    ("A bomb went off as a police patrol was passing through a market in Quetta on Wednesday, killing two officers.",
     "Police Forces of Pakistan"),
    ("An explosive device detonated while an army convoy was travelling near Kidal on Wednesday, wounding four "
     "soldiers.", "Military Forces of Mali"),
])
def test_whom_the_blast_met_on_its_way_is_the_target(extractor: Extractor, text: str, target: str) -> None:
    [report] = coded(extractor, text, day=DAY)
    assert (report.actor2, report.actor1 != target) == (target, True)


def test_a_clause_not_in_the_progressive_names_no_passer_by(extractor: Extractor) -> None:
    text = ("Gunmen dressed as police killed nine Chinese and Ukrainian tourists in an attack in the Pakistani "
            "Himalayas claimed by the Taliban.")
    [report] = coded(extractor, text, day=DAY)
    assert report.sub_event_type == "Attack" and report.actor2.startswith("Civilians")


def test_shoppers_met_on_their_way_are_civilians(extractor: Extractor) -> None:
    text = "A bomb exploded as shoppers were leaving a market in Quetta on Wednesday, killing three people."
    assert [r.actor2 for r in coded(extractor, text, day=DAY)] == ["Civilians (Pakistan)"]
