"""A wire story's days count from the day its dateline says it was filed. Every text is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor
from conflictlens.ingest.dateline import filing_day

THURSDAY = dt.date(2024, 3, 14)


@pytest.mark.parametrize(("text", "filed"), [
    ("CULIACAN, Mexico, March 10 (Test Wire) - Gunmen ambushed a police patrol.", dt.date(2024, 3, 10)),
    ("GOMA, 11 March (Test Wire) - Rebels shelled the town.", dt.date(2024, 3, 11)),
    ("PORT SUDAN, Mar. 12 (Test Wire) - Drones struck a depot.", dt.date(2024, 3, 12)),
    ("BAMAKO, March 13 - Soldiers fought militants.", dt.date(2024, 3, 13)),
])
def test_a_dateline_without_a_year_gives_the_filing_day(text: str, filed: dt.date) -> None:
    assert filing_day(text, THURSDAY) == filed


@pytest.mark.parametrize("text", [
    "BEIRUT, May 21 (Test Wire) - An old story a feed republished.",  # months before: the feed's day stands
    "KABUL (Test Wire) - No day in the dateline.",
    "Gunmen killed four men on March 10 (police) - a sentence, not a dateline.",
    "BAMAKO, March 3, 2024 (Test Wire) - A full date: the reader already dates the document by it.",
])
def test_no_dateline_day_within_the_week_leaves_the_publication_day(text: str) -> None:
    assert filing_day(text, THURSDAY) == THURSDAY


def test_a_late_december_dateline_in_a_january_paper_is_last_year_s() -> None:
    assert filing_day("KYIV, Dec. 31 (Test Wire) - Drones struck.", dt.date(2025, 1, 2)) == dt.date(2024, 12, 31)


@pytest.mark.parametrize(("text", "day"), [
    ("CULIACAN, Mexico, March 10 (Test Wire) - Gunmen ambushed a police patrol near Culiacan, killing four "
     "officers, prosecutors said.", dt.date(2024, 3, 10)),
    ("GOMA, March 11 (Test Wire) - Rebels shelled a camp near Goma on Wednesday, killing three people.",
     dt.date(2024, 3, 6)),
    ("MAIDUGURI, March 12 (Test Wire) - Insurgents attacked a village near Konduga yesterday, killing six.",
     dt.date(2024, 3, 11)),
])
def test_an_event_s_day_counts_from_the_filing_day(extractor: Extractor, text: str, day: dt.date) -> None:
    assert only_event(extractor, text, day=THURSDAY).event_date == day


# Wire leads whose event is at a place the gazetteer lacks: (text, the dateline's country, the dateline's town)
UNKNOWN_PLACE = [
    ("MIRANSHAH, Pakistan, March 11 (Test Wire) - A roadside bomb ripped through a police van in North "
     "Waziristan on Tuesday, killing four officers, local police said.", "Pakistan", "Miran Shah"),
    ("MORA, Cameroon, March 12 (Test Wire) - Boko Haram fighters killed seven villagers in Tourou on "
     "Monday night, a local official said.", "Cameroon", "Mora"),
    ("KIDAL, Mali, March 13 (Test Wire) - A landmine killed three soldiers on the road to Anefis on "
     "Wednesday, the army said.", "Mali", "Kidal"),
    # a dateline that closes on its country, with no date or agency: "HOMA BAY, Kenya - "
    ("HOMA BAY, Kenya - Three mourners were shot dead by police on Tuesday as a funeral procession moved through "
     "the town, a rights group said.", "Kenya", "Homa Bay"),
    ("DJIBO, Burkina Faso - Jihadists blockaded the town on Monday, residents said.", "Burkina Faso", "Djibo"),
    ("BUNIA, Congo -- Militiamen killed eleven villagers in a camp for displaced people on Sunday, aid workers "
     "said.", "Democratic Republic of Congo", "Bunia"),
]


@pytest.mark.parametrize(("text", "country", "town"), UNKNOWN_PLACE)
def test_the_country_a_dateline_names_is_the_story_s(extractor: Extractor, text: str, country: str,
                                                      town: str) -> None:
    assert only_event(extractor, text, day=THURSDAY).country == country


@pytest.mark.parametrize(("text", "country", "town"), UNKNOWN_PLACE)
def test_an_event_at_a_place_unknown_is_near_the_town_the_story_was_filed_from(
    extractor: Extractor, text: str, country: str, town: str
) -> None:
    r = only_event(extractor, text, day=THURSDAY)
    assert (r.location, r.geo_precision) == (town, 2)


@pytest.mark.parametrize(("text", "town"), [
    ("TEGUCIGALPA, March 13 (Test Wire) - Public school teachers staged a sit-in outside the education ministry "
     "on Wednesday, demanding back pay.", "Tegucigalpa"),
    ("TBILISI, March 12 (Test Wire) - Tens of thousands of Georgians took to the streets of the capital on "
     "Tuesday, waving EU flags.", "Tbilisi"),
    ("DHAKA, March 13 (Test Wire) - Police fired tear gas at garment workers demanding unpaid wages outside a "
     "factory on Wednesday.", "Dhaka"),
])
def test_a_wire_lead_s_protest_with_no_town_is_where_the_story_was_filed(
    extractor: Extractor, text: str, town: str
) -> None:
    assert only_event(extractor, text, day=THURSDAY).location == town
