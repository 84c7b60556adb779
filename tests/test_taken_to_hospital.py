"""The wounded or the dead "taken to the district hospital", "to the town clinic", "to the city mortuary" were
carried somewhere; no town, district or city was taken. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("A drone struck a filling station in Sudzha on Sunday. Two employees were injured and have been taken to the "
     "district hospital.", "Air/drone strike"),
    ("Gunmen opened fire on a bus near Mandera on Sunday, wounding four. The wounded were taken to the town "
     "clinic by soldiers.",
     "Attack"),
    ("A bomb exploded at a market in Bama on Sunday, wounding six. They were taken to the city hospital in "
     "Maiduguri.", "Remote explosive/landmine/IED"),
])
def test_people_taken_to_a_hospital_take_no_town(extractor: Extractor, text: str, sub_event_type: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text, day=dt.date(2024, 5, 20))] == [sub_event_type]
