"""Agreements in the store: add (or replace) one with its terms, read them back, accept or reject a proposal.

Any change to the agreements marks every incident to be checked again (`violations_checked_at` = NULL), and
`refresh` (agreements/refresh.py) re-checks them: violations always follow the agreements in force.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from conflictlens.agreements.model import STATUSES, Agreement, Area, Party, Term
from conflictlens.errors import UsageError
from conflictlens.store.engine import Store
from conflictlens.store.schema import agreement_mentions, agreement_terms, agreements, incidents, violations


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def store_agreement(store: Store, agreement: Agreement) -> str:
    """Insert the agreement, or replace the one with its id; returns "added" or "updated"."""
    with store.write() as conn:
        return write_agreement(conn, agreement)


def write_agreement(conn: Connection, agreement: Agreement) -> str:
    exists = conn.execute(select(agreements.c.id).where(agreements.c.id == agreement.id)).scalar() is not None
    values = {
        "name": agreement.name,
        "parties": [p.to_json() for p in agreement.parties],
        "area": agreement.area.to_json(),
        "start_date": agreement.start,
        "end_date": agreement.end,
        "text": agreement.text,
        "status": agreement.status,
        "origin": agreement.origin,
        "spec": agreement.spec,
        "updated_at": now(),
    }
    if exists:
        conn.execute(update(agreements).where(agreements.c.id == agreement.id).values(**values))
        conn.execute(delete(agreement_terms).where(agreement_terms.c.agreement_id == agreement.id))
    else:
        conn.execute(insert(agreements).values(id=agreement.id, **values))
    if agreement.terms:
        conn.execute(insert(agreement_terms), [_term_row(agreement.id, t) for t in agreement.terms])
    mark_all_stale(conn)
    return "updated" if exists else "added"


def _term_row(agreement_id: str, t: Term) -> dict[str, Any]:
    return {
        "agreement_id": agreement_id,
        "term": t.id,
        "kind": t.kind,
        "parties": list(t.parties),
        "targets": list(t.targets),
        "area": t.area.to_json() if t.area is not None else {},
        "start_date": t.start,
        "end_date": t.end,
        "description": t.description,
    }


def mark_all_stale(conn: Connection) -> None:
    conn.execute(update(incidents).values(violations_checked_at=None))


def load_agreements(conn: Connection, statuses: Sequence[str] = ("accepted", "proposed")) -> list[Agreement]:
    rows = conn.execute(
        select(agreements).where(agreements.c.status.in_(list(statuses))).order_by(agreements.c.id)
    ).mappings().all()
    terms: dict[str, list[Term]] = {}
    ids = [r["id"] for r in rows]
    if ids:
        query = select(agreement_terms).where(agreement_terms.c.agreement_id.in_(ids)).order_by(agreement_terms.c.id)
        for t in conn.execute(query).mappings():
            terms.setdefault(t["agreement_id"], []).append(_term(t))
    return [_agreement(r, terms.get(r["id"], [])) for r in rows]


def _term(row: Any) -> Term:
    area = Area.from_json(row["area"]) if row["area"] else None
    return Term(
        id=row["term"],
        kind=row["kind"],
        parties=tuple(row["parties"] or ()),
        targets=tuple(row["targets"] or ()),
        area=None if area is None or area.empty else area,
        start=_day(row["start_date"]),
        end=_day(row["end_date"]),
        description=row["description"],
    )


def _day(value: Any) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _agreement(row: Any, terms: list[Term]) -> Agreement:
    return Agreement(
        id=row["id"],
        name=row["name"],
        parties=tuple(Party.from_json(p) for p in row["parties"] or ()),
        area=Area.from_json(row["area"]),
        start=_day(row["start_date"]),
        end=_day(row["end_date"]),
        terms=tuple(terms),
        text=row["text"],
        status=row["status"],
        origin=row["origin"],
        spec=row["spec"] or {},
    )


def get_agreement(store: Store, agreement_id: str) -> Agreement:
    with store.read() as conn:
        found = load_agreements_by_id(conn, agreement_id)
    if found is None:
        raise UsageError(f"no agreement {agreement_id!r} in the store", "see `conflictlens agreements list`")
    return found


def load_agreements_by_id(conn: Connection, agreement_id: str) -> Agreement | None:
    return next((a for a in load_agreements(conn, STATUSES) if a.id == agreement_id), None)


def agreement_counts(store: Store) -> dict[str, tuple[int, int]]:
    """Agreement id -> (suspected violations, mentions in the news)."""
    with store.read() as conn:
        v = dict(
            conn.execute(select(violations.c.agreement_id, func.count()).group_by(violations.c.agreement_id)).all()
        )
        m = dict(conn.execute(
            select(agreement_mentions.c.agreement_id, func.count()).group_by(agreement_mentions.c.agreement_id)
        ).all())
    return {k: (int(v.get(k, 0)), int(m.get(k, 0))) for k in {*v, *m}}


def set_status(store: Store, agreement_id: str, status: str, *, by: str = "") -> Agreement:
    """Accept or reject an agreement (a proposal read from the news, or a file's); violations follow."""
    if status not in STATUSES:
        raise UsageError(f"unknown status {status!r}", "use " + ", ".join(STATUSES))
    with store.write() as conn:
        found = load_agreements_by_id(conn, agreement_id)
        if found is None:
            raise UsageError(f"no agreement {agreement_id!r} in the store", "see `conflictlens agreements list`")
        conn.execute(
            update(agreements)
            .where(agreements.c.id == agreement_id)
            .values(status=status, reviewed_by=by, updated_at=now())
        )
        conn.execute(delete(violations).where(violations.c.agreement_id == agreement_id))
        mark_all_stale(conn)
        return load_agreements_by_id(conn, agreement_id)  # type: ignore[return-value]
