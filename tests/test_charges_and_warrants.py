"""The crime a warrant or a charge names ("arrested ... on a warrant for kidnapping charges", "on charges of murder
and kidnapping", "on a warrant for the killing of 30 villagers in 2019") is why someone was arrested, not an event
of the sentence: the sentence's event is the arrest. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "On Tuesday, police backed by soldiers arrested a suspected Abu Sayyaf sub-leader in Lamitan, Basilan, acting "
    "on a warrant for kidnapping charges dating back more than a decade.",
    "Police arrested a suspected ADF commander in Beni on Monday on charges of murder and kidnapping.",
    "Soldiers detained a former militia leader in Bunia on Friday on a warrant for the killing of 30 villagers in "
    "2019.",
    "Police in Mandera arrested two men on Sunday on charges of terrorism and abduction, a police commander said.",
])
def test_the_crime_of_a_charge_is_no_event(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Arrests"]
