"""A crowd that kills someone it accuses is mob violence, told actively too ("a crowd burned alive a man accused
of theft"). Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "A crowd burned alive a man accused of stealing a motorbike in Kisumu.",
    "A crowd of youths beat a suspected thief to death in Kampala on Sunday.",
    "A crowd stoned to death a woman accused of witchcraft near Kisii.",
    "An enraged crowd set a suspected kidnapper on fire in Puebla.",
])
def test_a_crowd_killing_someone_it_accuses_is_mob_violence(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Mob violence"]


def test_a_crowd_mourning_is_no_mob(extractor: Extractor) -> None:
    assert coded(extractor, "A crowd gathered in Kano to mourn the victims burned to death in the fire.") == []


@pytest.mark.parametrize("text", [
    "Villagers killed a suspected cattle thief in Jharkhand on Sunday.",
    "Residents of a slum in Nairobi hacked two suspected robbers to death.",
    "Locals murdered an alleged kidnapper in Puebla after a chase.",
])
def test_villagers_killing_a_suspect_is_mob_violence(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Mob violence"]


def test_villagers_killed_by_gunmen_stay_an_attack(extractor: Extractor) -> None:
    text = "Gunmen killed five villagers in Zamfara, residents said, accusing them of being informants."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Attack"]


@pytest.mark.parametrize("text", [
    "At least 10 people were killed when Boko Haram gunmen raided a village near Damboa in a revenge attack "
    "against local vigilantes.",
    "Jihadists killed seven villagers near Djibo on Monday in an attack on vigilantes who had resisted them.",
    "Bandits stormed Tsafe on Sunday, killing nine people in reprisal attacks targeting local vigilantes.",
])
def test_vigilantes_attacked_are_no_mob(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Attack"]


def test_vigilantes_who_lynch_are_a_mob(extractor: Extractor) -> None:
    text = "Vigilantes lynched two suspected thieves in Onitsha on Monday."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Mob violence"]


@pytest.mark.parametrize("text", [
    "Residents of a village in Ajalpan (Puebla) seized a man accused of stealing motorbikes and beat him on Monday.",
    "Villagers stopped two suspected cattle thieves on the road near Isiolo, Kenya, on Friday and beat them.",
    "Locals apprehended a suspected robber in Kisumu, Kenya, on Sunday and beat him severely.",
    "Residents of Gitega, Burundi, caught an alleged thief on Monday and paraded him through the market.",
])
def test_a_crowd_that_stops_or_catches_a_suspect_is_a_mob(extractor: Extractor, text: str) -> None:
    """Not an abduction or an arrest: a crowd taking the law into its own hands (a bracket between the crowd and
    its verb, "residents of Ajalpan (Puebla) seized", does not break the phrase)."""
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Mob violence"]


@pytest.mark.parametrize("text", [
    "Bandits ambushed vigilantes near Tsafe on Tuesday, killing six.",
    "Bandits ambushed a group of vigilantes near Tsafe on Tuesday, killing six of them.",
    "Gunmen attacked members of a vigilante group near Gusau on Monday, killing four.",
    "Gunmen killed vigilantes guarding a farm near Bokkos on Sunday.",
])
def test_vigilantes_ambushed_or_shot_are_no_mob(extractor: Extractor, text: str) -> None:
    """'Bandits ambushed vigilantes near Tsafe': the vigilantes were attacked by armed men; no mob acted."""
    assert [r.event_type for r in coded(extractor, text)] in (["Battles"], ["Violence against civilians"])

