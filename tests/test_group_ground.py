"""A town the gazetteer knows only in a country the article never names outright stays a place when its sentence
places it ("near", "in", "attacked") and names a non-state armed group at home in that country: "JNIM fighters
attacked an army post near Niono" in a report on Niger is in Mali (JNIM fights across the Sahel, so it points no
text to Mali). Without such a group the namesake rule stands. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "town", "country"), [
    ("Niger's army said on Wednesday that its troops had repelled an attack on a base in the Tillaberi region, "
     "killing 12 assailants.\n\nThe defence ministry in Niamey said two soldiers were wounded near Ayorou.\n\n"
     "Separately, JNIM fighters attacked an army post near Niono on Tuesday, killing four soldiers, a local "
     "official said.", "Niono", "Mali"),
    ("Chad's army said on Monday that soldiers had repelled an assault on an island outpost on Lake Chad, killing "
     "9 insurgents.\n\nOn Sunday, ISWAP fighters raided a military base in Malam Fatori, killing three soldiers, "
     "according to a security source.", "Malam Fatori", "Nigeria"),
    ("Iraqi officials in Erbil said on Tuesday that a drone struck a car near Sinjar, killing two men.\n\n"
     "Meanwhile, PKK militants attacked a gendarmerie post near Yuksekova on Monday night, killing two gendarmes, "
     "officials said.", "Yuksekova", "Turkey"),
    ("Burkina Faso's army said on Friday that soldiers had killed 20 militants near Djibo.\n\nIn a separate "
     "attack, JNIM militants ambushed a convoy of traders near Ansongo on Thursday, killing seven people.",
     "Ansongo", "Mali"),
])
def test_a_town_on_the_named_group_s_ground_stays(extractor: Extractor, text: str, town: str,
                                                  country: str) -> None:
    places = {(r.location, r.country) for r in coded(extractor, text)}
    assert (town, country) in places, places


@pytest.mark.parametrize(("text", "town"), [
    # no armed group in the sentence: a namesake abroad, as before
    ("Niger's army said on Wednesday that its troops had repelled an attack near Ayorou, killing 12 assailants."
     "\n\nOn Tuesday, bandits attacked an army post near Niono, killing four soldiers, a local official said.",
     "Niono"),
    # a group at home elsewhere: the Taliban do not make a Greek village Afghan or keep it
    ("The Afghan interior ministry said on Tuesday that police had arrested six men in Kabul.\n\n"
     "Taliban fighters killed a shopkeeper in Chora on Monday, officials said.", "Chora"),
])
def test_no_group_at_home_there_no_town_abroad(extractor: Extractor, text: str, town: str) -> None:
    assert all(r.location != town for r in coded(extractor, text))
