"""A person named right after a verb done to people ("executed Oleksandr Shevchenko in Bucha", "kidnapped Father
Joseph Bauchi near Jos") is whom it was done to: a town that shares the surname is no place of the event, which stays
where the sentence puts it. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "place"), [
    ("Russian soldiers executed Oleksandr Shevchenko in Bucha, prosecutors said.", "Bucha"),
    ("Gunmen killed Carlos Mendoza in Culiacan on Friday, the state prosecutor said.", "Culiacan"),
    ("Police arrested Ahmed Kano in Zaria on Monday over the attack on the emir's palace.", "Zaria"),
    ("Gunmen abducted Father Joseph Bauchi near Jos on Sunday, the diocese said.", "Jos"),
    ("Soldiers shot dead Ibrahim Gombe in Maiduguri on Monday, his family said.", "Maiduguri"),
])
def test_a_victims_surname_is_no_place(extractor: Extractor, text: str, place: str) -> None:
    assert [r.location for r in coded(extractor, text)] == [place]


@pytest.mark.parametrize(("text", "place"), [
    ("Turkish forces shelled Tal Rifaat on Monday, killing two civilians.", "Tal Rifaat"),
    ("Bandits killed three Gusau traders on the road on Monday, police said.", "Gusau"),
])
def test_a_town_named_as_the_object_stays_a_place(extractor: Extractor, text: str, place: str) -> None:
    assert [r.location for r in coded(extractor, text)] == [place]
