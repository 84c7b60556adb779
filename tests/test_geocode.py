"""Place mentions, country priors and resolution with precision codes (real gazetteer, no mocks)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.geo.cues import country_cues, country_priors, doer_cues, nationality_cues
from conflictlens.geo.geocode import PlaceMention, find_place_mentions
from conflictlens.geo.resolve import resolve
from conflictlens.models import Document, Location
from conflictlens.nlp.actors import home_countries


@pytest.fixture(scope="session", autouse=True)
def geo_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One index per test session, in a temp cache dir (shared with test_gazetteer.py)."""
    path = tmp_path_factory.getbasetemp() / "geo-cache"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CONFLICTLENS_CACHE", str(path))
        yield


def geocode(text: str, ner: tuple[tuple[int, int, str], ...] = ()) -> dict[str, Location]:
    mentions = find_place_mentions(text, ner)
    priors = country_priors(mentions, country_cues(text))
    out = {}
    for m in mentions:
        loc = resolve(m, priors)
        if m.qualifier == "within":  # an area that only says where the place beside it lies
            assert loc is None
            continue
        assert loc is not None
        out[m.text] = loc
    return out


def test_homs_in_syria_article_is_homs_syria() -> None:
    locs = geocode("Shelling hit Homs on Tuesday, the Syrian army said. Residents of Hama fled south.")
    assert locs["Homs"].place.iso3 == "SYR"
    assert locs["Homs"].place.admin1 == "Homs"


def test_homs_in_libya_article_is_al_khums() -> None:
    locs = geocode("Militias clashed in Homs, also spelt Khoms, a port east of Tripoli in Libya.")
    assert locs["Homs"].place.name == "Al Khums"
    assert locs["Homs"].place.iso3 == "LBY"
    assert locs["Tripoli"].place.iso3 == "LBY"


def test_tripoli_in_lebanon_article_is_lebanon() -> None:
    locs = geocode("Protesters gathered in Tripoli, Lebanon's second city, and in Beirut.")
    assert locs["Tripoli"].place.iso3 == "LBN"


def test_damascus_is_not_oregon() -> None:
    locs = geocode("Jets struck Damascus overnight, state media in Syria reported.")
    assert locs["Damascus"].place.iso3 == "SYR"
    assert (locs["Damascus"].geo_precision, locs["Damascus"].where_prec) == (1, 1)


def test_islamabad_in_kashmir_article_is_anantnag() -> None:
    locs = geocode("Gunmen attacked a patrol in Islamabad in south Kashmir, Indian police said.")
    assert locs["Islamabad"].place.name == "Anantnag"
    assert locs["Islamabad"].place.admin1 == "Jammu and Kashmir"


def test_near_airport_is_geo_precision_2() -> None:
    locs = geocode("A rocket landed near Kabul airport, Afghan officials said.")
    assert locs["Kabul"].geo_precision == 2 and locs["Kabul"].where_prec == 2


def test_outskirts_and_distance_are_geo_precision_2() -> None:
    text = "Troops shelled the outskirts of Kafr Zita. A car bomb went off 12 km north of Maiduguri."
    locs = geocode(text)
    assert locs["Kafr Zita"].geo_precision == 2
    assert locs["Maiduguri"].geo_precision == 2 and locs["Maiduguri"].place.admin1 == "Borno"


def test_province_only_goes_to_capital_precision_3() -> None:
    locs = geocode("Bandits raided farms in Zamfara state and in Idlib province.")
    zamfara = locs["Zamfara state"]
    assert zamfara.place.name == "Gusau" and (zamfara.geo_precision, zamfara.where_prec) == (3, 4)
    idlib = locs["Idlib province"]
    assert idlib.place.name == "Idlib" and idlib.geo_precision == 3


def test_bare_province_name_goes_to_capital() -> None:
    locs = geocode("Insurgents ambushed soldiers in Borno, Nigerian officials said.")
    assert locs["Borno"].place.name == "Maiduguri" and locs["Borno"].geo_precision == 3


def test_city_district_is_city_precision_1() -> None:
    locs = geocode(
        "A shell hit Donetsk's Kyivskyi district. Another struck the Souq district of Tripoli, Libya."
    )
    assert locs["Donetsk"].place.iso3 == "UKR" and locs["Donetsk"].geo_precision == 1
    assert locs["Tripoli"].geo_precision == 1
    assert "Kyivskyi" not in locs and "Souq" not in locs


def test_admin2_district_is_its_town_precision_2() -> None:
    locs = geocode("Fighting spread to Nad Ali district in Helmand, Afghanistan.")
    nad_ali = locs["Nad Ali district"]
    assert nad_ali.place.admin1 == "Helmand" and (nad_ali.geo_precision, nad_ali.where_prec) == (2, 3)


def test_country_alone_is_capital_precision_3() -> None:
    locs = geocode("Clashes were reported across Yemen.")
    yemen = locs["Yemen"]
    assert yemen.place.name == "Sanaa" and (yemen.geo_precision, yemen.where_prec) == (3, 6)
    assert yemen.place.country == "Yemen" and yemen.place.iso_num == 887


def test_common_words_are_not_places() -> None:
    text = "The market said Monday. Police and Army units of the State Government met the President in May."
    assert find_place_mentions(text) == []


def test_sentence_initial_word_naming_a_hamlet_is_not_a_place() -> None:
    assert find_place_mentions("Said the witness: nothing happened.") == []


def test_deir_ez_zor_found_as_one_place() -> None:
    mentions = find_place_mentions("Airstrikes hit Deir ez-Zor and Qal'at al-Madiq and Khan Shaykhun.")
    assert [m.text for m in mentions] == ["Deir ez-Zor", "Qal'at al-Madiq", "Khan Shaykhun"]
    assert all(m.candidates[0].iso3 == "SYR" for m in mentions)


def test_mentions_carry_offsets() -> None:
    text = "Rebels entered Kafr Zita at dawn."
    (mention,) = find_place_mentions(text)
    assert isinstance(mention, PlaceMention)
    assert text[mention.start : mention.end] == "Kafr Zita" == mention.text


def test_ner_norp_span_is_looked_up() -> None:
    text = "aleppo residents said the shelling stopped."  # lower case: only NER can find it
    mentions = find_place_mentions(text, [(0, 6, "NORP")])
    assert [m.candidates[0].iso3 for m in mentions] == ["SYR"]


def test_ner_demonym_span_is_not_a_place() -> None:
    text = "Syrian troops advanced."
    assert find_place_mentions(text, [(0, 6, "NORP")]) == []


def test_small_place_inside_organisation_name_is_dropped() -> None:
    text = "A spokesman for Jaish al-Izza spoke to reporters."
    assert all(m.text != "Jaish" for m in find_place_mentions(text, [(16, 29, "ORG")]))


def test_admin1_names_filled() -> None:
    locs = geocode("Rebels shelled Kafranbel and Suqaylabiyah in northwestern Syria.")
    assert locs["Kafranbel"].place.admin1 == "Idleb"
    assert locs["Suqaylabiyah"].place.admin1 == "Hama"
    assert locs["Kafranbel"].place.region == "Middle East"


def test_country_priors_weigh_countries_and_demonyms() -> None:
    # "Russia denied": a capital or country that speaks is no place of the event, but the demonym still counts
    # ("Russian jets", whose weapon struck: as weak evidence)
    text = "Syrian forces shelled Idlib with Russian jets. Russia denied it. Syria said rebels attacked Hama."
    priors = country_priors(find_place_mentions(text), country_cues(text), doer_cues(text))
    assert priors["SYR"] == 1.0
    assert 0 < priors["RUS"] < priors["SYR"]


def test_demonym_gives_country() -> None:
    # a demonym before people ("Ugandan soldiers") is a nationality: a weaker cue, kept apart
    text = "Congolese troops and Ugandan soldiers met Afghans."
    assert (country_cues(text), nationality_cues(text)) == (["Afghans"], ["Congolese", "Ugandan"])


def test_custom_place_found_and_resolved() -> None:
    locs = geocode("M23 rebels seized Bunagana on the border, DR Congo's army said.")
    assert locs["Bunagana"].place.iso3 == "COD"
    assert locs["Bunagana"].place.admin1 == "Nord-Kivu"


def test_one_word_hamlet_in_an_unrelated_country_is_dropped() -> None:
    text = "Meridian Desk editors said clashes continued in Aleppo, Syria."
    assert [m.text for m in find_place_mentions(text)] == ["Aleppo", "Syria"]


def test_town_then_province_is_the_town_in_that_province() -> None:
    locs = geocode("On Friday, in Joinville, Santa Catarina, an inmate was stabbed to death.")
    assert set(locs) == {"Joinville"}  # the province only says where Joinville lies
    assert locs["Joinville"].place.iso3 == "BRA" and locs["Joinville"].geo_precision == 1


def test_bracketed_lga_and_state_pick_the_state_not_the_country() -> None:
    mentions = find_place_mentions("Gunmen attacked Kagara (Rafi LGA, Niger) and killed a farmer.")
    assert [(m.text, m.qualifier) for m in mentions] == [("Kagara", None), ("Niger", "within")]
    assert {p.iso3 for p in mentions[0].candidates} == {"NGA"}
    assert [(p.kind, p.iso3) for p in mentions[1].candidates] == [("admin1", "NGA")]
    locs = geocode("Gunmen attacked Kagara (Rafi LGA, Niger) and killed a farmer.")
    assert locs["Kagara"].place.admin1 == "Niger" and locs["Kagara"].geo_precision == 1


def test_country_possessive_confirms_the_place_after_it() -> None:
    mentions = find_place_mentions("Troops fought in Balochistan's Ziarat district on Sunday.")
    assert [(m.text, m.qualifier) for m in mentions] == [("Balochistan", "within"), ("Ziarat district", "admin2")]
    locs = geocode("Troops fought in Balochistan's Ziarat district on Sunday.")
    assert locs["Ziarat district"].place.name == "Ziarat" and locs["Ziarat district"].geo_precision == 2


def test_list_of_towns_is_not_an_address() -> None:
    locs = geocode("Shelling hit Kramatorsk, Donetsk and Luhansk.")
    assert set(locs) == {"Kramatorsk", "Donetsk", "Luhansk"}
    locs = geocode("Air strikes hit Aleppo, Azaz and Afrin in Syria.")
    assert {"Aleppo", "Azaz", "Afrin"} <= set(locs)


def test_unknown_village_before_a_province_gives_the_province() -> None:
    text = "Rebels fired mortars near Pisky, Donetsk. Monitors counted 12 blasts."  # only other Piskys known
    mentions = find_place_mentions(text)
    assert [m.text for m in mentions] == ["Donetsk"]
    assert [p.kind for p in mentions[0].candidates] == ["admin1"]


def test_a_name_placed_once_keeps_that_sense_and_ner_cannot_revive_an_orphan() -> None:
    text = "Rebels fired mortars near Pisky, Donetsk. Monitors counted 12 blasts near Pisky."
    start = text.index("Pisky")
    mentions = find_place_mentions(text, [(start, start + 5, "GPE")])  # NER calls the first Pisky a place
    assert [m.text for m in mentions] == ["Donetsk", "Pisky"]
    assert all([p.kind for p in m.candidates] == ["admin1"] for m in mentions)
    text = "Gunmen attacked Kagara (Rafi LGA, Niger). Police later reached Kagara."
    *_, later = find_place_mentions(text)
    assert later.text == "Kagara" and {p.iso3 for p in later.candidates} == {"NGA"}
    # an area named again is the area ("in Juliaca, Puno ... the Electro Puno company"), not its capital town
    *_, later = find_place_mentions("In Juliaca, Puno, clients of the Electro Puno company marched on Monday.")
    assert later.text == "Puno" and [p.kind for p in later.candidates] == ["admin1"]


def test_groups_with_a_home_country_point_the_geocoder_there() -> None:
    text = "Al Shabaab militants attacked a base near Bali Doogle."
    assert "Somalia" in home_countries(text)
    assert home_countries("Gunmen attacked a base.") == []
    # "NAF" also names Nigeria's air force: a local alias is no cue
    assert home_countries("NAF jets bombed a camp.") == []


def test_neighbourhood_names_are_not_towns() -> None:
    text = "Gunmen shot a man in Colonia Miramar, in Zapopan, Jalisco. Another died in colonia Lomas de San Miguel."
    assert [(m.text, m.qualifier) for m in find_place_mentions(text)] == [("Zapopan", None), ("Jalisco", "within")]


def test_small_place_word_inside_a_longer_unknown_name_is_dropped() -> None:
    mentions = find_place_mentions("Airstrikes hit villages of Dara i Sufi Bala district, Samangan.")
    assert [m.text for m in mentions] == ["Samangan"]
    assert all(m.candidates[0].iso3 == "AFG" for m in mentions)


def test_demonym_used_as_adjective_is_not_a_region() -> None:
    assert find_place_mentions("Somali civilians fled the Somali capital after the blast.") == []
    mentions = find_place_mentions("Clan militias clashed in the Somali region of Ethiopia.")
    assert [(m.text, m.candidates[0].iso3) for m in mentions][0] == ("Somali region", "ETH")


def test_same_name_elsewhere_is_not_the_locality_of_a_named_town() -> None:
    mentions = find_place_mentions("A soldier was killed by a landmine in Khost area of Harnai, Balochistan.")
    assert [m.text for m in mentions] == ["Harnai", "Balochistan"]
    assert mentions[0].candidates[0].iso3 == "PAK"


def test_place_the_text_calls_a_town_is_kept_without_a_country() -> None:
    assert [m.text for m in find_place_mentions("Protesters blocked roads in Wokha town on Monday.")] == ["Wokha"]


def test_region_and_french_province_names_are_their_provinces():
    mentions = find_place_mentions("Students in Kashmir protested in Srinagar on Monday.")
    assert [(m.text, m.candidates[0].kind, m.candidates[0].iso3) for m in mentions][0] == ("Kashmir", "admin1", "IND")
    locs = geocode("Militiamen attacked Rubaya (Masisi, Nord-Kivu) on Sunday.")
    assert all(loc.place.admin1 == "Nord-Kivu" for loc in locs.values())


def test_a_province_name_made_of_common_words_counts_before_its_unit_word():
    mentions = find_place_mentions("Protesters gathered in Sinkat (Red Sea state) on Monday.")
    assert [(m.text, m.candidates[0].iso3) for m in mentions][0] == ("Sinkat", "SDN")
    assert find_place_mentions("Ships were attacked in the Red Sea.") == []


def test_a_bracketed_district_standing_in_for_an_unknown_village_is_geo_2() -> None:
    locs = geocode("Militiamen attacked the village of Tieba (Bankass, Mopti) on Monday.")
    assert (locs["Bankass"].place.admin1, locs["Bankass"].geo_precision) == ("Mopti", 2)
    locs = geocode("Gunmen attacked Kagara (Rafi LGA, Niger) and killed a farmer.")
    assert locs["Kagara"].geo_precision == 1


def test_journalists_protesting_in_a_town_are_there_but_telling_reporters_in_a_capital_is_not() -> None:
    assert [m.text for m in find_place_mentions("Journalists protested in Sukkur on Monday.")] == ["Sukkur"]
    assert find_place_mentions("The minister told reporters in Kabul that talks would resume.") == []


def test_parties_and_institutions_point_to_their_country() -> None:
    assert home_countries("MQM activists protested outside the Hyderabad press club.") == ["Pakistan"]
    assert home_countries("BJP workers protested outside the Hyderabad collectorate.") == ["India"]
    text = "BJP workers staged a protest in Punjab against the farm ordinance."
    mentions = find_place_mentions(text, cues=home_countries(text))
    priors = country_priors(mentions, home_countries(text))
    assert resolve(mentions[0], priors).place.country == "India"


def test_a_province_coded_to_a_seat_outside_it_keeps_its_own_admin1() -> None:
    text = "Farmers of the Bharatiya Kisan Union protested across Punjab on Monday."
    mentions = find_place_mentions(text, cues=home_countries(text))
    loc = resolve(mentions[0], country_priors(mentions, home_countries(text)))
    assert (loc.place.name, loc.place.admin1, loc.geo_precision) == ("Chandigarh", "Punjab", 3)


def test_a_province_abbreviation_counts_only_where_an_address_puts_it() -> None:
    mentions = find_place_mentions("A farmer was killed in a clash in Shamli (UP) over land.")
    assert [(m.text, m.qualifier) for m in mentions] == [("Shamli", None), ("UP", "within")]
    assert find_place_mentions("The AP reported that UP police arrested two men.") == []


def test_an_address_followed_by_a_capitalised_word_is_not_a_list() -> None:
    text = "On 7 May 2020, in Barra Mansa, Rio de Janeiro, Military Police officers raided a house."
    mentions = find_place_mentions(text)
    assert [(m.text, m.qualifier, m.held) for m in mentions] == [
        ("Barra Mansa", None, True), ("Rio de Janeiro", "within", False)]


@pytest.mark.parametrize(("text", "spans", "place"), [
    # a place NER finds that the gazetteer spells another way, in a country the text names
    ("Two car bombs went off in a market in Diwaniyah, Iraq's police said.", [(38, 47, "GPE")], "Al Diwaniyah"),
    ("Houthi fighters in Hodeidah shelled a position held by Yemen's army.", [(19, 27, "GPE")], "Al Ḩudaydah"),
])
def test_a_variant_spelling_found_by_ner_is_a_place(text: str, spans: list[tuple[int, int, str]], place: str) -> None:
    found = find_place_mentions(text, spans)
    assert place in [m.candidates[0].name for m in found]


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen killed four traders at a market in Nassiriya on Sunday.", "Iraq"),
    ("Gunmen stormed the house of a district mayor in Mahmoudiya town, killing the mayor and his son.", "Iraq"),
    ("Two roadside bombs killed six people in the town of Baqouba.", "Iraq"),  # not Tanzania's Bukoba
    ("A roadside bomb killed three farmers outside Kandahaar on Monday.", "Afghanistan"),
])
def test_a_variant_spelling_of_a_big_town_places_a_text_naming_no_country(
        extractor: Extractor, text: str, country: str) -> None:
    assert [r.country for r in extractor.code(Document("t", text, dt.date(2024, 3, 12))).reports] == [country]


def test_a_loose_likeness_to_a_big_town_abroad_is_no_place() -> None:
    text = "Protesters burned tyres in Bargona on Monday."  # the loose key of Norway's Bergen
    assert find_place_mentions(text, [(27, 34, "GPE")]) == []


def test_a_variant_spelling_abroad_is_no_place() -> None:
    text = "Two car bombs went off in a market in Diwaniyeh, Nigeria's police said."
    assert "Al Diwaniyah" not in [m.candidates[0].name for m in find_place_mentions(text, [(38, 47, "GPE")])]


@pytest.mark.parametrize("text", [
    "Nigerian jets struck fighters in the border area to Niger Republic on Monday, officials in Borno said.",
    "Gunmen from Kano crossed into the Republic of Niger on Tuesday.",
])
def test_niger_republic_is_the_country_not_the_nigerian_state(text: str) -> None:
    """Nigerian papers call their neighbour "Niger Republic", apart from their own Niger State."""
    name = "Niger Republic" if "Niger Republic" in text else "Republic of Niger"
    loc = geocode(text)[name]
    assert (loc.place.iso3, loc.where_prec) == ("NER", 6)  # the country, at its capital


@pytest.mark.parametrize(("text", "name"), [
    ("Five civilians were killed as militias clashed in eastern DRCongo on Monday.", "DRCongo"),
    ("Fighting resumed in DRCongo on Monday, the UN said.", "DRCongo"),
    ("Militiamen attacked a camp in northeastern DRCongo, a local official said.", "DRCongo"),
])
def test_dr_congo_written_as_one_word_is_the_country(text: str, name: str) -> None:
    assert geocode(text)[name].place.iso3 == "COD"


@pytest.mark.parametrize(("text", "location", "admin1"), [
    ("An air strike on a market in Hawija killed ten civilians on Monday.", "Hawija", "Kirkuk"),
    ("Islamic State fighters shelled the village of Qayyara south of Mosul, killing four people.", "Qayyara", "Ninewa"),
    ("Regime aircraft struck Sukhna in Homs province on Sunday, killing six civilians.", "Sukhna", "Homs"),
    ("Warplanes bombed Maskana in Aleppo province on Friday, killing three civilians.", "Maskana", "Aleppo"),
])
def test_a_final_a_for_ah_finds_the_small_town(extractor: Extractor, text: str, location: str, admin1: str) -> None:
    reports = extractor.code(Document("t", text, dt.date(2024, 3, 12))).reports
    assert [(r.location, r.admin1) for r in reports] == [(location, admin1)]


@pytest.mark.parametrize(("text", "town"), [
    ("Government helicopters dropped barrels of chlorine gas on Saraqib, activists said.", "Saraqib"),
    ("Warplanes dropped bombs on Kafranbel on Sunday, killing four people, activists said.", "Kafranbel"),
    ("Shells fell on Avdiivka overnight, wounding three civilians, officials said.", "Avdiivka"),
    ("Artillery fire rained on Bakhmut all night, local officials said.", "Bakhmut"),
])
def test_a_small_town_where_weapons_came_down_is_the_place(extractor: Extractor, text: str, town: str) -> None:
    (r,) = extractor.code(Document("t", text, dt.date(2024, 3, 12))).reports
    assert r.location == town


@pytest.mark.parametrize(("text", "town"), [
    ("Gunmen abducted 15 passengers from a bus on the Kaduna-Abuja highway on Friday, police said.", "Kaduna"),
    ("Militants ambushed an army convoy on the Gao-Menaka road on Sunday, killing six soldiers.", "Gao"),
    ("Bandits killed four travellers on the Zaria-Kano expressway on Monday.", "Zaria"),
    ("Gunmen shot dead three traders on the Beni–Kasindi road on Tuesday.", "Beni"),
])
def test_a_road_named_by_the_towns_it_joins_is_near_its_first_town(extractor: Extractor, text: str,
                                                                   town: str) -> None:
    (r,) = extractor.code(Document("t", text, dt.date(2024, 3, 12))).reports
    assert (r.location, r.geo_precision) == (town, 2)


@pytest.mark.parametrize(("text", "town", "country"), [
    ("BAMAKO, March 11 (Test Wire) - Jihadists ambushed an army convoy near Douentza on Sunday, killing nine "
     "soldiers.\n\nThe junta has turned to Russia for help.\n\nIn Niger, gunmen killed 12 villagers near Tillaberi "
     "on Saturday, officials said.", "Douentza", "Mali"),
    ("SANAA, March 11 (Test Wire) - A missile struck a market near Saada on Sunday, killing eight people, medics "
     "said.\n\nSaudi Arabia and the United Arab Emirates lead the coalition.\n\nIran denies arming the rebels.",
     "Saada", "Yemen"),
    ("JUBA, March 11 (Test Wire) - Gunmen killed 11 cattle herders near Bor on Sunday, officials said.\n\nSudan "
     "and Uganda have both mediated between the factions.\n\nUganda has sent troops to the capital in the past.",
     "Bor", "South Sudan"),
])
def test_the_dateline_s_city_points_to_its_country(extractor: Extractor, text: str, town: str,
                                                   country: str) -> None:
    reports = extractor.code(Document("t", text, dt.date(2024, 3, 11))).reports
    assert (town, country) in {(r.location, r.country) for r in reports}


@pytest.mark.parametrize(("text", "location"), [
    ("Two female suicide bombers attacked the Baga Market in Maiduguri on Sunday, killing 35 traders.", "Maiduguri"),
    ("Gunmen opened fire at the Gombe Motor Park in Kano on Friday, killing three drivers.", "Kano"),
    ("A grenade exploded at the Cotabato Public Market in Pikit on Sunday, wounding nine.", "Pikit"),
    ("Soldiers fired on protesters at the Kisangani Square in Kinshasa on Monday, killing two.", "Kinshasa"),
])
def test_a_town_that_names_a_market_or_road_elsewhere_is_no_place(extractor: Extractor, text: str,
                                                                  location: str) -> None:
    """'the Baga Market in Maiduguri': the market is named after a town but stands in another."""
    reports = extractor.code(Document("t", text, dt.date(2024, 3, 12))).reports
    assert [r.location for r in reports] == [location]
