"""The agreements of one incident, for its page: every agreement (accepted or proposed) in force at the
incident's place and time that binds one of its actors, and for each whether the incident is a suspected
violation — which term, which party, why — as the stored check found (agreements/refresh.py keeps it current)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select

from conflictlens.agreements.check import in_force
from conflictlens.agreements.model import Agreement
from conflictlens.agreements.repo import load_agreements
from conflictlens.agreements.terms import term_kinds
from conflictlens.agreements.views import load_views
from conflictlens.errors import NotFound
from conflictlens.store.engine import Store
from conflictlens.store.schema import incidents, violations


def incident_agreements(store: Store, incident_id: int) -> list[dict[str, Any]]:
    """Agreements bearing on the incident, suspected violations first; [] when none applies."""
    with store.read() as conn:
        if conn.execute(select(incidents.c.id).where(incidents.c.id == incident_id)).scalar() is None:
            raise NotFound(f"no incident {incident_id} in the store", "see /api/incidents")
        found = load_agreements(conn)
        views = load_views(conn, [incident_id]) if found else []
        rows = conn.execute(
            select(violations).where(violations.c.incident_id == incident_id).order_by(violations.c.id)
        ).mappings().all()
    by_agreement: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        by_agreement[row["agreement_id"]].append(row)
    out = []
    for ag in found:
        here = in_force(views[0], ag) if views else None
        charged = by_agreement.get(ag.id, [])
        if charged or (here is not None and here.bound):
            out.append(_record(ag, here, charged))
    return sorted(out, key=lambda r: (not r["violation"], r["agreement_id"]))


def _record(ag: Agreement, here: Any, charged: list[Any]) -> dict[str, Any]:
    terms = {t.id: t for t in ag.terms}
    kinds = term_kinds()
    found = []
    for row in charged:
        term = terms.get(row["term"])
        kind = kinds.get(term.kind) if term is not None else None
        found.append({
            "term": row["term"],
            "kind": term.kind if term is not None else "",
            "description": (term.description or (kind.description if kind else "")) if term is not None
            else "the text calls the event a breach",
            "party": row["party"],
            "reason": row["reason"],
            "called_violation_in_text": bool(row["called_violation_in_text"]),
        })
    return {
        "agreement_id": ag.id,
        "name": ag.name,
        "status": ag.status,
        "origin": ag.origin,
        "parties": [p.name for p in ag.parties],
        "area": ag.area.describe(),
        "start": _iso(ag.start),
        "end": _iso(ag.end),
        "where": here.where if here is not None else "",
        "when": here.when if here is not None else "",
        "bound": [{"party": p, "actor": a, "role": role} for p, a, role in (here.bound if here is not None else ())],
        "violation": bool(found),
        "violations": found,
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
