"""Finding reports: by date range, country, admin1, event type, actor, text and bounding box.

Each filter maps to an index (schema.py): (iso3|country|admin1|event_type, event_date), event_date,
actor1 and actor2, (latitude, longitude), and full text (FTS5 on SQLite, a GIN tsvector on PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, or_, select

from conflictlens.store import fts
from conflictlens.store.engine import Store
from conflictlens.store.schema import documents, reports

SUMMARY_COLUMNS = (
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
    reports.c.fatalities,
    reports.c.incident_id,
    reports.c.notes,
    reports.c.doc_id,
    reports.c.is_background,
)


@dataclass(frozen=True)
class ReportQuery:
    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None  # English name or ISO3
    admin1: str | None = None
    event_type: str | None = None
    actor: str | None = None  # exact name, as actor1 or actor2
    text: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    include_background: bool = False
    limit: int = 100
    offset: int = 0


def period_country_conds(table: Any, since: dt.date | None, until: dt.date | None, country: str | None) -> list[Any]:
    """WHERE terms for a date range and a country (an ISO3 code or a name) on `reports` or `incidents`."""
    conds: list[Any] = []
    if since:
        conds.append(table.c.event_date >= since)
    if until:
        conds.append(table.c.event_date <= until)
    if country:
        value = country.strip()
        conds.append(table.c.iso3 == value.upper() if len(value) == 3 else table.c.country == value)
    return conds


def not_retracted() -> Any:
    """Reports whose document a reviewer has not retracted."""
    return reports.c.document_id.not_in(select(documents.c.id).where(documents.c.retracted.is_(True)))


def build(query: ReportQuery, dialect: str) -> Select[Any]:
    """The SELECT for a query (exposed so tests and benchmarks can EXPLAIN it)."""
    conds = period_country_conds(reports, query.since, query.until, query.country)
    if query.admin1:
        conds.append(reports.c.admin1 == query.admin1)
    if query.event_type:
        conds.append(reports.c.event_type == query.event_type)
    if query.actor:
        conds.append(or_(reports.c.actor1 == query.actor, reports.c.actor2 == query.actor))
    if query.text:
        conds.append(fts.match(dialect, query.text))
    if query.bbox:
        min_lon, min_lat, max_lon, max_lat = query.bbox
        conds.append(reports.c.latitude.between(min_lat, max_lat))
        conds.append(reports.c.longitude.between(min_lon, max_lon))
    if not query.include_background:
        conds.append(reports.c.is_background.is_(False))
    conds.append(reports.c.orphaned.is_(False))
    conds.append(not_retracted())
    stmt = select(*SUMMARY_COLUMNS).where(and_(*conds))
    return (
        stmt.order_by(reports.c.event_date.desc(), reports.c.id.desc())
        .limit(query.limit)
        .offset(query.offset)
    )


def find_reports(store: Store, query: ReportQuery | None = None, **filters: Any) -> list[dict[str, Any]]:
    """Reports matching every given filter, newest first.

    `find_reports(store, country="SYR", text="market")`"""
    q = query or ReportQuery(**filters)
    with store.read() as conn:
        return [dict(row) for row in conn.execute(build(q, store.dialect)).mappings()]
