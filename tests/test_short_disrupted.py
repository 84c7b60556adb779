"""Ordnance made safe is Disrupted weapons use, not the explosion its words name: "sappers safely detonated an
unexploded mortar round", "a controlled explosion of a suspicious device". Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Sappers safely detonated an unexploded mortar round found in a field near Kherson.",
    "Police carried out a controlled explosion of a suspicious device in Belfast.",
    "Deminers destroyed 300 pieces of unexploded ordnance near Mosul on Monday.",
    "Troops found and removed an unexploded rocket from a school in Sderot.",
])
def test_ordnance_made_safe_is_disrupted_weapons_use(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Disrupted weapons use"]


def test_an_unexploded_shell_that_blows_up_stays_an_explosion(extractor: Extractor) -> None:
    text = "Two children were killed when an unexploded shell blew up near Kharkiv on Monday."
    assert "Disrupted weapons use" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Indian troops foiled a planned IED attack on a highway in Pulwama on Friday.",
    "Deminers clear 200 landmines from farmland outside Izium",
    "A pipe bomb was discovered and neutralised by army engineers near a polling station in Cotabato.",
    "Iraqi security forces found and dismantled 12 IEDs planted by ISIS near Rutba.",
    "Sappers removed 40 anti-tank mines from a road near Kherson on Tuesday.",
    "Police found an explosive device under a bridge in Quetta and made it safe.",
])
def test_a_bomb_or_mine_made_safe_or_a_bombing_foiled_is_disrupted_weapons_use(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Disrupted weapons use"]


def test_a_mine_that_goes_off_while_mines_are_cleared_stays_an_explosion(extractor: Extractor) -> None:
    text = "A deminer was killed when a landmine exploded as he was clearing mines near Kherson."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", [
    "Intelligence officers intercepted phone calls between ADF commanders near Beni.",
    "The army said it had intercepted radio communications of Boko Haram fighters near Bama.",
    "Police in Karachi intercepted messages sent by a TTP commander to his men.",
])
def test_intercepted_calls_or_messages_are_no_weapon_disrupted(extractor: Extractor, text: str) -> None:
    assert "Disrupted weapons use" not in [r.sub_event_type for r in coded(extractor, text)]


def test_intercepted_missiles_are_a_weapon_disrupted(extractor: Extractor) -> None:
    text = "Air defences intercepted two missiles fired at Erbil on Monday."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "Ukraine's air force said it shot down 48 of 60 Shahed drones launched by Russia at Kyiv overnight.",
    "Mexican soldiers seized a cache of 50 assault rifles and two machine guns at a ranch near Apatzingan.",
    "Troops recovered a large haul of AK-47 rifles from a rebel hideout near Bambari.",
])
def test_drones_downed_by_the_count_or_a_cache_of_arms_is_disrupted_weapons_use(extractor: Extractor,
                                                                                text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "Saudi air defences intercepted a ballistic missile fired by the Houthis toward Jazan on Sunday, the coalition "
    "said.",
    "A rocket launched from Gaza toward Ashkelon was shot down by the Iron Dome system on Tuesday, the army said.",
    "Two cruise missiles aimed at Kyiv were destroyed in mid-air overnight, the air force said on Monday.",
    "Russian air defence units downed a Ukrainian missile over Belgorod on Saturday, the governor said; no one was "
    "hurt.",
    "Police uncovered a cache of 30 rifles and 2,000 rounds of ammunition buried on a farm near Tumaco on Wednesday.",
    "Soldiers discovered an arms depot of the ELN containing mortars and grenades in a forest in Arauca on Thursday.",
    "Troops unearthed 15 landmines planted by Boko Haram along the road to Bama on Friday and destroyed them.",
])
def test_a_missile_stopped_in_flight_or_weapons_found_are_disrupted(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Disrupted weapons use"]


@pytest.mark.parametrize(("text", "sub"), [
    ("Debris from an intercepted missile fell on a house in Belgorod on Saturday, injuring two people.",
     "Shelling/artillery/missile attack"),
    ("A coalition air strike destroyed a Houthi missile launcher near Saada on Sunday.", "Air/drone strike"),
])
def test_a_missile_that_hit_or_a_launcher_struck_is_no_disruption(extractor: Extractor, text: str, sub: str) -> None:
    assert sub in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Coalition naval forces destroyed a remote-controlled boat rigged with explosives off the coast of As Salif on "
    "Friday.",
    "Israeli troops found an explosive device at the entrance of Beit El and detonated it in a controlled manner on "
    "Tuesday.",
    "Bomb squad officers found a grenade in a bag at Tahrir Square in Baghdad and blew it up in a controlled way on "
    "Sunday.",
])
def test_a_device_made_safe_or_a_rigged_boat_destroyed_is_disrupted(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    # the weapons a seizure lists are what was taken, not weapons used
    "Security forces recovered a cache of arms in Kangpokpi district on Monday, including two rocket launchers, 14 "
    "rifles and a quantity of explosives.",
    "Troops searching a ranch in Tepalcatepec seized 23 explosive devices adapted to be dropped from drones on "
    "Tuesday.",
    "Police seized a truck loaded with mortar shells and rockets near Idlib on Monday.",
    "Soldiers discovered an arms cache containing 12 rocket-propelled grenades and several landmines in Gao on Sunday.",
    "Gendarmes confiscated two drones and a box of grenades at a checkpoint outside Mopti on Friday.",
])
def test_weapons_a_seizure_lists_are_seized_not_used(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Disrupted weapons use"]


@pytest.mark.parametrize(("text", "sub"), [
    ("Troops seized weapons in Gao on Monday, while militants shelled the army camp in Kidal on Monday.",
     "Shelling/artillery/missile attack"),
    ("Rescuers found the bodies of three men killed when rockets hit a market in Kharkiv on Monday.",
     "Shelling/artillery/missile attack"),
])
def test_a_weapon_used_in_another_clause_stays_an_attack(extractor: Extractor, text: str, sub: str) -> None:
    assert sub in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Troops thwarted an attack on a military base in Damboa on Sunday, killing 11 insurgents, the army said.",
    "Police foiled an assault on a checkpoint outside Peshawar on Friday, killing three attackers.",
    "Soldiers foiled an attack on their camp near Kidal on Monday, killing seven assailants.",
    "Soldiers thwarted an assault on an army outpost near Djibo on Monday, killing five gunmen, a source said.",
])
def test_an_attack_foiled_with_attackers_killed_is_a_battle(extractor: Extractor, text: str) -> None:
    """'thwarted an attack on a military base, killing 11 insurgents': the attack was fought off, not stopped
    before it began."""
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Armed clash"]


def test_a_bombing_foiled_with_an_arrest_stays_disrupted(extractor: Extractor) -> None:
    text = "Police foiled a suicide attack on a church in Lahore on Sunday, arresting the bomber."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Disrupted weapons use"]
