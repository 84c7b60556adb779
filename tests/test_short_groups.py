"""A group that changes what it is or does: merges, pledges allegiance, renames or dissolves itself, or suspends
its operations (Change to group/activity). Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Two rebel factions in Darfur announced on Monday they were merging into one movement, in El Fasher.",
    "A jihadist faction in Menaka pledged allegiance to the Islamic State on Friday.",
    "The armed group changed its name on Sunday at a ceremony in Idlib, a spokesman said.",
    "The ELN suspended its offensive operations in Arauca on Monday for the holidays.",
    "The militia in Benghazi announced its dissolution on Tuesday.",
])
def test_a_group_changing_what_it_is_or_does(extractor: Extractor, text: str) -> None:
    assert "Change to group/activity" in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "The two companies are merging their operations in Nairobi.",
    "Parliament was dissolved in Bangkok on Monday.",
])
def test_business_or_parliament_changes_are_no_armed_group_change(extractor: Extractor, text: str) -> None:
    assert "Change to group/activity" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Al-Shabaab has appointed a new emir for its forces in Lower Shabelle, the group's radio said on Monday.",
    "A faction of the Arakan Army broke away on Sunday and formed a new armed group, its commander said.",
    "Dozens of FARC dissident commanders defected to the Segunda Marquetalia in Narino on Tuesday.",
    "Hezbollah named Naim Qassem as its new secretary-general in Beirut on Tuesday.",
])
def test_a_group_splitting_or_taking_a_new_head(extractor: Extractor, text: str) -> None:
    assert "Change to group/activity" in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "The first contingent of 200 Rwandan soldiers arrived in Cabo Delgado on Friday to help fight the insurgency.",
    "Wagner fighters began pulling out of Mali on Friday, ending the group's mission there, officials said.",
    "Hundreds of Kenyan police officers landed in Port-au-Prince on Tuesday as the first wave of a security mission.",
    "Burundian troops crossed into South Kivu on Monday to reinforce the Congolese army, residents said.",
])
def test_forces_arriving_in_or_leaving_a_country(extractor: Extractor, text: str) -> None:
    assert "Change to group/activity" in [r.sub_event_type for r in coded(extractor, text)]


def test_police_arriving_at_a_scene_change_nothing(extractor: Extractor) -> None:
    text = ("A mob beat a man to death in Sokoto on Saturday; police officers arrived in the market too late to save "
            "him.")
    assert "Change to group/activity" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize(("text", "actor1"), [
    ("More than 60 Boko Haram fighters and their families surrendered to troops in Bama on Sunday, the army said.",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ("Forty ELN guerrillas laid down their arms in Arauca on Friday, the defence ministry said.",
     "ELN: National Liberation Army"),
    ("Twenty-eight BIFF members surrendered with their weapons on Wednesday to the army at a camp outside Cotabato "
     "City.", "BIFF: Bangsamoro Islamic Freedom Fighters"),
    ("Fifteen Abu Sayyaf fighters gave themselves up to marines in Jolo on Monday.", "Abu Sayyaf Group"),
])
def test_fighters_who_surrender_change_their_group(extractor: Extractor, text: str, actor1: str) -> None:
    """'Forty ELN guerrillas laid down their arms in Arauca': a group's fighters giving themselves up is a change
    to the group (Strategic developments), the group as actor1."""
    assert [(r.sub_event_type, r.actor1) for r in coded(extractor, text)] == [("Change to group/activity", actor1)]


@pytest.mark.parametrize("text", [
    "Police called on the gunmen in Jolo to surrender on Monday.",
    "The garrison surrendered the town of Kalehe to the rebels on Tuesday.",
])
def test_a_call_to_surrender_or_a_town_surrendered_is_no_change_to_a_group(extractor: Extractor, text: str) -> None:
    assert all(r.sub_event_type != "Change to group/activity" for r in coded(extractor, text))
