"""Short news snippets (one or two sentences, as in a news digest or a wire brief) that tell one event but no
town, or tell it in wording the longer rules do not read: each kind on several wordings written for this test,
end to end."""

from __future__ import annotations

import pytest

from builders import DAY, coded
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "sub", "country"), [
    ("Egyptian security forces arrested 14 members of an outlawed group on Monday.", "Arrests", "Egypt"),
    ("Kenyan police detained a prominent opposition blogger over his posts.", "Arrests", "Kenya"),
    ("Suspected jihadists kidnapped a Catholic priest in Burkina Faso on Sunday.",
     "Abduction/forced disappearance", "Burkina Faso"),
    ("Unidentified gunmen torched a primary school in Cameroon's restive Anglophone region.",
     "Looting/property destruction", "Cameroon"),
    ("Pakistani troops defused a large bomb planted on a highway on Tuesday.", "Disrupted weapons use", "Pakistan"),
])
def test_a_note_with_only_its_country_is_coded_at_the_country_level(
    extractor: Extractor, text: str, sub: str, country: str
) -> None:
    reports = coded(extractor, text)
    assert [(r.sub_event_type, r.country) for r in reports] == [(sub, country)]
    assert reports[0].geo_precision == 3


@pytest.mark.parametrize("text", [
    "Opposition supporters staged a countrywide strike on Monday, shutting shops in Bangladesh.",
    "Trade unions held nationwide protests in Nigeria against the fuel price rise.",
])
def test_a_nationwide_protest_with_no_town_is_the_capitals(extractor: Extractor, text: str) -> None:
    reports = coded(extractor, text)
    assert [r.event_type for r in reports] == ["Protests"]
    assert reports[0].geo_precision == 3


@pytest.mark.parametrize("text", [
    "Members of the ruling party's youth wing protested against the new budget in India.",
    "Teachers in Peru demonstrated on Monday to demand higher pay.",
])
def test_a_local_protest_with_no_town_makes_no_event(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


def test_an_article_does_not_code_its_commentary_at_the_country_level(extractor: Extractor) -> None:
    text = ("Analysts say the army has detained hundreds of people in Egypt.\n\n"
            "The government denies that it holds political prisoners.")
    assert coded(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Security forces took an opposition leader into custody in Kampala on Friday.",
    "Police in Lahore took two journalists into custody after a raid on their office.",
    "Soldiers took 12 suspected militants into custody near Mopti, the army said.",
])
def test_taking_someone_into_custody_is_an_arrest(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Arrests"]


@pytest.mark.parametrize("text", [
    "The army set up a new forward operating base in Mandera county on Monday.",
    "Turkish troops built a new military base near Amadiya in Duhok province.",
    "Government forces constructed two outposts on the road north of Djibo last week.",
    "Rebels have set up a makeshift command post in a school in Rutshuru.",
])
def test_a_base_set_up_or_built_is_a_new_base(extractor: Extractor, text: str) -> None:
    assert "Headquarters or base established" in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Aid agencies built a new camp for displaced families near Kaga Bandoro.",
    "Engineers constructed a new bridge near Mosul.",
])
def test_a_camp_or_bridge_built_for_civilians_is_no_base(extractor: Extractor, text: str) -> None:
    assert "Headquarters or base established" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Unidentified men burned down a school in Bamenda on Sunday night.",
    "Armed men destroyed telecom masts in Maiduguri, cutting the network for days.",
    "Militiamen burnt a health centre near Bunia on Tuesday.",
    "Gunmen wrecked a mobile phone tower outside Garissa overnight.",
])
def test_a_public_building_or_mast_destroyed_is_property_destruction(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Looting/property destruction"]


def test_a_strike_that_destroyed_a_school_stays_a_strike(extractor: Extractor) -> None:
    text = "An air strike destroyed a school in Saada on Monday, killing four children."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Air/drone strike"]

@pytest.mark.parametrize(("text", "sub"), [
    ("The Nigerian army said it had cleared Boko Haram fighters from Marte.", "Government regains territory"),
    ("Police said gunmen had shot dead two traders in Kano.", "Attack"),
    ("Officials said that rebels had burned down a clinic near Bunia.", "Looting/property destruction"),
    ("A monitor reported that troops had executed five villagers near Mopti.", "Attack"),
    ("Local officials said on Monday that soldiers had arrested 12 people in Bamenda.", "Arrests"),
    ("The governor told reporters that bandits had kidnapped four engineers near Gusau.",
     "Abduction/forced disappearance"),
])
def test_reported_speech_in_the_past_perfect_is_the_news(extractor: Extractor, text: str, sub: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == [sub]


def test_a_truce_recalled_in_the_past_perfect_stays_background(extractor: Extractor) -> None:
    text = "Fighting erupted near Aleppo on Monday. The truce the two sides had agreed collapsed within hours."
    reports = extractor.code(Document("t", text, DAY)).reports
    assert all(r.is_background for r in reports if r.sub_event_type == "Agreement")
