"""Keeping violations current: every incident changed since its last check (or never checked, or all of them
after an agreement changed) is checked again against the agreements in force, in batches, one transaction each.

Called after an ingest, a review and any agreement change, and before violations are listed, so what is shown
always follows the store. Agreement mentions in the news are read first (agreements/mentions.py): a mention can
propose a new agreement, which the incidents are then checked against too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.engine import Connection

from conflictlens.agreements.check import Suspected, check_incident
from conflictlens.agreements.repo import load_agreements, now
from conflictlens.agreements.views import load_views
from conflictlens.store.engine import Store
from conflictlens.store.schema import incidents, violations

BATCH = 200


@dataclass
class RefreshSummary:
    checked: int = 0
    violations: int = 0
    mentions: int = 0
    proposed: int = 0




def refresh(store: Store) -> RefreshSummary:
    """Read new agreement mentions, then re-check every stale incident; returns what was done. A read-only
    store (an archive) is shown as it was stored: nothing is re-checked."""
    from conflictlens.agreements.mentions import read_mentions

    summary = RefreshSummary()
    if store.read_only:
        return summary
    with store.write() as conn:
        summary.mentions, summary.proposed = read_mentions(conn)
    while True:
        with store.write() as conn:
            ids = _stale(conn)
            if not ids:
                return summary
            summary.checked += len(ids)
            summary.violations += check_incidents(conn, ids)


def _stale(conn: Connection) -> list[int]:
    query = (
        select(incidents.c.id)
        .where(or_(incidents.c.violations_checked_at.is_(None),
                   incidents.c.violations_checked_at < incidents.c.updated_at))
        .order_by(incidents.c.id)
        .limit(BATCH)
    )
    return list(conn.execute(query).scalars())


def check_incidents(conn: Connection, ids: list[int]) -> int:
    """Replace the violations of these incidents by a fresh check; returns how many were found."""
    agreements = load_agreements(conn)
    found: list[Suspected] = []
    for view in load_views(conn, ids) if agreements else ():
        found += check_incident(view, agreements)
    stamp = now()
    conn.execute(delete(violations).where(violations.c.incident_id.in_(ids)))
    if found:
        conn.execute(insert(violations), [_row(s, stamp) for s in found])
    conn.execute(update(incidents).where(incidents.c.id.in_(ids)).values(violations_checked_at=stamp))
    return len(found)


def _row(s: Suspected, stamp: object) -> dict[str, object]:
    return {
        "incident_id": s.incident_id,
        "agreement_id": s.agreement_id,
        "term": s.term,
        "party": s.party,
        "reason": s.reason,
        "evidence": list(s.evidence),
        "called_violation_in_text": s.called_violation_in_text,
        "proposed": s.proposed,
        "event_date": s.event_date,
        "checked_at": stamp,
    }
