"""People arrested whom the text names by no armed side ("suspects", "wanted men") are civilians, as ACLED codes
arrests; a group named as the one arrested stays. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2022, 9, 20)


@pytest.mark.parametrize(("text", "country"), [
    ("Twelve suspects wanted on security charges were taken into custody in Mosul on Sunday.", "Iraq"),
    ("Security forces detained 15 suspects in raids across Baquba on Tuesday.", "Iraq"),
    ("Police in Lahore arrested nine suspects over the killing on Thursday.", "Pakistan"),
    ("Gendarmes rounded up 11 suspects at a checkpoint outside Bobo-Dioulasso on Monday.", "Burkina Faso"),
])
def test_unnamed_arrested_are_civilians(extractor: Extractor, text: str, country: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.sub_event_type, event.actor2) == ("Arrests", f"Civilians ({country})")


@pytest.mark.parametrize(("text", "actor2"), [
    ("Troops arrested two suspected militants in Kulgam on Monday.", "Unidentified Armed Group (India)"),
    ("Police arrested three suspected Boko Haram fighters in Yola on Monday.",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
])
def test_a_named_side_arrested_stays(extractor: Extractor, text: str, actor2: str) -> None:
    assert only_event(extractor, text, day=DAY).actor2 == actor2


@pytest.mark.parametrize("text", [
    "Detectives arrested a senior commander of the Kuki National Army in Imphal on Monday.",
    "Police arrested the deputy leader of Jamaat-ul-Mujahideen Bangladesh in Rajshahi on Monday.",
])
def test_a_group_named_after_the_arrest_is_no_civilian(extractor: Extractor, text: str) -> None:
    assert only_event(extractor, text, day=DAY).actor2 != f"Civilians ({'India' if 'Imphal' in text else 'Bangladesh'})"
