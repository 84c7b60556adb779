"""A state's "strike" in wire prose is an air or drone strike: "An Israeli strike on a house killed six", "US
strikes killed four militants". A device thrown by hand is a grenade ("threw an explosive device into a bar").
Several wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor1"), [
    ("A Russian strike hit a school in Kharkiv on Tuesday, killing three teachers.", "Military Forces of Russia"),
    ("US strikes killed four militants near Jilib, Africa Command said.", "Military Forces of the United States"),
    ("A Turkish strike on a car near Qamishli killed two men on Sunday.", "Military Forces of Turkey"),
    ("An Israeli drone strike targeted a motorcycle in Bint Jbeil.", "Military Forces of Israel"),
])
def test_a_states_strike_is_an_air_strike_by_that_state(extractor: Extractor, text: str, actor1: str) -> None:
    reports = coded(extractor, text)
    assert [r.sub_event_type for r in reports] == ["Air/drone strike"]
    assert reports[0].actor1.startswith(actor1)


@pytest.mark.parametrize("text", [
    "A general strike by Nigerian unions shut banks in Lagos on Monday.",
    "Let us strike a deal, the minister told rebels in Doha.",
])
def test_a_labour_strike_is_no_air_strike(extractor: Extractor, text: str) -> None:
    assert "Air/drone strike" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize(("text", "sub"), [
    ("Jihadists have taken over the town of Djibo after soldiers withdrew.", "Non-violent transfer of territory"),
    ("Al-Shabaab fighters occupied the village of Bulo Burte on Friday.", "Non-state actor overtakes territory"),
    ("Rebels took over a military base near Bambari on Sunday.", "Non-state actor overtakes territory"),
    ("Nigerian troops cleared Boko Haram fighters from Marte on Monday.", "Government regains territory"),
    ("Troops cleared the town of Bama of insurgents on Tuesday.", "Government regains territory"),
])
def test_taking_over_occupying_or_clearing_a_town_changes_territory(extractor: Extractor, text: str, sub: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == [sub]


@pytest.mark.parametrize("text", [
    "Protesters occupied the town hall in Bamenda on Monday.",
    "Workers cleared rubble from the streets of Mosul.",
])
def test_a_town_hall_occupied_or_rubble_cleared_is_no_territory(extractor: Extractor, text: str) -> None:
    subs = [r.sub_event_type for r in coded(extractor, text)]
    assert not any("territory" in s for s in subs)


@pytest.mark.parametrize("text", [
    "Gunmen killed at least seven people and burned 40 houses on Thursday in Yola.",
    "Militiamen shot dead five villagers and looted shops in Djugu on Monday.",
    "Attackers killed four herders and stole their cattle near Mopti.",
    "Bandits shot dead six traders and burned 20 shops in Zurmi on Friday.",
])
def test_a_killing_told_with_burning_or_looting_is_the_attack(extractor: Extractor, text: str) -> None:
    reports = coded(extractor, text)
    assert [r.sub_event_type for r in reports] == ["Attack"]
    assert reports[0].fatalities >= 4


@pytest.mark.parametrize("text", [
    "The Malian army said on Thursday it had taken back control of Kidal from the rebels.",
    "Government troops took back the town of Kukawa from insurgents on Monday.",
    "Ukrainian forces won back Kupiansk after weeks of fighting, the general staff said.",
    "Somali forces have taken back Bulo Burte from al-Shabaab, officials said.",
])
def test_taking_back_a_town_is_regaining_it(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Government regains territory"]


def test_taking_back_words_is_no_territory(extractor: Extractor) -> None:
    text = "The minister took back his remarks about the army in Kidal on Monday."
    assert not any("territory" in r.sub_event_type for r in coded(extractor, text))


@pytest.mark.parametrize("text", [
    "The army opened a new military base in Kidal on Tuesday.",
    "Rebels opened two new administrative offices in Bunagana last week.",
    "Turkey opened its largest overseas military base in Mogadishu.",
])
def test_a_base_opened_is_a_new_base(extractor: Extractor, text: str) -> None:
    assert "Headquarters or base established" in [r.sub_event_type for r in coded(extractor, text)]


def test_fire_opened_on_a_base_is_no_new_base(extractor: Extractor) -> None:
    text = "Gunmen opened fire on an army base in Kidal on Tuesday, killing two soldiers."
    assert "Headquarters or base established" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "A family of seven was killed when a shell hit their home in Donetsk.",
    "An artillery shell landed in a schoolyard in Kharkiv on Tuesday, wounding three pupils.",
    "A stray shell struck a bus station in Gorlovka, killing two people.",
    "A tank shell slammed into a house in Avdiivka on Monday.",
    "A shell has hit a hospital in Donetsk, killing three patients.",
    "A stray shell has struck a bus stop in Horlivka, wounding four people.",
    "A mortar shell had fallen on a market in Kherson before noon, killing a vendor.",
])
def test_one_shell_hitting_is_shelling(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Shelling/artillery/missile attack"]


def test_a_shell_company_is_no_shelling(extractor: Extractor) -> None:
    text = "Police said a shell company in Lagos laundered money for the group."
    assert "Shelling/artillery/missile attack" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "A Myanmar air force jet dropped two bombs on a village in Sagaing Region, killing 11 villagers.",
    "Army aircraft dropped bombs on a crowded market in Togoga, Tigray, on Tuesday.",
    "An Antonov dropped eight bombs on the outskirts of Kadugli, South Kordofan, killing five people.",
    "A Sukhoi dropped several bombs over Khan Shaykhun on Friday, killing a family of four.",
])
def test_bombs_dropped_on_a_place_are_an_air_strike(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "A man on a motorbike threw an explosive device into a crowded bar in Cucuta on Saturday, wounding nine.",
    "Suspected gang members hurled an explosive through the window of a shop in Guayaquil on Friday.",
    "Militants tossed a bomb at a security patrol in Srinagar on Wednesday, injuring three soldiers.",
    "An explosive device thrown from a passing car went off outside a nightclub in Mombasa on Sunday, police said.",
    "A device, which police later identified as a hand grenade, exploded outside a bank in Nairobi on Tuesday.",
])
def test_a_device_thrown_by_hand_is_a_grenade(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Grenade"]


@pytest.mark.parametrize("text", [
    "A roadside bomb planted by militants exploded under a police truck near Bannu on Monday, killing two.",
    "Rioters threw petrol bombs at a police station in Belfast on Friday.",
])
def test_a_planted_bomb_or_a_petrol_bomb_is_no_grenade(extractor: Extractor, text: str) -> None:
    assert "Grenade" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "An Israeli drone fired a missile at a car near Tyre on Wednesday, killing two men.",
    "A Turkish drone launched a missile at a vehicle carrying PKK commanders near Sinjar on Monday.",
    "A US Reaper drone fired two Hellfire missiles at a compound near Jilib on Friday, killing four militants.",
    "Kharkiv was hit overnight by a swarm of Shahed attack drones, the mayor said on Tuesday.",
])
def test_a_drone_that_fired_the_missile_is_an_air_strike(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "The attacker, who wore a belt packed with nails, detonated it among worshippers at a mosque in Peshawar on "
    "Friday.",
    "A woman with explosives hidden under her clothes set them off at a market in Maiduguri on Tuesday, killing "
    "herself and four others.",
    "A teenage bomber strapped with explosives walked into a crowded bus station in Konduga on Monday and detonated "
    "them.",
])
def test_a_bomber_wearing_or_hiding_explosives_is_a_suicide_bomb(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Suicide bomb"]


def test_a_car_rigged_with_explosives_and_left_is_no_suicide_bomb(extractor: Extractor) -> None:
    text = "A parked car rigged with explosives blew up outside a police station in Quetta on Monday, wounding nine."
    assert "Suicide bomb" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize(("text", "actor1"), [
    ("Iraqi F-16s struck IS hideouts in Wadi al-Shay near Hawija on Monday, killing five militants.",
     "Military Forces of Iraq"),
    ("Two Su-25s bombed rebel positions outside Kidal on Tuesday.", ""),
    ("Sudanese army MiG-29s pounded RSF positions in Omdurman on Wednesday.", "Military Forces of Sudan"),
])
def test_aircraft_named_by_their_type_strike_from_the_air(extractor: Extractor, text: str, actor1: str) -> None:
    reports = coded(extractor, text)
    assert [r.sub_event_type for r in reports] == ["Air/drone strike"]
    assert reports[0].actor1 == (actor1 or reports[0].actor1)


@pytest.mark.parametrize("text", [
    "Suspected cartel members used drones to drop explosive devices on a village near Tepalcatepec, Michoacan, "
    "on Monday.",
    "Rebels attacked a police station in Jamundi, Colombia, with explosive-laden drones on Friday.",
    "A resistance unit dropped explosives from drones on a police station in Myingyan, Myanmar, on Saturday.",
    "Gunmen dropped grenades from a drone onto an army checkpoint near Aguililla, Mexico, on Sunday.",
    "Militants attacked an army post in Sukma, India, with a drone carrying explosives on Tuesday.",
    "Insurgents flew a commercial drone fitted with grenades over a military camp near Gao, Mali, on Monday.",
])
def test_a_drone_that_carries_the_bomb_strikes_from_the_air(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "Soldiers shot down a drone carrying explosives over a base near Gao, Mali, on Monday.",
    "Air defence units intercepted two explosive-laden drones over Belgorod, Russia, on Friday.",
])
def test_a_bomb_carrying_drone_brought_down_is_disrupted(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "A FAB-500 bomb fitted with a glide kit hit a street in Kurakhove, Ukraine, on Monday, killing a woman.",
    "A glide bomb struck an apartment block in Kharkiv, Ukraine, on Tuesday, injuring 12 people.",
    "KAB bombs hit the outskirts of Orikhiv, Ukraine, on Sunday.",
    "Russian aviation attacked Sumy, Ukraine, with guided bombs on Friday, killing two civilians.",
])
def test_bombs_only_aircraft_drop_strike_from_the_air(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Air/drone strike"]


@pytest.mark.parametrize(("text", "actor1"), [
    ("Drones operated by government-aligned forces struck smuggling hideouts near Zawiya, Libya, on Monday.",
     "Military Forces of Libya"),
    ("Turkish-made drones flown by the army hit rebel positions near Kidal, Mali, on Tuesday.",
     "Military Forces of Mali"),
    ("A drone belonging to the RSF targeted a market in El Fasher, Sudan, on Friday, killing four people.",
     "Rapid Support Forces"),
])
def test_a_drone_told_with_whose_it_is_strikes_from_the_air(extractor: Extractor, text: str, actor1: str) -> None:
    reports = coded(extractor, text)
    assert [(r.sub_event_type, r.actor1) for r in reports] == [("Air/drone strike", actor1)]


@pytest.mark.parametrize("text", [
    # a bomb or mine planted, buried, placed or laid, whatever words describe it, is the explosive that struck
    "Separatist fighters had buried a homemade bomb under the tarmac in Bamenda on Wednesday, killing two soldiers.",
    "Militants planted a homemade bomb on the road to Mandera on Monday, killing four police officers.",
    "Al Shabaab fighters placed a powerful bomb near a checkpoint in Afgoye on Friday, killing three soldiers.",
    "Maoists laid pressure mines along a forest track in Bijapur, and two commandos were killed on Sunday.",
])
def test_a_bomb_planted_or_buried_is_an_explosive(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Remote explosive/landmine/IED"]


def test_bodies_placed_in_a_grave_are_no_bomb(extractor: Extractor) -> None:
    text = "Workers placed the bodies of 20 people in a mass grave near Bucha on Monday."
    assert "Remote explosive/landmine/IED" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize(("text", "target"), [
    # a combatant command that speaks of "its forces" is the United States' military (abroad: external, inter 8)
    ("The U.S. Africa Command said its forces carried out an air strike on Sunday about 30 km north-east of Jilib, "
     "killing two Al Shabaab fighters.", "Al Shabaab"),
    ("The Pentagon said its aircraft had hit an Islamic State camp near Deir ez-Zor on Friday, killing six militants.",
     "Islamic State (Syria)"),
    ("AFRICOM said its forces conducted an air strike near Kunyo Barrow on Monday, killing three Al Shabaab militants.",
     "Al Shabaab"),
])
def test_a_us_command_s_strike_is_the_united_states(extractor: Extractor, text: str, target: str) -> None:
    reports = coded(extractor, text)
    assert [(r.actor1, r.inter1, r.actor2) for r in reports] == [("Military Forces of the United States", 8, target)]


@pytest.mark.parametrize("text", [
    # bombs that fell or rained on a place came from the air (mortar, petrol and pipe bombs did not)
    "Two aircraft made a low pass before the first bombs fell on a monastery compound in Kanbalu on Sunday.",
    "Bombs fell on the main market in El Fasher on Monday, killing 12 people.",
    "Bombs rained down on the village of Tawila overnight on Friday, residents said.",
])
def test_bombs_that_fell_on_a_place_are_an_air_strike(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Air/drone strike"]


def test_mortar_bombs_that_landed_are_shelling(extractor: Extractor) -> None:
    text = "Mortar bombs landed on a displacement camp near Goma on Monday, killing three people."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Shelling/artillery/missile attack"]
