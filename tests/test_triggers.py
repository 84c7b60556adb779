"""Trigger detection: asserted events only, the taxonomy's hierarchy inside one sentence."""

import pytest

from conflictlens.extract.grouping import choose_primary
from conflictlens.nlp.triggers import find_triggers


def subs(sentence: str) -> list[str]:
    return [t.sub_event_type for t in find_triggers(sentence)]


def test_warplanes_are_an_air_strike():
    assert subs("Warplanes hit a fuel depot outside the town on Tuesday.") == ["Air/drone strike"]


def test_threat_is_not_an_event():
    assert subs("The commander threatened to shell the port if talks failed.") == []


def test_negated_attack_is_not_an_event():
    assert subs("Police said no attack took place at the checkpoint.") == []


def test_capture_with_fighting_is_a_territory_event():
    triggers = find_triggers("Rebels captured the village of Tell Abyad after a day of fighting.")
    assert choose_primary(triggers).kind == "territory"


def test_shelling_inside_a_ground_battle_is_battles():
    triggers = find_triggers("Both sides traded artillery fire as fighting raged around the crossing.")
    assert choose_primary(triggers).event_type == "Battles"


def test_chemical_outranks_shelling():
    triggers = find_triggers("Shells released chlorine over the eastern district.")
    assert choose_primary(triggers).sub_event_type == "Chemical weapon"


def test_tear_gas_needs_a_protest_to_be_an_intervention():
    assert "Protest with intervention" in subs("Riot police fired tear gas to disperse hundreds of protesters.")
    assert "Protest with intervention" not in subs("Tear gas canisters were found in the warehouse.")


def test_blocked_aid_convoy_is_other():
    assert subs("A UN aid convoy was turned back at the last checkpoint before the town.") == ["Other"]


def test_lynching_is_mob_violence():
    assert "Mob violence" in subs("Villagers lynched two men accused of stealing cattle.")


def test_suicide_bomber_is_a_suicide_bomb():
    assert subs("A suicide bomber struck a crowded bus station.") == ["Suicide bomb"]


def test_the_month_may_is_not_the_modal():
    assert subs("On 6 May 2020, protests were held outside the town hall.") == ["Peaceful protest"]
    assert subs("On 3 May 2021, indiscriminate shells fell on the market.") == ["Shelling/artillery/missile attack"]
    assert subs("Officials said the rebels may shell the port.") == []


def test_weak_victim_trigger_yields_to_a_specific_one():
    assert subs("An air strike killed ten militants near the town.") == ["Air/drone strike"]
    assert subs("Two soldiers were killed when a roadside bomb exploded.") == ["Remote explosive/landmine/IED"]
    assert subs("Two people were killed in clashes between rival groups.") == ["Armed clash"]


def test_armed_victims_make_a_clash_unarmed_an_attack():
    assert subs("Militants shot and killed one soldier near the post.") == ["Armed clash"]
    assert subs("Gunmen wounded a farmer in the village.") == ["Attack"]


def test_quoted_casualty_figure_names_no_event():
    assert subs("Police said four people were killed and 17 were wounded.") == []
    assert subs('"Three civilians were killed," a spokesman told reporters.') == []


def test_heavy_weapons_shell_small_arms_clash():
    assert subs("The rebels fired grenade launchers at army positions near the mine.") == [
        "Shelling/artillery/missile attack"]
    triggers = find_triggers("The rebels fired grenade launchers and small arms at army positions near the mine.")
    assert choose_primary(triggers).sub_event_type == "Armed clash"


def test_heavy_weapons_with_small_arms_are_one_clash_span():
    triggers = find_triggers("Rebels fired mortars, grenade launchers and small arms at army positions near the mine.")
    assert [t.sub_event_type for t in triggers] == ["Armed clash"]
    assert triggers[0].text.startswith("mortars")
    assert subs("Rebels fired mortars at army positions near the mine.") == ["Shelling/artillery/missile attack"]


def test_no_fewer_than_is_a_figure_not_a_negation():
    assert subs("No fewer than five persons were killed when gunmen attacked the village.") != []


def test_attribution_after_the_report_keeps_the_event():
    assert subs("Fifteen people were killed by gunmen in the village, witnesses said.") == ["Attack"]
    assert subs("Witnesses said fifteen people were killed.") == []


def test_riot_police_are_not_a_riot():
    assert "Violent demonstration" not in subs("Riot police fired tear gas to disperse the protesters.")
    assert subs("Youths clashed with police in the old town.") == ["Violent demonstration"]


def test_a_mob_outranks_stone_throwing():
    triggers = find_triggers("A mob pelted stones at the police in the town.")
    assert choose_primary(triggers).sub_event_type == "Mob violence"


def test_the_doer_after_by_is_not_the_victim():
    assert subs("More than 100 people have been killed in an attack by rebels on a convoy of families.") == ["Attack"]
    assert "Armed clash" not in subs("Five farmers were killed by rebels near the river.")


def test_armed_victims_and_an_attack_by_militants_are_one_clash():
    assert subs("Two militia members were killed and three wounded following attacks by militants.") == ["Armed clash"]


def test_dispersing_a_named_crowd_is_an_intervention_arrests_need_a_protest():
    assert "Protest with intervention" in subs("Police used a lathi charge to disperse the workers.")
    assert subs("Police arrested three students for drug possession.") == ["Arrests"]


# --- the word-start prefilter never changes what is found ----------------------------------------------------
def test_anchors_are_the_longest_known_words_of_each_form_of_a_pattern():
    import re

    from conflictlens.nlp.lexicon import pattern_anchors

    def anchors(pattern: str) -> frozenset[str] | None:
        return pattern_anchors(re.compile(pattern, re.I))

    # each spelled-out form gives its longest word that is known to open a word; "air" + "strikes" is one word
    assert anchors(r"\b(?:air|drone)\s?strikes?\b") == {"airstr", "drones", "strike"}
    assert anchors(r"\bcounter-?attack\b") == {"counte"}
    # what opens the match may be a digit, an article or nothing: a later known word anchors it
    assert anchors(r"\b\d+ shells\b") == {"shells"}
    assert anchors(r"\b(?:an |the )?(?:huge )?blasts? (?:\w+ ){0,6}killed\b") == {"blasts", "killed"}
    assert anchors(r"\b\d+ (?:[\w-]+/){0,3}shots\b") == {"shots"}
    # letters after an unknown stretch may sit inside a word: no anchor from them
    assert anchors(r"(?:re)?captured") is None
    assert anchors(r"\b[\w-]*mortars\b") is None
    assert anchors(r"\b[\w-]*mortars\b[^.;]{0,80}\bsmall arms\b") == {"mortar", "small"}  # "mortars" or "x-mortars"
    # a look-behind or look-ahead takes no characters: the words after it still open the match
    assert anchors(r"\b(?<!petrol )(?:bombs|mines)\b") == {"bombs", "mines"}
    assert anchors(r"(?<!against )\bvigilantes?\b") == {"vigila"}
    assert anchors(r"\b(?!police)(?:gunmen|bandits)\b") == {"gunmen", "bandit"}
    assert anchors(r"\bBM-21\b") is None  # no word of three letters


def test_requirements_are_the_longest_known_words_of_each_stretch_of_a_pattern():
    import re

    from conflictlens.nlp.lexicon import pattern_anchors, pattern_requirements

    # the victims' forms pass the spelling limit: the anchors are the victims, the verbs after them are required too
    victims = "|".join(a + b + c + "ers?" for a in "bcdfg" for b in "aeiou" for c in "lmnprst")  # 175 words
    pattern = re.compile(rf"\b(?:{victims})(?: [\w'-]+){{0,6}}? (?:was|were) (?:[\w-]+ ){{0,2}}(?:killed|murdered)\b",
                         re.I)
    anchors = pattern_anchors(pattern)
    assert anchors is not None and "bamers" in anchors
    assert frozenset({"killed", "murder"}) in pattern_requirements(pattern)
    # letters right after an unknown stretch may sit inside a word ("overkilled"): no requirement from them
    unknown_before = re.compile(rf"\b(?:{victims}) \w*killed", re.I)
    assert pattern_requirements(unknown_before) and all("killed" not in w for w in pattern_requirements(unknown_before))
    # a pattern within the limit is one stretch: its anchors
    assert pattern_requirements(re.compile(r"\b(?:air|drone)\s?strikes?\b", re.I)) == (
        pattern_anchors(re.compile(r"\b(?:air|drone)\s?strikes?\b", re.I)),)


def test_an_alternation_requires_the_words_of_one_of_its_alternatives():
    import re

    from conflictlens.nlp.lexicon import alternative_requirements, may_match

    victims = "|".join(a + b + c + "ers?" for a in "bcdfg" for b in "aeiou" for c in "lmnprst")  # 175 words
    pattern = re.compile(rf"\b(?:(?:{victims}) (?:[\w-]+ ){{0,2}}(?:killed|murdered)|resulting in (?:his|her) death)",
                         re.I)
    found = alternative_requirements(pattern)
    assert found is not None and len(found) == 2 and frozenset({"killed", "murder"}) in found[0]
    assert may_match(found, "Two bamers were later killed.") and may_match(found, "resulting in his death")
    assert not may_match(found, "Two bamers were wounded.") and not may_match(found, "Soldiers killed a rebel.")
    # an alternative that requires no word (nothing of three letters), or no alternation at all: nothing to skip by
    assert alternative_requirements(re.compile(r"\b(?:killed|\d+ km)", re.I)) is None
    assert alternative_requirements(re.compile(r"\bkilled\b", re.I)) is None


def test_prefiltered_triggers_equal_a_full_scan_on_every_probe_and_example():
    import tomllib
    from pathlib import Path

    from conflictlens.nlp import lexicon, triggers
    from conflictlens.nlp.sentences import split_sentences

    root = Path(__file__).resolve().parent.parent
    probes = tomllib.loads((root / "tests" / "fixtures" / "probes.toml").read_text(encoding="utf-8"))
    texts = [p["text"] for p in probes["probe"]] + [n["text"] for n in probes.get("negative", [])]
    for path in sorted((root / "examples").glob("*.txt")):
        texts += [s.text for s in split_sentences(path.read_text(encoding="utf-8"))]
    fast = [triggers.find_triggers(t) for t in texts]
    every = tuple((ri, pi) for ri, r in enumerate(lexicon.trigger_rules()) for pi in range(len(r.patterns)))
    original = triggers.pattern_index
    try:
        triggers.pattern_index = lambda: ({}, every, {})  # type: ignore[assignment]  # no prefilter: run them all
        full = [triggers.find_triggers(t) for t in texts]
    finally:
        triggers.pattern_index = original  # type: ignore[assignment]
    assert fast == full
    assert sum(map(len, fast)) > 100
    import re

    every_pattern = re.compile("|".join(f"(?:{p.pattern})" for r in lexicon.trigger_rules() for p in r.patterns),
                               re.IGNORECASE)
    assert [triggers.has_trigger(t) for t in texts] == [bool(every_pattern.search(t)) for t in texts]


def test_violence_a_protest_is_about_is_its_grievance_not_an_event():
    text = "Traders marched in Kano to demand an investigation into the murder of a shopkeeper."
    assert subs(text) == ["Peaceful protest"]
    # after the grievance clause ends, violence is an event again
    text = "Students protested against fee rises; police shot dead two of them."
    assert "Peaceful protest" in subs(text) and len(subs(text)) == 2


def test_tear_gas_shells_and_a_place_named_grad_are_not_shelling():
    assert subs("Police lobbed tear gas shells at stone-pelting youths in Godhra.") != [
        "Shelling/artillery/missile attack"]
    assert subs("Students protested in Belgrade-Stari Grad on Friday.") == ["Peaceful protest"]
    assert set(subs("Rebels fired Grad rockets at the town.")) == {"Shelling/artillery/missile attack"}


def test_gunmen_wounding_or_shooting_workers_is_an_attack():
    assert subs("Gunmen wounded two traders near the market.") == ["Attack"]
    assert "Attack" in subs("Unknown assailants shot and wounded a shopkeeper on Monday.")
    assert "Attack" in subs("Bandits injured three miners at the site.")


def test_petrol_and_molotov_bombs_are_not_grenades():
    assert subs("Youths threw Molotov cocktails at a police station.") == ["Violent demonstration"]
    assert "Grenade" not in subs("Men threw petrol bombs at the house.")
    assert subs("Assailants hurled a crude bomb at the market.") == ["Grenade"]


def test_arson_is_property_destruction_unless_a_crowd_is_about():
    assert set(subs("Unknown arsonists torched a telecom mast outside the town.")) == {"Looting/property destruction"}
    assert subs("Two trucks of a logging firm were set on fire by armed men.") == ["Looting/property destruction"]
    assert subs("Protesters set fire to a police post.") == ["Violent demonstration"]


def test_a_march_with_words_before_it_is_a_protest_but_the_month_is_not():
    assert subs("Residents joined the traditional anti-mine march on Sunday.") == ["Peaceful protest"]
    assert subs("Talks resumed in the first week of March.") == []


@pytest.mark.parametrize("text", [
    "Gunmen believed to be from JNIM attacked a customs post near Djibo on Friday.",
    "Fighters loyal to a renegade commander stormed a market in Beledweyne on Tuesday.",
    "Gunmen on motorcycles, armed with AK-47 rifles, stormed a wedding party near Gusau on Saturday.",
])
def test_attackers_described_at_length_before_the_verb_still_attack(text: str) -> None:
    assert [t.sub_event_type for t in find_triggers(text)] == ["Attack"]


@pytest.mark.parametrize("text", [
    "Five villagers were killed when Islamist insurgents raided a hamlet near Macomia on Sunday, officials said.",
    "Four farmers were killed after militants opened fire on them in their fields near Gao on Monday.",
    "Three teachers were killed when militants raided their school near Mandera on Friday.",
])
def test_civilians_killed_when_militants_attacked_are_not_a_clash_with_them(text: str) -> None:
    # "killed when insurgents ...": the insurgents are who attacked, not who was killed
    assert "Armed clash" not in [t.sub_event_type for t in find_triggers(text)]


@pytest.mark.parametrize("text", [
    "On Saturday, police and paramilitaries fired on a funeral procession in Kulgam, killing two mourners.",
    "Security forces opened fire on mourners carrying the body of a slain teenager in Nablus on Friday, killing one.",
    "Soldiers fired live rounds into a religious procession in Zaria on Sunday, killing six people.",
])
def test_the_states_forces_firing_on_a_procession_is_excessive_force(text: str) -> None:
    assert subs(text)[0] == "Excessive force against protesters"


def test_gunmen_firing_on_mourners_is_an_attack() -> None:
    assert "Excessive force against protesters" not in subs(
        "Gunmen opened fire on mourners at a funeral in Bankass on Sunday, killing five.")


@pytest.mark.parametrize("text", [
    "By the time it was all over, some 21 bombs had gone off in Belfast.",
    "Three bombs have gone off in the market in Kano since morning, police said.",
    "Witnesses said a device had gone off outside the police station in Quetta.",
])
def test_bombs_that_had_gone_off_are_an_explosion(text: str) -> None:
    assert subs(text) == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", ["No bombs have gone off in the city since the truce.", "The bomb had not gone off."])
def test_bombs_that_did_not_go_off_are_no_explosion(text: str) -> None:
    assert subs(text) == []


@pytest.mark.parametrize("text", [
    "Officials of the separatist republic denied firing on Marinka.",
    "The RSF has denied killing civilians in El Geneina.",
    "The junta denied that soldiers massacred villagers in Moura.",
])
def test_a_denied_attack_is_no_event(text: str) -> None:
    assert subs(text) == []


@pytest.mark.parametrize("sentence", [
    # a spell of bombing told by its length is an explosion event
    "During an hour of concentrated bombing at least 11 people died.",
    "After two days of relentless bombing the market lay in ruins.",
    "Residents fled the district following a night of heavy bombing.",
])
def test_a_spell_of_bombing_is_an_explosion(sentence: str) -> None:
    assert "Explosions/Remote violence" in [t.event_type for t in find_triggers(sentence)]


@pytest.mark.parametrize("sentence", [
    # the attack the victims were killed in names the event
    "Five soldiers were killed in a Taliban attack on a checkpoint.",
    "Three villagers died in a suspected militant attack overnight.",
    "Four traders were killed in an Anglophone separatist attack.",
])
def test_killed_in_an_attack_is_an_event(sentence: str) -> None:
    assert "Attack" in subs(sentence)


@pytest.mark.parametrize("sentence", [
    # what someone was prevented or stopped from doing did not happen
    "Soldiers prevented the attackers from setting off a car bomb at the gate.",
    "Troops stopped the insurgents from shelling the town.",
    "The army stopped the rebels from launching drone strikes on the airport.",
])
def test_what_was_prevented_did_not_happen(sentence: str) -> None:
    assert subs(sentence) == []


@pytest.mark.parametrize("sentence", [
    # bombs told first, then set off by a pronoun: an explosion
    "The brothers carried the bombs to the crowded street before detonating them.",
    "The militants hid two devices under the bridge and detonated them at dawn.",
    "He left the package at the gate and detonated it by phone an hour later.",
])
def test_detonating_them_is_an_explosion(sentence: str) -> None:
    assert "Remote explosive/landmine/IED" in subs(sentence)


@pytest.mark.parametrize("sentence", [
    # several suicide bombs are suicide bombings too
    "Twin suicide bombs on a religious hall killed 31 people.",
    "Two suicide bombs tore through the market at noon.",
    "Three suicide bombs went off outside the stadium.",
])
def test_suicide_bombs_in_the_plural(sentence: str) -> None:
    assert "Suicide bomb" in subs(sentence)


@pytest.mark.parametrize("sentence", [
    # storming a place is an assault; only taking it is a change of territory
    "Gunmen stormed a village near the river on Tuesday night and shot dead 20 villagers.",
    "Bandits stormed the town before dawn, looting shops and killing four traders.",
    "Insurgents stormed a district centre overnight but were driven back by troops.",
])
def test_storming_a_place_is_no_change_of_territory(sentence: str) -> None:
    assert "Non-state actor overtakes territory" not in subs(sentence) and subs(sentence)


@pytest.mark.parametrize("sentence", [
    "Fighters from the Sudanese Armed Forces and the Rapid Support Forces exchanged heavy gunfire in El Fasher.",
    "Soldiers and Fulani militiamen exchanged intense fire near Bankass, leaving eight dead.",
    "Police and gang members were exchanging heavy gunfire in Port-au-Prince on Tuesday.",
    "Armenian and Azerbaijani troops exchanged sporadic gunfire along the border near Sotk overnight.",
])
def test_fire_exchanged_with_a_word_for_how_heavy_is_a_clash(sentence: str) -> None:
    assert "Armed clash" in [t.sub_event_type for t in find_triggers(sentence)]


@pytest.mark.parametrize("sentence", [
    "Unidentified armed men torched dozens of houses in an abandoned village in Bokkos on Friday.",
    "Militiamen looted shops in the abandoned town of Kitchanga near Goma on Sunday.",
    "Rebels burned down the school in an abandoned village near Bambari.",
])
def test_an_abandoned_place_where_harm_was_done_is_no_transfer_of_territory(sentence: str) -> None:
    assert "Non-violent transfer of territory" not in [t.sub_event_type for t in find_triggers(sentence)]


def test_forces_that_abandoned_a_town_transfer_it() -> None:
    subs = [t.sub_event_type for t in find_triggers("The army abandoned the town of Djibo on Sunday.")]
    assert "Non-violent transfer of territory" in subs


@pytest.mark.parametrize("sentence", [
    "Insurgents torch churches and homes in deserted Cabo Delgado villages",
    "Militia burns down dozens of houses in Djugu territory",
    "Gang members torch police station in Mirebalais",
])
def test_property_torched_or_burned_down_in_a_headline_is_destruction(sentence: str) -> None:
    assert "Looting/property destruction" in [t.sub_event_type for t in find_triggers(sentence)]


def test_a_torch_carried_is_no_arson() -> None:
    assert "Looting/property destruction" not in [
        t.sub_event_type for t in find_triggers("Protesters carried a torch through Tbilisi on Sunday.")]


@pytest.mark.parametrize("sentence", [
    "Hayat Tahrir al-Sham announced on Wednesday that it was dissolving itself and folding its fighters into the army.",
    "The Pakistani Taliban called off its ceasefire with the government on Monday.",
    "The TTP ended its truce with Islamabad on Monday.",
    "A new umbrella coalition was formed by several Druze armed groups in Sweida, its founders announced.",
    "Wagner's Mali contingent rebrands as Russia's Africa Corps",
])
def test_a_group_dissolving_renaming_ending_its_truce_or_allying_changes_its_activity(sentence: str) -> None:
    assert "Change to group/activity" in [t.sub_event_type for t in find_triggers(sentence)]


def test_two_firms_forming_an_alliance_is_no_change_of_a_group() -> None:
    subs = [t.sub_event_type for t in find_triggers("Two telecom firms formed a new alliance in Nairobi on Monday.")]
    assert "Change to group/activity" not in subs


@pytest.mark.parametrize("sentence", [
    "Fano militiamen opened a new command post in Lalibela on Tuesday, residents said.",
    "A new camp was established by PKK fighters in the mountains near Amadiya.",
    "A forward base has been set up by the RSF near El Obeid, witnesses said.",
    "JNIM fighters opened a training camp near Tessalit on Sunday.",
])
def test_a_command_post_or_camp_opened_or_set_up_by_a_group_is_a_base(sentence: str) -> None:
    assert "Headquarters or base established" in [t.sub_event_type for t in find_triggers(sentence)]


def test_a_camp_for_displaced_people_is_no_base() -> None:
    subs = [t.sub_event_type for t in find_triggers("The UN opened a camp for displaced people near Goma.")]
    assert "Headquarters or base established" not in subs


@pytest.mark.parametrize("sentence", [
    "A Hezbollah commander was killed after his car was hit by an Israeli drone near Tyre on Tuesday.",
    "Two RSF fighters died when their truck was struck by an army drone near El Obeid on Monday.",
    "A village near Kidal was targeted by Malian aircraft, killing six people, local officials said.",
    "Three Taliban commanders were killed when their vehicle was attacked by a US drone in Kunar.",
])
def test_what_was_hit_by_a_drone_or_aircraft_is_an_air_strike(sentence: str) -> None:
    assert "Air/drone strike" in [t.sub_event_type for t in find_triggers(sentence)]


@pytest.mark.parametrize("sentence", [
    "M23 rebels seized the mining town of Rubaya in North Kivu on Tuesday after heavy fighting with the army.",
    "Arakan Army fighters seized the coastal town of Maungdaw after weeks of fighting with the junta.",
    "Houthi fighters seized the oil-rich district of Safer on Monday.",
])
def test_a_town_seized_with_a_word_for_it_is_taken_territory(sentence: str) -> None:
    subs = [t.sub_event_type for t in find_triggers(sentence)]
    assert "Non-state actor overtakes territory" in subs, subs


def test_a_town_hall_seized_is_no_territory() -> None:
    subs = [t.sub_event_type for t in find_triggers("Protesters seized the main town hall of Kasese on Monday.")]
    assert "Non-state actor overtakes territory" not in subs


@pytest.mark.parametrize("sentence", [
    "Several shops were vandalised and a police car overturned by demonstrators protesting fuel price hikes in Lagos.",
    "Two buses were smashed by protesters in Quito on Thursday.",
    "Shop windows in Santiago were smashed by students marching against fare rises.",
    "A toll booth outside Karachi was vandalised by demonstrators angry at fuel prices.",
])
def test_damage_done_by_demonstrators_told_in_the_passive_is_a_violent_demonstration(sentence: str) -> None:
    assert "Violent demonstration" in [t.sub_event_type for t in find_triggers(sentence)]


@pytest.mark.parametrize("sentence", [
    "A bomber wearing an explosives vest detonated himself among worshippers in Peshawar, killing 59.",
    "A teenage girl set off explosives strapped to her body at a crowded fish market in Konduga, killing nine.",
    "An attacker rammed a car laden with explosives into an army checkpoint near Mogadishu on Sunday.",
    "A man with a bomb strapped to his chest walked into a wedding hall in Kabul and detonated it, killing 20.",
])
def test_a_bomber_told_by_the_vest_the_body_or_the_rammed_car_is_a_suicide_bomb(sentence: str) -> None:
    assert "Suicide bomb" in [t.sub_event_type for t in find_triggers(sentence)]


@pytest.mark.parametrize("sentence", [
    "Ukrainian attack drones slammed into an oil depot in Bryansk overnight, setting it ablaze.",
    "A kamikaze drone crashed into a block of flats in Kharkiv on Sunday, wounding seven.",
    "Two Houthi drones smashed into a fuel depot in Jizan late on Friday.",
])
def test_a_drone_that_slammed_or_crashed_into_something_is_a_drone_strike(sentence: str) -> None:
    assert "Air/drone strike" in [t.sub_event_type for t in find_triggers(sentence)]


@pytest.mark.parametrize("sentence", [
    "The Pakistani Taliban, known as the TTP, called off a months-long ceasefire with the government on Monday.",
    "The ELN ended a unilateral truce it had declared for the elections, the group said on Sunday.",
    "Al-Shabaab scrapped the truce it had offered clan elders in Hiraan, the group said.",
])
def test_a_group_ending_a_truce_told_with_a_or_the_changes_its_activity(sentence: str) -> None:
    assert "Change to group/activity" in [t.sub_event_type for t in find_triggers(sentence)]


@pytest.mark.parametrize("sentence", [
    "Residents of the Canape-Vert neighbourhood set upon 13 suspected gang members and burned them alive.",
    "An enraged crowd in Mingora dragged a man accused of desecrating the Koran out of a police station.",
    "Villagers near Kano caught two suspected cattle rustlers and beat them on Sunday.",
])
def test_a_crowd_setting_upon_or_dragging_a_suspect_is_mob_violence(sentence: str) -> None:
    assert "Mob violence" in [t.sub_event_type for t in find_triggers(sentence)]


def test_gunmen_seizing_suspects_are_no_mob() -> None:
    subs = [t.sub_event_type for t in find_triggers("Gunmen seized two alleged informants near Gao on Friday.")]
    assert "Mob violence" not in subs


@pytest.mark.parametrize("sentence", [
    "M23 rebels and Congolese army units traded fire for several hours around Kibumba near Goma on Tuesday.",
    "Indian and Pakistani troops traded heavy fire across the Line of Control near Poonch overnight.",
    "Police and gang members shot it out in the streets of Port-au-Prince on Monday.",
])
def test_fire_traded_or_shot_out_is_a_clash(sentence: str) -> None:
    assert "Armed clash" in [t.sub_event_type for t in find_triggers(sentence)]


@pytest.mark.parametrize("sentence", [
    "Nigeria's Department of State Services picked up a suspected ISWAP logistics chief in Maiduguri on Tuesday.",
    "Police in Karachi picked up two alleged members of a banned group on Sunday.",
    "Counter-terrorism officers picked up three suspects in Peshawar in a dawn raid.",
    "Police picked up a wanted gang leader in Cap-Haitien on Monday.",
])
def test_suspects_picked_up_are_arrested(sentence: str) -> None:
    assert "Arrests" in [t.sub_event_type for t in find_triggers(sentence)]


def test_aid_picked_up_is_no_arrest() -> None:
    subs = [t.sub_event_type for t in find_triggers("Trucks picked up food aid in Goma on Monday.")]
    assert "Arrests" not in subs


@pytest.mark.parametrize("sentence", [
    "Residents of the besieged town of Douma were left choking after a helicopter dropped chlorine canisters.",
    "Government forces shelled the besieged city of Taiz on Sunday, killing four civilians.",
    "Gunmen abducted a priest from the besieged town of Djibo, the diocese said on Sunday.",
])
def test_the_besieged_town_as_a_description_is_no_siege_event(sentence: str) -> None:
    assert "Other" not in [t.sub_event_type for t in find_triggers(sentence)]


def test_a_town_besieged_by_a_group_is_a_siege() -> None:
    subs = [t.sub_event_type for t in find_triggers("RSF fighters besieged El Fasher and blocked food deliveries.")]
    assert "Other" in subs


@pytest.mark.parametrize("sentence", [
    "Junta troops burned down more than 200 houses in a deserted village in Sagaing Region on Friday.",
    "Gang members broke into the empty hospital in Port-au-Prince, stripped it of equipment and set part of it alight.",
    "Militiamen set several granaries and a school on fire in Djugu territory on Tuesday.",
])
def test_property_burned_down_set_alight_or_stripped_is_destruction(sentence: str) -> None:
    assert "Looting/property destruction" in [t.sub_event_type for t in find_triggers(sentence)]


def test_houses_burned_down_with_a_killing_are_the_attack_s_detail(extractor) -> None:
    import datetime as dt

    from conflictlens.models import Document

    text = "Gunmen killed 12 people and burned down several houses in Mpeketoni."
    reports = extractor.code(Document("t", text, dt.date(2024, 3, 12))).reports
    assert [r.sub_event_type for r in reports] == ["Attack"]


@pytest.mark.parametrize("sentence", [
    # fighting named as what drove people out before, or as what paused, is no battle of the sentence
    "Bombs fell on a monastery where families displaced by earlier fighting had been sheltering.",
    "The two sides agreed to extend the truce, prolonging the longest lull in fighting since the war began.",
    "Aid trucks entered the town during a brief pause in the clashes on Monday.",
    "Hundreds of people made homeless by years of fighting queued for food in Goma.",
])
def test_fighting_named_as_a_past_cause_or_a_pause_is_no_battle(sentence: str) -> None:
    assert not [t for t in find_triggers(sentence) if t.event_type == "Battles"]


def test_fighting_people_flee_now_is_still_a_battle() -> None:
    found = find_triggers("Thousands fled fighting between the army and the RSF in Wad Madani on Friday.")
    assert [t.sub_event_type for t in found] == ["Armed clash"]
