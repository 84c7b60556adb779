"""Inserting reports with their claims, evidence and places (used by new and re-extracted documents alike).
Violations are not a report's: they are checked per incident (agreements/check.py)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import String, cast, func, insert, select, update
from sqlalchemy.engine import Connection

from conflictlens.models import Report
from conflictlens.store import rows as conv
from conflictlens.store.schema import claims, evidence, places, reports


def insert_reports(
    conn: Connection, document_id: int, new: Sequence[Report], first_ordinal: int
) -> list[int]:
    """Insert reports with their claims and evidence; returns the new report ids."""
    if not new:
        return []
    values = []
    for i, report in enumerate(new):
        values.append(
            {
                **conv.report_values(report),
                "document_id": document_id,
                "ordinal": first_ordinal + i,
                "place_id": _place_id(conn, report),
                "reviewed_fields": [],
                "orphaned": False,
                "contested": report.contested,
            }
        )
    ids = list(
        conn.execute(insert(reports).returning(reports.c.id, sort_by_parameter_order=True), values).scalars()
    )
    prefix = func.coalesce(func.nullif(reports.c.iso3, ""), "XXX")
    conn.execute(
        update(reports).where(reports.c.id.in_(ids)).values(event_id_cnty=prefix + cast(reports.c.id, String))
    )
    insert_children(conn, list(zip(ids, new, strict=True)))
    return ids


def insert_children(conn: Connection, pairs: list[tuple[int, Report]]) -> None:
    claim_rows = [row for rid, r in pairs for row in conv.claim_rows(rid, r.claims)]
    evidence_rows = [row for rid, r in pairs for row in conv.evidence_rows(rid, r.evidence)]
    if claim_rows:
        conn.execute(insert(claims), claim_rows)
    if evidence_rows:
        conn.execute(insert(evidence), evidence_rows)


def _place_id(conn: Connection, report: Report) -> int | None:
    if not report.location:
        return None
    lat = "" if report.latitude is None else f"{report.latitude:.4f}"
    lon = "" if report.longitude is None else f"{report.longitude:.4f}"
    key = f"{report.location}|{report.iso3}|{lat}|{lon}"[:700]
    found = conn.execute(select(places.c.id).where(places.c.key == key)).scalar()
    if found is not None:
        return found
    return conn.execute(
        insert(places)
        .values(
            key=key,
            name=report.location,
            iso3=report.iso3,
            country=report.country,
            admin1=report.admin1,
            admin2=report.admin2,
            latitude=report.latitude,
            longitude=report.longitude,
            geo_precision=report.geo_precision,
        )
        .returning(places.c.id)
    ).scalar_one()
