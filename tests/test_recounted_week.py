"""A clause that recounts a period's other events in passing ("..., capping a week in which insurgents seized a
district headquarters and a bomb killed two soldiers outside Palma", "the latest in a string of attacks that has
also seen ...") is no event of the sentence's day: its events are told on their own elsewhere, or too loosely to
date. The sentence's event keeps its own place and toll. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "sub_event_type", "location", "fatalities"), [
    ("Gunmen killed four civilians near Macomia in Mozambique on Saturday, capping a week in which insurgents "
     "briefly seized a district headquarters on the coast and a roadside bomb killed two soldiers outside Palma.",
     "Attack", "Macomia", 4),
    ("A suicide bomber rammed a car into a convoy outside Nushki on Wednesday, killing three soldiers, the latest "
     "in a string of attacks across Balochistan that has also seen a police station stormed in Turbat and a "
     "deadly crackdown on protesters in Quetta.", "Suicide bomb", "Nushki", 3),
    ("Militants killed six soldiers in an ambush near Djibo on Monday, ending a week in which jihadists also "
     "burned two villages and abducted a dozen traders near Dori.", "Armed clash", "Djibo", 6),
    ("Bandits killed nine villagers in Zurmi on Thursday, the third deadly raid in a week that also saw gunmen "
     "abduct 20 farmers near Gusau.", "Attack", "Zurmi", 9),
    ("Rebels shelled the market in Kadugli on Sunday, killing five people, in a week that also saw drone strikes "
     "kill 12 in Dilling.", "Shelling/artillery/missile attack", "Kadugli", 5),
])
def test_a_recounted_week_is_not_the_sentences_event(extractor: Extractor, text: str, sub_event_type: str,
                                                    location: str, fatalities: int) -> None:
    assert [(r.sub_event_type, r.location, r.fatalities) for r in coded(extractor, text)] == [
        (sub_event_type, location, fatalities)]
