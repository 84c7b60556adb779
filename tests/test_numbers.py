"""Victim figures (docs/taxonomy.md §3, rules in nlp/numbers.py). Every sentence is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import counts
from builders import one_count as one
from conflictlens.nlp.numbers import find_counts, find_tally, to_int, total

# --- to_int ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words, expected",
    [
        ("seven", 7),
        ("1,595", 1595),
        ("a dozen", 12),
        ("two hundred", 200),
        ("3 million", 3_000_000),
        ("twenty-three", 23),
        ("one hundred and five", 105),
        ("Eleven", 11),
        ("both", 2),
        ("two dozen", 24),
    ],
)
def test_to_int_reads_numbers(words, expected):
    assert to_int(words) == expected


def test_to_int_is_none_for_words_that_are_not_numbers():
    assert to_int("market") is None


# --- vague words and qualifiers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, value",
    [("dozens", 12), ("hundreds", 100), ("tens", 10), ("a few", 3), ("several", 3), ("scores", 20),
     ("a dozen", 12), ("many", 3)],
)
def test_vague_word_values(word, value):
    c = one(f"Gunmen killed {word} villagers near the well.")
    assert (c.kind, c.value, c.vague_word) == ("killed", value, word)


def test_dozens_means_twelve():
    assert one("Dozens of people were wounded in the blast.").value == 12


def test_several_keeps_its_word_for_the_caller_to_scale():
    c = one("Several soldiers died in the ambush.")
    assert (c.value, c.vague_word, c.low, c.high) == (3, "several", None, None)


@pytest.mark.parametrize("qualifier", ["more than", "at least", "over"])
def test_lower_bound_qualifier_gives_n_and_low_n(qualifier):
    c = one(f"The raid killed {qualifier} 20 fighters.")
    assert (c.value, c.low, c.high) == (20, 20, None)


def test_plus_sign_is_a_lower_bound():
    c = one("The raid killed 20+ fighters.")
    assert (c.value, c.low, c.high) == (20, 20, None)


def test_up_to_gives_n_and_high_n():
    c = one("Up to 10 guards were hurt.")
    assert (c.kind, c.value, c.low, c.high) == ("injured", 10, None, 10)


@pytest.mark.parametrize("qualifier", ["nearly", "almost"])
def test_nearly_gives_n_with_only_an_upper_bound(qualifier):
    c = one(f"{qualifier.title()} 50 recruits died at the camp.")
    assert (c.value, c.low, c.high) == (50, None, 50)


def test_about_gives_n_without_bounds():
    c = one("About 40 herders were killed.")
    assert (c.value, c.low, c.high) == (40, None, None)


def test_exact_figure_is_its_own_bounds():
    c = one("Nine farmers were killed.")
    assert (c.value, c.low, c.high) == (9, 9, 9)


def test_range_takes_the_low_end():
    c = one("Between 8 and 11 miners were killed.")
    assert (c.value, c.low, c.high) == (8, 8, 11)


# --- killed -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The shelling killed 12 people.", 12),
        ("12 people were killed in the shelling.", 12),
        ("Medics counted 12 dead.", 12),
        ("The car bomb left 12 dead.", 12),
        ("The death toll rose to 14.", 14),
        ("The ministry put the death toll at 14 civilians.", 14),
        ("The explosion claimed 9 lives.", 9),
        ("The clinic recorded 9 fatalities.", 9),
        ("Rescuers pulled the bodies of 6 from the rubble.", 6),
        ("Rescuers recovered 6 bodies from the rubble.", 6),
        ('The rebels said they "destroyed 15 enemy soldiers".', 15),
        ("An officer said 30 prisoners had died.", 30),
        ("Two farmers were shot dead at a checkpoint.", 2),
        ("The militia massacred 40 villagers.", 40),
        ("The group executed 4.", 4),
        ("Gunmen stopped the bus, killing all 5.", 5),
        ("A guard was shot dead at the gate.", 1),
    ],
)
def test_killed_phrasings(sentence, value):
    c = one(sentence)
    assert (c.kind, c.value) == ("killed", value)


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The prosecutor's office put the number of dead at 11.", 11),
        ("Local officials put the number of people killed at 23.", 23),
        ("Medics said the death count had reached 40 by nightfall.", 40),
        ("The health ministry put the number of victims at 17 and said 30 were wounded.", 17),
    ],
)
def test_a_number_of_dead_put_at_a_figure_is_the_killed(sentence, value):
    assert [(c.kind, c.value) for c in counts(sentence) if c.kind == "killed"] == [("killed", value)]


def test_including_is_a_part_not_a_second_count():
    found = counts("The drone strike killed 9 people, including four children.")
    assert [(c.value, c.part) for c in found] == [(9, False), (4, True)]
    assert total(found) == 9


def test_part_inside_commas_belongs_to_the_count_before():
    found = counts("Eight people, including two medics, were killed.")
    assert [(c.kind, c.value, c.part) for c in found] == [("killed", 8, False), ("killed", 2, True)]


def test_two_objects_of_one_verb_are_added():
    found = counts("The army said it had neutralised scores of bandits and two soldiers.")
    assert [(c.kind, c.value) for c in found] == [("killed", 20), ("killed", 2)]
    assert total(found) == 22


def test_two_subjects_of_one_passive_verb_are_both_killed():
    found = counts("Three guards and a driver were killed.")
    assert [(c.kind, c.value) for c in found] == [("killed", 3), ("killed", 1)]


def test_killed_and_wounded_in_one_clause():
    found = counts("Four people were killed and 11 wounded.")
    assert [(c.kind, c.value) for c in found] == [("killed", 4), ("injured", 11)]


def test_doers_of_an_active_verb_are_not_victims():
    found = counts("Two gunmen on a scooter shot dead a reporter.")
    assert [(c.kind, c.value, c.who) for c in found] == [("killed", 1, "reporter")]


def test_a_crowd_that_seized_people_is_not_abducted():
    found = counts("A crowd of some 300 people seized two officials.")
    assert [(c.kind, c.value) for c in found] == [("abducted", 2)]


def test_day_of_the_month_is_not_a_count():
    found = counts("Troops stormed the town on March 18 in a battle that killed dozens of fighters.")
    assert [c.value for c in found] == [12]


# --- zero -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", ["No one was killed.", "Nobody died, officials said.",
                                      "There were no casualties.", "No deaths were reported."])
def test_no_one_killed_is_a_zero_count(sentence):
    c = one(sentence)
    assert (c.kind, c.value) == ("killed", 0)


def test_no_one_hurt_is_zero_injured():
    assert (one("No one was hurt.").kind, one("No one was hurt.").value) == ("injured", 0)


def test_no_word_on_casualties_is_not_zero():
    assert counts("There was no word on casualties.") == []


def test_casualties_alone_are_not_deaths():
    assert counts("The shelling caused 25 casualties.") == []


# --- injured, affected, abducted, arrested --------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("The mortar round wounded more than 30.", 30),
        ("Seven wounded were taken to hospital.", 7),
        ("Police said 7 were wounded.", 7),
        ("The blast hit a bus, injuring 4.", 4),
        ("Five pupils were hurt.", 5),
        ("At least six fighters were treated for breathing difficulties.", 6),
    ],
)
def test_injured_phrasings(sentence, value):
    assert [c.value for c in counts(sentence, "injured")] == [value]


def test_affected_is_its_own_kind():
    c = one("The group said 11 of its men had been affected.")
    assert (c.kind, c.value, c.who) == ("affected", 11, "men")


@pytest.mark.parametrize(
    "sentence, kind, value",
    [
        ("Bandits seized 300 students from the school.", "abducted", 300),
        ("Gunmen abducted 12 on the highway.", "abducted", 12),
        ("Police arrested 45 people after the march.", "arrested", 45),
        ("Soldiers detained dozens of protesters.", "arrested", 12),
    ],
)
def test_abducted_and_arrested(sentence, kind, value):
    c = one(sentence)
    assert (c.kind, c.value) == (kind, value)


# --- who and civilians ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, who, civilians",
    [
        ("Shelling killed 5 civilians.", "civilians", True),
        ("Shelling killed 5 children.", "children", True),
        ("Shelling killed 5 worshippers.", "worshippers", True),
        ("Shelling killed 5 soldiers.", "soldiers", False),
        ("Shelling killed 5 police officers.", "police officers", False),
        ("Shelling killed 5 people.", "people", False),
        ("Shelling killed 5.", "", False),
        ("Shelling killed 5 government soldiers.", "government soldiers", False),
    ],
)
def test_who_and_civilian_flag(sentence, who, civilians):
    c = one(sentence)
    assert (c.who, c.civilians) == (who, civilians)


def test_offsets_point_at_the_figure():
    sentence = "Witnesses said at least 17 shoppers were killed."
    c = one(sentence)
    assert sentence[c.start:c.end] == c.text == "at least 17 shoppers"


# --- not victims ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia was formed in 2013 and killed no one.",
        "A 12-year-old girl lives in the camp.",
        "Fighters burned seven tanker trucks.",
        "The rebels said they destroyed 15 armoured vehicles.",
        "Craters matched 122-mm artillery.",
        "Troops pushed 10 km into the valley.",
        "The buffer zone is 15 to 20 km deep.",
        "The town has 100,000 residents.",
        "About 3 million people live in the province.",
        "There are 10,000 of us left out of 20,000.",
        "Some 180,000 people have fled the fighting.",
        "The fund raised $4 million for victims.",
        "Rebels cut eight supply routes.",
        "A 500-strong force was deployed.",
        "The curfew starts at 8 p.m. tonight.",
        "Prices rose 40% after the attack.",
        "At least 18 health facilities were damaged.",
        "The mission has 16,000 troops.",
    ],
)
def test_not_victims(sentence):
    assert [c for c in find_counts(sentence) if c.value] == []


# --- tallies ----------------------------------------------------------------------------------------------


def test_tally_since_an_escalation_is_marked_and_found():
    s = "The monitor says 310 civilians have been killed since the offensive began on March 2."
    assert [c.tally for c in find_counts(s)] == [True]
    t = find_tally(s, dt.date(2020, 4, 20))
    assert t is not None
    assert (t.killed, t.period, t.since) == (310, "since the offensive began on March 2", "2020-03-02")


def test_tally_since_a_year():
    t = find_tally("Since 2016, at least 2,210 civilians have died in the region.")
    assert t is not None and (t.killed, t.since) == (2210, "2016")


def test_tally_since_a_month_and_year():
    t = find_tally("More than 9,100 people have been killed since the war began in June 2017.")
    assert t is not None and (t.killed, t.since) == (9100, "2017-06")


def test_tally_so_far_this_year():
    s = "At least 12 aid workers have been killed so far this year."
    t = find_tally(s, dt.date(2021, 9, 1))
    assert t is not None and (t.killed, t.since) == (12, "2021")


def test_tally_without_published_leaves_a_yearless_start_empty():
    t = find_tally("The monitor says 310 civilians have been killed since the offensive began on March 2.")
    assert t is not None and t.since == ""


def test_tally_counts_are_left_out_of_totals():
    assert total(find_counts("Rights groups say 500 people have been killed since 2019.")) is None


def test_event_with_a_dated_year_is_not_a_tally():
    s = "In May 2016, an air strike on a bakery killed 21 people."
    assert [c.tally for c in find_counts(s)] == [False]
    assert find_tally(s) is None


def test_event_sentence_has_no_tally():
    assert find_tally("The strike killed 9 people on Monday.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Soldiers clashed with a militia member in the market, killing the man.",
        "A woman was shot to death by two armed men outside her shop.",
        "The victim died in hospital.",
        "The body of a man was found under a bridge on the edge of town.",
        "A guard fatally shot a farmer during the argument.",
        "Armed herders attacked a minibus and killed the driver.",
        "1 fatality.",
        "An activist was fatally shot on Sunday in Peshawar.",
        "A gang hacked a secular blogger to death at his home.",
        "Unknown people clubbed a teacher to death near his school.",
        "A university lecturer was fatally stabbed outside a lecture hall.",
        "The mayor of a northern town has died of gunshot wounds he suffered when gunmen attacked his car.",
        "The head of a village near Beni has since died of his wounds.",
        "The commissioner of the district had died before help arrived.",
    ],
)
def test_one_victim_named_without_a_figure_is_one_killed(sentence):
    killed = [c for c in find_counts(sentence) if c.kind == "killed"]
    assert [c.value for c in killed] == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested a man near the market.",
        "The man was sentenced to death in absentia.",
        "The death toll is expected to rise.",
        "Gunmen killed 3 villagers and the driver.",  # the figure speaks; no extra victim is added
    ],
)
def test_no_single_victim_where_none_died_or_a_figure_is_given(sentence):
    assert [c.value for c in find_counts(sentence) if c.kind == "killed"] in ([], [3])


@pytest.mark.parametrize(("sentence", "killed", "civilian_first"), [
    ("Gunmen killed a lawmaker and six others in Kirkuk on Monday.", 7, True),
    ("A suicide bomber killed a cleric and four of his guards at a mosque in Kunduz.", 5, True),
    ("Gunmen shot dead a local councillor and two relatives outside his home in Karachi.", 3, True),
    ("The attack killed an MP and his driver on the road to Mosul.", None, True),
])
def test_a_politician_or_cleric_named_before_others_counts(sentence, killed, civilian_first):
    found = counts(sentence, "killed")
    assert found and found[0].civilians is civilian_first
    if killed is not None:
        assert total(found) == killed


@pytest.mark.parametrize(("sentence", "killed"), [
    ("Five men were on Thursday killed by gunmen in Plateau State.", 5),
    ("Two policemen were yesterday shot dead in Quetta.", 2),
    ("A pregnant woman and five men were on Sunday killed by unknown gunmen at Bisichi.", 6),
])
def test_a_day_between_auxiliary_and_participle(sentence, killed):
    assert total(counts(sentence, "killed")) == killed


@pytest.mark.parametrize(("sentence", "killed"), [
    ("Police said four people were killed in addition to the two bombers and 17 were wounded.", 6),
    ("Six soldiers were killed besides three attackers.", 9),
    ("Four civilians were killed, in addition to two soldiers, in the raid.", 6),
    ("Three policemen died as well as the two gunmen.", 5),
])
def test_a_figure_in_addition_to_the_first_counts_too(sentence, killed):
    assert total(counts(sentence, "killed")) == killed


@pytest.mark.parametrize(("sentence", "killed"), [
    ('Islamic State said one of its fighters had killed "more than 60 rafida" in the attack.', 60),
    ("Militants said three of their fighters had killed 20 soldiers.", 20),
    ("Two gunmen shot dead 12 people in Kano on Monday.", 12),
    ('The group said two of its men had killed "at least 12 soldiers" near the base.', 12),
])
def test_the_doers_counted_before_an_active_verb_are_no_victims(sentence, killed):
    assert total(counts(sentence, "killed")) == killed


@pytest.mark.parametrize(("sentence", "killed"), [
    ("Twelve people have been killed.", 12),
    ("Five people had died by Monday.", 5),
    ("Two soldiers had been killed, the army said.", 2),
])
def test_passive_and_intransitive_perfects_still_count(sentence, killed):
    assert total(counts(sentence, "killed")) == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("Doctors at a Srinagar hospital said two people were brought dead and 19 were treated for pellet injuries.", 2),
    ("Three men were pronounced dead at the hospital, a nurse said.", 3),
    ("Hospital officials said four protesters were brought in dead and 30 wounded.", 4),
    ("Five people were declared dead on arrival at the district hospital.", 5),
])
def test_brought_in_or_pronounced_dead_are_killed(text: str, killed: int) -> None:
    assert [c.value for c in find_counts(text) if c.kind == "killed"] == [killed]


@pytest.mark.parametrize("text", [
    "The mayor of Iguala was shot dead on Monday.",
    "The deputy director of the provincial information service was shot and killed on Monday in Nassau.",
    "Journalist Maria Lopez was shot dead outside her home on Monday.",
])
def test_one_person_named_by_title_and_killed_is_one_death(text: str) -> None:
    assert [(c.kind, c.value) for c in find_counts(text)] == [("killed", 1)]


@pytest.mark.parametrize(("sentence", "killed"), [
    ("Two farmers were stoned to death near Mopti on Sunday.", 2),
    ("Three traders were clubbed to death near Jos.", 3),
    ("A lawyer was bludgeoned to death in his office.", 1),
])
def test_people_clubbed_stoned_or_bludgeoned_to_death_are_killed(sentence: str, killed: int) -> None:
    assert [c.value for c in find_counts(sentence) if c.kind == "killed"] == [killed]


# --- a household killed together ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("An air strike on a house killed a family of six.", 6),
        ("Gunmen wiped out an entire family of nine in the village.", 9),
        ("A family of seven was killed when their car hit a mine.", 7),
        ("A mother and her two daughters were shot dead at a checkpoint.", 3),
        ("A couple and their three children were killed in the raid.", 5),
        ("Soldiers killed a farmer and his four sons on Tuesday.", 5),
    ],
)
def test_a_household_killed_together_is_counted_by_its_members(sentence, killed):
    assert total(find_counts(sentence)) == killed


def test_a_family_that_fled_is_no_toll():
    assert total(find_counts("A family of six fled the shelling on Monday.")) is None


# --- people named by nation, faith or community ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("Nine Palestinians were killed and 20 wounded in clashes in the camp.", 9),
        ("Four Afghans were shot dead near the border post.", 4),
        ("Two Shiites died when the bomb went off.", 2),
        ("Five Kenyans were among the dead.", 5),
    ],
)
def test_people_named_by_their_nation_or_faith_are_counted(sentence, killed):
    assert total(find_counts(sentence)) == killed


def test_a_capitalised_plural_that_is_no_people_is_no_count():
    assert total(find_counts("Seven Wednesdays ago the group attacked the town.")) is None


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("No fewer than 35 persons, including the district head, his brother and a police inspector, were killed.", 35),
        ("Twelve people, among them a pastor, a teacher and a nurse, were killed in the attack.", 12),
        ("At least 20 villagers, most of them women, children and old men, were killed on Sunday.", 20),
    ],
)
def test_a_figure_whose_victims_are_listed_between_commas_is_counted(sentence, killed):
    assert total(find_counts(sentence)) == killed


@pytest.mark.parametrize(("sentence", "value"), [
    ("One gendarme was killed in the attack on the post.", 1),
    ("Three cattle raiders were killed by the soldiers.", 3),
    ("Two jawans died in the encounter.", 2),
    ("Eleven inmates were killed in the riot.", 11),
    ("The shootout left four hitmen dead.", 4),
    ("Five guerrillas were killed in the bombing.", 5),
    ("Six vigilantes were killed in the ambush.", 6),
])
def test_armed_men_named_by_their_calling_are_counted(sentence: str, value: int) -> None:
    """Gendarmes, raiders, jawans, inmates, hitmen, guerrillas, vigilantes: people a toll names by what they do."""
    c = one(sentence)
    assert (c.value, c.kind) == (value, "killed")


@pytest.mark.parametrize(("sentence", "value"), [
    ("Residents lynched two men accused of stealing a motorcycle.", 2),
    ("Villagers lynched a suspected thief in the market.", 1),
    ("A crowd lynched an alleged kidnapper near the mosque.", 1),
    ("Residents stopped three suspected gang members, stoned them and burned them alive.", 3),
])
def test_the_lynched_are_dead(sentence: str, value: int) -> None:
    """Lynched (and burned alive) is killed, whether the figure follows the verb or stands before 'them'."""
    c = one(sentence)
    assert (c.value, c.kind) == (value, "killed")


def test_people_burned_but_not_alive_are_no_toll() -> None:
    assert counts("Youths caught two suspects and burned them in the square.", "killed") == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("A council member said 17 soldiers and auxiliaries had been killed.", 17),
    ("Twelve police officers and volunteers were killed in the ambush, a security source said.", 12),
    ("Residents said 14 villagers and herders were killed.", 14),
    ("Nine gendarmes and reservists were wounded when the mine went off.", 9),
])
def test_one_figure_before_two_nouns_counts_the_people_of_both(sentence: str, value: int) -> None:
    """'17 soldiers and auxiliaries had been killed': the figure counts both nouns' people together."""
    assert [c.value for c in find_counts(sentence)] == [value]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Eight troops and members of a pro-government militia died in the fighting, the army said.", 8),
    ("Six members of a village defence group died when the post was overrun.", 6),
    ("Four fishermen from the island perished when the boat was shelled.", 4),
])
def test_a_figure_before_died_counts_whatever_stands_between(sentence: str, value: int) -> None:
    """'died' and 'perished' have no active reading: the figure counts the dead, whatever phrase follows it."""
    assert [(c.kind, c.value) for c in find_counts(sentence)] == [("killed", value)]


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen attacked Kauru on Sunday, killing six people, and hundreds of residents fled.", 6),
    ("Militants raided Damasak on Monday, killing nine traders, and thousands of people escaped into the bush.", 9),
    ("Soldiers opened fire on a market in Kalehe on Friday, killing four people, and hundreds of traders fled.", 4),
    ("A drone struck a fuel depot in Kosti on Sunday, killing three workers, and dozens of residents were displaced.",
     3),
])
def test_a_figure_after_and_that_starts_a_clause_of_its_own_counts_no_dead(text: str, killed: int) -> None:
    """'killing six people, and hundreds of residents fled': the hundreds fled; they are no second object of
    'killing'."""
    assert sum(c.value for c in find_counts(text) if c.kind == "killed") == killed


@pytest.mark.parametrize(("text", "killed"), [
    ('The Rwanda Defence Force said in a statement that its troops had "neutralised" seven insurgents.', 7),
    ('The army said it had "eliminated" 23 terrorists near Djibo.', 23),
    ('Troops "neutralized" 14 militants in an operation near Mir Ali, the military said.', 14),
    ("The group said its fighters had 'executed' four spies in Jilib.", 4),
])
def test_a_verb_in_quotes_still_counts_its_dead(text: str, killed: int) -> None:
    """'its troops had "neutralised" seven insurgents': army statements put the verb in quotes."""
    assert [(c.kind, c.value) for c in find_counts(text)] == [("killed", killed)]


@pytest.mark.parametrize("sentence", [
    "The armed forces said they had destroyed a jihadist base in the area.",
    "Troops destroyed a militant camp near the town on Monday.",
    "The army said it had struck a terrorist gathering west of the river.",
    "Soldiers neutralised a rebel position on the ridge overnight.",
])
def test_a_people_word_before_a_thing_counts_nobody(sentence):
    assert [c for c in find_counts(sentence) if c.kind == "killed"] == []


@pytest.mark.parametrize("sentence", [
    "Troops killed a militant commander near the camp.",
    "Soldiers shot dead a militant near the base.",
])
def test_a_people_word_alone_still_counts_one(sentence):
    assert [(c.kind, c.value) for c in find_counts(sentence)] == [("killed", 1)]


def test_the_one_victim_prefilter_never_skips_a_sentence_the_pattern_matches():
    import tomllib
    from pathlib import Path

    from conflictlens.nlp import unnumbered
    from conflictlens.nlp.sentences import split_sentences

    root = Path(__file__).resolve().parent.parent
    probes = tomllib.loads((root / "tests" / "fixtures" / "probes.toml").read_text(encoding="utf-8"))
    texts = [p["text"] for p in probes["probe"]] + [n["text"] for n in probes.get("negative", [])]
    for path in sorted((root / "examples").glob("*.txt")):
        texts += [s.text for s in split_sentences(path.read_text(encoding="utf-8"))]
    texts += ["Gunmen shot dead a village chief in Kidal.", "The body of a man was found near the market.",
              "A teacher, who had criticised the militia, was shot dead.", "The attack resulted in his death."]
    assert unnumbered._one_victim_words() is not None
    found = [unnumbered._one_victim_match(t) for t in texts]
    assert [m and m.span() for m in found] == [(m := unnumbered._ONE_VICTIM_RX.search(t)) and m.span() for t in texts]
    assert sum(m is not None for m in found) >= 3
