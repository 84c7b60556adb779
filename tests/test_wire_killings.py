"""Kinds of wire sentence that tell a killing, an attack or a bombing in words the notes rarely use, each on
several wordings written for this test, end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document, Report

DAY = dt.date(2024, 3, 12)


def only(extractor: Extractor, text: str) -> Report:
    return only_event(extractor, text, day=DAY)


def coded(extractor: Extractor, text: str) -> list[Report]:
    return list(extractor.code(Document("t", text, DAY)).reports)


@pytest.mark.parametrize("text", [
    "Gunmen have killed a district council member in the western city of Herat, officials said.",
    "Bandits have stormed a clinic in Gusau on Sunday, killing a nurse, residents said.",
    "Suspected militants have attacked the home of a tribal elder in Khost province on Monday.",
])
def test_an_armed_doer_in_the_perfect_tense_is_an_attack(extractor: Extractor, text: str) -> None:
    r = only(extractor, text)
    assert r.event_type == "Violence against civilians"
    assert r.actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text", [
    "Fighters have been killed in Khost province, officials said on Monday.",
    "Gunmen had been spotted near a market in Herat on Sunday, police said.",
])
def test_armed_people_who_were_killed_or_seen_did_not_attack(extractor: Extractor, text: str) -> None:
    assert all(r.event_type != "Violence against civilians" for r in coded(extractor, text))


def test_a_group_s_claim_in_the_past_perfect_tells_the_event_again(extractor: Extractor) -> None:
    """"its fighters had killed 30 soldiers", in the group's own statement, is its figure for the attack."""
    text = ("Nine soldiers were killed when militants attacked an army post near Menaka on Monday, the army said. "
            "The group said in a statement that its fighters had killed 25 soldiers.")
    r = only(extractor, text)
    assert sorted(c.killed for c in r.claims if c.killed) == [9, 25]


@pytest.mark.parametrize("text", [
    "A village head in Katsina state was killed on Sunday night by unknown assailants.",
    "The leader of a camp for displaced people outside Nyala was killed by militiamen on Tuesday.",
    "A former lawmaker was shot on Thursday in Kaduna by suspected kidnappers, police said.",
])
def test_killed_by_armed_people_is_an_attack(extractor: Extractor, text: str) -> None:
    r = only(extractor, text)
    assert r.event_type == "Violence against civilians"
    assert r.actor1.startswith("Unidentified Armed Group")


def test_slaughtered_animals_are_no_attack(extractor: Extractor) -> None:
    assert coded(extractor, "Herders slaughtered two cows for a wedding feast in Kano on Sunday.") == []


def test_a_shooting_at_protesters_stays_excessive_force(extractor: Extractor) -> None:
    text = "The shooting at protesters outside parliament in Nairobi on Tuesday by police left two dead."
    assert only(extractor, text).sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize("text", [
    "Allies of the mainly Muslim ex-Seleka rebels killed at least 10 people in an attack on a village, police said.",
    "Former Seleka fighters attacked a camp for displaced people in Kaga-Bandoro on Saturday, killing 12.",
    "Seleka gunmen shot dead three traders near Bambari on Sunday.",
])
def test_the_seleka_is_a_named_group_of_the_central_african_republic(extractor: Extractor, text: str) -> None:
    r = only(extractor, text)
    assert (r.actor1, r.country) == ("Seleka Rebel Coalition", "Central African Republic")


@pytest.mark.parametrize(("text", "location"), [
    ("A teacher was killed on Wednesday when gunmen stormed a compound in Hagadera camp, Dadaab sub-county.",
     "Dadaab"),
    ("Jihadists shot dead two herders at a well near Darey-Daye, Ayorou commune, on Sunday.", "Ayorou"),
    ("Raiders killed four people at a cattle camp, Tonj county, on Friday.", "Tonj"),
])
def test_a_small_place_called_by_its_unit_word_is_the_place(extractor: Extractor, text: str, location: str) -> None:
    """A text that names no country: the unit word after a small place's name ("sub-county", "commune") says
    it is a place."""
    assert only(extractor, text).location == location


@pytest.mark.parametrize("text", [
    "Unknown persons have killed a university lecturer at his home in Ile-Ife, police said on Monday.",
    "Unidentified people have killed the director of a hospital in Kano on Monday.",
    "Unknown persons attacked the residence of a senator in Kaduna on Sunday, police said.",
])
def test_unknown_people_who_killed_or_attacked_are_the_doer(extractor: Extractor, text: str) -> None:
    r = only(extractor, text)
    assert r.sub_event_type == "Attack" and r.actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(("text", "country"), [
    ("Boko Haram Islamists shot dead nine fishermen at a village near the shores of Lake Chad in northeastern "
     "Nigeria on Wednesday.", "Nigeria"),
    ("Militants attacked an oil facility in the Niger Delta on Monday, killing four guards.", "Nigeria"),
    ("Rebels attacked a barge on the Congo River near Mbandaka on Monday, killing five passengers.",
     "Democratic Republic of Congo"),
])
def test_a_lake_or_river_named_after_a_country_is_not_that_country(extractor: Extractor, text: str,
                                                                   country: str) -> None:
    assert only(extractor, text).country == country


# Kinds of wire sentence and the sub-type each is coded with, on wordings written for these tests.
SUB_TYPES: list[tuple[str, str, list[str]]] = [
    ("slaughtered people is an attack", "Attack", [
        "Nine farmers were slaughtered by raiders near Jos on Friday.",
        "Insurgents slaughtered six fishermen near Baga on Monday, residents said.",
        "Gunmen butchered a family of five in their home in Gusau on Sunday.",
    ]),
    ("militants who bombed a building set off a bomb", "Remote explosive/landmine/IED", [
        "Insurgents bombed the office of a rival group in Dhamar on Sunday, killing six of its members.",
        "Rebels bombed a rail line near Quetta on Tuesday, officials said.",
        "Militants have bombed a police station in Bannu, wounding three officers.",
    ]),
    ("bombs that killed are remote explosives", "Remote explosive/landmine/IED", [
        "A series of bombs across Kirkuk, many of them in crowded markets, have killed eleven civilians.",
        "Two bombs hidden in rubbish bins near a bus station in Jos killed 13 people on Thursday.",
        "Bombs left in parked cars outside two banks in Mosul wounded 20 people on Monday.",
    ]),
    ("armed people who struck or stormed a village attacked it", "Attack", [
        "Boko Haram struck a village near Mora in Cameroon's far north on Sunday, killing five people.",
        "Al-Shabaab struck a village near Kismayo overnight, burning huts.",
        "ADF rebels stormed a village near Oicha on Friday, killing eleven.",
        "CODECO militiamen struck a settlement outside Bunia at dawn on Tuesday.",
    ]),
    ("bombed by aircraft is an air strike", "Air/drone strike", [
        "The town of Saada was bombed by an unidentified plane on Tuesday, killing 37 people.",
        "A market in Darnah was bombed by military aircraft at dawn on Monday.",
        "A convoy of trucks near Deir ez-Zor was bombed by unidentified aircraft on Friday.",
    ]),
    ("a shooting at a place or of a person is an attack", "Attack", [
        "A shooting at a bar popular with expatriates in Bamako left five people dead on Saturday.",
        "Two teenagers died of gunshot wounds after a shooting near a school in Cali on Monday.",
        "The shooting of a radio presenter outside his home in Tacloban on Sunday drew condemnation.",
    ]),
    ("done to death or fatally is an attack", "Attack", [
        "A gang armed with machetes hacked a secular blogger to death at his home in Dhaka on Friday.",
        "Unknown people clubbed a teacher to death near his school in Gulu on Monday.",
        "An activist was fatally shot on Sunday in Peshawar, police said.",
        "A lawyer was fatally wounded outside a court in Quetta on Monday.",
        "A member of parliament has been clubbed to death alongside his son at their home in Port Harcourt.",
        "A lawyer was bludgeoned to death in his office in Abidjan on Monday.",
        "Two farmers were stoned to death near Mopti on Sunday.",
    ]),
    ("a bomb explosion is a remote explosive", "Remote explosive/landmine/IED", [
        "A bomb explosion was recorded at a cattle market on the outskirts of Maiduguri late on Saturday, "
        "with as many as 16 people dead.",
        "Twin bomb explosions at two motor parks in Gombe on Wednesday night have claimed 37 lives.",
        "The bomb explosion at a checkpoint in Mosul on Monday was the third this week, police said.",
    ]),
    ("an attack on a place people gather is an attack", "Attack", [
        "An attack on a hotel in Mogadishu on Saturday left 12 dead, police said.",
        "Gunmen's attack on a wedding party near Herat killed nine guests on Sunday.",
        "The attack on a hospital in Maiduguri on Monday killed four patients.",
    ]),
    ("running over or stepping on a mine is a remote explosive", "Remote explosive/landmine/IED", [
        "Three civilians were killed when their minibus ran over a bomb near Mandera on Tuesday.",
        "A police truck drove over a landmine outside Lamu on Friday, wounding six officers.",
        "Two herders were killed after stepping on a mine near Kidal on Sunday.",
    ]),
    ("a shooting told by its wounds is an attack", "Attack", [
        "Gleydson Carvalho was shot five times at point blank range in Camocim on Thursday, police said.",
        "Maria Lopez was shot twice in the chest outside her home in Tijuana on Saturday.",
        "Ahmed Ali, 40, was shot in the head at a market in Kismayo on Monday.",
    ]),
    ("war planes or planes that have struck make an air strike", "Air/drone strike", [
        "War planes launched two raids on the village of Bani al-Haddad in Hajjah province on Monday, killing "
        "15 people.",
        "A resident said coalition planes had bombed a small island near the port of Midi, killing 10 fishermen.",
        "Military planes have struck a market in Idlib, killing nine.",
        "Fighter planes pounded rebel positions near Kidal on Sunday.",
    ]),
    ("violence between two sides is a clash", "Armed clash", [
        "At least 14 inmates were killed in a jail near San Salvador on Saturday when violence erupted "
        "between two factions of a gang.",
        "Violence broke out between rival clans near Beledweyne on Monday, killing seven.",
        "Deadly violence flared between rival militias in Juba on Tuesday, leaving nine dead.",
    ]),
    ("a person named by office who was killed is attacked", "Attack", [
        "A tribal elder was killed in the Zari area of Bajaur on Saturday, officials said.",
        "The muezzin of a mosque in Dhusamareb was killed on Tuesday night.",
        "A district judge was killed in Rawalpindi on Wednesday.",
        "The deputy commissioner of a district near Baidoa was killed on Monday.",
    ]),
    ("killed pilgrims migrants or displaced people were attacked", "Attack", [
        "Soldiers killed four pilgrims at a checkpoint near Maiduguri on Friday.",
        "Three migrants were killed near the border fence at Kassala on Monday.",
        "Troops killed five refugees near a border post outside Gambella on Monday.",
    ]),
    ("armed people who attacked a market hotel or church attacked civilians", "Attack", [
        "Suspected Boko Haram members attacked a market in Gamboru on Monday.",
        "Al-Shabaab stormed a hotel in Mogadishu on Friday.",
        "ISWAP raided a church near Owo on Sunday.",
    ]),
    ("kidnaped with one p is an abduction", "Abduction/forced disappearance", [
        "Gunmen kidnaped five aid workers near Kidal on Monday.",
        "Two priests were kidnaped from their parish near Enugu on Sunday.",
        "Police blamed bandits for the kidnaping of 12 travellers near Kaduna on Friday.",
    ]),
]


@pytest.mark.parametrize(("sub", "text"), [
    pytest.param(sub, text, id=f"{kind}-{i}") for kind, sub, texts in SUB_TYPES for i, text in enumerate(texts)
])
def test_a_wire_kind_is_coded_with_its_sub_type(extractor: Extractor, sub: str, text: str) -> None:
    assert only(extractor, text).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Gunmen entered the home of a judge in Peshawar and shot him dead.",
    "In Kirkuk, gunmen stopped a teacher's car and shot him dead.",
    "Unknown attackers dragged the village chief out of her house in Kasese and shot her dead.",
    "Two men on a motorbike followed the trader to his shop in Quetta and shot the trader dead on Monday.",
])
def test_shot_him_dead_far_from_the_doer_is_a_killing_of_one(extractor: Extractor, text: str) -> None:
    event = only(extractor, text)
    assert (event.sub_event_type, event.fatalities) == ("Attack", 1)


@pytest.mark.parametrize(("text", "sub"), [
    ("A local official was killed in a militants' attack in Ghazni on Sunday.", "Attack"),
    ("A tribal elder was killed in an insurgents' raid on his village near Khost on Friday.", "Attack"),
    ("A schoolteacher was killed in a rebels' attack on a village near Beni on Tuesday.", "Attack"),
    ("Three policemen were killed in a militants' attack on a police post in Bannu.", "Armed clash"),
])
def test_the_attackers_named_as_owners_of_the_attack_are_not_its_victims(
        extractor: Extractor, text: str, sub: str) -> None:
    assert only(extractor, text).sub_event_type == sub


@pytest.mark.parametrize(("text", "killed"), [
    ("Eight bodies bearing gunshot wounds were found on the outskirts of Cali, officials said.", 8),
    ("Residents discovered three corpses with machete wounds in a field near Bunia on Monday.", 3),
    ("Farmers came upon four bodies riddled with bullets beside a road near Culiacan on Tuesday.", 4),
])
def test_bodies_bearing_wounds_tell_a_killing(extractor: Extractor, text: str, killed: int) -> None:
    event = only(extractor, text)
    assert (event.sub_event_type, event.fatalities) == ("Attack", killed)


@pytest.mark.parametrize("text", [
    "At least 18 people were killed when bombs ripped through a crowded market in Hyderabad on Thursday.",
    "Twin blasts kill 30 in Baghdad on Thursday.",
    "Two bombs tore through a bus terminal in Kano on Monday, killing 12.",
    "Blasts rocked a market in Maiduguri on Friday, killing at least nine traders.",
])
def test_bombs_or_blasts_that_tore_through_or_kill_are_an_ied(extractor: Extractor, text: str) -> None:
    assert only(extractor, text).sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(("text", "sub"), [
    ("The deputy governor of Kandahar, Abdul Rahim, was killed by unidentified armed men in Kandahar city on "
     "Monday.", "Attack"),
    ("Atiqullah Raufi, head of the court secretariat, has been killed by unidentified armed men in Kabul.", "Attack"),
    ("A Salafi sheikh was killed by unknown armed elements in Benghazi on Friday.", "Attack"),
    ("Three policemen were killed by gunmen in Quetta on Monday.", "Armed clash"),
])
def test_killed_by_unidentified_armed_men_is_an_attack_on_whom_it_names(
        extractor: Extractor, text: str, sub: str) -> None:
    assert only(extractor, text).sub_event_type == sub


@pytest.mark.parametrize(("text", "sub"), [
    ("The death toll in an attack on a shopping mall in Nairobi has risen to 59.", "Attack"),
    ("The number of people killed in a raid on a village near Bunia has risen to 22.", "Attack"),
    ("The toll from an assault on a hotel in Mogadishu rose to 17 on Monday.", "Attack"),
    ("Police arrested 12 suspects in a raid on a hotel in Mombasa on Monday.", "Arrests"),
])
def test_an_attack_raid_or_assault_on_a_civilian_place_is_an_attack(
        extractor: Extractor, text: str, sub: str) -> None:
    assert only(extractor, text).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Police are hunting two men who on Friday shot a cleric outside a mosque in Mombasa.",
    "Police launched a manhunt for the men who shot a lawyer outside a court in Peshawar.",
    "The men who shot a sheikh in Benghazi on Friday fled on motorbikes, police said.",
])
def test_clerics_scholars_lawyers_and_officials_shot_are_civilians_attacked(extractor: Extractor, text: str) -> None:
    assert only(extractor, text).sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    "A well-known radio presenter, who had criticised the local militia, was killed in Goma on Sunday.",
    "A senior cleric who had spoken against the insurgents was shot dead in Maiduguri on Monday.",
    "An opposition politician whose party had boycotted the vote was murdered in Kinshasa on Tuesday.",
    "A school principal working for the district council was killed in Beledweyne on Monday.",
])
def test_a_victim_told_apart_from_its_verb_by_a_clause_was_attacked(extractor: Extractor, text: str) -> None:
    r = only(extractor, text)
    assert (r.sub_event_type, r.actor2.split(" (")[0]) == ("Attack", "Civilians")
    assert r.fatalities == 1


@pytest.mark.parametrize(("text", "killed"), [
    ("The attack claimed lives of at least 30 villagers near Gamboru in Borno state.", 30),
    ("The raid on the village near Djibo took the lives of 14 civilians, residents said.", 14),
    ("Sunday night's violence in a village outside Mopti has cost the lives of nine farmers.", 9),
])
def test_an_attack_that_claimed_the_lives_of_people_killed_them(extractor: Extractor, text: str, killed: int) -> None:
    r = only(extractor, text)
    assert (r.event_type, r.fatalities) == ("Violence against civilians", killed)


def test_a_flood_that_claimed_lives_is_no_event(extractor: Extractor) -> None:
    assert coded(extractor, "The floods near Beni claimed the lives of 40 people.") == []


# Killings told in three more ways, each an attack with its dead: a manner of killing "to death"; people taken
# and then killed ("... and killed them": the figure before); a killing beside a siege ("killing 13 of them")
@pytest.mark.parametrize(("text", "killed"), [
    pytest.param("Two men were axed to death in Jos on Monday.", 2, id="to-death"),
    pytest.param("Suspected herders macheted three farmers to death near Makurdi on Sunday.", 3, id="to-death"),
    pytest.param("A trader was knifed to death by robbers in Kano on Friday.", 1, id="to-death"),
    pytest.param("Assailants strangled a rights activist to death in her home in Bamenda.", 1, id="to-death"),
    pytest.param("Gunmen seized two aid workers near Bunia and killed them.", 2, id="taken"),
    pytest.param("Men in uniform took five youths from a bus outside Bamenda and executed them.", 5, id="taken"),
    pytest.param("Masked gunmen have taken two teachers out of a school in Kunar province and have killed them.", 2,
                 id="taken"),
    pytest.param("Kidnappers abducted three farmers near Kaduna on Monday and later killed them, police said.", 3,
                 id="taken"),
    pytest.param("Troops rounded up 40 men in Tal Afar and executed six of them.", 6, id="detained"),
    pytest.param("Militiamen detained 12 villagers near Bunia and later killed five of them.", 5, id="detained"),
    pytest.param("Soldiers arrested 20 youths in Bamenda, executing four of them.", 4, id="detained"),
    pytest.param("Gunmen abducted 15 farmers near Anka and killed three of them.", 3, id="detained"),
    pytest.param("Two journalists were abducted and killed in Sanaa on Monday.", 2, id="taken-passive"),
    pytest.param("Five men were detained by militiamen at a checkpoint near Bunia and later shot dead.", 5,
                 id="taken-passive"),
    pytest.param("An engineer was kidnapped near Gwadar and later killed, officials said.", 1, id="taken-passive"),
    pytest.param("Three pastors were abducted and murdered in Enugu state, the church said.", 3, id="taken-passive"),
    pytest.param("Armed men laid siege on fishermen at a camp near Maiduguri, killing 13 of them.", 13, id="siege"),
    pytest.param("Bandits besieged worshippers inside a church in Kaduna state for hours, killing five of them.", 5,
                 id="siege"),
    pytest.param("The Taliban laid siege on a mosque full of worshippers in Ghazni, killing six of them.", 6,
                 id="siege"),
])
def test_killings_by_manner_after_taking_or_beside_a_siege_are_attacks(
        extractor: Extractor, text: str, killed: int) -> None:
    r = only(extractor, text)
    assert (r.sub_event_type, r.fatalities) == ("Attack", killed)


def test_a_death_told_beside_an_arrest_belongs_to_the_event_before(extractor: Extractor) -> None:
    text = "Two gunmen clashed with police in Uruapan on Sunday. One man died and the other was wounded and arrested."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Armed clash"]  # no attack of its own


# One victim told two more ways, each an attack that kills one: a phrase and then a relative clause between the
# victim and "was killed"; "shooting him dead"
@pytest.mark.parametrize("text", [
    pytest.param("A lecturer at Taiz university who had criticised the militia was killed in Taiz on Monday.",
                 id="clause"),
    pytest.param("A teacher at a village school who had received threats was shot dead near Kunduz on Sunday.",
                 id="clause"),
    pytest.param("A doctor at the district hospital whose clinic treated the wounded was killed in Gao on Friday.",
                 id="clause"),
    pytest.param("Hooded gunmen broke into the home of a deputy minister in Cotui, shooting him dead and wounding his "
                 "son.", id="shooting-dead"),
    pytest.param("Two men on a motorbike stopped a judge outside the court in Peshawar, shooting her dead.",
                 id="shooting-dead"),
    pytest.param("Militants dragged the village headman from his house near Mopti before shooting the headman dead.",
                 id="shooting-dead"),
])
def test_one_victim_told_after_a_clause_or_shot_dead_is_attacked(extractor: Extractor, text: str) -> None:
    r = only(extractor, text)
    assert (r.sub_event_type, r.fatalities) == ("Attack", 1)


@pytest.mark.parametrize("text", [
    "The chief was last week Thursday killed in his house in Calabar by unknown assassins.",
    "A ward councillor was on Sunday night killed by yet to be identified thugs at his home in Enugu.",
    "A money changer was shot at his shop in Kano by armed robbers on Tuesday.",
])
def test_killed_by_assassins_robbers_or_yet_unidentified_thugs_is_an_attack(extractor: Extractor, text: str) -> None:
    assert only(extractor, text).sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    "A string of blasts across Baghdad kills 18 and wounds more than 60 people.",
    "A wave of explosions across Kabul kills 24 on the eve of the vote.",
    "Twin blasts at a bus station in Maiduguri wound 40 people.",
])
def test_blasts_that_kill_or_wound_a_few_words_on_are_a_bombing(extractor: Extractor, text: str) -> None:
    assert only(extractor, text).sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "The journalist was never murdered in Goma, his family insisted.",
    "Two teachers were not attacked in Kidal, the ministry said.",
    "The students were never shot at in Bamenda, the army said.",
])
def test_victims_who_were_not_killed_or_attacked_make_no_event(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


@pytest.mark.parametrize("text", [
    "The wife of a police officer was shot dead in Juarez on Sunday.",
    "Two children of a soldier were killed when gunmen attacked their home near Mubi.",
    "The daughter of an army general was killed by a car bomb in Kabul on Tuesday.",
    "The brother of a police commander was shot dead outside his shop in Culiacan.",
    "Relatives of a soldier were gunned down at a wedding near Zamfara's Gusau.",
])
def test_a_victim_named_as_an_armed_persons_kin_is_a_civilian(extractor: Extractor, text: str) -> None:
    r = only(extractor, text)
    assert r.event_type in ("Violence against civilians", "Explosions/Remote violence")
    assert r.actor2.startswith("Civilians")


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Abbala tribesmen killed ten Beni Hussein tribesmen in a dispute over gold mines in North Darfur.",
     "Abbala Ethnic Militia (Sudan)", "Beni Hussein Ethnic Militia (Sudan)"),
    ("Misseriya tribesmen clashed with Rizeigat tribesmen near Babanusa, leaving 12 dead.",
     "Misseriya Ethnic Militia (Sudan)", "Rizeigat Ethnic Militia (Sudan)"),
    ("Hawiye clansmen fought Darod militiamen near Galkayo, killing six.",
     "Hawiye Clan Militia (Somalia)", "Darod Ethnic Militia (Somalia)"),
])
def test_tribesmen_and_clansmen_fight_as_their_peoples_militias(
        extractor: Extractor, text: str, actor1: str, actor2: str) -> None:
    r = only(extractor, text)
    assert (r.sub_event_type, r.actor1, r.actor2) == ("Armed clash", actor1, actor2)
