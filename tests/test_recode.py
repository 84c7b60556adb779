"""The recode stage (extract/recode.py): each named rule on two or more wordings written for these tests, end to
end through the real extractor, and the rule recorded on the record in `coding_rules`."""

from __future__ import annotations

import ast
import datetime as dt
import inspect

import pytest

from builders import HOUTHI_FORCES
from conflictlens.extract import recode, sentence_rules
from conflictlens.extract.extractor import Extractor
from conflictlens.extract.sentence_rules import NEXT_SENTENCE_RULES, SENTENCE_RULES
from conflictlens.models import Document, Report

DAY = dt.date(2024, 3, 12)


def code(extractor: Extractor, text: str) -> Report:
    reports = extractor.code(Document("t", text, DAY, source="Test Wire")).reports
    assert len(reports) == 1, [(r.sub_event_type, r.location) for r in reports]
    return reports[0]


CASES = [
    # (rule, text, event_type, sub_event_type, actor1, actor2)
    ("armed_arsonists", "Myanmar soldiers torched a village in Sagaing region and killed 11 residents, witnesses said.",
     "Violence against civilians", "Attack", "Military Forces of Myanmar", "Civilians (Myanmar)"),
    ("armed_arsonists", "Soldiers set fire to homes near Bamenda on Monday, forcing villagers to flee.",
     "Strategic developments", "Looting/property destruction", "Military Forces of Cameroon", None),
    ("armed_arsonists", "Militiamen torched houses in Djugu territory on Monday, displacing hundreds of villagers.",
     "Strategic developments", "Looting/property destruction",
     "Unidentified Armed Group (Democratic Republic of Congo)", None),
    ("off_duty_victim", "Gunmen shot dead an off-duty police officer outside his home in Kaduna on Monday.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
    ("off_duty_victim", "An off-duty soldier was killed by unknown attackers in Maiduguri on Sunday.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
    ("off_duty_victim", "Gunmen assassinated a retired army colonel in Benghazi on Monday.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Libya)", "Civilians (Libya)"),
    ("off_duty_victim", "A former police officer was shot dead by militants in Mosul on Tuesday.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
    ("off_duty_victim", "A retired police sergeant was stabbed to death by gang members in San Pedro Sula.",
     "Violence against civilians", "Attack", "Unidentified Gang (Honduras)", "Civilians (Honduras)"),
    ("off_duty_victim", "Suspected dissidents shot dead a former FARC fighter in Tumaco on Sunday.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Colombia)", "Civilians (Colombia)"),
    ("ambushed_civilians", "Gunmen ambushed a bus carrying traders near Gao, killing seven passengers.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Mali)", "Civilians (Mali)"),
    ("ambushed_civilians", "Bandits ambushed a minibus near Zaria on Monday, killing five travellers.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
    ("ambushed_civilians", "Five travellers were ambushed near Jos on Friday and all of them were killed.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
    ("ambushed_civilians", "Militiamen ambushed a convoy of traders on the road to Bunia, killing four.",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Democratic Republic of Congo)",
     "Civilians (Democratic Republic of Congo)"),
    ("clash_beside_protest", "Residents held a demonstration in Lahore on Monday and clashed with police.",
     "Riots", "Violent demonstration", "Rioters (Pakistan)", "Police Forces of Pakistan"),
    ("clash_beside_protest", "Hundreds of farmers marched through Amritsar on Monday and fought with police.",
     "Riots", "Violent demonstration", "Rioters (India)", "Police Forces of India"),
    ("crowd_clash", "Two groups of villagers clashed over a land dispute in Gaya district on Monday.",
     "Riots", "Mob violence", "Rioters (India)", "Civilians (India)"),
    ("crowd_clash", "Residents of two neighbouring villages clashed with sticks in Nyala on Sunday.",
     "Riots", "Mob violence", "Rioters (Sudan)", "Civilians (Sudan)"),
    ("protest_with_intervention", "Hundreds of teachers marched to the governor's office in Kano on Monday. "
     "Police dispersed them with tear gas.", "Protests", "Protest with intervention", "Protesters (Nigeria)", None),
    ("protest_with_intervention", "Dozens of students protested outside parliament in Nairobi on Tuesday. About 20 "
     "protesters were arrested.", "Protests", "Protest with intervention", "Protesters (Kenya)", None),
    ("gang_member_shot", "Gunmen shot dead an alleged drug dealer in Culiacan on Monday.",
     "Battles", "Armed clash", "Unidentified Armed Group (Mexico)", "Unidentified Gang (Mexico)"),
    ("gang_member_shot", "A suspected gang member was killed by rival gang members in Tijuana on Sunday.",
     "Battles", "Armed clash", "Unidentified Gang (Mexico)", None),
    ("armed_target", "Militants attacked an army base near Gao on Monday.",
     "Battles", "Armed clash", "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    ("civilians_targeted", "Five farmers were abducted from their fields near Zaria on Monday.",
     "Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)",
     "Civilians (Nigeria)"),
    ("civilians_hit", "Shelling hit a market in Donetsk on Monday, killing six civilians.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", "Unidentified Armed Group (Ukraine)",
     "Civilians (Ukraine)"),
    ("unnamed_doer", "A shoot-out took place in the market of Bamako on Monday.",
     "Battles", "Armed clash", "Unidentified Armed Group (Mali)", "Unidentified Armed Group (Mali)"),
    ("unnamed_doer", "A car was set on fire in Kisumu on Monday.",
     "Strategic developments", "Looting/property destruction", "Unidentified Armed Group (Kenya)",
     "Civilians (Kenya)"),
    ("riot_without_demonstration", "Villagers threw stones at a passing bus in Meerut on Monday.",
     "Riots", "Mob violence", "Rioters (India)", "Civilians (India)"),
    ("decided_by_the_state", "Authorities in Imphal imposed an indefinite curfew on Tuesday.",
     "Strategic developments", "Change to group/activity", "Government of India", ""),
    ("decided_by_the_state", "Local officials in Maiduguri imposed a 24-hour curfew on Friday.",
     "Strategic developments", "Change to group/activity", "Government of Nigeria", ""),
    ("decided_by_the_state", "The mayor of Kherson ordered a 48-hour curfew in the city on Saturday.",
     "Strategic developments", "Change to group/activity", "Government of Ukraine", ""),
    ("decided_by_the_state", "Hundreds of troops were deployed to Kidal on Sunday.",
     "Strategic developments", "Change to group/activity", "Military Forces of Mali", ""),
    ("decided_by_the_state", "A fresh battalion arrived in Beni on Wednesday.",
     "Strategic developments", "Change to group/activity", "Military Forces of the Democratic Republic of Congo", ""),
    ("decided_by_the_state", "Extra contingents of police were deployed across Dhaka on Thursday ahead of the strike.",
     "Strategic developments", "Change to group/activity", "Police Forces of Bangladesh", ""),
    ("agreement_parties", "The army and the rebels signed a ceasefire agreement in Juba on Monday.",
     "Strategic developments", "Agreement", "Government of South Sudan", None),
]


@pytest.mark.parametrize(("rule", "text", "event_type", "sub", "actor1", "actor2"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_rule_codes_its_sentences_and_is_recorded(
    extractor: Extractor, rule: str, text: str, event_type: str, sub: str, actor1: str, actor2: str | None
) -> None:
    r = code(extractor, text)
    assert (r.event_type, r.sub_event_type, r.actor1) == (event_type, sub, actor1)
    if actor2 is not None:
        assert r.actor2 == actor2
    assert rule in r.coding_rules
    assert r.to_record()["coding_rules"] == list(r.coding_rules)


def test_a_plain_event_that_no_rule_changes_records_none(extractor: Extractor) -> None:
    r = code(extractor, "Police arrested three men in the market of Peshawar on Monday.")
    assert (r.sub_event_type, r.actor1, r.coding_rules) == ("Arrests", "Police Forces of Pakistan", ())


def test_the_first_convention_that_applies_ends_the_conventions(extractor: Extractor) -> None:
    # the off-duty officer's attack is not then recoded as a clash with an armed target
    r = code(extractor, "Militants shot dead an off-duty soldier in Kaduna on Monday.")
    assert r.coding_rules.count("off_duty_victim") == 1 and "armed_target" not in r.coding_rules


def _rules() -> list:
    return [*SENTENCE_RULES, *NEXT_SENTENCE_RULES, *recode.BEFORE, *recode.CONVENTIONS,
            *recode.AFTER]


def test_every_rule_opens_its_docstring_with_the_sentence_it_handles() -> None:
    for rule in _rules():
        doc = inspect.getdoc(rule) or ""
        assert doc.startswith(("'", '"')), f"{rule.__name__}: the docstring should open with an example sentence"


def test_rule_names_are_unique_and_listed() -> None:
    names = recode.rule_names()
    assert len(names) == len(set(names))
    assert {r.__name__ for r in _rules()} <= set(names)


def test_no_rule_reads_module_state_it_could_change() -> None:
    """Rules are pure: no `global` statement in recode.py or sentence_rules.py."""
    for module in (recode, sentence_rules):
        tree = ast.parse(inspect.getsource(module))
        assert not [n for n in ast.walk(tree) if isinstance(n, ast.Global)]


@pytest.mark.parametrize("text", [
    # a crowd that only speaks of the fighting does not make it mob violence
    "Fighting broke out near Kidal on Monday and two people were killed, residents said.",
    "Clashes erupted in Jos on Friday, according to villagers, and four people were killed.",
    "Residents of Beni say fighting flared again on Sunday, and six people were killed.",
])
def test_a_crowd_that_only_speaks_is_no_mob(extractor: Extractor, text: str) -> None:
    assert code(extractor, text).sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "Militants ambushed an army convoy near Gao, killing seven soldiers.",
    "Al-Shabaab fighters ambushed a police patrol near Afgoye on Sunday.",
    "Rebels ambushed a truck carrying soldiers near Beni, killing three.",
])
def test_an_ambush_on_forces_stays_a_clash(extractor: Extractor, text: str) -> None:
    r = code(extractor, text)
    assert (r.sub_event_type, "ambushed_civilians" in r.coding_rules) == ("Armed clash", False)


@pytest.mark.parametrize(("text", "actor1"), [
    ("Hayat Tahrir al-Sham arrested three men in Idleb city on Thursday.", "Hayat Tahrir al-Sham"),
    ("Al-Shabaab has detained two elders in Jilib, residents said.", "Al Shabaab"),
    ("Houthi militants rounded up a dozen teachers in Dhamar on Monday.", HOUTHI_FORCES),
])
def test_a_group_that_makes_the_arrest_stays_its_doer(extractor: Extractor, text: str, actor1: str) -> None:
    r = code(extractor, text)
    assert (r.sub_event_type, r.actor1) == ("Arrests", actor1)
    assert "arrests_by_police" not in r.coding_rules


def test_a_group_whose_members_are_arrested_is_the_one_arrested(extractor: Extractor) -> None:
    r = code(extractor, "Three al-Shabaab members were arrested in Mogadishu on Monday.")
    assert (r.actor1, r.actor2) == ("Police Forces of Somalia", "Al Shabaab")


def test_a_crowd_that_sets_the_fire_still_riots(extractor: Extractor) -> None:
    r = code(extractor, "Angry youths torched a police station in Lagos after a man died in custody.")
    assert r.event_type == "Riots" and "armed_arsonists" not in r.coding_rules


@pytest.mark.parametrize("text", [
    "Gang members shot dead a bus driver in Port-au-Prince on Tuesday, police said.",
    "Gang members opened fire on a market in Croix-des-Bouquets, killing three vendors.",
    "Heavily armed gang members attacked a church in Gonaives, killing a pastor.",
])
def test_gang_members_who_act_are_the_doers_not_the_victims(extractor: Extractor, text: str) -> None:
    r = code(extractor, text)
    assert (r.sub_event_type, r.actor2) == ("Attack", "Civilians (Haiti)")
    assert "gang_member_shot" not in r.coding_rules
