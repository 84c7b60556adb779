"""A force that says it carried out the strike told before ("The army said it had struck a terrorist gathering")
claims it, whatever it says it hit: the strike's doer is that force, not an unidentified group. Wordings written
for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor1"), [
    ("A drone strike on Thursday hit a gathering near Djenne, killing at least 15 people, according to a local "
     "association. The army said it had struck a terrorist gathering.", "Military Forces of Mali"),
    ("A drone struck a wedding party near Mopti on Saturday, killing 11 guests, relatives said. The military said "
     "it had hit a terrorist hideout in the area.", "Military Forces of Mali"),
    ("An air strike killed nine people in a village near Djibo on Tuesday, residents said. The armed forces said "
     "they had destroyed a jihadist base in the area.", "Military Forces of Burkina Faso"),
    ("Missiles hit a fuel depot outside Sittwe on Friday, killing four workers, local officials said. The military "
     "confirmed that its jets had bombed the depot, saying it supplied the rebels.", "Military Forces of Myanmar"),
])
def test_a_force_that_says_it_struck_did_the_strike(extractor: Extractor, text: str, actor1: str) -> None:
    assert [r.actor1 for r in coded(extractor, text)] == [actor1]


def test_a_new_strike_the_force_tells_does_not_claim_the_event_before(extractor: Extractor) -> None:
    text = ("Gunmen abducted 27 villagers in Maru in Zamfara State on Saturday, police said.\n\n"
            "In neighbouring Sokoto State, the Nigerian Air Force said its jets bombed a camp of the Lakurawa armed "
            "group on Friday.")
    abductions = [r for r in coded(extractor, text) if r.sub_event_type == "Abduction/forced disappearance"]
    assert abductions and all(r.actor1 != "Military Forces of Nigeria" for r in abductions)
