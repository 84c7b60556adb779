"""Applying linking and reconciliation inside a write transaction: new reports join or start incidents
(`link.link` decides, after a reviewer's stored merge/split decisions; the explanation goes to
`incident_reports`), then every touched incident is reconciled (`reconcile.reconcile`) and its summary row
rewritten. Reports of a retracted document are never placed."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from conflictlens.incidents import link as linking
from conflictlens.incidents.reconcile import SourcedClaim, reconcile
from conflictlens.store.queries import not_retracted
from conflictlens.store.reviewed import reviewed_figures, superseded
from conflictlens.store.rows import row_to_claim
from conflictlens.store.schema import (
    claims,
    documents,
    evidence,
    incident_reports,
    incidents,
    link_decisions,
    reports,
    reviews,
)

# the widest date window two reports can be linked across (both at time precision 3)
MAX_WINDOW = dt.timedelta(days=2 * max(linking.DATE_TOLERANCE_DAYS.values()))
_LINK_COLUMNS = (
    reports.c.id,
    reports.c.document_id,
    reports.c.event_date,
    reports.c.event_type,
    reports.c.sub_event_type,
    reports.c.iso3,
    reports.c.country,
    reports.c.time_precision,
    reports.c.latitude,
    reports.c.longitude,
    reports.c.geo_precision,
    reports.c.location,
    reports.c.admin1,
    reports.c.actor1,
    reports.c.actor2,
    reports.c.assoc_actor_1,
    reports.c.assoc_actor_2,
    reports.c.notes,
    reports.c.is_background,
    reports.c.incident_id,
)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def place_reports(conn: Connection, report_ids: Sequence[int]) -> set[int]:
    """Link the given (unplaced) reports into incidents; returns the incidents touched."""
    if not report_ids:
        return set()
    new = _link_items(conn, and_(reports.c.id.in_(list(report_ids)), not_retracted()))
    new.sort(key=lambda item: item.report_id)
    manual = load_decisions(conn, [item.report_id for item in new])
    existing = _candidates(conn, new, manual)
    decisions = linking.link(existing, new, decisions=manual)
    created: dict[int, int] = {}
    touched: set[int] = set()
    stamp = now()
    for decision in decisions:
        incident = decision.incident_id
        if incident is None:
            continue
        if incident < 0:
            if incident not in created:
                created[incident] = conn.execute(
                    insert(incidents).values(updated_at=stamp).returning(incidents.c.id)
                ).scalar_one()
            incident = created[incident]
        conn.execute(update(reports).where(reports.c.id == decision.report_id).values(incident_id=incident))
        conn.execute(
            insert(incident_reports).values(
                report_id=decision.report_id,
                incident_id=incident,
                matched_report_id=decision.matched_report_id,
                score=decision.score,
                features=decision.features,
                linked_at=stamp,
            )
        )
        touched.add(incident)
    return touched


def unplace_reports(conn: Connection, report_ids: Sequence[int]) -> set[int]:
    """Take reports out of their incidents (before relinking or orphaning); returns the incidents left."""
    if not report_ids:
        return set()
    ids = list(report_ids)
    left = set(
        conn.execute(
            select(reports.c.incident_id).where(reports.c.id.in_(ids), reports.c.incident_id.is_not(None))
        ).scalars()
    )
    conn.execute(delete(incident_reports).where(incident_reports.c.report_id.in_(ids)))
    conn.execute(update(reports).where(reports.c.id.in_(ids)).values(incident_id=None))
    return left


def load_decisions(conn: Connection, report_ids: Sequence[int]) -> linking.Decisions:
    """The stored merge/split decisions that involve the given reports."""
    together: dict[int, set[int]] = defaultdict(set)
    apart: dict[int, set[int]] = defaultdict(set)
    ids = list(report_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            select(link_decisions.c.kind, link_decisions.c.report_a, link_decisions.c.report_b).where(
                or_(link_decisions.c.report_a.in_(chunk), link_decisions.c.report_b.in_(chunk))
            )
        )
        for kind, a, b in rows:
            target = together if kind == "together" else apart
            target[a].add(b)
            target[b].add(a)
    return linking.Decisions(
        together={k: frozenset(v) for k, v in together.items()},
        apart={k: frozenset(v) for k, v in apart.items()},
    )


def _link_items(conn: Connection, where: Any) -> list[linking.LinkItem]:
    rows = conn.execute(select(*_LINK_COLUMNS).where(where)).mappings().all()
    sentences: dict[int, list[str]] = defaultdict(list)
    ids = [r["id"] for r in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for rid, sentence in conn.execute(
            select(evidence.c.report_id, evidence.c.sentence)
            .where(evidence.c.report_id.in_(chunk))
            .order_by(evidence.c.report_id, evidence.c.ordinal)
        ):
            sentences[rid].append(sentence)
    return [link_item(r, sentences.get(r["id"], [])) for r in rows]


def link_item(r: Any, sentences: list[str]) -> linking.LinkItem:
    """What linking knows of a report: a `reports` row (or a mapping with its columns) and its evidence
    sentences. The Spark job builds its items here too, so both link on the same features."""
    actors = [r["actor1"], r["actor2"], *(r["assoc_actor_1"] or ()), *(r["assoc_actor_2"] or ())]
    text = " ".join([r["notes"] or "", *sentences])[:1000]
    return linking.LinkItem(
        report_id=r["id"],
        document_id=r["document_id"],
        event_date=r["event_date"],
        event_type=r["event_type"],
        sub_event_type=r["sub_event_type"],
        country=r["iso3"] or r["country"],
        time_precision=r["time_precision"],
        latitude=r["latitude"],
        longitude=r["longitude"],
        geo_precision=r["geo_precision"],
        location=r["location"],
        admin1=r["admin1"],
        actors=linking.actor_set(actors),
        text=text,
        is_background=bool(r["is_background"]),
        incident_id=r["incident_id"],
    )


def _candidates(
    conn: Connection, new: Sequence[linking.LinkItem], manual: linking.Decisions = linking.NO_DECISIONS
) -> list[linking.LinkItem]:
    """Placed reports that could link to a new one (blocking): same country, and a date within the two
    reports' combined tolerance — a window that depends on the candidate's time precision too — plus the
    reports a reviewer kept a new one together with, wherever they are."""
    blocks = []
    tolerances = linking.DATE_TOLERANCE_DAYS
    for item in new:
        own = tolerances.get(item.time_precision, max(tolerances.values()))
        country = reports.c.iso3 == item.country if len(item.country) == 3 else reports.c.country == item.country
        for tp, tol in tolerances.items():
            window = dt.timedelta(days=own + tol)
            dates = reports.c.event_date.between(item.event_date - window, item.event_date + window)
            blocks.append(and_(country, dates, reports.c.time_precision == tp))
        wide = reports.c.event_date.between(item.event_date - MAX_WINDOW, item.event_date + MAX_WINDOW)
        blocks.append(and_(country, wide, reports.c.time_precision.not_in(list(tolerances))))
    partners = sorted({p for item in new for p in manual.together.get(item.report_id, ())})
    if partners:
        blocks.append(reports.c.id.in_(partners))
    where = and_(or_(*blocks), reports.c.incident_id.is_not(None), reports.c.orphaned.is_(False))
    items = _link_items(conn, where)
    items.sort(key=lambda item: item.report_id)
    return items


def refresh_incidents(conn: Connection, incident_ids: Iterable[int]) -> None:
    """Recompute each incident's summary; incidents left with no report are deleted."""
    for incident_id in sorted(set(incident_ids)):
        refresh_incident(conn, incident_id)


def refresh_incident(conn: Connection, incident_id: int) -> None:
    rows = (
        conn.execute(
            select(
                reports,
                documents.c.source.label("doc_source"),
                documents.c.published.label("published"),
                func.coalesce(documents.c.canonical_doc_id, documents.c.id).label("canonical_id"),
            )
            .join(documents, documents.c.id == reports.c.document_id)
            .where(reports.c.incident_id == incident_id)
            .order_by(reports.c.id)
        )
        .mappings()
        .all()
    )
    if not rows:
        conn.execute(delete(incidents).where(incidents.c.id == incident_id))
        return
    counted = [r for r in rows if not r["is_background"] and not r["orphaned"]] or list(rows)
    keys = _source_keys(conn, counted)
    sourced = []
    figures = reviewed_figures(conn, counted)
    claim_rows = conn.execute(
        select(claims).where(claims.c.report_id.in_([r["id"] for r in counted])).order_by(claims.c.id)
    ).mappings()
    by_report = {r["id"]: r for r in counted}
    for c in claim_rows:
        rep = by_report[c["report_id"]]
        replaced = superseded(figures.get(rep["id"], ()))
        sourced.append(SourcedClaim(row_to_claim(c), keys[rep["id"]], rep["published"], replaced))
    for report_id, reviewed in figures.items():
        rep = by_report[report_id]
        sourced += [SourcedClaim(f.claim(rep["doc_id"]), keys[report_id], rep["published"], by_reviewer=True)
                    for f in reviewed]
    result = reconcile(
        sourced,
        belligerents=[r["actor1"] for r in counted],
        sources=keys.values(),
        grade_override=_grade_override(conn, rows),
    )
    lead = min(counted, key=lambda r: (r["time_precision"], r["geo_precision"] or 9, -r["confidence"], r["id"]))
    n_reports = sum(1 for r in rows if not r["is_background"] and not r["orphaned"])
    conn.execute(update(incidents).where(incidents.c.id == incident_id).values(**_summary(lead, n_reports, result)))


def _summary(lead: Any, n_reports: int, result: Any) -> dict[str, Any]:
    """The incidents row: where/when/what from the lead report, figures and grade from reconciliation."""
    values = {k: lead[k] for k in ("iso3", "country", "event_date", "event_type", "sub_event_type")}
    values.update(
        latitude=lead["latitude"],
        longitude=lead["longitude"],
        n_reports=n_reports,
        updated_at=now(),
        version=incidents.c.version + 1,
    )
    for name in (
        "n_sources",
        "fatalities",
        "fatalities_best",
        "fatalities_low",
        "fatalities_high",
        "injured_best",
        "injured_low",
        "injured_high",
        "contested",
        "grade",
        "grade_reason",
    ):
        values[name] = getattr(result, name)
    return values


def _source_keys(conn: Connection, rows: Sequence[Any]) -> dict[int, str]:
    """Independent source of each report: the outlet of the document's canonical (first) copy, else that
    document itself — so syndicated copies and repeat stories of one outlet count once."""
    canon_ids = sorted({r["canonical_id"] for r in rows})
    query = select(documents.c.id, documents.c.source).where(documents.c.id.in_(canon_ids))
    outlets = {doc_id: source for doc_id, source in conn.execute(query)}
    out = {}
    for r in rows:
        outlet = (outlets.get(r["canonical_id"]) or "").strip().casefold()
        out[r["id"]] = f"source:{outlet}" if outlet else f"doc:{r['canonical_id']}"
    return out


def _grade_override(conn: Connection, rows: Sequence[Any]) -> tuple[str, str] | None:
    for r in rows:
        if r["grade_override"]:
            reason = conn.execute(
                select(reviews.c.reason)
                .where(reviews.c.report_id == r["id"], reviews.c.field == "grade")
                .order_by(reviews.c.id.desc())
                .limit(1)
            ).scalar()
            return r["grade_override"], reason or ""
    return None
