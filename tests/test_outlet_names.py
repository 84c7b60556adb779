"""A news outlet named like a place is a speaker, not where the event was: "the Houthi-run Saba news agency",
"the Cairo Times". Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "outlet_town"), [
    ("Gunmen killed six villagers in a remote hamlet on Monday, the Lagos Herald reported.", "Lagos"),
    ("Militants attacked a checkpoint in northern Sinai on Sunday, killing four soldiers, the Cairo Times said.",
     "Cairo"),
    ("Troops killed five rebels on Tuesday, according to the Kinshasa news agency.", "Kinshasa"),
    ("Houthi fighters attacked army positions in Harib on Wednesday, killing four soldiers. The Houthi-run Saba news "
     "agency said its forces had repelled an infiltration in the area.", "Saba"),
])
def test_a_news_outlet_named_like_a_town_places_no_event_there(extractor: Extractor, text: str,
                                                                outlet_town: str) -> None:
    assert outlet_town not in [r.location for r in coded(extractor, text)]


def test_a_town_named_beside_an_outlet_s_name_is_still_a_place(extractor: Extractor) -> None:
    text = "Protesters gathered outside the offices of the Kabul Times in Kabul on Monday."
    assert [r.location for r in coded(extractor, text)] == ["Kabul"]


def test_a_tribal_agency_is_a_district_not_an_outlet(extractor: Extractor) -> None:
    text = "Unidentified gunmen killed a former council head in Dargai area in Malakand Agency on Friday."
    assert [r.location for r in coded(extractor, text)] == ["Malakand"]
