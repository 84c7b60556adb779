"""Issue 11, kind 7: users add their own groups, aliases, cues and places in files beside the package
(CONFLICTLENS_USER_DATA, else ~/.config/conflictlens), checked with errors that name the bad key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from conflictlens.agreements import parties
from conflictlens.errors import InputError
from conflictlens.geo import countries as geo_countries
from conflictlens.geo import gazetteer_build, sources
from conflictlens.nlp import actor_data, actors
from conflictlens.nlp.lexicon import load_resource

ON = dt.date(2024, 5, 1)


def _forget() -> None:
    for cached in (actor_data.actor_dictionary, actors._groups, actors._home_aliases, actors._rebel_aliases,
                   parties._aliases, parties.key_of):
        cached.cache_clear()


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "user-data"
    home.mkdir()
    monkeypatch.setenv("CONFLICTLENS_USER_DATA", str(home))
    _forget()
    yield home
    _forget()


def country_of(word: str) -> str | None:
    iso3 = geo_countries.iso3_by_name(word)
    return geo_countries.countries()[iso3].name if iso3 else None


def names(sentence: str, country: str) -> list[tuple[str, int, str]]:
    return [(m.name, m.inter, m.country) for m in actors.find_actor_mentions(sentence, country, ON, country_of)]


USER_ACTORS = '''
[[group]]
name = "Kataib Sayyid al-Shuhada"
inter = 3
country = "Iraq"
aliases = ["Kataib Sayyid al-Shuhada", "Kata'ib Sayyid al-Shuhada", "KSS"]

# Reading "Wagner" as Russia's forces (the user's coding rule wins over the packaged alias)
[[group]]
name = "Military Forces of Russia"
inter = 1
country = "Russia"
aliases = ["Wagner"]

[[cue]]
country = "Somalia"
aliases = ["Sool Youth Union"]
'''


def test_a_users_groups_are_read_and_win_over_the_packaged_aliases(user_dir: Path):
    (user_dir / "actors.toml").write_text(USER_ACTORS, encoding="utf-8")
    assert ("Kataib Sayyid al-Shuhada", 3, "Iraq") in names("KSS fighters fired rockets at the base.", "Iraq")
    assert ("Kataib Sayyid al-Shuhada", 3, "Iraq") in names("Kata'ib Sayyid al-Shuhada claimed it.", "Iraq")
    assert names("Wagner fighters attacked the village.", "Mali")[0] == ("Military Forces of Russia", 8, "Russia")
    assert actors.home_countries("The Sool Youth Union marched through the town.") == ["Somalia"]
    # the packaged dictionary is still there
    assert ("Hezbollah", 2, "Lebanon") in names("Hezbollah fighters shelled the district.", "Lebanon")


LISTED = """[[group]]
name = "Military Forces of France"
inter = 1
country = ["Mali", "Niger", "Chad"]
home = "France"
local = true
aliases = ["Barkhane troops", "Operation Barkhane"]
"""


@pytest.mark.parametrize("country", ["Mali", "Niger", "Chad"])
def test_local_aliases_hold_in_each_country_a_user_lists(user_dir: Path, country: str):
    """One entry for aliases that mean the same force in several countries, not one copy per country."""
    (user_dir / "actors.toml").write_text(LISTED, encoding="utf-8")
    assert names("Barkhane troops killed four militants near the border.", country)[0] == (
        "Military Forces of France", 8, "France")


def test_local_aliases_of_a_listed_group_stay_home_elsewhere(user_dir: Path):
    (user_dir / "actors.toml").write_text(LISTED, encoding="utf-8")
    assert ("Military Forces of France", 8, "France") not in names(
        "Barkhane troops killed four militants near the border.", "Kenya")


@pytest.mark.parametrize("country", ["Iraq", "Syria"])
def test_the_packaged_us_led_coalition_is_one_entry_for_iraq_and_syria(user_dir: Path, country: str):
    assert names("Coalition aircraft struck an Islamic State hideout.", country)[0] == (
        "Military Forces of the United States", 8, "United States")


def test_without_a_user_file_the_packaged_dictionary_alone(user_dir: Path):
    assert names("KSS fighters fired rockets at the base.", "Iraq") == [
        ("Unidentified Armed Group (Iraq)", 3, "")]
    assert names("Wagner fighters attacked the village.", "Mali")[0] == ("Wagner Group", 8, "Russia")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('[[group]]\nname = "X"\ninter = 3\nalias = ["X"]\n', ["unknown key 'alias'", "'X'", "#1"]),
        ('[[group]]\nname = "X"\ninter = 9\naliases = ["X"]\n', ["'inter'", "1-8"]),
        ('[[group]]\nname = "X"\ninter = "3"\naliases = ["X"]\n', ["'inter' must be int"]),
        ('[[group]]\nname = "X"\ninter = 3\ncountry = "Narnia"\naliases = ["X"]\n', ["'country'", "Narnia"]),
        ('[[group]]\nname = "X"\ninter = 1\ncountry = "Chad"\nhome = "Oz"\naliases = ["X"]\n', ["'home'", "Oz"]),
        ('[[group]]\nname = "X"\ninter = 3\naliases = []\n', ["'aliases'"]),
        ('[[group]]\nname = "X"\naliases = ["X"]\n', ["missing key 'inter'"]),
        ('[[group]]\nname = "X"\ninter = 3\nlocal = true\naliases = ["X"]\n', ["'local' needs a 'country'"]),
        ('[[group]]\nname = "X"\ninter = 3\naliases = ["X"]\nvalid = [["soon", "", 1, "Y"]]\n', ["'valid'"]),
        ('[[group]]\nname = "X"\ninter = 3\ncountry = ["Chad", "Oz"]\nlocal = true\naliases = ["X"]\n',
         ["'country'", "Oz"]),
        ('[[group]]\nname = "X"\ninter = 3\ncountry = ["Chad", "Niger"]\naliases = ["X"]\n',
         ["list of countries", "local = true"]),
        ('[[group]]\nname = "X"\ninter = 3\ncountry = []\nlocal = true\naliases = ["X"]\n', ["list of countries"]),
        ('[[group]]\nname = "X"\ninter = 3\ncountry = 4\naliases = ["X"]\n', ["'country' must be str or list"]),
        ('[[cue]]\ncountry = "Chad"\n', ["[[cue]] #1", "missing key 'aliases'"]),
        ('[[groups]]\nname = "X"\n', ["unknown table [[groups]]"]),
        ('[[group]\nname = "X"\n', ["not valid TOML"]),
    ],
)
def test_a_bad_user_actors_file_names_the_bad_key(user_dir: Path, text: str, words: list[str]):
    path = user_dir / "actors.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        actors.named_groups("Houthi fighters shelled the district.", "Yemen", ON)
    message = raised.value.message
    assert str(path) in message
    for word in words:
        assert word in message


def test_the_packaged_actor_dictionary_fits_the_schema_users_must_follow():
    actor_data.check_actors(load_resource("actors.toml"), "resources/actors.toml")


def test_a_bad_user_file_is_one_line_and_exit_3(user_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from conflictlens.cli import main

    (user_dir / "actors.toml").write_text('[[group]]\nname = "X"\ninter = 3\nalias = ["X"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("On 3 May 2024, gunmen killed two farmers in Kaduna, Nigeria.", encoding="utf-8")
    code = main(["code", str(article)])
    err = capsys.readouterr().err
    assert code == 3
    assert "unknown key 'alias'" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


USER_PLACES = """name,iso2,latitude,longitude,population,aliases,alias_of,note
Camp Zulu Nine,SO,2.0412,45.3021,,Zulu Nine camp,,a displacement camp on the city's edge
Hodan Market,SO,,,,,Mogadishu,what the user's sources call the city
"""


def test_a_users_places_join_the_custom_places_and_change_the_index_digest(user_dir: Path):
    before = sources.resources_digest()
    (user_dir / "places.csv").write_text(USER_PLACES, encoding="utf-8")
    rows = sources.custom_place_rows()
    assert [r["name"] for r in rows[-2:]] == ["Camp Zulu Nine", "Hodan Market"]
    assert rows[0]["name"] == geo_countries.resource_rows("custom_places.csv")[0]["name"]
    after = sources.resources_digest()
    assert after != before  # the gazetteer index is rebuilt with the user's places
    (user_dir / "places.csv").write_text(USER_PLACES.replace("2.0412", "2.0413"), encoding="utf-8")
    assert sources.resources_digest() not in (before, after)


def test_a_users_place_becomes_a_gazetteer_entry(user_dir: Path):
    (user_dir / "places.csv").write_text(USER_PLACES, encoding="utf-8")
    recs = gazetteer_build._custom_recs({}, frozenset())
    camp = next(r for r in recs if r.name == "Camp Zulu Nine")
    assert (camp.iso2, camp.latitude, camp.longitude) == ("SO", 2.0412, 45.3021)
    assert {"camp zulu nine", "zulu nine camp"} <= camp.keys


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("name,iso2,lat,lon\nX,SO,1,2\n", ["unknown column 'lat'"]),
        ("name,latitude,longitude\nX,1,2\n", ["missing column 'iso2'"]),
        ("name,iso2,latitude,longitude\nX,XX,1,2\n", ["line 2", "'iso2' 'XX'"]),
        ("name,iso2,latitude,longitude\n# a comment\nX,SO,north,2\n", ["line 3", "'latitude'"]),
        ("name,iso2,latitude,longitude\nX,SO,1,200\n", ["'longitude' 200.0 is out of range"]),
        ("name,iso2,latitude,longitude\n,SO,1,2\n", ["'name' is empty"]),
    ],
)
def test_a_bad_user_places_file_names_the_line_and_column(user_dir: Path, text: str, words: list[str]):
    path = user_dir / "places.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        sources.custom_place_rows()
    assert str(path) in raised.value.message
    for word in words:
        assert word in raised.value.message


@pytest.mark.slow
def test_the_gazetteer_finds_a_users_place(user_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from conflictlens.geo import gazetteer

    (user_dir / "places.csv").write_text(USER_PLACES, encoding="utf-8")
    monkeypatch.setenv("CONFLICTLENS_CACHE", str(tmp_path / "cache"))
    gazetteer._default_sqlite.cache_clear()
    try:
        found = gazetteer.default_gazetteer().lookup("Zulu Nine camp")
        assert found and found[0].name == "Camp Zulu Nine" and found[0].country == "Somalia"
        assert any(p.name == "Mogadishu" for p in gazetteer.default_gazetteer().lookup("Hodan Market"))
    finally:
        gazetteer._default_sqlite.cache_clear()


def test_a_users_files_are_part_of_the_extractor_version(user_dir: Path):
    from conflictlens.extract import version

    version.extractor_version.cache_clear()
    try:
        packaged = version.extractor_version()
        (user_dir / "actors.toml").write_text(USER_ACTORS, encoding="utf-8")
        version.extractor_version.cache_clear()
        with_actors = version.extractor_version()
        (user_dir / "places.csv").write_text(USER_PLACES, encoding="utf-8")
        version.extractor_version.cache_clear()
        with_places = version.extractor_version()
        assert len({packaged, with_actors, with_places}) == 3  # a changed file re-codes with `reextract`
    finally:
        version.extractor_version.cache_clear()


def test_a_users_place_may_name_its_province(user_dir: Path):
    """'admin1' is optional: a place whose nearest known place lies across a provincial border names its own."""
    (user_dir / "places.csv").write_text(
        "name,iso2,latitude,longitude,population,aliases,alias_of,note,admin1\n"
        "Camp Ituri Edge,CD,1.355,29.05,,,,a camp,Ituri\n", encoding="utf-8")
    recs = gazetteer_build._custom_recs({}, frozenset())
    camp = next(r for r in recs if r.name == "Camp Ituri Edge")
    gazetteer_build._fill_custom_admin([camp], [])
    assert camp.admin1 == "Ituri"
