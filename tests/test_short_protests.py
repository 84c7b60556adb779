"""Short news wordings of force used on protests: a protester who died of the force, and arrests made at a
protest. Several wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "A student protester died after being hit by a rubber bullet during a rally in Dhaka.",
    "One marcher was killed when riot police charged a demonstration in Lima.",
    "A demonstrator died of his injuries after police beat him during a protest in Kampala.",
])
def test_a_protester_who_died_of_the_force_is_excessive_force(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Excessive force against protesters"]


def test_a_protester_killed_in_a_road_accident_is_no_excessive_force(extractor: Extractor) -> None:
    text = "A protester died in a road accident on the way to a rally in Lima."
    assert "Excessive force against protesters" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Police detained 25 people at an opposition rally in Harare.",
    "Security forces arrested dozens during a demonstration against the junta in Bamako.",
    "Authorities rounded up 60 people after a protest in Minsk.",
])
def test_arrests_at_a_protest_are_a_protest_with_intervention(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Protest with intervention"]


@pytest.mark.parametrize(("text", "sub", "killed"), [
    ("Several pro-Morsi protestors were killed and hundreds were wounded by Egyptian security forces.",
     "Excessive force against protesters", 3),
    ("Three protestors were shot dead by police in Nairobi on Tuesday.", "Excessive force against protesters", 3),
    ("Police arrested 30 protestors outside parliament in Harare on Wednesday.", "Protest with intervention", 0),
])
def test_protestors_spelled_with_o_are_protesters(extractor: Extractor, text: str, sub: str, killed: int) -> None:
    assert [(r.sub_event_type, r.fatalities) for r in coded(extractor, text)] == [(sub, killed)]


@pytest.mark.parametrize("text", [
    "Riot police killed a student during a peaceful sit-in in Dhaka.",
    "Security forces killed a man at a demonstration in Khartoum on Thursday.",
    "Police killed three people as they dispersed a protest in Lagos.",
    "Soldiers beat a young man to death at a rally in Conakry on Monday.",
])
def test_the_forces_killing_anyone_at_a_protest_is_excessive_force(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Excessive force against protesters"]


def test_a_protest_over_an_earlier_killing_by_police_is_no_excessive_force(extractor: Extractor) -> None:
    text = "Protesters in Karachi marched to demand justice after police killed a suspect in custody last month."
    assert "Excessive force against protesters" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize(("text", "sub"), [
    ("Dozens of pensioners were pepper-sprayed and shoved back by police during their weekly rally in Buenos Aires.",
     "Protest with intervention"),
    ("Police pepper-sprayed students protesting outside the education ministry in Santiago.",
     "Protest with intervention"),
    ("Police detain dozens as Istanbul Pride march is broken up", "Protest with intervention"),
    ("Guinean police shoot dead three peaceful marchers in Conakry, opposition says",
     "Excessive force against protesters"),
    ("Soldiers kill four protesters in Mandalay as crackdown intensifies", "Excessive force against protesters"),
])
def test_force_on_a_crowd_told_as_pepper_spray_a_break_up_or_a_headline(extractor: Extractor, text: str,
                                                                       sub: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == [sub]


@pytest.mark.parametrize("text", [
    "Police arrested 15 opposition activists in Harare on Tuesday ahead of a planned rally, their lawyer said.",
    "Security forces detained the organisers of a planned protest in Minsk on Friday.",
    "Two union organisers were detained in Tunis ahead of a scheduled demonstration against the president.",
    "Police detained six activists in Kampala who were handing out leaflets for an upcoming rally.",
])
def test_arrests_before_a_protest_still_to_come_are_arrests(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Arrests"]


def test_a_planned_march_that_went_ahead_is_a_protest(extractor: Extractor) -> None:
    text = "Thousands joined the planned march through Nairobi on Saturday."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Peaceful demonstrators protesting the cost of living were tear-gassed and chased off the Lekki toll gate in "
    "Lagos on Thursday.",
    "Police detained dozens of opposition workers who were marching towards the governor's office in Srinagar.",
    "Students rallying against tuition fees were teargassed by police in Nairobi on Tuesday.",
])
def test_marchers_tear_gassed_or_detained_as_they_marched_are_a_protest_with_intervention(extractor: Extractor,
                                                                                          text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Protest with intervention"]


@pytest.mark.parametrize("text", [
    "Opposition supporters gathered on Tbilisi's Rustaveli Avenue on Sunday evening, waving EU flags.",
    "Hundreds of women assembled outside the governor's office in Maiduguri, holding placards demanding the "
    "return of their husbands.",
    "Chanting slogans against the junta, thousands of people gathered in central Bamako on Friday.",
    "Farmers converged on the district headquarters in Lahore carrying banners on Monday.",
])
def test_a_crowd_gathered_with_flags_placards_or_slogans_protests(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Peaceful protest"]


def test_a_crowd_gathered_for_a_wedding_is_no_protest(extractor: Extractor) -> None:
    assert not coded(extractor, "Families gathered in Kabul on Sunday for a wedding.")


@pytest.mark.parametrize("text", [
    "Police in Minsk detained some 40 people who had gathered outside the Palace of the Republic on Saturday to "
    "protest the election result, a rights group said.",
    "Riot police cleared protesting students from the main square of Tbilisi before dawn on Monday, detaining a "
    "dozen of them.",
    "Soldiers blocked a march by farmers heading to the parliament in Dhaka on Wednesday, forcing them to turn "
    "back.",
    "Security forces forcibly removed dozens of women staging a sit-in outside the governor's office in Kandahar "
    "on Tuesday.",
    "Police dismantled the protest camp of displaced families outside the UN compound in Juba on Thursday and "
    "arrested eight people.",
    "Officers dragged away activists who had chained themselves to the gates of the ministry in Kampala on Friday.",
    "Authorities held dozens of opposition supporters who tried to rally in central Algiers on Friday, loading "
    "them into police vans.",
    "Police stopped hundreds of teachers from marching to the presidential palace in Conakry on Monday.",
])
def test_protesters_cleared_blocked_removed_or_held_are_a_protest_with_intervention(extractor: Extractor,
                                                                                    text: str) -> None:
    assert "Protest with intervention" in [r.sub_event_type for r in coded(extractor, text)]


def test_troops_blocking_a_road_with_no_protest_are_no_protest(extractor: Extractor) -> None:
    subs = [r.sub_event_type for r in coded(extractor, "Soldiers blocked the road to Bunia on Monday and turned back "
                                                       "traders, residents said.")]
    assert not any(s.startswith("Protest") for s in subs)


@pytest.mark.parametrize("text", [
    "Members of a religious party beat up police officers during a march in Karachi on Friday, injuring six.",
    "Striking transport workers torched two buses and smashed shop windows during a general strike in Dhaka on "
    "Sunday.",
    "Crowds demanding the governor's resignation ransacked his office in Juba on Thursday.",
    "Marchers armed with sticks attacked a police post in Abuja on Tuesday during a protest over fuel prices.",
])
def test_a_crowd_at_a_protest_that_attacks_police_or_damages_property_riots(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Violent demonstration"]


def test_police_who_smash_protesters_cars_are_no_riot(extractor: Extractor) -> None:
    text = "Police smashed the windows of cars belonging to protesters during a rally in Lusaka on Monday."
    assert "Violent demonstration" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "A student was gunned down during a peaceful campus rally in Rangpur on Tuesday when police opened up on the "
    "crowd.",
    "Soldiers sprayed bullets into a crowd of demonstrators in Mandalay on Sunday, killing at least seven.",
    "Security forces gunned down four protesters in Zahedan on Friday, rights groups said.",
])
def test_protesters_gunned_down_or_sprayed_with_bullets_is_excessive_force(extractor: Extractor, text: str) -> None:
    assert "Excessive force against protesters" in [r.sub_event_type for r in coded(extractor, text)]


def test_a_killing_the_protest_is_about_is_no_force_used_on_it(extractor: Extractor) -> None:
    text = ("Hundreds marched in Hyderabad on Monday demanding a probe into the raid in which police gunned down 12 "
            "loggers.")
    assert "Excessive force against protesters" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize(("text", "place"), [
    ("Hundreds rallied in Paris on Saturday to protest against the war in Gaza.", "Paris"),
    ("Thousands marched through London on Saturday demanding a ceasefire in Sudan.", "London"),
    ("Protesters in Tel Aviv on Saturday demanded the release of hostages held in Gaza.", "Tel Aviv"),
    ("Students rallied in Dhaka on Sunday in solidarity with the protesters shot in Tehran.", "Dhaka"),
])
def test_a_protest_abroad_about_a_war_is_where_it_gathers(extractor: Extractor, text: str, place: str) -> None:
    assert [(r.sub_event_type, r.location) for r in coded(extractor, text)] == [("Peaceful protest", place)]


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Protesters in solidarity with Gaza marched into Tahrir Square in Cairo on Friday; police dispersed them.",
     "Cairo", "Egypt"),
    ("A march in solidarity with the people of Gaza took place in Lahore on Friday.", "Lahore", "Pakistan"),
    ("Gaza solidarity protesters blocked a road in central Jakarta on Tuesday.", "Jakarta", "Indonesia"),
    ("Demonstrators in support of Ukraine's defenders rallied outside the Russian embassy in Sofia on Sunday.",
     "Sofia", "Bulgaria"),
    ("Students gathered in Kabul on Monday to show solidarity with Gaza.", "Kabul", "Afghanistan"),
])
def test_whom_a_protest_stands_with_is_not_where_it_gathers(
        extractor: Extractor, text: str, place: str, country: str) -> None:
    """The side a protest takes, named before its verb too ("protesters in solidarity with Gaza marched"), is
    neither the protest's place nor the country of the force that met it."""
    reports = coded(extractor, text)
    assert [(r.event_type, r.location, r.country) for r in reports] == [("Protests", place, country)]
    assert all(country in r.actor2 for r in reports if r.actor2)


def test_a_grievance_place_in_the_protest_s_own_country_stays(extractor: Extractor) -> None:
    text = "The Forward Bloc staged a demonstration against the railways minister in Kolkata on Friday."
    assert [r.location for r in coded(extractor, text)] == ["Kolkata"]


@pytest.mark.parametrize("text", [
    "Retirees gathered in front of the parliament in Tehran on Sunday, demanding higher pensions.",
    "Teachers gathered outside the education ministry in Baghdad on Sunday, demanding unpaid salaries.",
    "Hundreds of nurses assembled at the main hospital in Kano, Nigeria, on Monday, calling for better pay.",
    "Farmers gathered at the district office in Multan for the third day running, against rising fertiliser prices.",
])
def test_people_who_gathered_and_then_demand_after_a_comma_protest(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Students gathered in front of the university in Tehran to mourn the victims and chanted against officials.",
    "Hundreds of fans outside the stadium in Algiers chanted slogans against the president on Friday.",
    "Mourners at the funeral in Sulaymaniyah on Sunday chanted anti-government slogans.",
])
def test_a_crowd_chanting_against_someone_protests(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Peaceful protest"]


def test_fans_chanting_a_club_s_name_do_not_protest(extractor: Extractor) -> None:
    assert coded(extractor, "Fans chanted the name of their club in Cairo on Sunday.") == []


@pytest.mark.parametrize("text", [
    "Opposition supporters blocked several streets in Yerevan on Monday demanding the prime minister's resignation.",
    "Members of the teachers' union occupied the main square of Oaxaca on Tuesday, demanding salary increases.",
    "Taxi drivers occupied the main roundabout in Kisumu on Friday to reject new fuel taxes.",
    "Villagers blocked the Lagos-Ibadan expressway on Sunday over the killing of a trader.",
    "Thousands of opposition supporters reached a square in Islamabad on Tuesday demanding their leader's release.",
])
def test_people_who_block_a_road_or_square_for_a_cause_protest(extractor: Extractor, text: str) -> None:
    """Whoever they are: the blockade with its demand is the protest (and a killing it is over is no event)."""
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Troops blocked the roads leading to Kidal, Mali, on Monday against possible attacks.",
    "Militants blocked the highway near Djibo, Burkina Faso, on Monday, demanding that villagers pay a tax.",
])
def test_forces_or_armed_men_who_block_a_road_are_no_protest(extractor: Extractor, text: str) -> None:
    assert "Protests" not in [r.event_type for r in coded(extractor, text)]


@pytest.mark.parametrize(("text", "place"), [
    ("Thousands marched along Avenida Paulista in Sao Paulo on Sunday against the president.", "Sao Paulo"),
    ("Protesters gathered on Rua Augusta in Lisbon on Saturday against rising rents.", "Lisbon"),
    ("Pensioners rallied on Avenida Santa Fe in Buenos Aires on Wednesday against pension cuts.", "Buenos Aires"),
    ("Teachers marched down Avenida Bolivar in Caracas on Monday demanding better pay.", "Caracas"),
])
def test_a_street_named_after_a_town_is_not_the_town(extractor: Extractor, text: str, place: str) -> None:
    """"Avenida Paulista", "Rua Augusta", "Avenida Santa Fe": a street or square word before a name makes it a
    street; the city after it is the place."""
    assert [r.location for r in coded(extractor, text)] == [place]


@pytest.mark.parametrize("text", [
    "Police arrested dozens of young people marching towards Parliament in Kampala on Tuesday.",
    "Soldiers detained women marching to the governor's office in Maiduguri, Nigeria, on Monday.",
    "Police arrested 12 activists picketing outside the Chinese embassy in Kathmandu on Friday.",
    "Police detained nine farmers staging a sit-in outside the district office in Multan on Sunday.",
])
def test_people_arrested_while_they_march_met_intervention(extractor: Extractor, text: str) -> None:
    """Arrests of people in the act of protesting are the protest's intervention, not a separate arrest."""
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Protest with intervention"]


@pytest.mark.parametrize("text", [
    "Traders shut their shops and staged a sit-in on the main road in Quetta on Monday; the protesters dispersed "
    "peacefully after officials promised action.",
    "Hundreds of students marched in Dhaka on Tuesday and dispersed after submitting a memorandum.",
    "Farmers rallied outside the district office in Multan on Friday and later dispersed without incident.",
    "Nurses protested in front of the hospital in Lahore on Monday before dispersing at dusk.",
    "The crowd in Nairobi dispersed when it began to rain, after a two-hour protest over taxes.",
])
def test_a_crowd_that_dispersed_of_itself_is_a_peaceful_protest(extractor: Extractor, text: str) -> None:
    """'the protesters dispersed peacefully after officials promised action': nobody dispersed them."""
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Police dispersed hundreds of protesters in Nairobi on Tuesday.",
    "The rally in Kampala was dispersed by police on Monday.",
    "Security forces moved in to disperse the demonstrators in Conakry on Monday.",
    "Riot police dispersed the march in Dakar.",
])
def test_a_crowd_dispersed_by_the_state_is_a_protest_with_intervention(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Protest with intervention"]


def test_protesters_told_to_disperse_were_intervened_with(extractor: Extractor) -> None:
    text = "Police arrested 40 teachers in Chennai when they went on protesting after officers asked them to disperse."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Protest with intervention"]


@pytest.mark.parametrize("text", [
    "The ministry said it had lodged a formal protest with the Chinese embassy in Manila.",
    "Pakistan's Foreign Office said it would summon India's charge d'affaires in Islamabad to lodge a protest.",
    "Ethiopia handed a protest note to the Sudanese ambassador in Addis Ababa on Monday.",
    "Baku delivered a strongly worded protest to Yerevan over the shooting near Sotk.",
    "Beirut filed a protest with the United Nations Security Council over the strikes on Tyre.",
])
def test_a_protest_one_government_lodges_with_another_is_no_event(extractor: Extractor, text: str) -> None:
    """'lodged a formal protest with the Chinese embassy': a government's word to another, no crowd; what it is
    about ("over the shooting near Sotk") is told as the grievance, no event of the sentence."""
    assert coded(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Thousands of people protested in Manila against the Chinese embassy on Sunday.",
    "Lawyers lodged a protest outside the high court in Lahore on Monday, chanting slogans against the judge.",
])
def test_a_crowd_protesting_at_an_embassy_is_still_a_protest(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Peaceful protest"]
