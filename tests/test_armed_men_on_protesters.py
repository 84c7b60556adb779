"""Armed men who are no state force, harming a protest, make an attack on the protesters, not the state's
excessive force: "Unknown assailants opened fire on protesters". Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Unknown assailants opened fire on protesters in Baghdad, killing two.",
    "Gunmen fired on a march of opposition supporters in Kinshasa, killing four.",
    "Suspected jihadists shot dead three demonstrators at a sit-in in Gao.",
])
def test_armed_men_firing_on_a_protest_is_an_attack(extractor: Extractor, text: str) -> None:
    reports = coded(extractor, text)
    assert [r.sub_event_type for r in reports] == ["Attack"]
    assert not reports[0].actor1.startswith(("Police", "Military"))


def test_police_firing_on_a_protest_stays_excessive_force(extractor: Extractor) -> None:
    text = "Police opened fire on protesters in Nairobi, killing two."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Excessive force against protesters"]
