"""The whole-article passes (fold.py) end to end on short texts written for these tests: a lead folded into
its body, placeless mentions adopted as evidence, a note's lone event placed at its town. Real spaCy, real
gazetteer. Each test names the rule it guards."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document, Report


def code(text: str, published: dt.date = dt.date(2016, 5, 16)) -> list[Report]:
    return list(Extractor().code(Document("t", text, published, source="Test Wire")).reports)


def test_the_body_details_a_lead_summary_once():
    text = ("KABUL, July 12 (Test Wire) - Taliban fighters stormed a police post in Kunduz province over the "
            "weekend, officials said.\n\n"
            "On Saturday, Taliban fighters attacked a police checkpoint in Imam Sahib, killing nine policemen, "
            "a provincial council member said.")
    reports = code(text, dt.date(2021, 7, 12))
    assert len(reports) == 1, [(r.sub_event_type, r.location) for r in reports]
    assert reports[0].location == "Imam Sahib" and reports[0].event_date == dt.date(2021, 7, 10)


def test_an_undated_lead_does_not_fold_into_an_event_told_as_years_old():
    text = ("BENI, Congo, August 10, 2023 (Test Wire) - Rebels killed nine villagers in a night raid near Beni, "
            "officials said.\n\nIn August 2016, rebels killed 36 villagers in a night raid near Beni.")
    reports = code(text, dt.date(2023, 8, 10))
    assert sorted((r.is_background, r.fatalities) for r in reports) == [(False, 9), (True, 36)]


def test_a_notes_only_event_is_at_the_notes_town_on_its_day_with_the_force_it_named():
    text = ("On 7 May 2020, in Barra Mansa, Rio de Janeiro, Military Police officers went to a neighbourhood to "
            "check a tip on drug trafficking. Officers were attacked by suspects and a shoot-out broke out.")
    (r,) = code(text, dt.date(2020, 5, 9))
    assert (r.sub_event_type, r.location, r.event_date) == ("Armed clash", "Barra Mansa", dt.date(2020, 5, 7))
    assert r.actor1 == "Military Forces of Brazil (2019-) Military Police"


@pytest.mark.parametrize("text", [
    # told before any event
    "Ministers met for two hours on Saturday to weigh their answer to these murderous attacks.\n\nA car bomb "
    "exploded at a bus station in Belfast on Friday afternoon, killing six people, police said.",
    "Prosecutors said the suspect had planned the bombing for months.\n\nTwo bombs exploded near the finish "
    "line of the city marathon in Boston on Monday, killing three people.",
    "Shops stayed shut across the town on Sunday, two days after the killings.\n\nGunmen killed 14 villagers in "
    "Solhan on Friday night, a local official said.",
    "Residents said they had heard the explosion from miles away.\n\nA roadside bomb killed four soldiers near "
    "Kidal on Friday, the army said.",
    # the event told later has no town of its own
    "A Kyrgyz man pleaded not guilty on Wednesday to lying about his ties to the men accused of the Boston "
    "Marathon bombing.\n\nHe is not charged with taking part in the April 15 attack, which killed three people.",
    "A court in Ankara jailed two men on Tuesday for helping the cell behind the airport bombing.\n\nNeither took "
    "part in the June attack, which killed 45 people, the judge said.",
    "Investigators in Kano questioned three traders on Sunday about the market bombing.\n\nNo group has claimed "
    "the Friday attack, which killed 30 people.",
])
def test_a_sentence_pointing_back_before_the_event_is_told_is_its_evidence(text: str) -> None:
    (r,) = code(text, dt.date(2024, 3, 12))
    assert text.split("\n\n")[0] in [e.sentence for e in r.evidence]


@pytest.mark.parametrize("text", [
    # a sentence pointing ahead to attacks on civilians is evidence of the attack on civilians told later, not of
    # the gun battle told first
    "The governor said these cowardly attacks on civilians would not go unpunished.\n\nOn Monday soldiers clashed "
    "with militants near Maiduguri, and two soldiers died.\n\nLater on Monday, two suicide bombers blew themselves "
    "up in a market in Maiduguri, killing 14 people.",
    "The president said the cowardly attacks on civilians would be avenged.\n\nOn Sunday troops fought insurgents "
    "near Mogadishu, and three soldiers died.\n\nLater on Sunday, a suicide bomber blew himself up at a cafe in "
    "Mogadishu, killing 12 people.",
    "Mourners gathered for the victims of the attacks on worshippers.\n\nOn Friday police fought gunmen outside "
    "Kano, and one policeman died.\n\nLater on Friday, a suicide bomber struck a mosque in Kano, killing 30 "
    "worshippers.",
])
def test_a_pointer_to_attacks_on_civilians_goes_to_the_attack_on_civilians(text: str) -> None:
    reports = Extractor().code(Document("t", text, dt.date(2024, 3, 12))).reports
    opening = text.split("\n\n")[0]
    holders = [r.sub_event_type for r in reports if any(e.sentence.startswith(opening[:30]) for e in r.evidence)]
    assert holders == ["Suicide bomb"]


@pytest.mark.parametrize(("toll", "mention"), [
    ("In one incident a man was killed in a battle between troops and gunmen.",
     "After midnight their posts came under intense gunfire."),
    ("On Tuesday two soldiers died in a gun battle with militants.",
     "On Wednesday an army base came under heavy fire."),
    ("Three militiamen were killed in a clash with soldiers.", "Later the rebels ambushed a supply convoy."),
])
def test_a_placeless_mention_with_no_toll_is_evidence_of_an_event_with_a_toll(toll: str, mention: str) -> None:
    """'their posts came under intense gunfire. There were no military casualties.': a placeless clash with no
    toll is evidence of the nearest clash; one with a toll counts as a host before finalize gives it the town
    its paragraph named."""
    from conflictlens.extract.drafts import Draft
    from conflictlens.extract.fold import adopt_placeless
    from conflictlens.extract.grouping import choose_primary
    from conflictlens.models import Claim, Evidence
    from conflictlens.nlp.sentences import Sentence
    from conflictlens.nlp.triggers import find_triggers

    def draft(text: str, index: int, killed: int | None) -> Draft:
        s = Sentence(text, index * 100, index * 100 + len(text), 1, index)
        t = choose_primary(find_triggers(text))
        return Draft(t, s, None, None, 1, claims=[Claim("", killed=killed)] if killed else [],
                     evidence=[Evidence("t", None, text, s.start, s.end)], trigger_offset=t.start)

    battle, later = draft(toll, 1, 1), draft(mention, 5, None)
    kept = adopt_placeless([battle, later])
    assert kept == [battle] and later.evidence[0] in battle.evidence


@pytest.mark.parametrize("text", [
    ("KASSALA, Sudan, May 16 (Test Wire) - Soldiers shot dead four people in Kassala on Sunday, witnesses said.\n\n"
     "Hundreds of residents were marching to the governor's office when troops opened fire, a doctor said."),
    ("DHAKA, May 16 (Test Wire) - Police killed three people in Sylhet on Sunday, local media reported.\n\n"
     "Police fired live rounds at thousands of protesters who had blocked the main road, witnesses said."),
    ("COCHABAMBA, May 16 (Test Wire) - Security forces shot dead two men in Sacaba on Sunday, a rights group said.\n\n"
     "Soldiers opened fire on a march of coca growers at a bridge outside the town, the group said."),
])
def test_a_lead_s_killing_is_the_body_s_fire_on_protesters(text: str) -> None:
    """The lead tells the dead; the body shows them marching or protesting when fired on: one event, excessive
    force, on the lead's day."""
    reports = [r for r in code(text) if r.event_type in ("Protests", "Violence against civilians")]
    assert [(r.sub_event_type, r.event_date) for r in reports] == [
        ("Excessive force against protesters", dt.date(2016, 5, 15))]



@pytest.mark.parametrize(("text", "places"), [
    ("Military jets bombed a village in Myanmar's Sagaing region on Monday, killing 17 people, residents said.\n\n"
     "In Yangon, a bomb exploded near a police station on Sunday night, wounding two officers.",
     {"Sagaing", "Yangon"}),
    ("Shelling hit a market in a town of Donetsk region on Sunday, killing seven, officials said.\n\n"
     "In Kharkiv, a missile struck an apartment block on Saturday, wounding 12.", {"Donetsk", "Kharkiv"}),
    ("Gunmen killed 20 villagers in an attack in Nigeria's Zamfara state on Friday, police said.\n\n"
     "In Kaduna, gunmen shot dead four worshippers at a church on Thursday.", {"Gusau", "Kaduna"}),
])
def test_a_lead_placed_in_a_province_does_not_fold_into_a_body_event_in_another(text: str, places: set) -> None:
    assert {r.location for r in code(text, dt.date(2024, 3, 12))} == places


def test_a_lead_placed_in_a_province_folds_into_the_body_s_event_in_it():
    text = ("Military jets bombed a village in Myanmar's Sagaing region on Monday, killing 17 people, residents "
            "said.\n\nThe jets struck a village near Shwebo at about 10 a.m., a local official said.")
    assert len(code(text, dt.date(2024, 3, 12))) == 1


@pytest.mark.parametrize(("text", "country"), [
    ("GAZA, March 11 (Test Wire) - An Israeli air strike on a house in Nuseirat killed 13 people, medics said.\n\n"
     "Palestinian militants fired rockets at southern Israel, the military said.\n\n"
     "Across the border, an Israeli drone strike on a car in southern Lebanon killed a Hezbollah fighter.",
     "Lebanon"),
    ("KYIV, March 11 (Test Wire) - Russian shelling killed two people in Kherson on Sunday, officials said.\n\n"
     "Ukraine has increasingly struck targets across the border.\n\n"
     "A Ukrainian drone attack on a fuel depot in western Russia killed one worker on Sunday.", "Russia"),
    ("NAIROBI, March 11 (Test Wire) - Gunmen killed four police officers near Garissa on Sunday, police said.\n\n"
     "Kenya has troops in the African Union force next door.\n\n"
     "A drone strike on a vehicle in southern Somalia killed four militants on Sunday.", "Somalia"),
    ("ISLAMABAD, March 11 (Test Wire) - Militants killed five soldiers near Peshawar on Sunday, the army said.\n\n"
     "Pakistan accuses its neighbour of sheltering the militants.\n\n"
     "Pakistani air strikes on hideouts in eastern Afghanistan killed eight people on Monday.", "Afghanistan"),
])
def test_a_deadly_event_its_sentence_places_in_another_country_is_coded_there(text: str, country: str) -> None:
    assert country in {r.country for r in code(text, dt.date(2024, 3, 11))}
