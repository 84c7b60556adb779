"""Armed men crossing a line, fence or border who were fought off: "Troops foiled an infiltration bid along the Line
of Control, killing two infiltrators", "An infiltration attempt was thwarted in the Keran sector and three militants
were killed" are armed clashes (taxonomy: a foiled attack that tells deaths was fought off); a bid foiled with no one
hurt stays Disrupted weapons use, and a yearly tally of bids is no event. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded, only_event
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "dead"), [
    ("Troops foiled an infiltration bid along the Line of Control in Uri on Monday, killing two infiltrators, "
     "the army said.", 2),
    ("An infiltration attempt was thwarted in the Keran sector of Kupwara on Tuesday and three militants were "
     "killed, officials said.", 3),
    ("Infiltration bid foiled in Poonch on Thursday; two terrorists killed.", 2),
    ("Soldiers repulsed an intrusion attempt near the border fence in Tarn Taran on Friday, killing three armed "
     "intruders.", 3),
    ("Two infiltrators were shot dead on Sunday when troops foiled an infiltration attempt in the Gurez sector of "
     "Bandipora, a defence spokesman said.", 2),
])
def test_an_infiltration_fought_off_with_deaths_is_a_clash(extractor: Extractor, text: str, dead: int) -> None:
    event = only_event(extractor, text)
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", dead)


def test_the_infiltrators_are_the_other_side(extractor: Extractor) -> None:
    event = only_event(extractor, "Troops foiled an infiltration bid along the Line of Control in Uri on Monday, "
                                  "killing two infiltrators, the army said.")
    assert (event.actor1, event.actor2) == ("Military Forces of India", "Unidentified Armed Group (India)")


def test_a_yearly_tally_of_bids_is_no_event(extractor: Extractor) -> None:
    assert coded(extractor, "Officials said there had been 14 infiltration attempts along the Line of Control "
                            "this year.") == []
