"""A placeless event sentence that points back to a town ("on the edge of the town", "a tea shop there") happened in
the town named before it, even in the paragraph before; not at the capital. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.geo.cues import points_back_to_a_town
from conflictlens.models import Document

DAY = dt.date(2024, 5, 16)


@pytest.mark.parametrize(("text", "town"), [
    ("War comes to the lake\n\nFighting has engulfed the outskirts of Kalemie for a week, and the markets have "
     "emptied.\n\nOn Tuesday, a mortar round fell on a market on the edge of the town, killing four people, medics "
     "said.", "Kalemie"),
    ("Living under curfew\n\nResidents of Mopti have lived under a night curfew since May, and traders close "
     "early.\n\nOn Sunday, gunmen shot dead two traders in the centre of the city, police said.", "Mopti"),
    ("A camp at breaking point\n\nAid workers in Bentiu describe a camp bursting at the seams.\n\nLate on Friday, a "
     "grenade thrown into a crowded tea shop there killed three men, a local official said.", "Bentiu"),
])
def test_the_town_named_before_is_the_place(extractor: Extractor, text: str, town: str) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert town in [r.location for r in reports if r.event_date < DAY]


@pytest.mark.parametrize(("sentence", "points"), [
    ("A grenade thrown into a tea shop there killed three men.", True),
    ("Gunmen shot two traders in the centre of the city.", True),
    ("Rebels captured the town of Tessalit.", False),
    ("There were no casualties, officials said.", False),
    ("Police said there was no sign of the attackers.", False),
])
def test_the_words_that_point_back_to_a_town(sentence: str, points: bool) -> None:
    assert points_back_to_a_town(sentence) is points


@pytest.mark.parametrize(("text", "town", "sub"), [
    ("Orchards and mines\n\nThe lime pickers of Apatzingan start work before dawn.\n\nOn Monday, soldiers set fire "
     "to a dozen houses on the outskirts of the city, residents said.", "Apatzingan", "Looting/property destruction"),
    ("A river town\n\nMalakal has changed hands six times since the war began.\n\nOn Saturday, rival militias "
     "clashed near the port of the town, residents said.", "Malakal", "Armed clash"),
    ("Under siege\n\nThe people of Djibo have lived cut off from the rest of the country for two years.\n\nOn "
     "Wednesday, jihadists shelled the camp on the edge of the town, local sources said.", "Djibo",
     "Shelling/artillery/missile attack"),
])
def test_an_event_without_a_toll_in_the_town_named_before_is_there(extractor: Extractor, text: str, town: str,
                                                                   sub: str) -> None:
    """No toll, yet the sentence places it ("on the outskirts of the city"): an event of the town named before."""
    reports = extractor.code(Document("t", text, DAY)).reports
    assert (town, sub) in [(r.location, r.sub_event_type) for r in reports]


def test_a_strategic_development_there_is_still_no_event_without_a_place(extractor: Extractor) -> None:
    text = ("A river town\n\nMalakal has changed hands six times since the war began.\n\nThe army said it had sent "
            "reinforcements to the town on Saturday.")
    assert not extractor.code(Document("t", text, DAY)).reports


@pytest.mark.parametrize(("text", "town"), [
    ("Front line town\n\nRussian forces have pressed on Vovchansk for weeks.\n\nUkraine's General Staff said on "
     "Tuesday that fighting continued in and around the town, with three soldiers killed.", "Vovchansk"),
    ("Rebel country\n\nInsurgents have ringed Kidal for months.\n\nMali's human rights commission said on Friday "
     "that a convoy was ambushed near the town, with four civilians killed.", "Kidal"),
    ("A restive district\n\nGangs have fought over Jamundi for years.\n\nColombia's ombudsman's office said on "
     "Monday that two farmers were shot dead on the outskirts of the town.", "Jamundi"),
])
def test_the_town_named_before_beats_the_country_in_a_speakers_name(extractor: Extractor, text: str,
                                                                   town: str) -> None:
    """'Ukraine's General Staff said fighting continued around the town': the country is the speaker's, the place
    is the town named before."""
    reports = extractor.code(Document("t", text, dt.date(2024, 6, 19))).reports
    assert town in [r.location for r in reports if r.fatalities]
