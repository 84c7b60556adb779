"""Searching the store the way the dashboard and the API do: one `Filters` for events (reports) and
incidents, keyset (cursor) pagination newest first, and counts and fatalities grouped by period or field.

The filters: date range, country (name or ISO3) and admin1, event type and sub-type, actor (actor1, actor2
or an associated actor, case-insensitive), free text (full-text index), background mentions hidden unless
asked for, contested only, minimum confidence, a bounding box. An incident matches a report-level filter
(admin1, actor, text, confidence) when one of its counted reports does. Reports of retracted documents and
orphaned reports never match.

Pages are ordered by (event_date, id) descending; the cursor is that pair for the last row, so a page costs
the same wherever it is and a row inserted meanwhile never shifts the next page.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.sql import ColumnElement

from conflictlens.errors import UsageError
from conflictlens.store import fts
from conflictlens.store.engine import Store
from conflictlens.store.queries import not_retracted, period_country_conds
from conflictlens.store.schema import incidents, reports

MAX_PAGE = 500
DEFAULT_PAGE = 100
PERIODS = ("day", "week", "month", "year")
FIELDS = ("event_type", "sub_event_type", "country", "admin1", "actor")
STACKS = ("event_type", "sub_event_type", "country")
EVENT_COLUMNS = (
    reports.c.id,
    reports.c.event_id_cnty,
    reports.c.event_date,
    reports.c.event_type,
    reports.c.sub_event_type,
    reports.c.actor1,
    reports.c.actor2,
    reports.c.country,
    reports.c.iso3,
    reports.c.admin1,
    reports.c.location,
    reports.c.latitude,
    reports.c.longitude,
    reports.c.geo_precision,
    reports.c.fatalities,
    reports.c.incident_id,
    reports.c.notes,
    reports.c.doc_id,
    reports.c.source,
    reports.c.is_background,
    reports.c.contested,
    reports.c.confidence,
    reports.c.version,
)


@dataclass(frozen=True)
class Filters:
    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None  # English name or ISO3
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    text: str | None = None
    include_background: bool = False
    contested_only: bool = False
    min_confidence: float | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat

    def but(self, **changes: Any) -> Filters:
        return replace(self, **changes)


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None


def encode_cursor(day: dt.date | None, row_id: int) -> str:
    raw = f"{day.isoformat() if day else ''}|{row_id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.date | None, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        day, _, row_id = raw.partition("|")
        return (dt.date.fromisoformat(day) if day else None), int(row_id)
    except (ValueError, UnicodeDecodeError) as err:
        raise UsageError(f"bad cursor {cursor!r}", "pass the next_cursor of the previous page unchanged") from err


def page_size(limit: int | None) -> int:
    if limit is None:
        return DEFAULT_PAGE
    if limit < 1:
        raise UsageError(f"bad page size {limit}", f"use 1 to {MAX_PAGE}")
    return min(int(limit), MAX_PAGE)


def _actor(value: str) -> ColumnElement[bool]:
    name = value.strip().casefold()
    return or_(func.lower(reports.c.actor1) == name, func.lower(reports.c.actor2) == name)


def report_conds(flt: Filters, dialect: str, *, own: bool = True) -> list[Any]:
    """WHERE terms on `reports`; `own=False` leaves out what incident-level terms already say."""
    conds = _shared_conds(reports, flt) if own else []
    if flt.admin1:
        conds.append(reports.c.admin1 == flt.admin1)
    if flt.actor:
        conds.append(_actor(flt.actor))
    if flt.text:
        conds.append(fts.match(dialect, flt.text))
    if flt.min_confidence is not None:
        conds.append(reports.c.confidence >= flt.min_confidence)
    if not flt.include_background:
        conds.append(reports.c.is_background.is_(False))
    return conds


def _shared_conds(table: Any, flt: Filters) -> list[Any]:
    """The terms `reports` and `incidents` both carry: period, country, type, sub-type, contested, map box."""
    conds = period_country_conds(table, flt.since, flt.until, flt.country)
    if flt.event_type:
        conds.append(table.c.event_type == flt.event_type)
    if flt.sub_event_type:
        conds.append(table.c.sub_event_type == flt.sub_event_type)
    if flt.contested_only:
        conds.append(table.c.contested.is_(True))
    if flt.bbox:
        conds += _bbox(table, flt.bbox)
    return conds


def _bbox(table: Any, bbox: tuple[float, float, float, float]) -> list[Any]:
    min_lon, min_lat, max_lon, max_lat = bbox
    return [table.c.latitude.between(min_lat, max_lat), table.c.longitude.between(min_lon, max_lon)]


def event_conds(flt: Filters, dialect: str) -> list[Any]:
    return [*report_conds(flt, dialect), reports.c.orphaned.is_(False), not_retracted()]


def incident_conds(flt: Filters, dialect: str) -> list[Any]:
    conds = _shared_conds(incidents, flt)
    if not flt.include_background:
        conds.append(incidents.c.n_reports > 0)  # an incident of background mentions only
    inner = report_conds(flt.but(include_background=True), dialect, own=False)
    if inner:
        if not flt.include_background:
            inner.append(reports.c.is_background.is_(False))
        conds.append(exists().where(reports.c.incident_id == incidents.c.id, reports.c.orphaned.is_(False), *inner))
    return conds


def _keyset(table: Any, cursor: str | None) -> list[Any]:
    if not cursor:
        return []
    day, row_id = decode_cursor(cursor)
    if day is None:
        return [table.c.event_date.is_(None), table.c.id < row_id]
    return [or_(table.c.event_date < day, and_(table.c.event_date == day, table.c.id < row_id))]


def _page(store: Store, stmt: Select[Any], table: Any, size: int) -> Page:
    ordered = stmt.order_by(table.c.event_date.desc(), table.c.id.desc()).limit(size + 1)
    with store.read() as conn:
        rows = [dict(r) for r in conn.execute(ordered).mappings()]
    more = len(rows) > size
    rows = rows[:size]
    cursor = encode_cursor(rows[-1]["event_date"], rows[-1]["id"]) if more and rows else None
    return Page(rows, cursor)


def events_select(flt: Filters, dialect: str, cursor: str | None = None) -> Select[Any]:
    return select(*EVENT_COLUMNS).where(*event_conds(flt, dialect), *_keyset(reports, cursor))


def incidents_select(flt: Filters, dialect: str, cursor: str | None = None) -> Select[Any]:
    return select(incidents).where(*incident_conds(flt, dialect), *_keyset(incidents, cursor))


def find_events(store: Store, flt: Filters = Filters(), *, limit: int | None = None, cursor: str | None = None) -> Page:
    """One page of events (reports) matching `flt`, newest first."""
    return _page(store, events_select(flt, store.dialect, cursor), reports, page_size(limit))


def find_incidents(
    store: Store, flt: Filters = Filters(), *, limit: int | None = None, cursor: str | None = None
) -> Page:
    """One page of incidents matching `flt`, newest first."""
    return _page(store, incidents_select(flt, store.dialect, cursor), incidents, page_size(limit))


def count_incidents(store: Store, flt: Filters = Filters()) -> int:
    stmt = select(func.count()).select_from(incidents).where(*incident_conds(flt, store.dialect))
    with store.read() as conn:
        return int(conn.execute(stmt).scalar_one())


def period_start(day: dt.date, period: str) -> dt.date:
    """The first day of the day/week (Monday)/month/year holding `day`."""
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "year":
        return day.replace(month=1, day=1)
    return day


def stats(
    store: Store, flt: Filters = Filters(), *, by: str = "month", stack: str | None = None
) -> list[dict[str, Any]]:
    """Incidents and their fatalities grouped `by` a period (day/week/month/year) or a field
    (event_type, sub_event_type, country, admin1, actor), optionally split by `stack` (e.g. event_type).
    An incident counts once per group; by admin1 or actor it counts under each of its reports' values."""
    if by not in PERIODS + FIELDS:
        raise UsageError(f"cannot group by {by!r}", "use one of " + ", ".join(PERIODS + FIELDS))
    if stack is not None and stack not in STACKS:
        raise UsageError(f"cannot stack by {stack!r}", "use one of " + ", ".join(STACKS))
    source: Any = incidents
    if by in ("admin1", "actor"):
        column = reports.c.admin1 if by == "admin1" else reports.c.actor1
        pairs = (
            select(reports.c.incident_id.label("incident_id"), column.label("key"))
            .where(
                reports.c.incident_id.is_not(None),
                reports.c.is_background.is_(False),
                reports.c.orphaned.is_(False),
            )
            .distinct()
            .subquery("keys")
        )
        source = incidents.join(pairs, pairs.c.incident_id == incidents.c.id)
        key = pairs.c.key
    elif by in PERIODS:
        key = incidents.c.event_date  # grouped by day in SQL (index order), folded into periods here
    else:
        key = incidents.c[by]
    group = [key] + ([incidents.c[stack]] if stack else [])
    labels = [key.label("key")] + ([incidents.c[stack].label("stack")] if stack else [])
    fatalities = func.coalesce(func.sum(incidents.c.fatalities), 0).label("fatalities")
    stmt = (
        select(*labels, func.count().label("count"), fatalities)
        .select_from(source)
        .where(*incident_conds(flt, store.dialect))
        .group_by(*group)
    )
    totals: dict[tuple[Any, Any], list[int]] = {}
    with store.read() as conn:
        for row in conn.execute(stmt).mappings():
            value = row["key"]
            if by in PERIODS and value is not None:
                value = period_start(value if isinstance(value, dt.date) else dt.date.fromisoformat(value), by)
            slot = totals.setdefault((_key(value), row["stack"] if stack else None), [0, 0])
            slot[0] += int(row["count"])
            slot[1] += int(row["fatalities"])
    out = []
    for (key_value, stack_value), (count, dead) in sorted(
        totals.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))
    ):
        item: dict[str, Any] = {"key": key_value, "count": count, "fatalities": dead}
        if stack:
            item["stack"] = stack_value
        out.append(item)
    return out


def _key(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


MAP_MAX = 20_000


def map_points(store: Store, flt: Filters = Filters(), *, limit: int = MAP_MAX) -> tuple[list[list[Any]], int]:
    """The incidents to draw, newest first, as compact rows [id, lat, lon, event_type, fatalities, date]
    (those without coordinates left out), and how many matched in all."""
    conds = [*incident_conds(flt, store.dialect), incidents.c.latitude.is_not(None), incidents.c.longitude.is_not(None)]
    stmt = (
        select(
            incidents.c.id,
            incidents.c.latitude,
            incidents.c.longitude,
            incidents.c.event_type,
            incidents.c.fatalities,
            incidents.c.event_date,
        )
        .where(*conds)
        .order_by(incidents.c.event_date.desc(), incidents.c.id.desc())
        .limit(min(limit, MAP_MAX))
    )
    with store.read() as conn:
        rows = [[r[0], r[1], r[2], r[3], r[4], _key(r[5])] for r in conn.execute(stmt)]
        total = len(rows)
        if total >= limit:
            total = int(conn.execute(select(func.count()).select_from(incidents).where(*conds)).scalar_one())
    return rows, total


def incident_leads(store: Store, incident_ids: list[int]) -> dict[int, dict[str, Any]]:
    """For each incident, where and who as its lead report tells it (best time, then place precision, then
    confidence), for lists and map pop-ups."""
    if not incident_ids:
        return {}
    stmt = select(
        reports.c.incident_id,
        reports.c.location,
        reports.c.admin1,
        reports.c.actor1,
        reports.c.actor2,
        reports.c.notes,
        reports.c.time_precision,
        reports.c.geo_precision,
        reports.c.confidence,
        reports.c.id,
        reports.c.is_background,
    ).where(reports.c.incident_id.in_(incident_ids), reports.c.orphaned.is_(False))
    out: dict[int, tuple[Any, dict[str, Any]]] = {}
    with store.read() as conn:
        for row in conn.execute(stmt).mappings():
            rank = (
                bool(row["is_background"]),
                row["time_precision"],
                row["geo_precision"] or 9,
                -row["confidence"],
                row["id"],
            )
            current = out.get(row["incident_id"])
            if current is None or rank < current[0]:
                keep = {k: row[k] for k in ("location", "admin1", "actor1", "actor2", "notes")}
                out[row["incident_id"]] = (rank, keep)
    return {k: v[1] for k, v in out.items()}
