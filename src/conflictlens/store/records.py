"""Reading records back out of the store for export (docs/design.md §4.1 `export`).

`report_records`: one §4.2 record per report (event as read in one document). `incident_records`: one per
linked incident — the fields of its lead report (best time, then geo precision, then confidence), the
reconciled figures, every claim and evidence of its reports, and `report_ids`. Background reports are left
out unless `include_background`. Both stream in batches.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.engine import Connection

from conflictlens.models import Report, Violation
from conflictlens.store.engine import Store
from conflictlens.store.queries import not_retracted, period_country_conds
from conflictlens.store.rows import row_to_claim, row_to_evidence, row_to_report
from conflictlens.store.schema import claims, evidence, incidents, reports, violations
from conflictlens.store.search import Filters, event_conds, incident_conds

BATCH = 500


@dataclass(frozen=True)
class ExportFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None  # English name or ISO3
    include_background: bool = False
    search: Filters | None = None  # the dashboard's filters (store.search), when a download asks for them


def report_records(store: Store, flt: ExportFilter = ExportFilter()) -> Iterator[dict[str, Any]]:
    conds = _conds(reports, flt)
    conds.append(not_retracted())  # a retracted document's reports leave every export
    if flt.search is not None:
        conds += event_conds(flt.search, store.dialect)
    if not flt.include_background:
        conds.append(reports.c.is_background.is_(False))
    with store.read() as conn:
        last = 0
        while True:
            rows = _rows(conn, and_(*conds, reports.c.id > last))
            if not rows:
                return
            for row, report in zip(rows, load_reports(conn, rows), strict=True):
                record = report.to_record()
                record.update(report_id=row["id"], orphaned=row["orphaned"], reviewed_fields=row["reviewed_fields"])
                yield record
            last = rows[-1]["id"]


def incident_records(store: Store, flt: ExportFilter = ExportFilter()) -> Iterator[dict[str, Any]]:
    conds = _conds(incidents, flt)
    if flt.search is not None:
        conds += incident_conds(flt.search, store.dialect)
    with store.read() as conn:
        last = 0
        while True:
            batch = (
                conn.execute(
                    select(incidents).where(and_(*conds, incidents.c.id > last)).order_by(incidents.c.id).limit(BATCH)
                )
                .mappings()
                .all()
            )
            if not batch:
                return
            ids = [inc["id"] for inc in batch]
            yield from _incident_batch(conn, batch, flt.include_background)
            last = ids[-1]


def incident_records_by_ids(store: Store, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The incident records of the given ids, in that order (background-only incidents left out)."""
    with store.read() as conn:
        rows = {
            r["id"]: r for r in conn.execute(select(incidents).where(incidents.c.id.in_(list(ids) or [-1]))).mappings()
        }
        batch = [rows[i] for i in ids if i in rows]
        return list(_incident_batch(conn, batch, include_background=False))


def _incident_batch(conn: Connection, batch: Sequence[Any], include_background: bool) -> Iterator[dict[str, Any]]:
    ids = [inc["id"] for inc in batch]
    rows = _rows(conn, and_(reports.c.incident_id.in_(ids), reports.c.orphaned.is_(False)), limit=None)
    by_incident: dict[int, list[tuple[Any, Report]]] = defaultdict(list)
    for row, report in zip(rows, load_reports(conn, rows), strict=True):
        if include_background or not report.is_background:
            by_incident[row["incident_id"]].append((row, report))
    for inc in batch:
        members = by_incident.get(inc["id"])
        if members:  # an incident of background reports only exists when asked for them
            yield incident_record(inc, members)


def incident_record(inc: Any, members: Sequence[tuple[Any, Report]]) -> dict[str, Any]:
    counted = [m for m in members if not m[1].is_background] or list(members)
    _, lead = min(counted, key=lambda m: (m[1].time_precision, m[1].geo_precision or 9, -m[1].confidence, m[0]["id"]))
    record = lead.to_record()
    sources = list(dict.fromkeys(r.source for _, r in members if r.source))
    record.update(
        incident_id=str(inc["id"]),
        source="; ".join(sources),
        fatalities=inc["fatalities"],
        fatalities_best=inc["fatalities_best"],
        fatalities_low=inc["fatalities_low"],
        fatalities_high=inc["fatalities_high"],
        injured=inc["injured_best"],
        injured_low=inc["injured_low"],
        injured_high=inc["injured_high"],
        contested=bool(inc["contested"]),
        grade=inc["grade"],
        grade_reason=inc["grade_reason"],
        n_sources=inc["n_sources"],
        claims=[asdict(c) for _, r in members for c in r.claims],
        evidence=[asdict(e) for _, r in members for e in r.evidence],
        violations=[asdict(v) for v in members[0][1].violations],  # the incident's, copied to every report
        report_ids=[r.event_id_cnty for _, r in members],
        is_background=all(r.is_background for _, r in members),
    )
    return record


def _conds(table: Any, flt: ExportFilter) -> list[Any]:
    return period_country_conds(table, flt.since, flt.until, flt.country)


def _rows(conn: Connection, where: Any, limit: int | None = BATCH) -> list[Any]:
    query = select(reports).where(where).order_by(reports.c.id)
    if limit:
        query = query.limit(limit)
    return list(conn.execute(query).mappings().all())


def load_reports(conn: Connection, rows: Sequence[Any]) -> list[Report]:
    """Reports with their claims, evidence (two IN queries for the batch) and their incident's violations."""
    ids = [r["id"] for r in rows]
    children: dict[str, dict[int, list[Any]]] = {}
    for name, table, convert in (
        ("claims", claims, row_to_claim),
        ("evidence", evidence, row_to_evidence),
    ):
        grouped: dict[int, list[Any]] = defaultdict(list)
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            query = select(table).where(table.c.report_id.in_(chunk)).order_by(table.c.report_id, table.c.ordinal)
            for child in conn.execute(query).mappings():
                grouped[child["report_id"]].append(convert(child))
        children[name] = grouped
    by_incident = incident_violations(conn, {r["incident_id"] for r in rows if r["incident_id"] is not None})
    return [
        row_to_report(
            r, children["claims"][r["id"]], children["evidence"][r["id"]], by_incident.get(r["incident_id"], ())
        )
        for r in rows
    ]


def incident_violations(conn: Connection, incident_ids: set[int]) -> dict[int, list[Violation]]:
    """The suspected violations of each incident (checked per incident, copied to its reports)."""
    out: dict[int, list[Violation]] = defaultdict(list)
    ids = sorted(incident_ids)
    for start in range(0, len(ids), BATCH):
        query = (
            select(violations)
            .where(violations.c.incident_id.in_(ids[start : start + BATCH]))
            .order_by(violations.c.incident_id, violations.c.agreement_id, violations.c.term, violations.c.party)
        )
        for row in conn.execute(query).mappings():
            out[row["incident_id"]].append(
                Violation(
                    agreement_id=row["agreement_id"],
                    term=row["term"],
                    reason=row["reason"],
                    party=row["party"],
                    called_violation_in_text=bool(row["called_violation_in_text"]),
                    proposed=bool(row["proposed"]),
                )
            )
    return out
