"""Kinds of news sentence from issue 11, each on several wordings written for this test, end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import HOUTHI_FORCES, only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document, Report

DAY = dt.date(2024, 3, 12)


def only(extractor: Extractor, text: str) -> Report:
    return only_event(extractor, text, day=DAY)


@pytest.mark.parametrize("text", [
    "A missile struck a market in Kharkiv on Monday, killing three, after air defences intercepted two drones.",
    "Shelling hit a school in Donetsk on Sunday, a day after police patrols were stepped up.",
    "A roadside bomb killed four passengers near Kandahar on Monday as soldiers searched the area.",
])
def test_a_weapon_as_subject_names_no_doer(extractor: Extractor, text: str) -> None:
    assert only(extractor, text).actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(("text", "actor1"), [
    ("Two soldiers were killed following an attack by TTP militants in Bannu on Monday.", "Tehrik-i-Taliban Pakistan"),
    ("Indiscriminate shells fired by Houthi forces killed two children in Taiz on Sunday.", HOUTHI_FORCES),
    ("Three policemen were wounded in an ambush by Al-Shabaab fighters near Jowhar on Monday.", "Al Shabaab"),
])
def test_the_doer_named_in_the_cause_phrase(extractor: Extractor, text: str, actor1: str) -> None:
    assert only(extractor, text).actor1 == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    ("US-led coalition air strikes killed 12 Islamic State militants near Hajin on Tuesday.",
     "Military Forces of the United States"),
    ("Saudi-led coalition airstrikes struck a checkpoint in Kitaf district on Sunday, killing three fighters.",
     "Military Forces of Saudi Arabia"),
    ("The Saudi-led coalition air raids hit a farm in Saada province on Thursday, killing four civilians.",
     "Military Forces of Saudi Arabia"),
])
def test_the_doer_named_in_the_event_noun_s_modifiers(extractor: Extractor, text: str, actor1: str) -> None:
    assert only(extractor, text).actor1 == actor1


@pytest.mark.parametrize(("text", "actor1"), [
    ("A TTP-planted IED exploded near a police checkpoint in Bannu on Monday, killing two policemen.",
     "Tehrik-i-Taliban Pakistan"),
    ("An ISWAP-planted IED exploded under a military truck near Damboa on Tuesday, killing three soldiers.",
     "Islamic State (West Africa)"),
    ("A PKK-planted IED went off as a gendarmerie vehicle passed near Lice in Diyarbakir on Saturday, killing two.",
     "PKK: Kurdistan Workers Party"),
])
def test_the_group_that_planted_the_device_set_it_off(extractor: Extractor, text: str, actor1: str) -> None:
    assert only(extractor, text).actor1 == actor1


@pytest.mark.parametrize("text", [
    "Suspected militants threw a grenade at an army bunker in Pulwama on Monday, killing one soldier.",
    "Gunmen opened fire on a police checkpoint in Kandahar on Sunday, killing two policemen.",
])
def test_militants_and_gunmen_are_never_the_state(extractor: Extractor, text: str) -> None:
    r = only(extractor, text)
    assert r.actor1.startswith("Unidentified Armed Group") and r.actor2.startswith(("Military", "Police"))


@pytest.mark.parametrize("text", [
    "Rebel troops attacked an army post near Bambari on Monday.",
    "A guerrilla army of the region ambushed a police patrol near Saravena on Wednesday.",
])
def test_a_rebel_army_is_no_state(extractor: Extractor, text: str) -> None:
    assert not only(extractor, text).actor1.startswith("Military Forces")


@pytest.mark.parametrize(("text", "actor1"), [
    ("Saudi air defences intercepted a ballistic missile over Jazan on Friday.", "Military Forces of Saudi Arabia"),
    ("Soldiers defused a car bomb at a checkpoint near Tahoua on Tuesday.", "Military Forces of Niger"),
    ("The army said it foiled a suicide bomb attack on a church in Maiduguri on Sunday.", "Military Forces of Nigeria"),
    ("Police intercepted a rocket fired at the airport in Baghdad on Monday.", "Police Forces of Iraq"),
])
def test_a_disrupted_weapon_is_not_an_attack(extractor: Extractor, text: str, actor1: str) -> None:
    r = only(extractor, text)
    assert (r.sub_event_type, r.actor1) == ("Disrupted weapons use", actor1)


@pytest.mark.parametrize(("text", "actor1"), [
    ("The army said on Monday that troops had killed six militants near Gao two days earlier.",
     "Military Forces of Mali"),
    ("Police said gunmen had shot dead three traders in Kano on Monday.", "Unidentified Armed Group (Nigeria)"),
])
def test_a_reported_event_with_its_doer_and_place_stands(extractor: Extractor, text: str, actor1: str) -> None:
    assert only(extractor, text).actor1 == actor1


def test_a_reported_figure_without_a_place_stays_a_figure(extractor: Extractor) -> None:
    text = ("Eleven soldiers were killed when jihadists attacked their patrol near Ayorou on Monday. The group said "
            "its fighters had killed 30 soldiers.")
    (r,) = extractor.code(Document("t", text, DAY)).reports
    assert sorted(c.killed for c in r.claims if c.killed) == [11, 30]


@pytest.mark.parametrize("later", [
    "He said no group had yet claimed responsibility for the explosion.",
    "Witnesses said the blast shattered windows along the street.",
    "Police sealed off the area after Friday's bombing.",
])
def test_a_later_mention_of_the_event_is_its_evidence_not_a_new_event(extractor: Extractor, later: str) -> None:
    text = ("A bomb exploded near a bakery in Lyon on Friday, wounding 13 people, police said.\n\n"
            "Officials said the device had been left in a paper bag.\n\n" + later)
    (r,) = extractor.code(Document("t", text, DAY)).reports
    assert later in [e.sentence for e in r.evidence]


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("The AA, one of three armed groups in the alliance, put the toll at 12.", "AA"),
    ("The Observatory, part of a network of monitors, said 14 were killed.", "Observatory"),
    ("The KIA, whose fighters hold the hills, said 10 soldiers died.", "KIA"),
])
def test_a_claimant_with_an_apposition(sentence: str, claimant: str) -> None:
    from conflictlens.nlp.claims import find_attribution

    att = find_attribution(sentence, lambda s: s)
    assert att is not None and att.claimant == claimant


@pytest.mark.parametrize(("text", "actor1"), [
    ("The Kachin Independence Army, one of the largest ethnic armed groups, said its fighters attacked a military "
     "outpost near Hpakant on Sunday.", "Kachin Independence Army"),
    ("The RSF, which controls most of Darfur, said its fighters had shot down a drone over Nyala on Monday.",
     "Rapid Support Forces"),
])
def test_its_fighters_are_the_speaker_s(extractor: Extractor, text: str, actor1: str) -> None:
    assert only(extractor, text).actor1 == actor1


@pytest.mark.parametrize("text", [
    "Soldiers raided a militant hideout near Bannu on Tuesday, killing four insurgents.",
    "Police said they raided an Islamic State safe house in Mosul on Sunday and killed two gunmen.",
    "Troops carried out a raid on a rebel camp outside Beni on Monday; three fighters died.",
])
def test_a_raid_on_a_hideout_is_a_battle(extractor: Extractor, text: str) -> None:
    r = only(extractor, text)
    assert (r.event_type, r.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize(("text", "actor1"), [
    ("Ukrainian forces destroyed 14 drones over Odesa overnight, the air force said on Tuesday.",
     "Military Forces of Ukraine"),
    ("Russian troops neutralised six drones near Belgorod on Sunday, the defence ministry said.",
     "Military Forces of Russia"),
    ("Israeli forces destroyed two drones near Eilat on Friday, the army said.", "Military Forces of Israel"),
])
def test_drones_destroyed_in_flight_are_disrupted_weapons_use(extractor: Extractor, text: str, actor1: str) -> None:
    r = only(extractor, text)
    assert (r.sub_event_type, r.actor1) == ("Disrupted weapons use", actor1)


@pytest.mark.parametrize("text", [
    "Soldiers stopped a car packed with explosives near Agadez on Tuesday and defused the device.",
    "A roadside bomb planted near a school in Kirkuk was defused by police on Monday.",
    "A rocket fired at the embassy in Baghdad on Sunday was intercepted by air defences.",
])
def test_a_weapon_disrupted_after_it_is_told_is_not_an_attack(extractor: Extractor, text: str) -> None:
    assert only(extractor, text).sub_event_type == "Disrupted weapons use"


def test_a_second_device_defused_leaves_the_blast_an_attack(extractor: Extractor) -> None:
    text = "A car bomb exploded at a market in Mogadishu on Monday, killing five, and police defused a second device."
    subs = [r.sub_event_type for r in extractor.code(Document("t", text, DAY)).reports]
    assert "Remote explosive/landmine/IED" in subs


@pytest.mark.parametrize("sentence", [
    "Drones struck an oil depot in the port town of Azov overnight.",
    "Two people were hurt when debris fell on the city of Azov on Sunday.",
    "A fuel tank caught fire in the Azov district after a drone attack.",
])
def test_an_alias_that_names_a_place_is_no_group(sentence: str) -> None:
    from conflictlens.nlp.actors import named_groups
    assert named_groups(sentence, "", DAY) == []


@pytest.mark.parametrize(("sentence", "group"), [
    ("Azov fighters shelled Russian positions near Bakhmut on Monday.", "Azov"),
    ("Islamic State West Africa Province fighters attacked a base in Borno state on Monday.", "Islamic State"),
    ("Saudi jets struck the Houthi port city of Hodeidah on Monday.", "Supreme Political Council"),
])
def test_the_group_itself_is_still_named(sentence: str, group: str) -> None:
    from conflictlens.nlp.actors import named_groups
    assert [m for m in named_groups(sentence, "", DAY) if group in m.name]


@pytest.mark.parametrize(("text", "actor2"), [
    ("Troops killed Ahmed Umar, a senior Al-Shabaab commander, near Kismayo on Sunday.", "Al Shabaab"),
    ("Soldiers shot dead Abdi Noor, an ISWAP commander, near Monguno on Friday.", "Islamic State (West Africa)"),
    ("Security forces killed a rebel commander near Bambari on Monday.", ""),
])
def test_killing_an_armed_group_s_commander_is_a_battle(extractor: Extractor, text: str, actor2: str) -> None:
    r = only(extractor, text)
    assert r.event_type == "Battles" and r.actor2.startswith(actor2)


@pytest.mark.parametrize(("text", "location"), [
    ("A teacher was shot dead in Nong Chik district of Pattani province on Wednesday.", "Nong Chik"),
    ("Eight soldiers were killed by a roadside bomb in the Semdinli district of Hakkari province on Sunday.",
     "Semdinli"),
    ("Gunmen killed two villagers in the Kotli district of Azad Kashmir region on Friday.", "Kotli"),
])
def test_a_district_of_a_named_province_is_the_place(extractor: Extractor, text: str, location: str) -> None:
    assert only(extractor, text).location == location


@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("Houthi forces shelled Joint Forces positions in Hays district of Al Hudaydah on Tuesday.", "Hays",
     "Al Hudaydah"),
    ("Pro-government fighters clashed with Houthi rebels in Sirwah district of Marib on Sunday, killing six.",
     "Sirwah", "Marib"),
    ("ISIS militants attacked a PMF post in Tarmiyah district of Baghdad, killing two fighters.", "Tarmiyah",
     "Baghdad"),
])
def test_a_district_whose_town_lies_away_from_the_city_is_the_provinces(
    extractor: Extractor, text: str, location: str, admin1: str
) -> None:
    r = only(extractor, text)
    assert (r.location, r.admin1, r.geo_precision) == (location, admin1, 2)


@pytest.mark.parametrize(("text", "location"), [
    ("Gunmen shot dead a cleric in Sheikh Othman district of Aden on Tuesday.", "Aden"),
    ("A bomb exploded in the Sadr City district of Baghdad, killing five.", "Baghdad"),
    ("Gunmen killed a shopkeeper in the Crater district of Aden.", "Aden"),
])
def test_a_quarter_the_gazetteer_knows_leaves_the_city_as_the_place(
    extractor: Extractor, text: str, location: str
) -> None:
    r = only(extractor, text)
    assert (r.location, r.geo_precision) == (location, 1)


def test_a_district_of_a_city_is_still_the_city(extractor: Extractor) -> None:
    assert only(extractor, "Fighting broke out in the Abu Salim district of Tripoli on Monday.").location == "Tripoli"


@pytest.mark.parametrize("text", [
    "Two bombs exploded at a bus station in Kano on Monday, killing 12 persons.",
    "A bomb exploded on a crowded bus in Peshawar on Sunday, killing 20 individuals.",
    "A roadside bomb tore through a minibus near Jalalabad on Friday, killing at least 11 persons.",
])
def test_remote_violence_killing_people_has_civilians_as_target(extractor: Extractor, text: str) -> None:
    r = only(extractor, text)
    assert r.event_type == "Explosions/Remote violence" and r.actor2.startswith("Civilians")


def test_remote_violence_on_soldiers_keeps_them_the_target(extractor: Extractor) -> None:
    r = only(extractor, "A roadside bomb hit an army patrol near Gao on Monday, killing four soldiers.")
    assert r.actor2 == "Military Forces of Mali"


@pytest.mark.parametrize("text", [
    "Insurgents detonated three bombs in Kirkuk on Monday, killing seven people.",
    "Militants set off two car bombs near the central market of Mogadishu on Saturday, killing 12.",
    "The bombs began to explode in central Quetta shortly after noon on Friday, wounding 30 people.",
])
def test_bombs_detonated_or_going_off_are_remote_violence(extractor: Extractor, text: str) -> None:
    assert only(extractor, text).sub_event_type == "Remote explosive/landmine/IED"


def test_each_bomb_told_again_is_evidence_of_the_bombing(extractor: Extractor) -> None:
    text = ("Militants detonated five bombs in Quetta on Friday, killing nine people.\n\n"
            "As each bomb exploded, people ran for cover in the narrow streets.")
    r = only(extractor, text)
    assert len(r.evidence) == 2


@pytest.mark.parametrize(("text", "group"), [
    ("The IRA detonated 20 bombs in Belfast on Friday, killing nine people.",
     "PIRA: Provisional Irish Republican Army"),
    ("UVF gunmen shot dead a man in north Belfast on Monday, police said.", "UVF: Ulster Volunteer Force"),
    ("New IRA members fired shots at police officers in Derry on Saturday.", "New IRA: New Irish Republican Army"),
])
def test_northern_ireland_armed_groups_are_named(extractor: Extractor, text: str, group: str) -> None:
    assert only(extractor, text).actor1 == group


def test_an_ira_outside_the_uk_is_no_armed_group() -> None:
    from conflictlens.nlp.actors import named_groups
    assert named_groups("He moved his savings into an IRA in Texas on Monday.", "United States", DAY) == []


@pytest.mark.parametrize("text", [
    "A parcel which exploded at a post office in Athens on Monday injured two workers.",
    "A device that went off near a bus stop in Bangkok on Tuesday wounded three people.",
    "Police said an explosive device exploded outside a bank in Lyon on Friday, wounding 13 people.",
])
def test_a_device_or_parcel_that_exploded_is_an_ied(extractor: Extractor, text: str) -> None:
    assert only(extractor, text).sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "French police are hunting a suspect after a device exploded on a busy street in Lyon on Friday, "
    "wounding 13 people.",
    "Police were searching for two men after a bomb exploded outside a bank in Kano on Monday, wounding four.",
    "Investigators are questioning three men after gunmen shot dead a shopkeeper in Karachi on Sunday.",
    "Soldiers recovered the bodies of seven herders shot dead near Mopti on Sunday.",
    "Police discovered the bodies of three men with their hands tied in Acapulco on Monday.",
    "Police later found the body of a kidnapped trader dumped near a market in Kano on Monday.",
])
def test_forces_who_investigate_are_not_the_doer(extractor: Extractor, text: str) -> None:
    assert only(extractor, text).actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text", [
    "A bombing at a market in Quetta on Monday killed 12 people.",
    "The bombing of a church in Jolo on Sunday killed 20 people.",
    "Police said Saturday's bombing outside a mosque in Kano wounded 15 worshippers.",
])
def test_a_bombing_at_a_place_is_an_ied(extractor: Extractor, text: str) -> None:
    assert only(extractor, text).sub_event_type == "Remote explosive/landmine/IED"


def test_the_bombing_of_a_city_by_jets_stays_an_air_strike(extractor: Extractor) -> None:
    text = "Israeli jets continued the bombing of Gaza City on Monday, killing 12."
    assert only(extractor, text).sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Clashes between anti-balaka militiamen and FPRC fighters near Bambari left eight dead on Sunday.",
     "Anti-Balaka", "FPRC: Popular Front for the Renaissance of the Central African Republic"),
    ("Heavy clashes between government soldiers and Shabaab militants near Afgoye on Monday killed nine.",
     "Military Forces of Somalia", "Al Shabaab"),
    ("Clashes between police officers and ELN guerrillas near Tame on Friday killed five.",
     "Police Forces of Colombia", "ELN: National Liberation Army"),
])
def test_clashes_between_two_sides_name_both(extractor: Extractor, text: str, actor1: str, actor2: str) -> None:
    r = only(extractor, text)
    assert (r.actor1, r.actor2) == (actor1, actor2)


@pytest.mark.parametrize(("text", "actor1", "with_"), [
    ("Former combatants of the Seleka and the anti-balaka allegedly killed a dozen persons near Bambari last "
     "weekend.", "Seleka Rebel Coalition", "Anti-Balaka"),
    ("Boko Haram and ISWAP fighters attacked a village near Monguno on Sunday, killing nine farmers.",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Islamic State (West Africa)"),
    ("Gunmen from the ADF and Mai-Mai militiamen raided a village near Beni on Friday, killing seven.",
     "ADF: Allied Democratic Forces", "Mai-Mai Militia"),
])
def test_two_armed_subjects_attacked_together(extractor: Extractor, text: str, actor1: str, with_: str) -> None:
    """Armed actors joined by "and" as the subject are co-attackers, not the attacker and its target."""
    r = only(extractor, text)
    assert (r.actor1, r.actor2) == (actor1, f"Civilians ({r.country})")
    assert with_ in r.assoc_actor_1


@pytest.mark.parametrize(("text", "actor2"), [
    ("Militants attacked a patrol near Menaka on Tuesday.", "Military Forces of Mali"),
    ("Jihadists overran a remote outpost near Diffa on Friday, killing four.", "Military Forces of Niger"),
    ("Insurgents attacked a garrison in Monguno on Monday.", "Military Forces of Nigeria"),
])
def test_a_patrol_or_post_with_no_owner_is_the_state_s(extractor: Extractor, text: str, actor2: str) -> None:
    assert only(extractor, text).actor2 == actor2


def test_a_named_group_s_patrol_is_the_group_s(extractor: Extractor) -> None:
    text = "Soldiers ambushed an ISWAP patrol near Monguno on Monday, killing six."
    assert only(extractor, text).actor2 == "Islamic State (West Africa)"


@pytest.mark.parametrize(("text", "place"), [
    ("LA PAZ, May 16 (Test Wire) - Soldiers shot dead two coca growers in Sacaba on Sunday, a rights group said.",
     "Sacaba"),
    ("EL FASHER, Sudan, May 16 (Test Wire) - Militiamen killed five villagers near Kutum on Sunday, "
     "residents said.", "Kutum"),
    ("AL-MUKALLA, Yemen, May 16 (Test Wire) - A drone strike killed two suspected militants in Ataq on Sunday, "
     "officials said.", "Ataq"),
])
def test_a_dateline_whose_city_begins_with_a_two_letter_word_is_a_dateline(
        extractor: Extractor, text: str, place: str) -> None:
    """"LA PAZ, May 16": the dateline's day is the report's, not the event's, and its city is not the place."""
    reports = list(extractor.code(Document("t", text, dt.date(2016, 5, 16))).reports)
    assert [(r.event_date, r.location) for r in reports] == [(dt.date(2016, 5, 15), place)]


@pytest.mark.parametrize("text", [
    "On 11 March 2024, the PKK attacked a Turkish military outpost in Semdinli district, Hakkari, killing a soldier.",
    "On 11 March 2024, the ELN attacked a Colombian army base in Saravena, Arauca.",
    "On 10 March 2024, the TTP attacked a Pakistani police post in Bannu.",
])
def test_an_attack_on_a_force_s_post_named_by_its_country_is_a_battle(extractor: Extractor, text: str) -> None:
    """"attacked a Turkish military outpost": a word naming whose post it is does not hide the post."""
    assert [r.sub_event_type for r in extractor.code(Document("t", text, DAY)).reports] == ["Armed clash"]


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("On 11 March 2024, protesters stormed the UN base in Butembo, throwing stones.", "Violent demonstration"),
    ("On 11 March 2024, a car bomb attack on a police checkpoint in Khoms killed six civilians.",
     "Remote explosive/landmine/IED"),
    ("A tribal leader and his son were killed on 11 March 2024 in an attack on their convoy in south Baghdad.",
     "Attack"),
])
def test_a_post_attacked_by_a_crowd_a_bomb_or_on_civilians_is_no_battle(
        extractor: Extractor, text: str, sub_event_type: str) -> None:
    assert [r.sub_event_type for r in extractor.code(Document("t", text, DAY)).reports] == [sub_event_type]


@pytest.mark.parametrize("text", [
    "Soldiers clashed with militants near Kidal and killed five of them.",
    "Troops fought against insurgents outside Marawi on Sunday and killed 12 of them.",
    "Police exchanged fire with gunmen in Kaduna and killed three of them.",
    "Government forces battled with bandits near Gusau and killed several of them.",
])
def test_armed_men_fought_with_are_not_the_doers_of_a_killing(extractor: Extractor, text: str) -> None:
    assert only(extractor, text).sub_event_type == "Armed clash"


@pytest.mark.parametrize(("text", "actor1"), [
    ("Ukrainian shelling killed two people in Horlivka, local officials said.", "Military Forces of Ukraine"),
    ("Heavy Ukrainian shelling hit Donetsk on Sunday.", "Military Forces of Ukraine"),
    ("Russian shelling of Kherson killed a woman on Monday.", "Military Forces of Russia"),
    ("Saudi-led airstrikes on Saada killed seven people, the Houthis said.", "Military Forces of Saudi Arabia"),
    ("Azerbaijani shelling damaged homes in Stepanakert.", "Military Forces of Azerbaijan"),
    ("Russian shelling of Ukrainian positions near Bakhmut intensified on Sunday.", "Military Forces of Russia"),
])
def test_a_demonym_on_the_event_word_is_the_doer(extractor: Extractor, text: str, actor1: str) -> None:
    assert only(extractor, text).actor1 == actor1


@pytest.mark.parametrize("text", [
    "A Kenyan land rights activist was killed on Wednesday in Mombasa, the rights commission said.",
    "A gun attack on a prison van in Kenya killed six inmates and two policemen on Thursday.",
])
def test_a_victim_s_demonym_or_a_place_before_the_verb_is_no_doer(extractor: Extractor, text: str) -> None:
    assert only(extractor, text).actor1 != "Military Forces of Kenya"


@pytest.mark.parametrize(("text", "actor2"), [
    ("A bomb exploded outside a police station in Quetta on Monday, killing four policemen.",
     "Police Forces of Pakistan"),
    ("A bomb exploded near an army checkpoint in Kandahar, killing three soldiers.", "Military Forces of Afghanistan"),
    ("A landmine exploded under a military truck in Tillaberi, killing four soldiers.", None),
    ("A roadside bomb went off near an army convoy outside Mogadishu, killing three soldiers.", None),
])
def test_the_weapon_that_exploded_is_no_doer_and_the_forces_it_hit_are_no_attacker(
        extractor: Extractor, text: str, actor2: str | None) -> None:
    r = only(extractor, text)
    assert r.actor1.startswith("Unidentified Armed Group")
    assert actor2 is None or r.actor2 == actor2


@pytest.mark.parametrize("text", [
    "The army called off a planned raid on a rebel camp near Bunia after learning that civilians were sheltering "
    "there.",
    "Commanders cancelled an offensive on Marawi because of heavy rain.",
    "The pilot aborted an air strike on a compound near Idlib after spotting children.",
    "Militants postponed an attack on the convoy near Gao, a spokesman for the group said.",
])
def test_an_operation_called_off_did_not_happen(extractor: Extractor, text: str) -> None:
    assert extractor.code(Document("t", text, DAY)).reports == ()


def test_what_was_learnt_before_calling_it_off_did_happen(extractor: Extractor) -> None:
    text = "The army called off the raid after learning that a school in Idlib had been hit by an air strike."
    assert only(extractor, text).sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Clashes broke out between the SDF and regime forces in Qamishli on Monday.", "QSD: Syrian Democratic Forces",
     "Military Forces of Syria"),
    ("Clashes broke out between ISWAP and the army near Monguno on Monday.", "Islamic State (West Africa)",
     "Military Forces of Nigeria"),
    ("Fighting erupted between Al-Shabaab and government troops near Jowhar on Monday.", "Al Shabaab",
     "Military Forces of Somalia"),
])
def test_the_sides_of_a_clash_that_broke_out_between_them(extractor: Extractor, text: str, actor1: str,
                                                          actor2: str) -> None:
    r = only(extractor, text)
    assert (r.actor1, r.actor2) == (actor1, actor2)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Fighting broke out between the army and Arakan Army rebels near Sittwe on Monday.",
     "Military Forces of Myanmar", "Arakan Army"),
    ("Fighting erupted between Hezbollah and Amal supporters in Beirut on Monday.", "Hezbollah", "Amal Movement"),
    ("Clashes between the army and Kachin Independence Army fighters near Myitkyina killed four soldiers.",
     "Military Forces of Myanmar", "Kachin Independence Army"),
])
def test_the_two_sides_between_which_a_clash_broke_out_in_text_order(extractor: Extractor, text: str, actor1: str,
                                                                    actor2: str) -> None:
    r = only(extractor, text)
    assert (r.actor1, r.actor2) == (actor1, actor2)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("ELN guerrillas and FARC dissidents fought for control of drug routes in Arauca, killing 23.",
     "ELN: National Liberation Army", "FARC Dissidents"),
    ("Al-Shabaab and ISIS-Somalia fighters clashed in the Cal Miskaad mountains near Bosaso.", "Al Shabaab",
     "Islamic State (Somalia)"),
    ("The TNLA and the MNDAA fought over Lashio on Monday.", "TNLA: Ta'ang National Liberation Army",
     "MNDAA: Myanmar National Democratic Alliance Army"),
])
def test_two_groups_that_fought_each_other_are_the_two_sides(extractor: Extractor, text: str, actor1: str,
                                                             actor2: str) -> None:
    r = only(extractor, text)
    assert (r.actor1, r.actor2) == (actor1, actor2)


@pytest.mark.parametrize(("text", "actor1"), [
    ("Government helicopters dropped barrels of chlorine on Saraqib on Sunday.", "Military Forces of Syria"),
    ("Helicopter gunships strafed villages near Kutkai on Monday, killing four civilians.",
     "Military Forces of Myanmar"),
    ("Helicopters bombed a village near Kutkai on Monday, killing four civilians.", "Military Forces of Myanmar"),
    ("Warships shelled the coast near Hodeidah on Sunday, killing two fishermen.", "Military Forces of Yemen"),
])
def test_helicopters_gunships_and_warships_are_a_state_s_forces(extractor: Extractor, text: str,
                                                                actor1: str) -> None:
    assert only(extractor, text).actor1 == actor1


@pytest.mark.parametrize("text", [
    "The army's air force carried out strikes on RSF positions in Nyala on Sunday, a military source said.",
    "Military helicopters mounted strikes on rebel hideouts near Kutkai on Tuesday.",
    "The Sudanese Air Force launched several sorties over Nyala on Friday, residents said.",
    "The Nigerian Air Force conducted raids on a bandit camp near Gusau on Monday, killing 30 fighters.",
])
def test_an_air_force_that_carried_out_strikes_or_sorties_is_an_air_strike(extractor: Extractor, text: str) -> None:
    r = only(extractor, text)
    assert r.sub_event_type == "Air/drone strike" and r.actor1.startswith("Military Forces of")


@pytest.mark.parametrize(("text", "actor2"), [
    ("An improvised explosive device killed four police officers in Mandera county on Monday.",
     "Police Forces of Kenya"),
    ("An improvised explosive device wounded three Malian soldiers near Gao on Sunday.", "Military Forces of Mali"),
    ("Improvised explosive devices killed two Nigerian soldiers near Damboa on Friday.",
     "Military Forces of Nigeria"),
])
def test_the_forces_an_improvised_explosive_device_hit_are_its_target(extractor: Extractor, text: str,
                                                                      actor2: str) -> None:
    r = only(extractor, text)
    assert (r.actor1.split(" (")[0], r.actor2) == ("Unidentified Armed Group", actor2)


@pytest.mark.parametrize(("text", "actor2"), [
    ("An Israeli drone strike on a car near Tyre killed a Hezbollah fighter on Monday.", "Hezbollah"),
    ("A Turkish drone strike on a vehicle near Qamishli killed three PKK members.", "PKK: Kurdistan Workers Party"),
    ("A US air strike on a compound near Jilib killed four al-Shabaab militants on Sunday.", "Al Shabaab"),
])
def test_whom_a_strike_on_a_thing_killed_is_its_target(extractor: Extractor, text: str, actor2: str) -> None:
    assert only(extractor, text).actor2 == actor2


@pytest.mark.parametrize("text", [
    "Military helicopters fired rockets at a village in Sagaing region on Monday, killing six.",
    "Government forces shelled a market in Kafranbel on Sunday, killing nine.",
    "Warplanes bombed a hospital in Saada on Friday, killing four.",
])
def test_a_strike_on_a_civilian_site_killing_people_named_by_no_role_hits_civilians(extractor: Extractor,
                                                                                    text: str) -> None:
    assert only(extractor, text).actor2.startswith("Civilians")


def test_a_strike_on_a_rebel_base_killing_people_named_by_no_role_does_not(extractor: Extractor) -> None:
    assert not only(extractor, "Warplanes bombed a rebel base near Saada on Friday, killing four.").actor2.startswith(
        "Civilians")


@pytest.mark.parametrize(("text", "country"), [
    ("Israeli tanks shelled Gaza City on Sunday.", "Palestine"),
    ("An American soldier was killed in a bomb blast in Zamboanga City on Tuesday.", "Philippines"),
    ("A Chinese businessman was kidnapped by gunmen in Davao City.", "Philippines"),
])
def test_a_big_town_written_with_city_stays_beside_a_foreign_demonym(
    extractor: Extractor, text: str, country: str
) -> None:
    r = only(extractor, text)
    assert (r.country, r.geo_precision) == (country, 1)


@pytest.mark.parametrize(("text", "sub"), [
    ("Two days after the air strike, on Monday, soldiers set fire to a village near Shwebo, residents said.",
     "Looting/property destruction"),
    ("Following the massacre, militiamen looted shops in the market of Djugu on Sunday.",
     "Looting/property destruction"),
    ("Hours after the ambush, troops shelled villages near Kidal on Sunday, residents said.",
     "Shelling/artillery/missile attack"),
    ("In the wake of Friday's bombing, police arrested 14 suspects in Peshawar on Sunday.", "Arrests"),
    ("Days after the shelling, hundreds of residents marched through Kramatorsk to demand shelters.",
     "Peaceful protest"),
])
def test_an_event_named_to_date_another_is_no_event_of_its_own(extractor: Extractor, text: str, sub: str) -> None:
    """'Two days after the air strike, soldiers set fire to a village': "after the air strike" dates the burning."""
    assert [r.sub_event_type for r in extractor.code(Document("t", text, DAY)).reports] == [sub]


def test_a_figure_killed_after_the_attack_is_still_that_attack(extractor: Extractor) -> None:
    text = "Two soldiers were killed after the attack on their base near Kidal on Sunday."
    assert only(extractor, text).sub_event_type == "Armed clash"


def test_an_event_told_in_an_after_clause_of_its_own_stays(extractor: Extractor) -> None:
    text = ("A dozen people and a policeman were hurt in a clash after the police arrested a preacher during a "
            "demonstration in Biratnagar on Tuesday.")
    assert only(extractor, text).event_type in ("Riots", "Protests")


@pytest.mark.parametrize("text", [
    "Gangs have fought over Jamundi for years, residents say.",
    "Rival militias have clashed around Malakal for months.",
    "Fighting has engulfed the outskirts of Kalemie for a week.",
    "Government troops and rebels have battled for control of Rutshuru for more than two years.",
])
def test_fighting_told_over_years_or_weeks_is_no_event(extractor: Extractor, text: str) -> None:
    """'Gangs have fought over Jamundi for years': the state of a war, with no day; not an event."""
    assert not extractor.code(Document("t", text, DAY)).reports


@pytest.mark.parametrize(("text", "sub"), [
    ("Troops have been fighting ISWAP near Monguno for months; on Tuesday they killed 12 insurgents.", "Armed clash"),
    ("Rebels have held the hills above Goma for two months, and on Sunday they shelled a market in Sake, killing "
     "three people.", "Shelling/artillery/missile attack"),
])
def test_an_event_beside_a_war_told_over_months_stays(extractor: Extractor, text: str, sub: str) -> None:
    assert sub in [r.sub_event_type for r in extractor.code(Document("t", text, DAY)).reports]
