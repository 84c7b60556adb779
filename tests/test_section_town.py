"""A town in capitals opening a line before a dash or a colon heads a digest's section ("TUNIS - TEAR GAS ON THE
AVENUE", "GAO: MARKET SHELLED") and places what the section tells, as a wire dateline does a story; it is no acronym.
A short word in capitals elsewhere ("a report by SANA") still is. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.geo.geocode import find_place_mentions

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "location"), [
    ("THE WEEK IN TUNISIA\n\nTUNIS - TEAR GAS ON THE AVENUE\nPolice fired tear gas on Saturday afternoon to "
     "disperse several hundred demonstrators.", "Tunis"),
    ("THE WEEK IN TUNISIA\n\nSFAX - WATER CUTS\nPolice used tear gas on Saturday against residents who had blocked "
     "a road to protest against water cuts.", "Sfax"),
    ("SAHEL ROUNDUP\n\nGAO: MARKET SHELLED\nShells hit the main market on Saturday, killing three traders, "
     "residents said.", "Gao"),
    ("ITURI DIGEST\n\nBUNIA - NIGHT RAID\nGunmen killed four villagers on Saturday night, a local leader said.",
     "Bunia"),
])
def test_a_town_heading_a_section_places_it(extractor: Extractor, text: str, location: str) -> None:
    assert only_event(extractor, text, day=DAY).location == location


@pytest.mark.parametrize("text", [
    "Shells hit Deir ez-Zor on Saturday, according to a report by SANA - the state news agency.",
    "The offensive was led by HTS: the group said it took three villages.",
])
def test_a_short_word_in_capitals_inside_a_line_is_no_place(text: str) -> None:
    assert [m.text for m in find_place_mentions(text) if m.text.isupper()] == []
