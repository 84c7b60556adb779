"""What a later sentence tells as having come next ("then", "later", "subsequently"): an event of its own, not
a new type for the event before. Every text is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import HOUTHI_FORCES
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document, Report


def code(extractor: Extractor, text: str) -> list[Report]:
    return extractor.code(Document("t", text, dt.date(2024, 3, 12))).reports


@pytest.mark.parametrize(("text", "first", "second"), [
    ("RSF fighters shelled a displacement camp near El Fasher on Sunday, killing 23 people. The army's air force "
     "later bombed RSF positions east of the city.",
     ("Shelling/artillery/missile attack", "Rapid Support Forces"), ("Air/drone strike", "Military Forces of Sudan")),
    ("Houthi fighters attacked government positions south of Marib on Friday. Saudi-led coalition jets then "
     "struck the attackers' vehicles.", ("Armed clash", HOUTHI_FORCES), ("Air/drone strike", "")),
    ("Al-Shabaab militants ambushed an army convoy near Jowhar on Monday, killing four soldiers. The army "
     "subsequently shelled the militants' hideouts in nearby villages.",
     ("Armed clash", "Al Shabaab"), ("Shelling/artillery/missile attack", "Military Forces of Somalia")),
])
def test_a_strike_of_another_kind_told_as_what_came_next_is_an_event_of_its_own(
        extractor: Extractor, text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    reports = code(extractor, text)
    assert len(reports) == 2, [(r.sub_event_type, r.actor1) for r in reports]
    assert (reports[0].sub_event_type, reports[0].actor1) == first
    assert reports[1].sub_event_type == second[0] and reports[1].actor1.startswith(second[1])
    assert reports[1].location == reports[0].location and reports[1].fatalities == 0


@pytest.mark.parametrize("text", [
    "RSF fighters shelled a displacement camp near El Fasher on Sunday. The shelling killed 23 people.",
    "Warplanes bombed a market in Ariha on Sunday. Rescue workers later pulled 11 bodies from the rubble.",
])
def test_what_the_same_event_did_next_stays_that_event(extractor: Extractor, text: str) -> None:
    assert len(code(extractor, text)) == 1


@pytest.mark.parametrize(("text", "killed"), [
    ("On 10 March 2024, Turkish forces clashed with PKK militants in Amedi district (Duhok). 4 PKK fighters killed.",
     4),
    ("On 9 March 2024, soldiers clashed with Al Shabaab militants near Afgoye. 3 Al Shabaab fighters killed.", 3),
    ("On 8 March 2024, police exchanged fire with bandits in Zurmi (Zamfara). 5 bandits killed, 2 policemen injured.",
     5),
])
def test_a_toll_of_fighters_killed_after_a_clash_is_its_toll(extractor: Extractor, text: str, killed: int) -> None:
    """'4 PKK fighters killed.': the note's toll, told without "were", not fighters who killed someone."""
    (r,) = code(extractor, text)
    assert (r.sub_event_type, r.fatalities) == ("Armed clash", killed)


@pytest.mark.parametrize("text", [
    "Gunmen killed three farmers near Bukavu on Monday.",
    "Militants attacked a checkpoint near Ghazni on Monday and killed two policemen.",
])
def test_fighters_who_killed_someone_still_killed(extractor: Extractor, text: str) -> None:
    assert [r.fatalities for r in code(extractor, text)] == [3 if "three" in text else 2]


@pytest.mark.parametrize("text", [
    "Dozens of students rallied at the university in Dhaka on Sunday against fee increases. Officers dispersed them "
    "with water cannon.",
    "Hundreds of pensioners gathered outside the finance ministry in Tbilisi on Monday to demand higher pensions. "
    "Riot police used pepper spray to disperse them.",
    "Residents blocked the main road in Cochabamba on Friday to protest against water cuts. Soldiers fired rubber "
    "bullets to clear the road.",
])
def test_a_protest_dispersed_in_the_next_sentence_met_intervention(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in code(extractor, text)] == ["Protest with intervention"]


@pytest.mark.parametrize(("text", "actor2"), [
    ("Around 40 women marched in Kabul on Saturday demanding the right to work. Taliban fighters fired into the air "
     "and beat some participants to disperse them.", "Military Forces of Afghanistan"),
    ("Hundreds of residents rallied in Omdurman on Monday against the war. RSF fighters fired into the air to "
     "disperse them.", "Rapid Support Forces"),
    ("Dozens of students gathered in Sanaa on Sunday to demand unpaid salaries. Houthi gunmen broke up the "
     "gathering with sticks.", "Military Forces of Yemen (Supreme Political Council)"),
    ("Traders protested in Baidoa on Monday against new taxes. Al Shabaab militants fired into the air to disperse "
     "the crowd.", "Al Shabaab"),
])
def test_a_protest_broken_up_by_a_named_force_met_intervention(extractor: Extractor, text: str,
                                                                actor2: str) -> None:
    """The force the next sentence names is any armed actor, not only police, troops or officers."""
    assert [(r.sub_event_type, r.actor2) for r in code(extractor, text)] == [("Protest with intervention", actor2)]


def test_forces_only_deployed_by_a_march_leave_it_peaceful(extractor: Extractor) -> None:
    text = ("Hundreds of teachers marched in Nairobi on Tuesday demanding a pay rise. Security forces were deployed "
            "along the route.")
    assert [r.sub_event_type for r in code(extractor, text)] == ["Peaceful protest"]


@pytest.mark.parametrize(("text", "killed"), [
    ("Demonstrators demanding the president's resignation tried to enter the airport in Juliaca, Peru, on Monday. "
     "Police fired tear gas and live rounds; at least 17 people were killed.", 17),
    ("Residents protested in Kasese, Uganda, on Friday over land evictions. Police shot dead two of them.", 2),
    ("Hundreds of students marched in Dhaka on Sunday against job quotas. Security forces opened fire, killing "
     "three.", 3),
])
def test_a_protest_shot_at_in_the_next_sentence_met_excessive_force(extractor: Extractor, text: str,
                                                                   killed: int) -> None:
    """One event with its toll, not a peaceful protest beside an attack by the police."""
    assert [(r.sub_event_type, r.fatalities) for r in code(extractor, text)] == [
        ("Excessive force against protesters", killed)]
