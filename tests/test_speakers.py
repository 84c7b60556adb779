"""Who speaks is not who acts: residents or villagers who only tell of an event ("residents said") are no crowd
at the scene. Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "sub"), [
    ("Militants torched 40 homes in Kukawa, residents said.", "Looting/property destruction"),
    ("Residents said militants torched 40 homes in Kukawa.", "Looting/property destruction"),
    ("Locals reported that bandits set fire to a market in Zurmi.", "Looting/property destruction"),
    ("Villagers said gunmen attacked a farm near Gusau on Sunday, killing three farmers.", "Attack"),
])
def test_residents_who_only_speak_are_no_crowd(extractor: Extractor, text: str, sub: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == [sub]


@pytest.mark.parametrize(("text", "event_type"), [
    ("Angry residents torched the police station in Kano on Monday.", "Riots"),
    ("Villagers beat a suspected thief to death in Kano.", "Riots"),
])
def test_residents_who_act_are_still_a_crowd(extractor: Extractor, text: str, event_type: str) -> None:
    assert [r.event_type for r in coded(extractor, text)] == [event_type]


@pytest.mark.parametrize(("text", "country", "actor1", "actor2"), [
    ("A Paris-based rights group said that 12 civilians were killed in government shelling of Idlib province on "
     "Sunday.", "Syria", None, "Civilians (Syria)"),
    ("The London-based Syrian Observatory for Human Rights said air strikes killed nine civilians in Maarat Misrin "
     "on Monday.", "Syria", None, "Civilians (Syria)"),
    ("A New York-based watchdog said soldiers shot dead five villagers near Mopti last week.", "Mali",
     "Military Forces of Mali", None),
    ("Nairobi-based diplomats said fighting in Juba killed dozens of soldiers on Sunday.", "South Sudan",
     "Military Forces of South Sudan", None),
])
def test_where_a_speaker_is_based_is_not_where_it_happened(extractor: Extractor, text: str, country: str,
                                                          actor1: str | None, actor2: str | None) -> None:
    (r,) = coded(extractor, text)
    assert r.country == country
    assert actor1 is None or r.actor1 == actor1
    assert actor2 is None or r.actor2 == actor2


@pytest.mark.parametrize(("text", "location"), [
    ("A drone struck a crowded market in Kosti on Saturday, medics said.\n\nThe Sudan Doctors Network said the "
     "drone hit stalls near the livestock market, killing nine people and wounding 23.", "Kosti"),
    ("A bomb exploded at a bus stop in Garissa on Monday, police said.\n\nThe Kenya Red Cross said the blast killed "
     "three people and wounded 11.", "Garissa"),
    ("A drone struck a market in Kosti on Saturday.\n\nThe Sudan Doctors Network said the drone hit stalls near the "
     "city's livestock market, killing nine people.", "Kosti"),
    ("Gunmen attacked a village near Gao on Sunday.\n\nThe Mali Human Rights Association said the assailants "
     "killed 12 civilians.", "Gao"),
])
def test_a_country_in_the_speakers_name_is_not_where_it_happened(extractor: Extractor, text: str,
                                                                 location: str) -> None:
    """'The Kenya Red Cross said the blast killed three people': the country in the speaker's name places
    nothing; the toll belongs to the blast told before, not to a second one at the capital."""
    assert [(r.location, r.fatalities > 0) for r in coded(extractor, text)] == [(location, True)]


@pytest.mark.parametrize(("text", "location"), [
    ("Counter-terrorism forces on Wednesday arrested a man they described as Islamic State's governor for Kirkuk "
     "during a raid in Hawija.", "Hawija"),
    ("Gunmen shot dead the deputy governor of Kandahar in Kabul on Monday.", "Kabul"),
    ("Police arrested the former mayor of Mosul at a checkpoint near Tikrit on Friday.", "Tikrit"),
    ("A bomb exploded outside the home of the mayor of Jalalabad on Monday, police said.", "Jalalabad"),
    ("On Sunday, gunmen stopped a bus near Mastung and shot dead five men from Punjab province, Mastung's deputy "
     "commissioner said.", "Mastung"),
    ("Gunmen killed six labourers from Bihar at a brick kiln near Anantnag on Tuesday.", "Anantnag"),
])
def test_the_place_of_an_office_is_not_where_it_happened(extractor: Extractor, text: str, location: str) -> None:
    """'Gunmen shot dead the deputy governor of Kandahar in Kabul': Kandahar is whose governor he was, as Bihar is
    where "labourers from Bihar" came from; the shooting was in Kabul. With no other place, the office's place stays
    the event's ("the mayor of Jalalabad")."""
    assert [r.location for r in coded(extractor, text)] == [location]


@pytest.mark.parametrize(("text", "location"), [
    ("A bus carrying traders to the market in Kantchari hit a roadside bomb about 40 km east of Fada N'Gourma on "
     "Monday, killing four passengers.", "Fada N'Gourma"),
    ("A lorry carrying grain to the market in Dori hit a landmine 30 km north of Kaya on Friday, killing three.",
     "Kaya"),
    ("Aid trucks taking supplies to the camp in Kalma came under fire outside Nyala on Sunday.", "Nyala"),
    ("A bus carrying worshippers to the mosque in Kano was attacked near Zaria on Friday, killing six.", "Zaria"),
    ("A truck taking food to the camp at Zamzam was looted near Tawila on Thursday.", "Tawila"),
])
def test_where_people_were_going_is_not_where_it_happened(extractor: Extractor, text: str, location: str) -> None:
    """'a bus carrying traders to the market in Kantchari hit a roadside bomb east of Fada N'Gourma': where the
    journey was going is not where it was hit, when the sentence names another place."""
    assert [r.location for r in coded(extractor, text)] == [location]


@pytest.mark.parametrize(("text", "country", "location"), [
    ("Gunmen killed five villagers in Zamfara state on Sunday as the president was visiting London.", "Nigeria",
     "Gusau"),
    ("Militants ambushed an army convoy near Kidal on Friday, two days after mediators gathered in Algiers for a new "
     "round of talks.", "Mali", "Kidal"),
    ("Taliban fighters attacked a police checkpoint in Nad Ali district on Tuesday, a day after negotiators met in "
     "Doha, killing three officers.", "Afghanistan", "Nad Ali"),
    ("Fighters overran a police post near Paletwa on Saturday, a day after envoys met in Kunming.", "Myanmar",
     "Paletwa"),
    ("Insurgents attacked a military camp near Ansongo on Monday, hours after regional leaders gathered in Niamey for "
     "a summit.", "Mali", "Ansongo"),
    ("Gunmen opened fire on a minibus near Gatumba on Friday while the president was on a state visit to Kigali.",
     "Burundi", "Gatumba"),
])
def test_where_talks_or_a_visit_were_held_is_not_where_it_happened(extractor: Extractor, text: str, country: str,
                                                                    location: str) -> None:
    """'Gunmen killed five villagers in Zamfara as the president was visiting London': where talks were held or a
    visit went is not where the violence was, and does not make the story about that country."""
    assert [(r.country, r.location) for r in coded(extractor, text)] == [(country, location)]


@pytest.mark.parametrize(("text", "location"), [
    ("Envoys of the government and the rebels signed a ceasefire agreement at talks in Nairobi on Monday, ending "
     "months of fighting around Juba.", "Nairobi"),
    ("Delegates of the army and the militia agreed at talks in Doha to a truce in Kandahar province.", "Doha"),
])
def test_a_deal_is_where_the_talks_were(extractor: Extractor, text: str, location: str) -> None:
    """'signed a ceasefire agreement at talks in Nairobi': an agreement happens where it was reached."""
    assert [r.location for r in coded(extractor, text) if r.sub_event_type == "Agreement"] == [location]
