"""Reading the agreement file format (docs/agreements.md): YAML -> `Agreement`, validated with hints.

Place names are resolved once, here, with the offline gazetteer (preferring the agreement's countries), so the
checks need only coordinates. A polygon is GeoJSON (a geometry, Feature or FeatureCollection of Polygons and
MultiPolygons), inline or in a file beside the YAML.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from conflictlens.agreements.model import Agreement, Area, Party, PlaceRef, Term
from conflictlens.agreements.terms import term_kinds
from conflictlens.errors import InputError

FORMAT_HINT = "see docs/agreements.md for the agreement file format"
_KEYS = {"id", "name", "parties", "area", "start", "end", "terms", "text", "status"}


def load_agreement(path: str | Path) -> Agreement:
    """An agreement from a YAML file; InputError (exit 3) saying what is wrong and where."""
    import yaml

    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read {p}: {getattr(err, 'strerror', None) or err}", "check the path") from err
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as err:
        raise InputError(f"{p.name}: not valid YAML: {str(err).splitlines()[0]}", FORMAT_HINT) from err
    return parse_agreement(data, where=p.name, base=p.parent)


def parse_agreement(data: Any, *, where: str = "agreement", base: Path | None = None) -> Agreement:
    if not isinstance(data, Mapping):
        raise InputError(f"{where}: an agreement file is a mapping (name:, parties:, start:, terms: ...)", FORMAT_HINT)
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise InputError(f"{where}: unknown key(s) {', '.join(unknown)}", "known keys: " + ", ".join(sorted(_KEYS)))
    name = str(data.get("name") or "").strip()
    if not name:
        raise InputError(f"{where}: the agreement has no name", "add name: ...")
    parties = _parties(data.get("parties"), where)
    start = parse_day(data.get("start"), f"{where}: start", end=False)
    end = parse_day(data.get("end"), f"{where}: end", end=True)
    if start is None:
        raise InputError(f"{where}: the agreement has no start date", "add start: YYYY-MM-DD (or YYYY-MM)")
    if end is not None and end < start:
        raise InputError(f"{where}: end {end} is before start {start}", "check the dates")
    area = parse_area(data.get("area"), f"{where}: area", base=base)
    names = {p.name for p in parties}
    terms = tuple(
        _term(t, i, names, area, base, f"{where}: terms[{i}]") for i, t in enumerate(_list(data.get("terms")))
    )
    if not terms:
        raise InputError(f"{where}: the agreement has no terms", "add terms: - kind: cessation_of_hostilities")
    if len({t.id for t in terms}) != len(terms):
        raise InputError(f"{where}: two terms share an id", "give each term its own id:")
    ident = str(data.get("id") or slug(name))
    spec = json.loads(json.dumps(dict(data), default=str))
    return Agreement(ident, name, parties, area, start, end, terms, str(data.get("text") or ""), spec=spec)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:100] or "agreement"


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _parties(value: Any, where: str) -> tuple[Party, ...]:
    out = []
    for item in _list(value):
        if isinstance(item, str) and item.strip():
            out.append(Party(item.strip()))
        elif isinstance(item, Mapping) and str(item.get("name") or "").strip():
            out.append(Party(str(item["name"]).strip(), tuple(str(m).strip() for m in _list(item.get("members")))))
        else:
            raise InputError(f"{where}: a party is a name or {{name: ..., members: [...]}}", FORMAT_HINT)
    if not out:
        raise InputError(f"{where}: the agreement names no parties", "add parties: [Party A, Party B]")
    return tuple(out)


def parse_day(value: Any, what: str, *, end: bool) -> dt.date | None:
    """A date, or a month/year (the first day for a start, the last for an end)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, calendar.monthrange(y, mo)[1] if end else 1)
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    except ValueError:
        pass
    raise InputError(f"{what} {text!r} is not a date", "write YYYY-MM-DD, YYYY-MM or YYYY")


def _term(value: Any, i: int, names: set[str], area: Area, base: Path | None, where: str) -> Term:
    if isinstance(value, str):
        value = {"kind": value}
    if not isinstance(value, Mapping) or not value.get("kind"):
        raise InputError(f"{where}: a term needs a kind", "kinds: " + ", ".join(term_kinds()))
    kind = str(value["kind"]).strip()
    if kind not in term_kinds():
        raise InputError(f"{where}: unknown term kind {kind!r}", "kinds: " + ", ".join(term_kinds()))
    between = [str(p) for p in _list(value.get("between"))]
    bound = [str(p) for p in _list(value.get("parties"))] or between
    targets = [str(p) for p in _list(value.get("targets"))] or between
    for p in (*bound, *targets):
        if p not in names:
            raise InputError(f"{where}: {p!r} is not a party of the agreement", "parties: " + ", ".join(sorted(names)))
    term_area = None
    if value.get("area") is not None or value.get("place") is not None:
        spec = dict(value.get("area") or {})
        if value.get("place") is not None:
            spec.setdefault("places", _list(value["place"]))
        term_area = parse_area(spec, f"{where}: area", base=base, countries=area.countries)
    return Term(
        id=str(value.get("id") or f"{kind.replace('_', '-')}-{i + 1}"),
        kind=kind,
        parties=tuple(bound),
        targets=tuple(targets),
        area=term_area,
        start=parse_day(value.get("start"), f"{where}: start", end=False),
        end=parse_day(value.get("end"), f"{where}: end", end=True),
        description=str(value.get("description") or ""),
    )


def parse_area(value: Any, where: str, *, base: Path | None = None, countries: tuple[str, ...] = ()) -> Area:
    from conflictlens.geo.countries import iso3_by_name

    if value is None:
        return Area()
    if not isinstance(value, Mapping):
        raise InputError(f"{where}: an area is a mapping (countries:, admin1:, places:, polygon:)", FORMAT_HINT)
    isos = []
    for c in _list(value.get("countries")):
        iso = iso3_by_name(str(c), allow_demonym=False)
        if iso is None:
            raise InputError(f"{where}: unknown country {c!r}", "use an English country name or an ISO3 code")
        isos.append(iso)
    within = tuple(isos) or countries
    radius = float(value.get("radius_km") or 10.0)
    places = tuple(_place(p, within, radius, where) for p in _list(value.get("places")))
    polygons = _polygons(value, where, base)
    return Area(tuple(isos), tuple(str(a) for a in _list(value.get("admin1"))), places, polygons)


def _place(value: Any, countries: tuple[str, ...], radius: float, where: str) -> PlaceRef:
    if isinstance(value, Mapping):
        name = str(value.get("name") or "")
        if value.get("lat") is not None and value.get("lon") is not None:
            return PlaceRef(name, float(value["lat"]), float(value["lon"]), str(value.get("iso3") or ""),
                            float(value.get("radius_km") or radius))
        radius = float(value.get("radius_km") or radius)
    else:
        name = str(value)
    found = resolve_place(name, countries)
    if found is None:
        raise InputError(f"{where}: the place {name!r} is not in the gazetteer",
                         "give its coordinates: {name: ..., lat: ..., lon: ...}")
    return PlaceRef(name, round(found.latitude, 5), round(found.longitude, 5), found.iso3, radius)


def resolve_place(name: str, countries: tuple[str, ...] = ()) -> Any:
    """The gazetteer's place for a name: in the given countries if any, the most populous first."""
    from conflictlens.geo.gazetteer import default_gazetteer

    candidates = [p for p in default_gazetteer().lookup(name) if p.kind != "country"]
    if countries:
        candidates = [p for p in candidates if p.iso3 in countries]
    return max(candidates, key=lambda p: p.population, default=None)


def _polygons(value: Mapping[str, Any], where: str, base: Path | None) -> tuple:
    geo = value.get("polygon")
    if value.get("polygon_file"):
        path = Path(str(value["polygon_file"]))
        path = path if path.is_absolute() or base is None else base / path
        try:
            geo = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise InputError(f"{where}: cannot read the polygon file {path}: {err}", "give a GeoJSON file") from err
    if geo is None:
        return ()
    if isinstance(geo, str):
        try:
            geo = json.loads(geo)
        except ValueError as err:
            raise InputError(f"{where}: the polygon is not GeoJSON", FORMAT_HINT) from err
    try:
        return tuple(_geometry_polygons(geo))
    except (KeyError, TypeError, ValueError) as err:
        raise InputError(f"{where}: the polygon is not a GeoJSON Polygon or MultiPolygon ({err})", FORMAT_HINT) from err


def _geometry_polygons(geo: Mapping[str, Any]) -> list:
    kind = geo["type"]
    if kind == "FeatureCollection":
        return [p for f in geo["features"] for p in _geometry_polygons(f)]
    if kind == "Feature":
        return _geometry_polygons(geo["geometry"])
    rings = {"Polygon": [geo["coordinates"]], "MultiPolygon": geo["coordinates"]}.get(kind)
    if rings is None:
        raise ValueError(f"type {kind}")
    out = []
    for poly in rings:
        out.append(tuple(tuple((float(pt[0]), float(pt[1])) for pt in ring) for ring in poly))
        if any(len(ring) < 4 for ring in out[-1]):
            raise ValueError("a ring needs at least four positions")
    return out
