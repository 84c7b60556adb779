"""A reviewer's decisions about incidents and documents, stored so that re-linking respects them
(docs/design.md §4.3): merge two incidents, split a report out of one, retract or restore a document.

A merge keeps each moved report *together* with the surviving incident's first report; a split keeps the
report *apart* from every report it shared the incident with (`link_decisions`; `store.incidents` reads them
whenever it places a report again, after a review or a re-extraction). A retracted document's reports leave
every incident, count and export until it is restored. Each decision writes review entries (who, when, why)
in the same transaction; incidents carry a `version`, and a decision made on an older view is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, insert, or_, select, update
from sqlalchemy.engine import Connection

from conflictlens.errors import NotFound, UsageError
from conflictlens.store.engine import Store
from conflictlens.store.incidents import now, place_reports, refresh_incidents, unplace_reports
from conflictlens.store.review import ReviewEntry, StaleEdit, find_event
from conflictlens.store.schema import documents, incident_reports, incidents, link_decisions, reports, reviews
from conflictlens.store.validate import row_id

TOGETHER = "together"
APART = "apart"


@dataclass(frozen=True)
class Decision:
    """What a decision did: the incidents it left the reports in and the review entries it wrote."""

    incident_ids: tuple[int, ...]
    entries: tuple[ReviewEntry, ...]


def merge_incidents(
    store: Store,
    target: int,
    other: int,
    *,
    by: str,
    reason: str = "",
    expected_versions: dict[int, int] | None = None,
) -> Decision:
    """Move every report of incident `other` into `target`; `other` disappears."""
    by = _reviewer(by)
    if int(target) == int(other):
        raise UsageError("cannot merge an incident with itself", "pick two different incidents")
    with store.write() as conn:
        rows = {i: _incident(conn, i, (expected_versions or {}).get(i)) for i in (int(target), int(other))}
        kept = _members(conn, rows[int(target)]["id"])
        moved = _members(conn, rows[int(other)]["id"])
        anchor = min(kept)
        _forget(conn, APART, kept, moved)
        for rid in moved:
            _decide(conn, TOGETHER, anchor, rid, by, reason)
        stamp = now()
        conn.execute(update(reports).where(reports.c.id.in_(moved)).values(incident_id=int(target)))
        conn.execute(
            update(incident_reports)
            .where(incident_reports.c.report_id.in_(moved))
            .values(
                incident_id=int(target),
                matched_report_id=anchor,
                score=0.0,
                features={"manual": f"merged into incident {target} by {by}", "reason": reason},
                linked_at=stamp,
            )
        )
        entries = _audit_moves(conn, moved, "incident", int(other), int(target), by, reason)
        refresh_incidents(conn, {int(target), int(other)})
    return Decision((int(target),), tuple(entries))


def split_report(
    store: Store, event_id: str | int, *, by: str, reason: str = "", expected_version: int | None = None
) -> Decision:
    """Take one report out of its incident into an incident of its own, kept apart from its old partners.
    `expected_version` is the old incident's version."""
    by = _reviewer(by)
    with store.write() as conn:
        row = find_event(conn, event_id)
        if row["incident_id"] is None:
            raise UsageError(f"event {row['event_id_cnty']} is in no incident", "only a linked report can be split")
        old = _incident(conn, row["incident_id"], expected_version)
        partners = [rid for rid in _members(conn, old["id"]) if rid != row["id"]]
        if not partners:
            raise UsageError(
                f"event {row['event_id_cnty']} is alone in incident {old['id']}", "there is nothing to split"
            )
        _forget(conn, TOGETHER, [row["id"]], partners)
        for rid in partners:
            _decide(conn, APART, row["id"], rid, by, reason)
        unplace_reports(conn, [row["id"]])
        new_ids = place_reports(conn, [row["id"]])
        new_id = next(iter(new_ids), None)
        if new_id is not None:
            conn.execute(
                update(incident_reports)
                .where(incident_reports.c.report_id == row["id"])
                .values(features={"manual": f"split out of incident {old['id']} by {by}", "reason": reason})
            )
        entries = _audit_moves(conn, [row["id"]], "incident", old["id"], new_id, by, reason)
        refresh_incidents(conn, {old["id"], *new_ids})
    return Decision(tuple(sorted({old["id"], *new_ids})), tuple(entries))


def retract_document(store: Store, document: str | int, *, by: str, reason: str = "") -> Decision:
    """Withdraw a document: its reports leave every incident, count and export (reversible)."""
    return _set_retracted(store, document, True, by=by, reason=reason)


def restore_document(store: Store, document: str | int, *, by: str, reason: str = "") -> Decision:
    """Undo a retraction: the document's reports are linked again."""
    return _set_retracted(store, document, False, by=by, reason=reason)


def _set_retracted(store: Store, document: str | int, value: bool, *, by: str, reason: str) -> Decision:
    by = _reviewer(by)
    with store.write() as conn:
        doc = find_document(conn, document)
        if bool(doc["retracted"]) == value:
            state = "retracted" if value else "not retracted"
            raise UsageError(f"document {doc['doc_id']} is already {state}", "reload the page")
        conn.execute(update(documents).where(documents.c.id == doc["id"]).values(retracted=value))
        ids = list(
            conn.execute(
                select(reports.c.id).where(reports.c.document_id == doc["id"], reports.c.orphaned.is_(False))
            ).scalars()
        )
        entries = []
        if value:  # the entries name the incident each report leaves
            entries = _audit_moves(conn, ids, "retracted", False, True, by, reason, document_id=doc["id"])
        touched = unplace_reports(conn, ids)
        if not value:
            touched |= place_reports(conn, ids)
            entries = _audit_moves(conn, ids, "retracted", True, False, by, reason, document_id=doc["id"])
        refresh_incidents(conn, touched)
        if not ids:
            entries = [_review_row(conn, None, "", "retracted", not value, value, by, reason, doc["id"])]
        placed = (
            conn.execute(select(reports.c.incident_id).where(reports.c.id.in_(ids), reports.c.incident_id.is_not(None)))
            .scalars()
            .all()
        )
    return Decision(tuple(sorted(set(placed))), tuple(entries))


def find_document(conn: Connection, document: str | int) -> Any:
    """A document row by numeric id or by its doc_id; a UsageError when there is none."""
    key = str(document).strip()
    cond = documents.c.doc_id == key
    if (rid := row_id(key)) is not None:
        cond = or_(cond, documents.c.id == rid)
    row = conn.execute(select(documents).where(cond).order_by(documents.c.id).limit(1)).mappings().first()
    if row is None:
        raise NotFound(f"no document {key!r} in the store", "give a document's numeric id or doc_id")
    return row


def _reviewer(by: str) -> str:
    if not (by or "").strip():
        raise UsageError("a review needs a reviewer name", "say who you are")
    return by.strip()


def _incident(conn: Connection, incident_id: int, expected: int | None) -> Any:
    row = conn.execute(select(incidents).where(incidents.c.id == int(incident_id))).mappings().first()
    if row is None:
        raise NotFound(f"no incident {incident_id} in the store", "reload the page: it may have been merged")
    if expected is not None and int(expected) != row["version"]:
        raise StaleEdit(
            f"incident {incident_id} changed since you loaded it (version {expected}, now {row['version']})",
            "reload it and decide again",
            {k: _plain(v) for k, v in row.items()},
        )
    return row


def _members(conn: Connection, incident_id: int) -> list[int]:
    return list(
        conn.execute(select(reports.c.id).where(reports.c.incident_id == incident_id).order_by(reports.c.id))
        .scalars()
        .all()
    )


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _forget(conn: Connection, kind: str, left: Sequence[int], right: Sequence[int]) -> None:
    """Drop earlier decisions of `kind` between the two groups (the new decision overrides them)."""
    if not left or not right:
        return
    conn.execute(
        delete(link_decisions).where(
            link_decisions.c.kind == kind,
            or_(
                and_(link_decisions.c.report_a.in_(left), link_decisions.c.report_b.in_(right)),
                and_(link_decisions.c.report_a.in_(right), link_decisions.c.report_b.in_(left)),
            ),
        )
    )


def _decide(conn: Connection, kind: str, a: int, b: int, by: str, reason: str) -> None:
    lo, hi = _pair(a, b)
    conn.execute(delete(link_decisions).where(link_decisions.c.report_a == lo, link_decisions.c.report_b == hi))
    conn.execute(insert(link_decisions).values(kind=kind, report_a=lo, report_b=hi, by=by, reason=reason, at=now()))


def _audit_moves(
    conn: Connection,
    report_ids: Sequence[int],
    field: str,
    before: Any,
    after: Any,
    by: str,
    reason: str,
    document_id: int | None = None,
) -> list[ReviewEntry]:
    rows = conn.execute(
        select(reports.c.id, reports.c.event_id_cnty, reports.c.incident_id).where(reports.c.id.in_(list(report_ids)))
    )
    known = {rid: (name, incident) for rid, name, incident in rows}
    out = []
    for rid in report_ids:
        name, incident = known.get(rid, ("", None))
        incident = before if field == "incident" else incident
        out.append(_review_row(conn, rid, name or "", field, before, after, by, reason, document_id, incident))
    return out


def _review_row(
    conn: Connection,
    report_id: int | None,
    event_id: str,
    field: str,
    before: Any,
    after: Any,
    by: str,
    reason: str,
    document_id: int | None = None,
    incident_id: int | None = None,
) -> ReviewEntry:
    stamp = now()
    conn.execute(
        insert(reviews).values(
            report_id=report_id,
            event_id_cnty=event_id,
            field=field,
            before=before,
            after=after,
            by=by,
            reason=reason,
            at=stamp,
            document_id=document_id,
            incident_id=incident_id,
        )
    )
    return ReviewEntry(event_id, field, before, after, by, reason, stamp)


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value
