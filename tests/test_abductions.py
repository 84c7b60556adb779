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


@pytest.mark.parametrize("text", [
    "Bandits are holding 14 travellers for ransom after stopping their bus on the Kaduna-Abuja road on Sunday, police "
    "said.",
    "A local councillor was taken at gunpoint from his shop in Ciudad Obregon on Monday, his family said.",
    "Men in balaclavas forced a journalist into a white van outside his home in Culiacan on Friday; he has not been "
    "heard from since.",
    "Armed men who took an Italian priest from his parish in Zinder on Tuesday have demanded money for his release, "
    "the diocese said.",
    "Two Indian engineers were grabbed from their camp near Kandahar on Thursday and remain missing, officials said.",
    "Militiamen bundled a tribal elder into a car at a checkpoint near Kismayo on Saturday and drove off, witnesses "
    "said.",
])
def test_a_person_held_for_ransom_taken_at_gunpoint_or_forced_into_a_car_is_abducted(extractor: Extractor,
                                                                                     text: str) -> None:
    assert "Abduction/forced disappearance" in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Gunmen stormed a boarding school in Zamfara on Friday and seized 80 students, marching them into the forest, "
    "police said.",
    "Fighters raided a church in Ituri on Sunday and seized 30 worshippers, residents said.",
])
def test_a_place_stormed_to_take_people_with_no_one_hurt_is_the_abduction(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Abduction/forced disappearance"]


def test_a_place_stormed_with_people_killed_and_taken_is_the_attack(extractor: Extractor) -> None:
    text = "Gunmen stormed a village in Zamfara on Friday, killed four people and seized ten others, police said."
    assert "Attack" in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Police bundled the opposition leader into a van outside his home in Harare on Friday and took him into custody.",
    "A fisherman remains missing after his canoe capsized off Lagos on Sunday.",
])
def test_an_arrest_or_a_missing_person_with_no_taker_is_no_abduction(extractor: Extractor, text: str) -> None:
    assert "Abduction/forced disappearance" not in [r.sub_event_type for r in coded(extractor, text)]
