"""The packaged tables the gazetteer index is built from, and the name rules both the build and the lookups
apply: admin1 names as ACLED writes them (`clean_admin1`), words that are never a place (`stopwords`), and
the digest that tells a stale index from a current one."""

from __future__ import annotations

import functools
import hashlib
import re
from importlib import resources

from conflictlens.geo.countries import normalise, resource_rows

INDEX_VERSION = 2
RESOURCE_FILES = (
    "countries.csv",
    "demonyms.csv",
    "admin1_names.csv",
    "admin1_capitals.csv",
    "custom_places.csv",
    "geo_stopwords.txt",
)
_PREFIXES = re.compile(
    r"^(muhafazat|sha[`'’]?biyat|wilayat-e|wilayat|mayorality of|provincia de|departamento de|"
    r"estado de|respublika)\s+",
    re.IGNORECASE,
)
_SUFFIXES = re.compile(
    r"\s+(governorate|province|oblast'?|state|region|prefecture|department|county|municipality)$",
    re.IGNORECASE,
)


def clean_admin1(iso2: str, raw: str) -> str:
    """An English admin1 name as ACLED writes it.

    Rule: strip administrative prefixes ("Muhafazat", "Sha`biyat", "Wilayat-e", "Mayorality of") and suffixes
    ("Governorate", "Province", "Oblast", "State", "Region", "Prefecture", "Department", "County",
    "Municipality"), capitalise the first letter, then apply `resources/admin1_names.csv`. A name that is
    only a suffix word ("State") is kept whole.
    """
    name = raw.strip()
    stripped = _SUFFIXES.sub("", _PREFIXES.sub("", name)).strip()
    if stripped:
        name = stripped[0].upper() + stripped[1:]
    return _admin1_overrides().get((iso2, normalise(name)), name)


@functools.cache
def _admin1_overrides() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for row in resource_rows("admin1_names.csv"):
        raw = _SUFFIXES.sub("", _PREFIXES.sub("", row["raw"].strip())).strip()
        table[(row["iso2"], normalise(raw))] = row["name"]
    return table


@functools.cache
def stopwords() -> frozenset[str]:
    """Normalised words that are never a place when they are the whole mention."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a plain Python set; no model is loaded

    text = resources.files("conflictlens.resources").joinpath("geo_stopwords.txt").read_text("utf-8")
    words = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return frozenset(normalise(w) for w in words | set(STOP_WORDS))


def resources_digest() -> str:
    """A hash of the resource files the index is built from: a changed file triggers a rebuild."""
    digest = hashlib.sha256(str(INDEX_VERSION).encode())
    base = resources.files("conflictlens.resources")
    for name in RESOURCE_FILES:
        digest.update(base.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]
