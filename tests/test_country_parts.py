"""A country named with a part of it ("in Cameroon's far north region", "Kenya's north-east") is where the event
is, even when the group that did it comes from next door. Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "country"), [
    ("Boko Haram fighters killed five villagers in Cameroon's far north region on Friday.", "Cameroon"),
    ("Al-Shabaab gunmen killed seven people in Kenya's north-east on Monday.", "Kenya"),
    ("ADF rebels killed 11 farmers in Uganda's western border district on Sunday.", "Uganda"),
])
def test_a_part_of_a_country_places_the_event_in_it(extractor: Extractor, text: str, country: str) -> None:
    assert [r.country for r in coded(extractor, text)] == [country]


def test_a_country_that_acts_is_still_no_place(extractor: Extractor) -> None:
    text = "Gunmen killed six traders in Maiduguri on Monday, a day after Cameroon's army shelled a border camp."
    assert [r.country for r in coded(extractor, text)][:1] == ["Nigeria"]


@pytest.mark.parametrize(("text", "country"), [
    ("Militants ambushed a patrol near the border with Niger on Sunday, killing five Malian soldiers.", "Mali"),
    ("Rebels attacked an army post along the border with Rwanda, killing four Congolese soldiers, the army said.",
     "Democratic Republic of Congo"),
    ("An armed gang raided a village near its frontier with Liberia, killing ten civilians, the defence minister of "
     "Ivory Coast said.", "Ivory Coast"),
])
def test_the_country_across_the_border_is_not_where_it_happened(
        extractor: Extractor, text: str, country: str) -> None:
    assert [r.country for r in coded(extractor, text)] == [country]


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen killed two aid workers near Bambari on Friday, a French charity said.", "Central African Republic"),
    ("Militants killed four employees of a Chinese company near Djibo on Monday.", "Burkina Faso"),
    ("Rebels ambushed a convoy of a British aid agency outside Bria, killing a driver.", "Central African Republic"),
    ("Armed men attacked a camp run by an American relief group near Kaga-Bandoro, killing three displaced people.",
     "Central African Republic"),
])
def test_a_foreign_organisation_does_not_move_the_event_abroad(extractor: Extractor, text: str, country: str) -> None:
    assert [r.country for r in coded(extractor, text)] == [country]


@pytest.mark.parametrize(("text", "country"), [
    ("Fighting between the Beni Halba and Gimr tribes killed 20 people in South Darfur on Friday.", "Sudan"),
    ("Clashes between Beni Amer and Nuba tribesmen left 12 dead in Kassala state on Sunday.", "Sudan"),
    ("Raiders stole cattle from Beni Amer clansmen near Kassala, killing three herders.", "Sudan"),
])
def test_a_tribe_named_like_a_town_is_no_place(extractor: Extractor, text: str, country: str) -> None:
    assert {r.country for r in coded(extractor, text)} == {country}


@pytest.mark.parametrize(("text", "country"), [
    ("Unidentified gunmen shot dead an activist in Addoussieh (South Lebanon) on Thursday.", "Lebanon"),
    ("An Israeli drone struck a motorcycle near Houla in South Lebanon, killing two men.", "Lebanon"),
    ("Turkish jets bombed villages in North Iraq on Sunday, killing three shepherds.", "Iraq"),
    ("Militias clashed near a fuel depot in Western Libya on Monday, killing four fighters.", "Libya"),
    ("Settlers attacked farmers picking olives in East Palestine on Saturday, wounding three.", "Palestine"),
    ("Jets struck a smuggling convoy in South Jordan on Friday, killing five smugglers.", "Jordan"),
])
def test_a_compass_word_and_a_country_are_a_part_of_that_country(extractor: Extractor, text: str, country: str) -> None:
    assert [r.country for r in coded(extractor, text)] == [country]


def test_a_country_or_province_with_a_compass_word_in_its_name_stays_itself(extractor: Extractor) -> None:
    assert [r.country for r in coded(extractor, "Rebels killed six soldiers in South Sudan on Monday.")] == [
        "South Sudan"]
    assert [r.admin1 for r in coded(extractor, "Militias killed nine farmers in West Darfur on Monday.")] == [
        "West Darfur"]


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen killed 12 villagers in eastern Congo on Sunday.", "Democratic Republic of Congo"),
    ("M23 rebels killed 12 civilians in Congo on Sunday, the UN said.", "Democratic Republic of Congo"),
    ("Gunmen killed three people in the south of Congo Republic on Sunday.", "Republic of Congo"),
])
def test_congo_alone_is_the_democratic_republic_as_news_writes_it(extractor: Extractor, text: str,
                                                                   country: str) -> None:
    assert [r.country for r in coded(extractor, text)] == [country]
