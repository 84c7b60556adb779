"""A town whose namesakes lie in other provinces of the same country is the one in the province the article is
in: "Bijapur" in a report on Sukma and Chhattisgarh, "Hamirpur" after Shimla. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("Security forces killed seven Maoists in a gunfight in Sukma district of Chhattisgarh on Monday. Earlier, two "
     "policemen were killed when rebels set off an IED in Bijapur district on Sunday.", "Bijapur", "Chhattisgarh"),
    ("Police detained 40 students outside the assembly in Shimla on Monday. In Hamirpur, hundreds of farmers blocked "
     "the highway on Tuesday to protest against apple prices.", "Hamirpur", "Himachal Pradesh"),
    ("Students marched through Lucknow on Monday against the exam leak. In Pratapgarh, a mob torched a police post on "
     "Tuesday after a custodial death.", "Pratapgarh", "Uttar Pradesh"),
    ("Police arrested 14 people after clashes in Gaya, Bihar, on Monday. Later, a mob torched a police van in "
     "Aurangabad.", "Aurangabad", "Bihar"),
])
def test_a_town_is_the_namesake_in_the_article_s_province(extractor: Extractor, text: str, town: str,
                                                          admin1: str) -> None:
    places = {(r.location, r.admin1) for r in coded(extractor, text)}
    assert any(loc.startswith(town[:4]) and a1 == admin1 for loc, a1 in places), places


def test_a_province_named_as_people_s_origin_stays_that_province(extractor: Extractor) -> None:
    text = ("On Monday, two groups of migrant workers from Bihar clashed at the railway station in Satna town (Satna, "
            "Madhya Pradesh) over food packets.")
    assert [r.location for r in coded(extractor, text)] == ["Satna"]


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen loyal to warlord Lyon Kabuya torched homes in a village of Masisi territory, North Kivu, on Monday.",
     "Democratic Republic of Congo"),
    ("Rebels abducted nine traders on the road from Mambasa to Niania in Ituri province on Thursday.",
     "Democratic Republic of Congo"),
    ("Eleven farmers were abducted east of Mambasa town in Ituri province on Sunday.", "Democratic Republic of Congo"),
    ("On Friday, militiamen loyal to Medina Hassan raided a village in Somalia's Bay region, killing five civilians.",
     "Somalia"),
])
def test_a_big_town_of_a_country_the_text_never_names_is_no_place_beside_a_home_one(
        extractor: Extractor, text: str, country: str) -> None:
    """'Gunmen loyal to warlord Lyon Kabuya torched homes in ... North Kivu': beside a place of a country the text
    names, a big town abroad whose country it never names ("Lyon", "Mambasa" spelled like Mombasa) is a person or a
    namesake, not where it happened."""
    assert [r.country for r in coded(extractor, text)] == [country]
