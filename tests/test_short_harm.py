"""Harm named by its own words: sexual abuse of detainees or protesters ("accused of sexually abusing detained
protesters"), molestation, and chemical agents by name (chloropicrin, phosgene). Wordings written for this test,
end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Police officers were accused of sexually abusing detained protesters in Khartoum.",
    "A soldier molested a schoolgirl at a checkpoint near Bunia on Monday.",
    "Guards sexually assaulting women inmates at a prison in Kinshasa were filmed by a rights group.",
])
def test_sexual_abuse_is_sexual_violence(extractor: Extractor, text: str) -> None:
    assert "Sexual violence" in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Russian troops dropped grenades containing chloropicrin on Ukrainian trenches near Bakhmut.",
    "Witnesses said shells released phosgene over a village near Idlib on Sunday.",
    "Soldiers used a riot-control agent laced with chloropicrin against positions near Kupiansk.",
])
def test_a_chemical_agent_named_is_a_chemical_weapon(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Chemical weapon"]


@pytest.mark.parametrize("text", [
    "Islamic State militants fired rockets loaded with mustard agent at Peshmerga positions near Kirkuk on Sunday.",
    "Several Ukrainian soldiers were hospitalised with chemical burns after Russian forces lobbed grenades at their "
    "trenches near Bakhmut.",
    "Russian drones dropped tear-gas grenades on Ukrainian trenches near Robotyne.",
    "Rebels fired mortar bombs filled with toxic chemicals at army positions near Aleppo, the ministry said.",
])
def test_an_agent_told_by_what_weapons_held_or_did_is_a_chemical_weapon(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Chemical weapon"]


@pytest.mark.parametrize("text", [
    "Police dropped tear gas canisters from a helicopter on protesters in Nairobi.",
    "Police fired tear gas at protesters in Nairobi on Monday.",
])
def test_tear_gas_on_a_crowd_is_no_chemical_weapon(extractor: Extractor, text: str) -> None:
    assert "Chemical weapon" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize(("text", "actor1"), [
    ("Two villages near Beni were attacked overnight by suspected ADF fighters, a police official said.",
     "ADF: Allied Democratic Forces"),
    ("Three villages in Adamawa State were attacked by Boko Haram fighters.",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("The village of Mangina was attacked by ADF rebels on Sunday.", "ADF: Allied Democratic Forces"),
    ("The settlement of Kuda in Borno State was raided on Friday night by ISWAP fighters.",
     "Islamic State (West Africa)"),
    ("A displacement camp outside Djibo was stormed by JNIM militants, witnesses said.",
     "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_village_attacked_by_a_named_group_is_its_attack(extractor: Extractor, text: str, actor1: str) -> None:
    (r,) = coded(extractor, text)
    assert (r.sub_event_type, r.actor1) == ("Attack", actor1)


@pytest.mark.parametrize("text", [
    "An army base near Mopti was attacked by JNIM fighters.",
    "Two police posts in Tillaberi region were overrun by Islamic State militants on Sunday.",
    "The barracks in Bama was stormed at dawn by Boko Haram fighters, an army source said.",
    "A checkpoint manned by soldiers outside Beni was attacked by Mai-Mai militiamen.",
    "An outpost of the army in Djibo was overrun on Monday by JNIM militants.",
    "Two gendarmerie posts were raided by Ansarul Islam fighters in Soum province.",
])
def test_a_post_of_the_forces_attacked_by_a_group_is_a_clash(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Armed clash"]


def test_a_police_station_attacked_by_a_mob_stays_mob_violence(extractor: Extractor) -> None:
    text = "A police station in Dhaka was attacked by an angry mob after a youth died in custody."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Mob violence"]


@pytest.mark.parametrize(("text", "sub"), [
    ("Soldiers killed five villagers in Ogun State, prompting protests by residents on Monday.", "Attack"),
    ("Gunmen shot dead a local councillor in Mardan on Sunday, sparking protests in the town.", "Attack"),
    ("The killing of two traders by police in Kisumu triggered angry demonstrations.", "Attack"),
    ("Police shot dead two protesters in Conakry, sparking more protests.", "Excessive force against protesters"),
])
def test_the_protest_violence_set_off_leaves_the_violence_its_event(extractor: Extractor, text: str,
                                                                    sub: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == [sub]


@pytest.mark.parametrize("text", [
    "A fuel price hike sparked protests in Lagos on Monday.",
    "Protests sparked by the killing of a student spread across Nairobi on Monday.",
    "The arrest of an opposition leader sparked protests in Dakar on Friday.",
])
def test_a_protest_set_off_by_no_violence_told_before_is_the_event(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "Ruling party youths beat up an opposition member in Mugina, Burundi, on Monday.",
    "Party supporters assaulted members of a candidate's campaign team in Murehwa, Zimbabwe, on Saturday.",
    "Activists roughed up a polling agent in Kathmandu on Tuesday.",
    "Militiamen whipped two traders accused of selling alcohol in Kismayo on Friday.",
    "Unknown men beat up an opposition member outside his home in Lusaka on Sunday.",
])
def test_people_beaten_not_killed_were_attacked(extractor: Extractor, text: str) -> None:
    """Beaten up, assaulted, roughed up, whipped: an attack with no one killed."""
    reports = coded(extractor, text)
    assert [(r.sub_event_type, r.fatalities) for r in reports] == [("Attack", 0)]


@pytest.mark.parametrize("text", [
    "NPA rebels shot dead a village chief in Labo, Philippines, on Monday, accusing him of being a military informant.",
    "Separatist fighters shot dead two drivers in Ilaga, Papua, on Friday, accusing them of spying for the military.",
    "ELN guerrillas killed a farmer in Tame, Colombia, on Sunday, saying he was a police informer.",
    "Militants killed four civilians in Djibo, Burkina Faso, on Monday, accusing them of working for the army.",
])
def test_people_killed_as_informers_are_civilians_not_a_force(extractor: Extractor, text: str) -> None:
    """The force a victim is said to have served (an informant, a spy, a collaborator) is no side of the attack."""
    reports = coded(extractor, text)
    assert [(r.sub_event_type, r.actor2.split(" (")[0]) for r in reports] == [("Attack", "Civilians")]


@pytest.mark.parametrize(("text", "actor1"), [
    ("Three men accused of stealing cattle were shot dead by soldiers near Kotido, Uganda, on Monday.",
     "Military Forces of Uganda"),
    ("A trader accused of theft was beaten by police in Kampala, Uganda, on Friday.", "Police Forces of Uganda"),
])
def test_a_force_after_an_accusation_of_a_crime_still_acts(extractor: Extractor, text: str, actor1: str) -> None:
    """Only an accusation of serving a force ("of spying for", "of working with") makes it no side."""
    assert [r.actor1 for r in coded(extractor, text)] == [actor1]
