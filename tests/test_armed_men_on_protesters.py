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


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a mayoral candidate as she greeted supporters at a rally in Chilpancingo on Wednesday.",
    "Unknown gunmen opened fire on a campaign rally in Guanajuato, killing two supporters.",
    "Gunmen on a motorbike shot dead a union leader during a march in Cali on Friday.",
])
def test_armed_men_shooting_someone_at_a_rally_attack_civilians(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Attack"]
