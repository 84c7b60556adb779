"""People seized by armed men are abducted, whoever they are. Every text is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded, only_event
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Armed men seized 20 farmers from their fields near Zurmi on Saturday.",
    "Militants seized 11 truck drivers on the road near Mandera on Tuesday.",
    "Bandits seized dozens of worshippers from a mosque in Zamfara on Friday.",
])
def test_people_seized_by_armed_men_are_abducted(extractor: Extractor, text: str) -> None:
    r = only_event(extractor, text, day=dt.date(2024, 3, 12))
    assert (r.sub_event_type, r.actor2.split(" (")[0]) == ("Abduction/forced disappearance", "Civilians")


@pytest.mark.parametrize("text", [
    "Armed men seized a Catholic priest from his parish in Croix-des-Bouquets on Sunday.",
    "Gunmen snatched two aid workers from their car near Gao on Friday.",
    "Relatives of a student activist said he was picked up by men in plainclothes in Karachi on Tuesday and has "
    "not been seen since.",
])
def test_a_person_seized_snatched_or_picked_up_and_not_seen_since_is_taken(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize("text", [
    "A crowd of angry residents seized two men they accused of theft in a market in Puebla.",
    "A journalist was picked up by police in Harare on Monday and charged with incitement.",
])
def test_a_crowd_seizing_or_the_police_picking_up_is_no_abduction(extractor: Extractor, text: str) -> None:
    assert "Abduction/forced disappearance" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("sentence", [
    "Armed bandits snatched more than 200 pupils from a primary school in Kuriga on Thursday.",
    "Gunmen seized more than 60 worshippers from a church near Kajuru on Sunday.",
    "Militants grabbed no fewer than 12 farm workers near Ouallam.",
])
def test_a_count_told_as_more_than_n_still_names_the_people_seized(sentence: str) -> None:
    from conflictlens.nlp.triggers import find_triggers

    assert "Abduction/forced disappearance" in [t.sub_event_type for t in find_triggers(sentence)]
