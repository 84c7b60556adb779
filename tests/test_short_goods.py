"""Goods carried off are looting, people carried off are abducted: "carried off mattresses and fuel drums",
"made off with 300 head of cattle", "carried off 20 women". Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Fighters carried off mattresses, fridges and fuel drums from a warehouse in Goma.",
    "Raiders made off with 300 head of cattle near Bor on Sunday.",
    "Militants took away two motorcycles and food from a camp near Mora.",
    "Armed men stole goats and grain from villagers near Tillaberi.",
])
def test_goods_carried_off_are_looting(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "Gunmen carried off 20 women from a village near Zurmi on Friday.",
    "Armed men carried off two farmers near Mopti on Sunday.",
])
def test_people_carried_off_are_abducted(extractor: Extractor, text: str) -> None:
    assert "Abduction/forced disappearance" in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Russian soldiers stripped a hospital in Kupiansk of its equipment and loaded it onto trucks, staff said on "
    "Monday.",
    "RSF fighters emptied the central bank branch in Nyala of cash on Sunday, witnesses said.",
    "Eritrean troops dismantled a flour mill in Adigrat and carted the machinery off toward the border, residents "
    "said.",
    "Militiamen stole the harvest of an entire village near Djugu on Tuesday, carrying sacks of maize away on "
    "motorbikes.",
    "Russian troops hauled away thousands of paintings from the art museum in Kherson before they withdrew, its "
    "director said.",
])
def test_a_place_stripped_or_goods_hauled_away_are_looting(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Looting/property destruction"]


def test_the_wounded_carried_away_are_no_loot(extractor: Extractor) -> None:
    text = "Rescuers hauled the wounded away from the market in Goma after the shelling on Monday."
    assert "Looting/property destruction" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Israeli forces demolished an under-construction house in Yatta on Tuesday, saying it lacked a permit.",
    "Bulldozers escorted by soldiers uprooted dozens of olive trees in Qaryut near Nablus on Monday.",
    "Israeli forces confiscated a tractor and a water tank from farmers in Jericho on Wednesday.",
    "Soldiers seized an excavator belonging to a contractor in Kafr Qaddum on Thursday.",
])
def test_property_razed_uprooted_or_confiscated_is_property_destruction(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Looting/property destruction"]


@pytest.mark.parametrize(("text", "sub"), [
    ("Police seized a truck loaded with weapons near Kirkuk on Friday.", "Disrupted weapons use"),
    ("Troops seized a village near Bakhmut on Friday.", "Government regains territory"),
])
def test_arms_or_a_village_seized_are_not_property(extractor: Extractor, text: str, sub: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == [sub]


@pytest.mark.parametrize("text", [
    "Separatist fighters burned down the sub-divisional office in Batibo, Cameroon, on Monday.",
    "Militants burned the government-run health centre in Djibo, Burkina Faso, on Tuesday.",
    "Rebels burned down the sub-prefecture's offices in Kaga-Bandoro, Central African Republic, on Friday.",
])
def test_a_public_building_burned_with_a_hyphenated_name_is_destroyed(extractor: Extractor, text: str) -> None:
    """"sub-divisional", "government-run", "sub-prefecture's": a hyphen or an apostrophe in the words before the
    building does not hide it."""
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Looting/property destruction"]
