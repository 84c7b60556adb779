"""The offline gazetteer: index build, lookups, countries, admin1 names and capitals (real data, no mocks)."""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Iterator
from importlib import resources

import pytest

from conflictlens.geo import countries, gazetteer, sources
from conflictlens.geo.countries import normalise, region_of
from conflictlens.geo.gazetteer import country_by_name


@pytest.fixture(scope="session", autouse=True)
def geo_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One index per test session, in a temp cache dir (shared with test_geocode.py)."""
    path = tmp_path_factory.getbasetemp() / "geo-cache"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CONFLICTLENS_CACHE", str(path))
        yield


@pytest.fixture(scope="session")
def gaz(geo_cache: None) -> gazetteer.SqliteGazetteer:
    return gazetteer._sqlite()


def test_index_is_built_in_the_cache_dir(gaz: gazetteer.SqliteGazetteer) -> None:
    assert gaz.path.parent == gazetteer.index_path().parent
    assert gaz.path.exists()
    assert not list(gaz.path.parent.glob("*.tmp"))


def test_default_gazetteer_is_cached_and_satisfies_protocol(gaz: gazetteer.SqliteGazetteer) -> None:
    assert gazetteer.default_gazetteer() is gazetteer.default_gazetteer()
    assert isinstance(gazetteer.default_gazetteer(), gazetteer.Gazetteer)


def test_lookup_ignores_case_accents_and_apostrophes(gaz: gazetteer.SqliteGazetteer) -> None:
    plain = gaz.lookup("Qalat al Madiq")
    assert plain and plain[0].iso3 == "SYR"
    assert gaz.lookup("QAL’AT AL-MADIQ")[0] == plain[0]


def test_lookup_is_best_first_by_population(gaz: gazetteer.SqliteGazetteer) -> None:
    found = gaz.lookup("Damascus")
    assert found[0].iso3 == "SYR"
    assert any(p.iso3 == "USA" for p in found)


def test_capital_beats_bigger_alternate_name_match(gaz: gazetteer.SqliteGazetteer) -> None:
    assert gaz.lookup("Islamabad")[0].iso3 == "PAK"


def test_lookup_is_fast(gaz: gazetteer.SqliteGazetteer) -> None:
    names = ["Homs", "Aleppo", "Kunduz", "Maiduguri", "Goma", "Nowhereville", "Tripoli", "Sanaa"]
    start = time.perf_counter()
    for name in names * 50:
        gaz._lookup_key.__wrapped__(gaz, normalise(name))  # bypass the memo: measure the SQLite query
    per_lookup = (time.perf_counter() - start) / (len(names) * 50)
    assert per_lookup < 0.001


def test_common_words_have_no_alternate_name_entries(gaz: gazetteer.SqliteGazetteer) -> None:
    assert gaz.lookup("The") == []
    assert gaz.lookup("Market") == []  # an alternate name of Marquette, dropped as a common word


def test_custom_places_fill_gaps(gaz: gazetteer.SqliteGazetteer) -> None:
    bagram = [p for p in gaz.lookup("Bagram") if p.iso3 == "AFG"]
    assert bagram and bagram[0].admin1 == "Parwan"
    assert {p.iso3 for p in gaz.lookup("Bunagana")} == {"COD", "UGA"}


@pytest.mark.parametrize(("name", "iso3", "admin1"), [
    ("Kitchanga", "COD", "Nord-Kivu"), ("Minova", "COD", "Sud-Kivu"), ("Mambasa", "COD", "Ituri"),
    ("Cite Soleil", "HTI", "Ouest"), ("Kyaukphyu", "MMR", "Rakhine"), ("Paletwa", "MMR", "Chin"),
    ("Malam Fatori", "NGA", "Borno"), ("Ancuabe", "MOZ", "Cabo Delgado"),
    # towns, camps, crossings and city districts across the world that conflict reporting names
    ("Akobo", "SSD", "Jonglei"), ("Pibor", "SSD", "Jonglei"), ("Kajo Keji", "SSD", "Central Equatoria"),
    ("Rubkona", "SSD", "Unity"), ("Ngouboua", "TCD", "Lac"), ("Khiam", "LBN", "Nabatieh"),
    ("Aitaroun", "LBN", "Nabatieh"), ("Houla", "LBN", "Nabatieh"), ("Dahiyeh", "LBN", "Mount Lebanon"),
    ("Dasht-e Barchi", "AFG", "Kabul"), ("Marjah", "AFG", "Helmand"), ("Kitshanga", "COD", "Nord-Kivu"),
    ("Kamituga", "COD", "Sud-Kivu"), ("Tal Tamr", "SYR", "Al-Hasakeh"), ("Al-Hol", "SYR", "Al-Hasakeh"),
    ("Ganthier", "HTI", "Ouest"), ("Darra Adam Khel", "PAK", "Khyber Pakhtunkhwa"), ("Jurf al-Sakhar", "IRQ", "Babil"),
    ("Shujaiya", "PSE", "Gaza Strip"), ("Deir al-Balah", "PSE", "Gaza Strip"), ("Nir Oz", "ISR", "HaDarom"),
    ("Kutupalong", "BGD", "Chittagong"), ("Momeik", "MMR", "Shan"), ("Solhan", "BFA", "Sahel"),
    ("Moura", "MLI", "Mopti"), ("Inates", "NER", "Tillaberi"), ("Kolofata", "CMR", "Extreme-Nord"),
    ("Mboki", "CAF", "Haut-Mbomou"), ("Humera", "ETH", "Tigray"), ("Kibera", "KEN", "Nairobi"),
    ("Kufra", "LBY", "Al Kufrah"), ("Seiyun", "YEM", "Hadramawt"), ("Cidade de Deus", "BRA", "Rio de Janeiro"),
    ("Sheikh Zuweid", "EGY", "North Sinai"),
])
def test_conflict_towns_the_geonames_extract_lacks_are_custom_places(gaz: gazetteer.SqliteGazetteer, name: str,
                                                                    iso3: str, admin1: str) -> None:
    """Towns fought over in eastern DR Congo, Port-au-Prince, Rakhine and Chin, Borno and Cabo Delgado, and
    villages, camps and city districts from Lebanon to South Sudan, that the GeoNames 500+ extract lacks or spells
    another way (resources/custom_places.csv), in the province ACLED names."""
    assert any((p.iso3, p.admin1) == (iso3, admin1) for p in gaz.lookup(name)), gaz.lookup(name)


@pytest.mark.parametrize(("name", "iso3", "admin1"), [
    # the towns of Pakistan's former tribal districts and Lower Dir; Balochistan
    ("Mir Ali", "PAK", "Khyber Pakhtunkhwa"), ("Razmak", "PAK", "Khyber Pakhtunkhwa"),
    ("Bara", "PAK", "Khyber Pakhtunkhwa"), ("Torkham", "PAK", "Khyber Pakhtunkhwa"),
    ("Timergara", "PAK", "Khyber Pakhtunkhwa"), ("Noshki", "PAK", "Balochistan"),
    # Myanmar's Sagaing, Magway, Chin, Kachin, Shan and Rakhine townships
    ("Budalin", "MMR", "Sagaing"), ("Myinmu", "MMR", "Sagaing"), ("Depayin", "MMR", "Sagaing"),
    ("Gangaw", "MMR", "Magway"), ("Mindat", "MMR", "Chin"), ("Laiza", "MMR", "Kachin"), ("Hsipaw", "MMR", "Shan"),
    ("Muse", "MMR", "Shan"), ("Thandwe", "MMR", "Rakhine"), ("Hpapun", "MMR", "Kayin"),
    # Cabo Delgado
    ("Palma", "MOZ", "Cabo Delgado"), ("Mucojo", "MOZ", "Cabo Delgado"), ("Quissanga", "MOZ", "Cabo Delgado"),
    # Darfur's displacement camps and towns, Kordofan
    ("Zamzam camp", "SDN", "North Darfur"), ("Abu Shouk", "SDN", "North Darfur"), ("Kalma camp", "SDN", "South Darfur"),
    ("Tawila", "SDN", "North Darfur"), ("Mornei", "SDN", "West Darfur"), ("Um Rawaba", "SDN", "North Kordofan"),
    ("Bara", "SDN", "North Kordofan"),
    # the Sahel and the Lake Chad basin
    ("Hombori", "MLI", "Mopti"), ("Lere", "MLI", "Tombouctou"), ("Tinzaouaten", "MLI", "Kidal"),
    ("Kantchari", "BFA", "Est"), ("Makalondi", "NER", "Tillaberi"), ("Baga", "NGA", "Borno"),
    ("Baga Sola", "TCD", "Lac"),
    # territory seats of the Kivus and Ituri
    ("Walikale", "COD", "Nord-Kivu"), ("Irumu", "COD", "Ituri"), ("Fizi", "COD", "Sud-Kivu"),
    ("Shabunda", "COD", "Sud-Kivu"), ("Kamanyola", "COD", "Sud-Kivu"),
    # Somalia, Ethiopia, Syria, Yemen, Haiti, Colombia
    ("Barawe", "SOM", "Lower Shabelle"), ("Balcad", "SOM", "Middle Shabelle"), ("Bulo Burde", "SOM", "Hiraan"),
    ("Shewa Robit", "ETH", "Amhara"), ("Sarmada", "SYR", "Idleb"), ("Sheikh Maqsoud", "SYR", "Aleppo"),
    ("Baghuz", "SYR", "Deir-ez-Zor"), ("Shuqra", "YEM", "Abyan"), ("Pont-Sonde", "HTI", "Artibonite"),
    ("Petion-Ville", "HTI", "Ouest"), ("Lopez de Micay", "COL", "Cauca"),
])
def test_conflict_districts_towns_and_camps_by_region_are_custom_places(gaz: gazetteer.SqliteGazetteer, name: str,
                                                                        iso3: str, admin1: str) -> None:
    """Towns, territory and township seats and displacement camps where ACLED codes events, region by region,
    that the GeoNames 500+ extract lacks or spells another way (resources/custom_places.csv): found in their
    country, in the province ACLED names. A district named otherwise than its seat ("North Waziristan") is no
    row: read as its seat it would be coded as that town, exactly (test_filing_day)."""
    found = [p for p in gaz.lookup(name) if p.iso3 == iso3]
    assert found and found[0].admin1 == admin1, gaz.lookup(name)


def test_every_custom_place_row_is_well_formed_and_found(gaz: gazetteer.SqliteGazetteer) -> None:
    """The packaged rows pass the checks a user's places file gets (a population, aliases or alias_of in the
    wrong column is no silent loss), and each is found in its country: an alias_of names a GeoNames place of
    that country, and a given admin1 is the one the place gets."""
    text = resources.files("conflictlens.resources").joinpath("custom_places.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for line_no, row in enumerate(csv.DictReader(lines), start=2):
        row = {c: (row.get(c) or "").strip() for c in sources.PLACE_COLUMNS}
        sources._check_place(row, f"custom_places.csv row {line_no}")
        iso3 = countries.iso3_of_iso2()[row["iso2"]]
        found = [p for p in gaz.lookup(row["name"]) if p.iso3 == iso3]
        assert found, row
        assert not row["admin1"] or found[0].admin1 == row["admin1"], (row, found[0])


def test_admin1_names_filled(gaz: gazetteer.SqliteGazetteer) -> None:
    cases = {"Maiduguri": "Borno", "Kafranbel": "Idleb", "Sochi": "Krasnodar", "Goma": "Nord-Kivu"}
    for city, admin1 in cases.items():
        assert gaz.lookup(city)[0].admin1 == admin1, city


@pytest.mark.parametrize(("city", "iso3", "admin1"), [
    ("Bunia", "COD", "Ituri"), ("Kalemie", "COD", "Tanganyika"), ("Lubumbashi", "COD", "Haut-Katanga"),
    ("Kisangani", "COD", "Tshopo"), ("Kikwit", "COD", "Kwilu"), ("Isiro", "COD", "Haut-Uele"),
    ("Bukavu", "COD", "Sud-Kivu"), ("An Nuhud", "SDN", "West Kordofan"), ("Menaka", "MLI", "Menaka"),
    ("Bamako", "MLI", "Bamako"), ("Iten", "KEN", "Elgeyo Marakwet"),
])
def test_admin1_is_the_division_of_today(gaz: gazetteer.SqliteGazetteer, city: str, iso3: str, admin1: str) -> None:
    """DR Congo's 26 provinces of 2015, Sudan's West Kordofan, Mali's Menaka region, not the provinces they
    were carved from ("Orientale", "Katanga", "North Kordofan", "Gao")."""
    assert [p.admin1 for p in gaz.lookup(city) if p.iso3 == iso3][0] == admin1


@pytest.mark.parametrize(("name", "admin1", "seat"), [
    ("Ituri", "Ituri", "Bunia"), ("Haut-Uele", "Haut-Uele", "Isiro"), ("North Kivu", "Nord-Kivu", "Goma"),
    ("Tanganyika", "Tanganyika", "Kalemie"), ("West Kordofan", "West Kordofan", "Al-Fulah"),
    ("Katanga", "Haut-Katanga", "Lubumbashi"), ("Orientale", "Tshopo", "Kisangani"),
])
def test_a_division_of_today_is_found_by_its_names(gaz: gazetteer.SqliteGazetteer, name: str, admin1: str,
                                                   seat: str) -> None:
    province = [p for p in gaz.lookup(name) if p.kind == "admin1"][0]
    assert province.name == admin1
    capital = gazetteer.capital_of_admin1(province.iso3, admin1)
    assert capital is not None and capital.name == seat


def test_clean_admin1_strips_suffixes_and_applies_overrides() -> None:
    assert sources.clean_admin1("IQ", "Basra Governorate") == "Al-Basrah"
    assert sources.clean_admin1("LY", "Sha`biyat al Jabal al Gharbi") == "Al Jabal al Gharbi"
    assert sources.clean_admin1("AF", "Parvan") == "Parwan"
    assert sources.clean_admin1("SD", "Northern State") == "Northern"
    assert sources.clean_admin1("CN", "Xinjiang Uygur Zizhiqu") == "Xinjiang"
    assert sources.clean_admin1("CN", "Gansu Sheng") == "Gansu"
    assert sources.clean_admin1("TH", "Changwat Udon Thani") == "Udon Thani"
    assert sources.clean_admin1("BD", "Rangpur Division") == "Rangpur"
    assert sources.clean_admin1("MD", "Raionul Soroca") == "Soroca"
    assert sources.clean_admin1("AM", "Vayots' Dzori Marz") == "Vayots Dzor"


def test_capital_of_admin1_uses_curated_seat(gaz: gazetteer.SqliteGazetteer) -> None:
    goma = gazetteer.capital_of_admin1("COD", "Nord-Kivu")  # Butembo is bigger; Goma is the seat
    assert goma is not None and goma.name == "Goma"
    maiduguri = gazetteer.capital_of_admin1("NGA", "Borno")
    assert maiduguri is not None and maiduguri.name == "Maiduguri"


def test_capital_of_admin1_accepts_an_alias(gaz: gazetteer.SqliteGazetteer) -> None:
    assert gazetteer.capital_of_admin1("SYR", "Nowhere") is None
    hama = gazetteer.capital_of_admin1("SYR", "Hama")
    assert hama is not None and hama.admin1 == "Hama"


def test_capital_of_country(gaz: gazetteer.SqliteGazetteer) -> None:
    kabul = gazetteer.capital_of_country("AFG")
    assert kabul is not None and kabul.name == "Kabul" and kabul.admin1 == "Kabul"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Syria", "SYR"),
        ("Syrian", "SYR"),
        ("Syrians", "SYR"),
        ("Russian", "RUS"),
        ("Afghan", "AFG"),
        ("Ukraine's", "UKR"),
        ("DR Congo", "COD"),
        ("Congolese", "COD"),
        ("Burma", "MMR"),
        ("Palestinian", "PSE"),
        ("the United States", "USA"),
    ],
)
def test_demonym_gives_country(gaz: gazetteer.SqliteGazetteer, text: str, iso3: str) -> None:
    place = country_by_name(text)
    assert place is not None and place.iso3 == iso3 and place.kind == "country"


def test_country_place_carries_acled_name_codes_and_region(gaz: gazetteer.SqliteGazetteer) -> None:
    drc = country_by_name("Democratic Republic of the Congo")
    assert drc is not None
    assert (drc.country, drc.iso_num, drc.region) == ("Democratic Republic of Congo", 180, "Middle Africa")
    syria = country_by_name("Syrian Arab Republic")
    assert syria is not None and syria.country == "Syria" and syria.iso_num == 760


def test_unknown_country_name_is_none() -> None:
    assert country_by_name("Atlantis") is None
    assert countries.iso3_by_name("Market") is None


def test_region_of_uses_acled_regions() -> None:
    assert region_of("SYR") == "Middle East"
    assert region_of("NGA") == "Western Africa"
    assert region_of("MMR") == "Southeast Asia"
    assert region_of("IND") == "South Asia"
    assert region_of("MEX") == "Central America"
    assert region_of("UKR") == "Europe"
    assert region_of("XXX") == ""


def test_import_has_no_side_effects(tmp_path: os.PathLike[str]) -> None:
    import subprocess
    import sys

    env = dict(os.environ, CONFLICTLENS_CACHE=str(tmp_path))
    code = "import conflictlens.geo, conflictlens.geo.geocode, sys; print('reverse_geocoder' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    assert list(os.scandir(tmp_path)) == []


@pytest.mark.parametrize(("city", "iso3", "admin1"), [
    ("Saraqib", "SYR", "Idleb"), ("Tall Abyad", "SYR", "Ar-Raqqa"), ("Amuda", "SYR", "Al-Hasakeh"),
    ("Jasim", "SYR", "Dar'a"), ("Shahba", "SYR", "As-Sweida"), ("Ramadi", "IRQ", "Al-Anbar"),
    ("Tal Afar", "IRQ", "Ninewa"), ("Sanandaj", "IRN", "Kurdistan"), ("Urmia", "IRN", "West Azarbaijan"),
    ("Khums", "LBY", "Almargeb"), ("Surman", "LBY", "Azzawya"),
])
def test_admin1_is_spelled_as_acled_spells_it(gaz: gazetteer.SqliteGazetteer, city: str, iso3: str,
                                              admin1: str) -> None:
    """Users filter by ACLED's names: "Idleb", "Dar'a", "Ninewa", "Almargeb", not GeoNames' "Idlib"."""
    assert [p.admin1 for p in gaz.lookup(city) if p.iso3 == iso3][0] == admin1


@pytest.mark.parametrize(("name", "admin1"), [
    ("Idlib", "Idleb"), ("Idleb", "Idleb"), ("Ar-Raqqah", "Ar-Raqqa"), ("Nineveh", "Ninewa"), ("Anbar", "Al-Anbar"),
    ("Kordestan", "Kurdistan"), ("Al Murqub", "Almargeb"), ("Sirte", "Sirt"),
])
def test_a_renamed_division_is_found_by_its_other_spellings(name: str, admin1: str) -> None:
    from conflictlens.geo.geocode import find_place_mentions

    (m,) = find_place_mentions(f"Fighting was reported in {name} province.")
    assert [p.admin1 for p in m.candidates if p.kind == "admin1"][0] == admin1


def test_a_renamed_division_matches_its_other_spellings_in_eval() -> None:
    from conflictlens.evaluation.match import admin1_match

    assert admin1_match("Idleb", "Idlib") and admin1_match("Almargeb", "Al Murqub")
    assert admin1_match("Ninewa", "Nineveh") and not admin1_match("Ninewa", "Al-Anbar")


def test_transliterated_admin1_names_become_the_english_ones() -> None:
    assert sources.clean_admin1("TN", "Bajah") == "Beja"
    assert sources.clean_admin1("EG", "Shamal Sina'") == "North Sinai"
    assert sources.clean_admin1("MA", "Tanger-Tetouan") == "Tanger-Tetouan-Al Hoceima"  # the 2015 region


def test_town_in_a_renamed_province_carries_the_new_name(gaz: gazetteer.SqliteGazetteer) -> None:
    assert gaz.lookup("Sfax")[0].admin1 == "Sfax"
    assert gaz.lookup("Arish")[0].admin1 == "North Sinai"


def test_a_two_word_town_is_found_written_as_one_word():
    from conflictlens.geo.gazetteer import default_gazetteer

    assert default_gazetteer().lookup("Mirpurkhas")[0].name == "Mirpur Khas"


@pytest.mark.parametrize(("variant", "admin1"), [
    ("Babylon", "Babil"), ("Nineveh", "Ninewa"), ("Ninawa", "Ninewa"), ("Salahuddin", "Salah al-Din"),
    ("Saladin", "Salah al-Din"),
    ("Thi Qar", "Dhi Qar"), ("Qadisiyah", "Al Qadisiyah"), ("Missan", "Maysan"), ("Muthanna", "Al Muthanna"),
])
def test_english_and_common_spellings_of_iraqs_governorates(variant: str, admin1: str) -> None:
    from conflictlens.geo.geocode import find_place_mentions

    (m,) = find_place_mentions(f"Fighting was reported in {variant} province.")
    top = m.candidates[0]
    assert (top.iso3, top.kind, top.admin1) == ("IRQ", "admin1", admin1)


@pytest.mark.parametrize(("spellings", "key"), [
    # one key for the ways a transliterated name is written
    (("Hodeidah", "Hudaydah", "al-Hodeidah", "Al Ḩudaydah"), "hadada"),
    (("Deir ez-Zor", "Dayr az Zawr", "Deir el-Zor"), "darzar"),
    (("Falluja", "Fallujah", "Al Fallūjah"), "falaja"),
    (("Diwaniya", "Diwaniyah", "Ad Dīwānīyah", "Diwaniyeh"), "dawanaya"),
    (("Qandahar", "Kandahar"), "kandahar"),
])
def test_spelling_variants_share_one_key(spellings: tuple[str, ...], key: str) -> None:
    assert {countries.variant_key(normalise(s)) for s in spellings} == {key}


@pytest.mark.parametrize(("name", "place", "iso3"), [
    ("Diwaniyah", "Al Diwaniyah", "IRQ"),
    ("Hodeidah", "Al Ḩudaydah", "YEM"),
    ("Baqouba", "Baqubah", "IRQ"),
])
def test_a_town_is_found_by_another_spelling(gaz: gazetteer.SqliteGazetteer, name: str, place: str,
                                              iso3: str) -> None:
    top = gaz.lookup_variant(name)[0]
    assert (top.name, top.iso3) == (place, iso3)


def test_no_variant_lookup_for_short_names_but_hamlets_have_variants(gaz: gazetteer.SqliteGazetteer) -> None:
    assert gaz.lookup_variant("Hama") == []
    assert "Tall Tamr" in [p.name for p in gaz.lookup_variant("Tal Tamr")]


def test_a_hamlet_found_by_its_variant_needs_the_named_country_and_a_close_spelling() -> None:
    from conflictlens.geo.geocode import _variant_candidates
    from conflictlens.models import Place

    def town(name: str, iso3: str, population: int) -> Place:
        return Place(name, "", iso3, 0, 0.0, 0.0, population=population)

    hamlets = [town("Tall Tamr", "SYR", 0), town("Tilt Amir", "SYR", 0), town("Tall Tamr", "IRQ", 0)]
    assert [p.iso3 for p in _variant_candidates("Tal Tamr", hamlets, frozenset({"SYR"}))] == ["SYR"]
    assert _variant_candidates("Tal Tamr", hamlets[1:2], frozenset({"SYR"})) == ()  # spelled far from its name
    assert _variant_candidates("Tal Tamr", hamlets, frozenset()) == ()  # no country named: hamlets never


def test_the_endings_of_a_name_are_spelled_all_three_ways() -> None:
    from conflictlens.geo.countries import ending_variants

    assert ending_variants("hawija") == ("hawijah", "hawijeh")
    assert ending_variants("tremseh") == ("tremsa", "tremsah")
    assert ending_variants("al sukhnah") == ("al sukhna", "al sukhneh")
    assert ending_variants("goma") == ()  # too short to tell
    assert ending_variants("kabul") == ()
