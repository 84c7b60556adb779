import datetime as dt

import pytest

from conflictlens.nlp.actors import assign_roles, find_actor_mentions

ON = dt.date(2022, 5, 1)


def country_of(word: str) -> str | None:
    return {"Syrian": "Syria", "Russian": "Russia", "Turkish": "Turkey"}.get(word)


def names(sentence: str, country: str = "Syria") -> list[str]:
    return [m.name for m in find_actor_mentions(sentence, country, ON, country_of)]


def test_daesh_is_islamic_state_with_the_country():
    assert names("Daesh fighters attacked the checkpoint.") == ["Islamic State (Syria)"]


def test_demonym_names_the_state():
    assert "Military Forces of Russia" in names("Russian jets struck the market.")


def test_the_regime_is_the_state_of_the_article():
    assert "Military Forces of Syria" in names("The regime forces shelled the town.")


def test_taliban_are_state_forces_after_august_2021():
    after = find_actor_mentions("Taliban fighters detained two men.", "Afghanistan", dt.date(2022, 1, 5), country_of)
    before = find_actor_mentions("Taliban fighters attacked a post.", "Afghanistan", dt.date(2020, 1, 5), country_of)
    assert after[0].inter == 1 and before[0].inter == 2


def test_by_marks_the_doer():
    sentence = "The village was shelled by Turkish artillery, killing two civilians."
    mentions = find_actor_mentions(sentence, "Syria", ON, country_of)
    roles = assign_roles(sentence, mentions, sentence.index("shelled"), "Explosions/Remote violence")
    assert roles.actor1 is not None and roles.actor1.name == "Military Forces of Turkey"


def test_backed_by_is_an_associate():
    sentence = "Government troops backed by Russian air power captured the hill from HTS."
    mentions = find_actor_mentions(sentence, "Syria", ON, country_of)
    roles = assign_roles(sentence, mentions, sentence.index("captured"), "Battles")
    assert roles.actor1 is not None and roles.actor1.name == "Military Forces of Syria"
    assert [m.name for m in roles.assoc1] == ["Military Forces of Russia"]
    assert roles.actor2 is not None and roles.actor2.name == "Hayat Tahrir al-Sham"


def test_forces_of_two_named_countries_cover_both_country_words():
    def of(word: str) -> str | None:
        return {"Armenia": "Armenia", "Azerbaijan": "Azerbaijan", "Democratic Republic of Congo":
                "Democratic Republic of Congo"}.get(word)

    sentence = "Military forces of Armenia and Azerbaijan exchanged fire near the border village."
    mentions = find_actor_mentions(sentence, "Azerbaijan", ON, of)
    assert [m.name for m in mentions][:2] == ["Military Forces of Armenia", "Military Forces of Azerbaijan"]
    assert sentence[mentions[1].start : mentions[1].end] == "Azerbaijan"
    police = find_actor_mentions("Police forces of the Democratic Republic of Congo On Monday", "", ON, of)
    assert police[0].name == "Police Forces of the Democratic Republic of Congo"
    assert names("Military forces of Narnia moved in.") == ["Military Forces of Syria"]


def test_first_of_two_joined_actors_acts():
    def of(word: str) -> str | None:
        return {"India": "India", "Pakistan": "Pakistan"}.get(word)

    sentence = "Military forces of India and Pakistan exchanged fire across the line of control."
    mentions = find_actor_mentions(sentence, "India", ON, of)
    roles = assign_roles(sentence, mentions, sentence.index("exchanged"), "Battles")
    assert roles.actor1 is not None and roles.actor1.name == "Military Forces of India"
    assert roles.actor2 is not None and roles.actor2.name == "Military Forces of Pakistan"


def test_generic_force_noun_after_a_group_name_belongs_to_it():
    assert names("GNA air force targeted trucks south of the town.", "Libya") == [
        "Military Forces of Libya (Government of National Accord)"]
    assert names("LNA warplanes struck the airport.", "Libya") == ["Libyan National Army"]


def test_a_local_alias_names_its_group_only_in_its_home_country():
    assert names("The NAF rebel forces fired mortars at governmental positions near Zolote.", "Ukraine") == [
        "NAF: United Armed Forces of Novorossiya", "Military Forces of Ukraine"]
    assert "NAF: United Armed Forces of Novorossiya" not in names("NAF jets struck a camp in Borno.", "Nigeria")


def test_police_forces_are_police_and_bare_positions_are_nobody():
    assert names("Police forces clashed with a youth militia in Ruyigi.", "Burundi") == ["Police Forces of Burundi"]
    assert names("Positions near the river were hit overnight.", "Burundi") == []


def test_the_enemy_in_a_coalitions_name_plays_no_role():
    assert names("Warplanes of the U.S.-led coalition against Islamic State bombed Syrian army positions.") == [
        "Military Forces of the United States", "Military Forces of Syria"]


def test_state_forces_named_by_acronym_or_branch_in_their_own_country():
    assert names("ANDSF forces repulsed the attack.", "Afghanistan") == ["Military Forces of Afghanistan"]
    assert names("A CRPF post was hit.", "India") == ["Police Forces of India"]
    assert names("A CRPF post was hit.", "Pakistan") == []
    assert names("The Military Police exchanged fire with suspects.", "Brazil") == [
        "Military Forces of Brazil (2019-) Military Police"]


def test_identity_militias_are_named_by_their_people():
    assert names("Suspected Fulani militias attacked a minibus.", "Nigeria") == ["Fulani Ethnic Militia (Nigeria)"]
    assert names("Hawadle clan militia battled a rival clan.", "Somalia") == ["Hawadle Clan Militia (Somalia)"]
    clan = names("Armed militiamen from the Gurre clan fired on a rival camp.", "Somalia")
    assert clan == ["Gurre Clan Militia (Somalia)"]
    raiders = names("Suspected Murle raiders attacked a cattle camp.", "South Sudan")
    assert raiders == ["Murle Ethnic Militia (South Sudan)"]
    assert "Syrian Ethnic Militia (Syria)" not in names("Syrian militia fighters advanced.")


def test_more_groups_by_name_acronym_and_joint_attribution():
    assert names("Five NPA rebels were killed in a firefight with soldiers.", "Philippines") == [
        "NPA: New People's Army", "Military Forces of the Philippines"]
    assert names("An IED planted by the BLA hit a patrol.", "Pakistan")[0] == "BLA: Baloch Liberation Army"
    joint = names("Boko Haram/IS claimed the attack on a base.", "Nigeria")[0]
    assert joint.startswith("Islamic State (West Africa) and/or Boko Haram")
    # a bare "Maoists" is the generic rebel label; the named party is the CPI (Maoist)
    assert names("Maoists torched a road roller.", "India") == ["Naxal-Maoist Rebels (India)"]
    assert names("CPI (Maoist) cadres torched a road roller.", "India")[0].startswith("CPI (Maoist)")


def test_a_single_policeman_or_gendarme_is_the_police():
    assert names("A policeman shot and killed a man in the village.", "Kenya") == ["Police Forces of Kenya"]
    assert names("A gendarme was wounded at the checkpoint.", "Cameroon")[0] == "Police Forces of Cameroon"


def test_mayi_mayi_factions_are_named_as_factions():
    drc = "Democratic Republic of Congo"
    assert names("A Raia Mutomboki-Kabazimiya rebel shot a man.", drc) == ["Mayi Mayi Militia (Raia Mutomboki)"]


def test_brazils_civil_police_is_named_by_its_branch():
    assert names("A fugitive died after exchanging fire with civil police forces.", "Brazil") == [
        "Police Forces of Brazil (2019-) Civil Police"]


def test_an_actor_named_as_the_target_does_not_act():
    roles = assign_roles("A roadside bomb exploded, targeting a Govt forces convoy.",
                         find_actor_mentions("A roadside bomb exploded, targeting a Govt forces convoy.", "Somalia",
                                             ON, country_of), 17, "Explosions/Remote violence")
    assert roles.actor1 is None


def test_a_state_force_named_by_its_own_name_is_foreign_abroad():
    home = find_actor_mentions("Taliban forces detained two traders.", "Afghanistan", dt.date(2023, 3, 1), country_of)
    abroad = find_actor_mentions("Taliban forces fired mortars across the border.", "Pakistan", dt.date(2023, 3, 1),
                                 country_of)
    assert (home[0].kind, home[0].inter, home[0].country) == ("state", 1, "Afghanistan")
    assert (abroad[0].kind, abroad[0].inter, abroad[0].country) == ("state", 8, "Afghanistan")


def test_a_mixed_case_acronym_matches_only_as_written():
    assert names("Police would not let the LeT commander go.", "India") == ["Police Forces of India",
                                                                             "LeT: Lashkar-e-Taiba"]


def test_a_militia_the_dictionary_names_is_not_an_ethnic_militia():
    assert names("The Kaniyat militia executed prisoners.", "Libya") == ["Al-Kaniyat Militia"]
    assert names("Nyatura militiamen attacked the village.", "Democratic Republic of Congo") == [
        "Mayi Mayi Militia (Nyatura)"]
    assert names("Fulani militiamen attacked the village.", "Nigeria") == ["Fulani Ethnic Militia (Nigeria)"]


def test_eta_by_its_names_and_by_its_acronym_only_in_spain():
    eta = "ETA: Basque Homeland and Freedom"
    assert names("Euskadi Ta Askatasuna claimed the car bomb in Bilbao.", "France") == [eta]
    assert eta in names("Police blamed the Basque separatist group ETA for the blast.", "France")
    # the barracks is Spain's forces, the bomb's target
    assert names("ETA planted a bomb outside a barracks in Vitoria.", "Spain") == [eta, "Military Forces of Spain"]
    assert eta not in names("The ETA of the convoy was noon, the driver in Nairobi said.", "Kenya")


@pytest.mark.parametrize(("sentence", "country"), [
    # people named by what they were doing when hit (eating, praying, travelling, watching) are civilians
    ("A bomb tore through a crowded restaurant, killing 12 diners.", "Afghanistan"),
    ("A grenade was thrown into a church, killing three worshipers.", "Nigeria"),
    ("A car bomb exploded outside a stadium, killing six spectators.", "Somalia"),
    ("A blast hit a bus station at rush hour, wounding 20 commuters.", "Pakistan"),
])
def test_people_named_by_what_they_were_doing_are_civilians(sentence: str, country: str) -> None:
    assert names(sentence, country) == [f"Civilians ({country})"]


@pytest.mark.parametrize(("sentence", "country", "mission"), [
    # peacekeepers named only as such are the mission of the country the text is set in
    ("UN peacekeepers came under fire near the airport.", "Mali", "MINUSMA"),
    ("Two blue helmets were wounded when their patrol was shelled.", "Lebanon", "UNIFIL"),
    ("Gunmen attacked a base, killing two peacekeepers.", "Democratic Republic of Congo", "MONUSCO"),
    ("United Nations peacekeepers fired warning shots.", "South Sudan", "UNMISS"),
    ("A suicide bomber blew himself up, killing six NATO service members.", "Afghanistan", "NATO"),
    ("Insurgents ambushed AU troops on the road to the capital.", "Somalia", "AMISOM"),
])
def test_peacekeepers_are_the_mission_of_the_country(sentence: str, country: str, mission: str) -> None:
    assert [n.split(":")[0] for n in names(sentence, country) if not n.startswith(("Civilians", "Unidentified"))] == [
        mission]


def test_peacekeepers_where_no_mission_serves_are_nobody_in_particular() -> None:
    assert names("UN peacekeepers came under fire.", "Nigeria") == []


@pytest.mark.parametrize("sentence", [
    # "U.S." written with points names the United States as "US" and "American" do
    "U.S. Air Force jets bombed a compound.",
    "U.S. Marines clashed with insurgents.",
    "U.S. special forces raided a house.",
])
def test_us_with_points_is_the_united_states(sentence: str) -> None:
    assert names(sentence, "Iraq")[0] == "Military Forces of the United States"


@pytest.mark.parametrize(("sentence", "country", "words", "group"), [
    # a unit of a named group, or its members by another noun, is the group, with all its words
    ("By nightfall the IRA's Belfast brigade had set off twenty bombs.", "United Kingdom", "IRA's Belfast brigade",
     "PIRA: Provisional Irish Republican Army"),
    ("Hamas's armed wing fired rockets at the coast.", "Israel", "Hamas's armed wing", "Hamas Movement"),
    ("Hezbollah's elite Radwan unit attacked a post.", "Lebanon", "Hezbollah's elite Radwan unit", "Hezbollah"),
    ("A bomber killed six NATO service members.", "Afghanistan", "NATO service members",
     "NATO: North Atlantic Treaty Organization"),
])
def test_a_unit_of_a_group_is_the_group(sentence: str, country: str, words: str, group: str) -> None:
    found = find_actor_mentions(sentence, country, ON, country_of)
    assert [(m.text, m.name) for m in found if m.kind == "group"] == [(words, group)]


@pytest.mark.parametrize(("sentence", "verb", "doer"), [
    # "killed in IS attacks": the group that names the attack the victims died in did it, not the forces the
    # victims are said to be close to
    ("Two dozen pro-regime fighters were killed in IS attacks in the desert.", "were killed", "Islamic State (Syria)"),
    ("Six pro-government militiamen died in a Daesh ambush near the border.", "died", "Islamic State (Syria)"),
    ("Three army-trained guards were wounded in a PKK raid on the village.", "were wounded",
     "PKK: Kurdistan Workers Party"),
])
def test_the_group_an_attack_is_named_by_did_it(sentence: str, verb: str, doer: str) -> None:
    mentions = find_actor_mentions(sentence, "Syria", ON, country_of)
    roles = assign_roles(sentence, mentions, sentence.index(verb), "Battles")
    assert roles.actor1 is not None and roles.actor1.name == doer


@pytest.mark.parametrize(("sentence", "country"), [
    ("Gunmen shot dead a Hezbollah critic in Tyre.", "Lebanon"),
    ("A Taliban critic was shot dead in Kandahar.", "Afghanistan"),
    ("Unknown gunmen killed a Hamas opponent in Gaza City.", "Palestine"),
    ("Masked men stabbed an outspoken al-Shabaab critic in Mogadishu.", "Somalia"),
    ("Two Houthi opponents were shot dead in Sanaa on Monday.", "Yemen"),
])
def test_a_persons_stance_towards_a_group_does_not_name_the_group(sentence: str, country: str) -> None:
    assert not [n for n in names(sentence, country) if not n.startswith(("Unidentified", "Police", "Civilians"))]


@pytest.mark.parametrize(("sentence", "country"), [
    ("A nurse whose husband is a police officer was murdered in Kaduna on Monday.", "Nigeria"),
    ("A teacher whose brother serves in the army was shot dead near Gao.", "Mali"),
    ("A trader whose son is a soldier was killed by gunmen in Maiduguri.", "Nigeria"),
    ("The wife of a police officer was shot dead in Juarez on Sunday.", "Mexico"),
])
def test_armed_people_named_as_a_victims_kin_are_no_side(sentence: str, country: str) -> None:
    assert not [n for n in names(sentence, country) if n.startswith(("Police Forces", "Military Forces"))]


@pytest.mark.parametrize(("sentence", "country", "group"), [
    ("Anglophone separatist fighters killed a teacher near Bamenda.", "Cameroon", "Ambazonian Separatists (Cameroon)"),
    ("Ambazonian separatist militias burned a school in Kumbo.", "Cameroon", "Ambazonian Separatists (Cameroon)"),
    ("Papuan separatist gunmen shot dead a worker in Puncak.", "Indonesia",
     "TPNPB: West Papua National Liberation Army"),
    ("Patani separatist insurgents bombed a rail line in Yala.", "Thailand", ""),
])
def test_a_group_s_plural_people_noun_used_as_a_modifier_names_the_group(sentence: str, country: str,
                                                                       group: str) -> None:
    names = [m.name for m in find_actor_mentions(sentence, country, dt.date(2024, 3, 12), country_of)
             if m.kind == "group"]
    assert names and (names[0] == group or not group) and not names[0].startswith("Unidentified")


@pytest.mark.parametrize("sentence", [
    "Carabineros dispersed the students with water cannon.",
    "Carabineros de Chile detained four men in Temuco.",
    "A Carabineros patrol came under fire near Ercilla.",
])
def test_chile_s_carabineros_are_its_police(sentence: str) -> None:
    assert "Police Forces of Chile" in names(sentence, "Chile")


@pytest.mark.parametrize(("sentence", "country"), [
    ("Gunmen shot dead a councillor in Labo (Camarines Norte), accusing him of helping the military.", "Philippines"),
    ("The navy said two submarines had left port.", "India"),
    ("Soldiers said rebels killed a trader in Naga (Camarines Sur).", "Philippines"),
])
def test_a_force_word_inside_a_longer_word_names_no_force(sentence: str, country: str) -> None:
    """"Camarines" holds "marines" and "submarines" too: only a whole word names a force."""
    assert not any(m.text.lower() == "marines" for m in find_actor_mentions(sentence, country, ON, lambda w: None))


@pytest.mark.parametrize(("sentence", "country", "group"), [
    # a long name's "the" after "for" or "of" comes and goes
    ("Fighters of the Group for the Support of Islam and Muslims attacked a post near Djibo.", "Burkina Faso",
     "JNIM: Group for Support of Islam and Muslims"),
    ("Rebels of the Democratic Forces for Liberation of Rwanda attacked a village in Rutshuru.",
     "Democratic Republic of Congo", "FDLR: Democratic Forces for the Liberation of Rwanda"),
    ("Militiamen of the Cooperative for Development of Congo raided a camp near Djugu.",
     "Democratic Republic of Congo", "CODECO: Cooperative for Development of Congo"),
    ("Gunmen of the Cartel of Northeast ambushed soldiers near Nuevo Laredo.", "Mexico",
     "CDN: Cartel of the Northeast"),
])
def test_a_long_name_is_found_with_or_without_its_article(sentence: str, country: str, group: str) -> None:
    assert group in names(sentence, country)


@pytest.mark.parametrize(("sentence", "country", "tied"), [
    # "X-linked fighters": X qualifies the fighters, it is not who acted
    ("Al Qaeda-linked militants attacked an army post in Djibo, killing 17 soldiers.", "Burkina Faso", "Al Qaeda"),
    ("Hezbollah-allied gunmen opened fire on protesters in Beirut on Tuesday.", "Lebanon", "Hezbollah"),
    ("Taliban-aligned fighters seized a district centre in Kunar.", "Afghanistan", "Taliban"),
    ("ISIS-inspired attackers stabbed three people in Kabul.", "Afghanistan", "Islamic State (Afghanistan)"),
])
def test_the_group_a_fighter_noun_is_tied_to_is_not_named_as_acting(sentence: str, country: str, tied: str) -> None:
    assert tied not in names(sentence, country)


@pytest.mark.parametrize(("sentence", "country", "group"), [
    # in Cameroon, bare "separatists" are the Anglophone regions' armed groups; elsewhere they stay unnamed
    ("In Kumbo, separatists abducted the principal of a school.", "Cameroon", "Ambazonian Separatists (Cameroon)"),
    ("Separatist fighters buried a bomb under the road in Bamenda.", "Cameroon", "Ambazonian Separatists (Cameroon)"),
    ("Suspected separatist gunmen shot dead a chief near Buea.", "Cameroon", "Ambazonian Separatists (Cameroon)"),
    ("Separatist fighters attacked a bus near Gwadar.", "Pakistan", ""),
])
def test_bare_separatists_are_cameroon_s_anglophone_groups_there_only(sentence: str, country: str, group: str) -> None:
    found = [n for n in names(sentence, country) if "Separatists" in n]
    assert found == ([group] if group else [])


@pytest.mark.parametrize("sentence", [
    "Four militiamen were killed in the fighting near Bunia, residents said.",
    "Twelve tribesmen died when gunmen attacked their camp.",
    "Several militiamen were wounded in the clash.",
    "Eighteen clansmen were killed in fighting near Galkayo.",
])
def test_a_figure_before_militiamen_names_no_people(sentence: str) -> None:
    """'Four militiamen', 'Several tribesmen': the capitalised word is the figure that opens the sentence."""
    assert not [n for n in names(sentence, "Somalia") if "Militia" in n]


@pytest.mark.parametrize("sentence", [
    "Rival militias clashed around Malakal on Sunday.",
    "Allied militiamen fought beside the army.",
    "Opposing tribesmen exchanged fire near the wells.",
])
def test_a_word_for_a_side_before_militias_names_no_people(sentence: str) -> None:
    """'Rival militias', 'Allied militiamen': the word says whose side, not which people."""
    assert not [n for n in names(sentence, "South Sudan") if "Militia" in n]


def test_a_group_needs_the_longest_word_of_one_of_its_aliases():
    from conflictlens.nlp.actors import _needed_words

    assert _needed_words(["Islamic State", "Group for the Support of Islam and Muslims", "Maoists", "NPA"]) == {
        "islamic", "support", "maoists", "maoist", "npa"}  # "Maoist rebels" is read too; "the" may be left out
    assert _needed_words(["The"]) is None


def test_groups_skipped_for_their_missing_words_would_not_have_matched(monkeypatch: pytest.MonkeyPatch):
    import tomllib
    from dataclasses import replace
    from pathlib import Path

    from conflictlens.nlp import actors
    from conflictlens.nlp.sentences import split_sentences

    root = Path(__file__).resolve().parent.parent
    probes = tomllib.loads((root / "tests" / "fixtures" / "probes.toml").read_text(encoding="utf-8"))
    texts = [p["text"] for p in probes["probe"]] + [n["text"] for n in probes.get("negative", [])]
    for path in sorted((root / "examples").glob("*.txt")):
        texts += [s.text for s in split_sentences(path.read_text(encoding="utf-8"))]
    fast = [actors.named_groups(t, "Nigeria", ON) for t in texts]
    groups, index = actors._groups()
    monkeypatch.setattr(actors, "_groups", lambda: (tuple(replace(g, needs=None) for g in groups), index))
    assert [actors.named_groups(t, "Nigeria", ON) for t in texts] == fast
    assert sum(map(len, fast)) > 10
