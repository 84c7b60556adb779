"""Replacing a document's reports after re-extraction (a changed text or a new extractor version).

Old and new reports are paired with the eval matching rule (`rematch.py`). A matched old row is updated in
place — its id, `event_id_cnty` and review trail survive — except the fields an analyst reviewed, which keep
the reviewed value. An old report with no match is deleted, unless it was reviewed: then it is kept and
flagged `orphaned` (taken out of its incident). New reports with no match are inserted.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection

from conflictlens.models import Report
from conflictlens.store import rows as conv
from conflictlens.store.incidents import unplace_reports
from conflictlens.store.inserts import insert_children, insert_reports
from conflictlens.store.rematch import match_reports
from conflictlens.store.schema import claims, evidence, reports


def replace_reports(
    conn: Connection, document_id: int, new: Sequence[Report]
) -> tuple[set[int], list[int], int]:
    """Returns (incidents touched, ids of the document's current reports, number orphaned)."""
    old_rows = (
        conn.execute(select(reports).where(reports.c.document_id == document_id).order_by(reports.c.ordinal))
        .mappings()
        .all()
    )
    old = [conv.row_to_report(r) for r in old_rows]
    pairs = match_reports(old, new)
    touched = {r["incident_id"] for r in old_rows if r["incident_id"] is not None}
    matched_old = {i for i, _ in pairs}
    matched_new = {j for _, j in pairs}
    current: list[int] = []
    for i, j in pairs:
        _update_report(conn, old_rows[i], new[j])
        current.append(old_rows[i]["id"])
    orphaned = 0
    for i, row in enumerate(old_rows):
        if i in matched_old:
            continue
        if row["reviewed_fields"]:
            touched |= unplace_reports(conn, [row["id"]])
            conn.execute(update(reports).where(reports.c.id == row["id"]).values(orphaned=True))
            orphaned += 1
        else:
            conn.execute(delete(reports).where(reports.c.id == row["id"]))
    first = (
        conn.execute(select(func.max(reports.c.ordinal)).where(reports.c.document_id == document_id)).scalar()
        or 0
    ) + 1
    fresh = [r for j, r in enumerate(new) if j not in matched_new]
    current += insert_reports(conn, document_id, fresh, first_ordinal=first)
    return touched, current, orphaned


def _update_report(conn: Connection, row: object, report: Report) -> None:
    reviewed = set(row["reviewed_fields"] or ())  # type: ignore[index]
    values = conv.report_values(report)
    if "event_date" in reviewed:
        reviewed.add("year")
    for name in reviewed:
        values.pop(name, None)
    values.update(orphaned=False, contested=report.contested, version=reports.c.version + 1)
    report_id = row["id"]  # type: ignore[index]
    conn.execute(update(reports).where(reports.c.id == report_id).values(**values))
    for table in (claims, evidence):
        conn.execute(delete(table).where(table.c.report_id == report_id))
    insert_children(conn, [(report_id, report)])
