"""A country named with a part of it ("in Cameroon's far north region", "Kenya's north-east") is where the event
is, even when the group that did it comes from next door. Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "country"), [
    ("Boko Haram fighters killed five villagers in Cameroon's far north region on Friday.", "Cameroon"),
    ("Al-Shabaab gunmen killed seven people in Kenya's north-east on Monday.", "Kenya"),
    ("ADF rebels killed 11 farmers in Uganda's western border district on Sunday.", "Uganda"),
])
def test_a_part_of_a_country_places_the_event_in_it(extractor: Extractor, text: str, country: str) -> None:
    assert [r.country for r in coded(extractor, text)] == [country]


def test_a_country_that_acts_is_still_no_place(extractor: Extractor) -> None:
    text = "Gunmen killed six traders in Maiduguri on Monday, a day after Cameroon's army shelled a border camp."
    assert [r.country for r in coded(extractor, text)][:1] == ["Nigeria"]
