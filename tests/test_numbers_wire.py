"""Victim figures as wire reports tell them (rules in nlp/numbers.py): tolls told around their event, lives
claimed or lost, victim lists and phrases between a figure and its verb. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from builders import counts
from builders import one_count as one
from conflictlens.nlp.numbers import total


@pytest.mark.parametrize(("sentence", "value", "who"), [
    ("Bandits ambushed a minibus near Zaria, killing five travellers.", 5, "travellers"),
    ("Six commuters were killed when a bomb hit a bus in Quetta.", 6, "commuters"),
    ("Gunmen killed four motorists at a fake checkpoint near Bauchi.", 4, "motorists"),
    ("Three pedestrians died when a mortar round landed in Donetsk.", 3, "pedestrians"),
])
def test_people_on_the_road_are_civilian_victims(sentence: str, value: int, who: str) -> None:
    c = one(sentence)
    assert (c.kind, c.value, c.who, c.civilians) == ("killed", value, who, True)


@pytest.mark.parametrize(("sentence", "value", "who"), [
    ("Twelve people lost their lives in shootings across Karachi on Friday.", 12, "people"),
    ("Four villagers lost their lives when gunmen raided the village on Sunday.", 4, "villagers"),
    ("At least 30 passengers lost their lives when a bomb hit a bus near Quetta.", 30, "passengers"),
])
def test_people_who_lost_their_lives_were_killed(sentence: str, value: int, who: str) -> None:
    c = one(sentence)
    assert (c.kind, c.value, c.who) == ("killed", value, who)


@pytest.mark.parametrize("sentence", [
    "The deputy governor of Kandahar, Abdul Rahim, was killed by unidentified armed men in Kandahar city on Monday.",
    "Atiqullah Raufi, head of the court secretariat, has been killed by unidentified armed men in Kabul.",
    "Maria Lopez, a local radio reporter, was shot dead in Tijuana on Monday.",
    "A Salafi sheikh was killed by unknown armed elements in Benghazi on Friday.",
])
def test_one_victim_named_beside_a_title_is_one_killed(sentence: str) -> None:
    c = one(sentence)
    assert (c.kind, c.value) == ("killed", 1)


def test_a_place_named_beside_a_title_is_no_victim() -> None:
    assert counts("Kabul, the capital, was hit by rockets on Monday.") == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("The death toll in an attack on a shopping mall in Nairobi has risen to 59.", 59),
    ("The death toll from Sunday's attack on a church in Owo has climbed to 41, officials said.", 41),
    ("The number of people killed in a raid on a village near Bunia has risen to 22.", 22),
    ("The toll from an assault on a hotel in Mogadishu rose to 17 on Monday.", 17),
])
def test_a_toll_told_around_its_event_counts_the_killed(sentence: str, value: int) -> None:
    c = one(sentence)
    assert (c.kind, c.value) == ("killed", value)


def test_a_toll_in_things_is_no_victim_count() -> None:
    assert counts("The toll from the storm has risen to 30 houses.") == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("Not less than 12 people were killed in the attack on the market.", 12),
    ("No less than 30 persons have been killed in renewed clashes.", 30),
    ("No fewer than eight villagers were killed on Thursday.", 8),
])
def test_not_less_than_is_a_floor(sentence: str, value: int) -> None:
    c = one(sentence)
    assert (c.kind, c.value, c.low, c.high) == ("killed", value, value, None)


@pytest.mark.parametrize(("sentence", "value", "who"), [
    ("No fewer than eight villagers in the village of Doulo in the Mayo-Sava district in the far north were killed "
     "and nine injured in a raid on Thursday.", 8, "villagers"),
    ("Twelve worshippers at the central mosque in the old quarter of the northern city of Kano were killed on "
     "Friday.", 12, "worshippers"),
    ("Six traders from the cattle market on the outskirts of the eastern town of Bunia were shot dead.", 6, "traders"),
])
def test_a_long_place_between_figure_and_verb_keeps_the_figure(sentence: str, value: int, who: str) -> None:
    killed = counts(sentence, "killed")
    assert [(c.value, c.who) for c in killed] == [(value, who)]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Gunmen killed nine villagers near Djibo on Sunday in the deadliest attack in the region this year.", 9),
    ("Insurgents killed six people in Yala in one of the deadliest shootings in the south this year.", 6),
    ("A car bomb killed 14 people in Mogadishu, the worst bombing in the capital so far this year.", 14),
])
def test_a_period_that_ranks_the_event_makes_no_tally(sentence: str, value: int) -> None:
    [c] = counts(sentence, "killed")
    assert (c.value, c.tally) == (value, False)


def test_a_period_after_a_figure_still_makes_a_tally() -> None:
    [c] = counts("At least 500 civilians have been killed this year, the UN said.", "killed")
    assert c.tally


@pytest.mark.parametrize(("sentence", "value"), [
    ("A bombing in Maiduguri claimed the lives of 12 worshippers on Friday.", 12),
    ("The raid took the lives of at least 30 villagers near Djibo.", 30),
    ("Fighting around the airport has cost the lives of 45 fighters since Monday.", 45),
    ("The attack claimed lives of at least 17 residents, officials said.", 17),
])
def test_the_lives_of_a_figure_are_the_killed(sentence: str, value: int) -> None:
    c = one(sentence)
    assert (c.kind, c.value) == ("killed", value)


@pytest.mark.parametrize(("sentence", "value"), [
    ("The army said it lost 12 soldiers in an ambush near Kidal on Sunday.", 12),
    ("Niger's government said it had lost 46 soldiers in the raid on the island.", 46),
    ("Kyiv admitted losing nine servicemen when a missile hit the barracks.", 9),
    ("The rebels lost at least 20 fighters in the battle for the town.", 20),
])
def test_a_side_that_lost_its_men_counts_them_killed(sentence: str, value: int) -> None:
    c = one(sentence)
    assert (c.kind, c.value) == ("killed", value)


@pytest.mark.parametrize("sentence", [
    "The ruling party lost 40 seats in the election.",
    "The opposition lost 12 members to defections last month.",
    "The convoy lost three trucks on the road to Goma.",
])
def test_what_a_party_lost_is_no_victim_count(sentence: str) -> None:
    assert [c for c in counts(sentence) if c.kind == "killed"] == []


@pytest.mark.parametrize(("sentence", "value"), [
    ("Three people, including a tribal chief were killed on Friday in Yarim.", 3),
    ("Five soldiers, among them a colonel were killed in the ambush near Kidal.", 5),
    ("Eleven villagers, including four children have been killed in the raid.", 11),
    ("Nine passengers including two women were killed when the bus hit a mine.", 9),
])
def test_a_list_of_victims_without_its_closing_comma_is_a_share(sentence: str, value: int) -> None:
    assert total(counts(sentence)) == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("Three engineers working for a Chinese company were killed near Gwadar on Monday.", 3),
    ("Two aid workers employed by a French charity were killed near Bambari on Friday.", 2),
    ("Four pilgrims travelling to Karbala were killed when gunmen opened fire on their bus.", 4),
    ("Six miners returning from a gold site were shot dead near Kidal.", 6),
    # en route, aboard, bound for, headed or fleeing towards
    ("Two aid workers en route to Kidal were killed by a landmine near Gao.", 2),
    ("Three soldiers aboard a military truck were killed when it hit a mine near Mopti.", 3),
    ("Four pilgrims bound for Karbala were killed in a bombing in Hilla.", 4),
    ("Five fishermen headed for the island were shot dead by pirates.", 5),
    ("Seven villagers fleeing towards the border were killed by shelling near Idlib.", 7),
])
def test_a_phrase_of_work_or_travel_between_a_figure_and_its_verb_keeps_the_figure(sentence: str, value: int) -> None:
    assert total(counts(sentence)) == value


@pytest.mark.parametrize("sentence", [
    "The chief was last week Thursday killed in his house in Calabar by unknown assassins.",
    "A trader was on Sunday night shot dead in Jos.",
    "A councillor was yesterday evening murdered at his home in Enugu.",
])
def test_a_day_between_was_and_its_verb_keeps_the_one_victim(sentence: str) -> None:
    assert total(counts(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked a bus near Mandera but the driver was not killed.",
    "A farmer was not killed in the raid on Kalla, police said.",
    "The journalist was never murdered in Goma, his family insisted.",
])
def test_a_victim_who_was_not_killed_counts_no_one(sentence: str) -> None:
    assert total(counts(sentence)) is None


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("Militiamen detained 12 villagers near Bunia and later killed five of them.", [("arrested", 12), ("killed", 5)]),
    ("Rebels seized 30 civilians in the village and subsequently executed ten.", [("abducted", 30), ("killed", 10)]),
    ("Soldiers arrested 20 youths in Bamenda and later executed four.", [("arrested", 20), ("killed", 4)]),
    # with a form of "be" the verb after "and" is still the figure's own
    ("Twelve villagers near Bunia and two soldiers were later killed.", [("killed", 12), ("killed", 2)]),
])
def test_a_verb_after_and_with_no_be_is_the_doers_next_act_not_the_figures(sentence: str, kinds: list) -> None:
    assert [(c.kind, c.value) for c in counts(sentence)] == kinds


@pytest.mark.parametrize(("sentence", "value"), [
    ("A landmine exploded near Makhmour on Wednesday, killing a shepherd.", 1),
    ("A stray shell killed a fisherman on the shore near Hodeidah.", 1),
    ("Gunmen shot dead a pharmacist outside his shop in Quetta.", 1),
    ("Soldiers shot dead two shepherds near Jenin on Friday.", 2),
    ("A mortar round killed a mother and her two daughters in Taiz.", 3),
    ("Four peasants were killed when troops fired on a market near Tumaco.", 4),
    ("Militants beheaded a catechist near Mocimboa da Praia, the diocese said.", 1),
    # by their stance
    ("Gunmen shot dead a Hezbollah critic in Tyre.", 1),
    ("Two government critics were killed in separate attacks in Juba.", 2),
    ("Three opposition supporters were shot dead by police in Kinshasa.", 3),
    ("Unknown men stabbed a prominent dissident to death in Tehran.", 1),
])
def test_victims_named_by_trade_kin_or_stance_are_counted(sentence: str, value: int) -> None:
    assert total(counts(sentence)) == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("Two journalists were abducted and killed in Sanaa on Monday.", 2),
    ("Three aid workers were abducted and executed by militants near Gao.", 3),
    ("Five men were abducted from their homes and later shot dead.", 5),
    ("Four traders were kidnapped before being beheaded, police said.", 4),
    # a place or a doer between the two verbs
    ("Four traders were kidnapped near Zamfara's Gusau before being beheaded.", 4),
    ("Five men were detained by militiamen at a checkpoint near Bunia and later shot dead.", 5),
    ("Six fishermen were seized on Lake Chad near Baga and executed, residents said.", 6),
])
def test_people_taken_and_then_killed_are_counted_dead(sentence: str, value: int) -> None:
    assert [(c.kind, c.value) for c in counts(sentence)] == [("killed", value)]


def test_people_only_taken_stay_taken() -> None:
    assert [(c.kind, c.value) for c in counts("Twelve students were kidnapped in Kaduna and taken to a forest.")] == [
        ("abducted", 12)]


@pytest.mark.parametrize(("sentence", "value"), [
    ("ADF rebels hacked to death 18 villagers in Beni territory, a local official said.", 18),
    ("Militants beat to death two men accused of spying near Gao.", 2),
    ("Herders stabbed to death three farmers near Makurdi on Sunday.", 3),
    ("Rebels burned to death five people in their homes in Ituri.", 5),
])
def test_a_manner_and_to_death_before_the_figure_counts_the_dead(sentence: str, value: int) -> None:
    assert [(c.kind, c.value) for c in counts(sentence)] == [("killed", value)]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Two children of a soldier were killed when gunmen attacked their home near Mubi.", 2),
    ("Three relatives of a local chief were shot dead near Bamenda.", 3),
    ("Four sons of a village head were abducted and killed near Gusau.", 4),
    ("Two nephews of a police officer were shot dead in Juarez on Sunday.", 2),
])
def test_the_person_whose_kin_were_killed_is_not_counted(sentence: str, value: int) -> None:
    assert total(counts(sentence, "killed")) == value


@pytest.mark.parametrize("sentence", [
    "Israeli forces shot dead a Palestinian in Beit Ummar on Monday.",
    "Gunmen killed an Iraqi near Kirkuk on Sunday, police said.",
    "Militants executed a Pakistani who worked for the government.",
    "An Afghan was shot dead by border guards near Islam Qala.",
])
def test_one_person_named_by_nationality_alone_is_one_dead(sentence: str) -> None:
    assert [(c.kind, c.value) for c in counts(sentence)] == [("killed", 1)]
