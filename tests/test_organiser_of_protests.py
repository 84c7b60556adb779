"""A protest named only to say who someone is ("one of the organisers of the nightly protests", "a leader of last
week's rally") is no event of a sentence that tells another: the arrest is the event. Told alone ("Organisers of
the march said 5,000 people took part"), the protest stays. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.triggers import find_triggers

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize("text", [
    "On Saturday morning police detained Giorgi Beridze, one of the organisers of the nightly protests, at his home "
    "in Tbilisi.",
    "Security forces arrested two leaders of last week's rallies at their homes in Conakry on Saturday.",
    "Police arrested a coordinator of the student demonstrations outside his university in Dhaka on Saturday.",
])
def test_the_arrest_of_a_protest_organiser_is_an_arrest(extractor: Extractor, text: str) -> None:
    assert only_event(extractor, text, day=DAY).sub_event_type == "Arrests"


def test_a_protest_its_organisers_tell_stays() -> None:
    sentence = "Organisers of the march said 5,000 people took part in Dakar on Saturday."
    assert "Peaceful protest" in {t.sub_event_type for t in find_triggers(sentence)}
