"""One record with everything an analyst checks it by: an incident with its reports, their documents,
claims and evidence (and the figures a reviewer set, which replace that report's claimed ones in the
incident's figures), why each report was joined, and the audit trail; a document with its text and the
reports read from it; the actors and places the store knows, with how often they occur."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection

from conflictlens.errors import NotFound
from conflictlens.store.engine import Store
from conflictlens.store.records import load_reports
from conflictlens.store.reviewed import reviewed_figures
from conflictlens.store.rows import jsonable
from conflictlens.store.schema import documents, incident_reports, incidents, places, reports, reviews
from conflictlens.store.search import MAX_PAGE

DOCUMENT_FIELDS = ("id", "doc_id", "url", "source", "title", "published", "retracted", "canonical_doc_id")


def incident_detail(store: Store, incident_id: int) -> dict[str, Any]:
    """The incident row, its reports (full records with claims, evidence, document and link explanation),
    the documents with their text, and the audit trail (newest first)."""
    with store.read() as conn:
        inc = conn.execute(select(incidents).where(incidents.c.id == int(incident_id))).mappings().first()
        if inc is None:
            raise NotFound(f"no incident {incident_id} in the store", "it may have been merged into another")
        rows = list(
            conn.execute(select(reports).where(reports.c.incident_id == inc["id"]).order_by(reports.c.id))
            .mappings()
            .all()
        )
        out = {k: jsonable(v) for k, v in inc.items()}
        out["reports"] = report_details(conn, rows)
        doc_ids = sorted({r["document_id"] for r in rows})
        out["documents"] = _documents(conn, doc_ids, with_text=True)
        report_ids = [r["id"] for r in rows]
        out["audit"] = audit_trail(
            conn, or_(reviews.c.incident_id == inc["id"], reviews.c.report_id.in_(report_ids or [-1]))
        )
    return out


def report_details(conn: Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
    links = {
        r["report_id"]: r
        for r in conn.execute(
            select(incident_reports).where(incident_reports.c.report_id.in_([r["id"] for r in rows] or [-1]))
        ).mappings()
    }
    figures = reviewed_figures(conn, rows)
    out = []
    for row, report in zip(rows, load_reports(conn, rows), strict=True):
        record = report.to_record()
        link = links.get(row["id"])
        record.update(
            reviewed_figures=[{k: jsonable(v) for k, v in vars(f).items()} for f in figures.get(row["id"], ())],
            report_id=row["id"],
            document_id=row["document_id"],
            version=row["version"],
            reviewed_fields=list(row["reviewed_fields"] or []),
            orphaned=bool(row["orphaned"]),
            grade_override=row["grade_override"],
            link=None
            if link is None
            else {
                "matched_report_id": link["matched_report_id"],
                "score": link["score"],
                "features": link["features"],
                "linked_at": jsonable(link["linked_at"]),
            },
        )
        out.append(record)
    return out


def audit_trail(conn: Connection, where: Any) -> list[dict[str, Any]]:
    rows = conn.execute(select(reviews).where(where).order_by(reviews.c.at.desc(), reviews.c.id.desc()))
    return [
        {
            "id": r["id"],
            "event_id_cnty": r["event_id_cnty"],
            "report_id": r["report_id"],
            "document_id": r["document_id"],
            "incident_id": r["incident_id"],
            "field": r["field"],
            "before": r["before"],
            "after": r["after"],
            "by": r["by"],
            "reason": r["reason"],
            "at": jsonable(r["at"]),
        }
        for r in rows.mappings()
    ]


def _documents(conn: Connection, ids: Sequence[int], with_text: bool) -> list[dict[str, Any]]:
    columns = [documents.c[name] for name in DOCUMENT_FIELDS] + ([documents.c.text] if with_text else [])
    rows = conn.execute(select(*columns).where(documents.c.id.in_(list(ids) or [-1])).order_by(documents.c.id))
    return [{k: jsonable(v) for k, v in r.items()} for r in rows.mappings()]


def document_detail(store: Store, document: str | int) -> dict[str, Any]:
    """A document with its text, the reports read from it (with their incidents) and its audit trail."""
    from conflictlens.store.decisions import find_document

    with store.read() as conn:
        row = find_document(conn, document)
        out = _documents(conn, [row["id"]], with_text=True)[0]
        rows = list(
            conn.execute(select(reports).where(reports.c.document_id == row["id"]).order_by(reports.c.ordinal))
            .mappings()
            .all()
        )
        out["reports"] = report_details(conn, rows)
        ids = [r["id"] for r in rows]
        out["audit"] = audit_trail(conn, or_(reviews.c.document_id == row["id"], reviews.c.report_id.in_(ids or [-1])))
    return out


def list_documents(store: Store, *, limit: int = 100, after: int | None = None) -> list[dict[str, Any]]:
    """Documents by id (`after` = the last id of the previous page)."""
    query = select(*[documents.c[n] for n in DOCUMENT_FIELDS], documents.c.n_reports).order_by(documents.c.id)
    if after is not None:
        query = query.where(documents.c.id > after)
    with store.read() as conn:
        rows = conn.execute(query.limit(min(limit, MAX_PAGE))).mappings()
        return [{k: jsonable(v) for k, v in r.items()} for r in rows]


def list_actors(store: Store, *, prefix: str = "", limit: int = 100) -> list[dict[str, Any]]:
    """Actor names (as actor1 or actor2 of counted reports) with how many reports name them."""
    parts = []
    for column in (reports.c.actor1, reports.c.actor2):
        query = select(column.label("name")).where(column != "", reports.c.orphaned.is_(False))
        if prefix:
            query = query.where(func.lower(column).like(_like(prefix)))
        parts.append(query)
    union = parts[0].union_all(parts[1]).subquery("names")
    stmt = (
        select(union.c.name, func.count().label("reports"))
        .group_by(union.c.name)
        .order_by(func.count().desc(), union.c.name)
        .limit(min(limit, MAX_PAGE))
    )
    with store.read() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def list_places(store: Store, *, prefix: str = "", country: str = "", limit: int = 100) -> list[dict[str, Any]]:
    """Places the store's reports were coded to (name, country, admin1, coordinates, precision)."""
    query = select(places).order_by(places.c.name, places.c.id).limit(min(limit, MAX_PAGE))
    if prefix:
        query = query.where(func.lower(places.c.name).like(_like(prefix)))
    if country:
        query = query.where(places.c.iso3 == country.upper() if len(country) == 3 else places.c.country == country)
    with store.read() as conn:
        return [{k: v for k, v in r.items() if k != "key"} for r in conn.execute(query).mappings()]


def _like(prefix: str) -> str:
    escaped = prefix.casefold().replace("\\", "").replace("%", "").replace("_", "")
    return escaped + "%"
