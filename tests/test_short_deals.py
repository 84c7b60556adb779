"""Hostages freed or exchanged under a deal are the deal's terms: the event is the Agreement, not a kidnapping.
Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Negotiators reached a deal in Doha to release 50 hostages.",
    "Mediators brokered a deal in Muscat to free three hostages held by the rebels.",
    "The two sides agreed in Cairo to exchange hostages and prisoners next week.",
])
def test_hostages_freed_under_a_deal_are_the_agreement(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Agreement"]


def test_hostages_taken_beside_a_deal_stay_a_kidnapping(extractor: Extractor) -> None:
    text = "Gunmen took 12 hostages at a hotel in Bamako a day after the truce was signed."
    assert "Abduction/forced disappearance" in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan agreed a ceasefire brokered by Moscow on Tuesday after two days of fighting.",
    "Rival clans signed a peace pact in Mandera on Thursday after weeks of clashes, elders said.",
    "The army and the rebels signed a truce in Bangui on Monday to end the fighting.",
])
def test_the_fighting_a_deal_ends_is_its_background(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Agreement"]


@pytest.mark.parametrize("text", [
    "Sudan's army and the RSF endorsed a humanitarian truce at talks in Jeddah on Saturday.",
    "The Colombian government and the ELN clinched a six-month ceasefire deal in Havana on Friday.",
    "Ethiopia's government and the TPLF ratified a permanent cessation of hostilities in Pretoria on Wednesday.",
    "Elders of the Garre and Degodia clans concluded a peace pact in Mandera on Thursday.",
    "Both militias accepted a truce proposed by the elders in Bor on Monday.",
])
def test_a_deal_accepted_endorsed_clinched_or_ratified_is_an_agreement(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Agreement"]


@pytest.mark.parametrize("text", [
    "Some 150 Russian and Ukrainian prisoners of war went home on Sunday in an exchange mediated by Turkey.",
    "Hamas handed over four Israeli hostages to the Red Cross in Khan Younis on Saturday in return for 200 "
    "Palestinian prisoners under the truce deal.",
    "The M23 freed 30 captured soldiers in Goma on Tuesday in exchange for eight of its fighters.",
])
def test_people_exchanged_under_a_deal_are_the_agreement(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Agreement"]
