"""Reading violations and agreements back for the commands and the export: suspected violations with their
incident's place and evidence, per-party per-day counts, and agreement records."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select

from conflictlens.agreements.model import Agreement
from conflictlens.agreements.parties import key_of
from conflictlens.agreements.repo import load_agreements
from conflictlens.store.engine import Store
from conflictlens.store.schema import agreements, incidents, reports, violations
from conflictlens.store.search import Filters, incident_conds


def list_violations(
    store: Store, agreement: str | None = None, party: str | None = None, flt: Filters | None = None
) -> list[dict[str, Any]]:
    """Suspected violations, oldest first; `party` matches the party's name or anything naming the same actor;
    `flt` keeps those whose incident the dashboard's filters select (dates, country, type, ...)."""
    query = (
        select(violations, agreements.c.name.label("agreement_name"), incidents.c.event_type,
               incidents.c.sub_event_type, incidents.c.country, incidents.c.iso3, incidents.c.latitude,
               incidents.c.longitude, incidents.c.fatalities)
        .join(agreements, agreements.c.id == violations.c.agreement_id)
        .join(incidents, incidents.c.id == violations.c.incident_id)
        .order_by(violations.c.event_date, violations.c.incident_id, violations.c.agreement_id, violations.c.term)
    )
    if agreement:
        query = query.where(violations.c.agreement_id == agreement)
    if flt is not None:
        query = query.where(*incident_conds(flt, store.dialect))
    with store.read() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
        places = _places(conn, [r["incident_id"] for r in rows])
    if party:
        want = key_of(party)
        rows = [r for r in rows if r["party"].casefold() == party.casefold() or key_of(r["party"]) == want]
    return [_record(r, places.get(r["incident_id"], ("", ""))) for r in rows]


def _places(conn: Any, ids: list[int]) -> dict[int, tuple[str, str]]:
    out: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        query = (
            select(reports.c.incident_id, reports.c.location, reports.c.event_id_cnty)
            .where(reports.c.incident_id.in_(ids[start : start + 500]))
            .order_by(reports.c.time_precision, reports.c.geo_precision, reports.c.id)
        )
        for incident_id, location, event_id in conn.execute(query):
            out.setdefault(incident_id, (location, event_id))
    return out


def _record(r: dict[str, Any], place: tuple[str, str]) -> dict[str, Any]:
    day = r["event_date"]
    return {
        "record_type": "violation",
        "agreement_id": r["agreement_id"],
        "agreement": r["agreement_name"],
        "term": r["term"],
        "party": r["party"],
        "event_date": day.isoformat() if isinstance(day, dt.date) else day,
        "incident_id": str(r["incident_id"]),
        "event_id_cnty": place[1],
        "location": place[0],
        "country": r["country"],
        "iso3": r["iso3"],
        "fatalities": r["fatalities"],
        "event_type": r["event_type"],
        "sub_event_type": r["sub_event_type"],
        "reason": r["reason"],
        "called_violation_in_text": bool(r["called_violation_in_text"]),
        "proposed": bool(r["proposed"]),
        "evidence": r["evidence"] or [],
    }


def agreement_mentions_of(store: Store, agreement_id: str) -> list[dict[str, Any]]:
    """The news mentions linked to an agreement: what each said, when, in which document."""
    from conflictlens.store.schema import agreement_mentions

    query = (
        select(agreement_mentions.c.kind, agreement_mentions.c.reading, reports.c.event_id_cnty, reports.c.doc_id,
               reports.c.event_date)
        .join(reports, reports.c.id == agreement_mentions.c.report_id)
        .where(agreement_mentions.c.agreement_id == agreement_id)
        .order_by(reports.c.event_date, reports.c.id)
    )
    with store.read() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def counts_per_party_day(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per party and day: how many incidents are suspected violations (an incident counts once per party)."""
    seen = {(r["party"], r["event_date"], r["incident_id"]) for r in records}
    counts = Counter((p, d) for p, d, _ in seen)
    return [{"record_type": "violation_count", "party": p, "event_date": d, "violations": n}
            for (p, d), n in sorted(counts.items())]


def counts_per_party(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per agreement and party: the incidents suspected of breaking it, each once, and their fatalities (an
    incident charged to two parties counts for each); how many the text itself called a breach; first and last
    day. Ordered by agreement, then most incidents first."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for r in records:
        g = groups.setdefault((r["agreement_id"], r["party"]), {
            "agreement": r["agreement"], "fatalities": {}, "called": set(), "days": set()})
        g["fatalities"][r["incident_id"]] = int(r.get("fatalities") or 0)
        if r["event_date"]:
            g["days"].add(r["event_date"])
        if r["called_violation_in_text"]:
            g["called"].add(r["incident_id"])
    out = [
        {"record_type": "violation_party_count", "agreement_id": ag, "agreement": g["agreement"], "party": party,
         "incidents": len(g["fatalities"]), "fatalities": sum(g["fatalities"].values()),
         "called_in_text": len(g["called"]), "first": min(g["days"], default=None),
         "last": max(g["days"], default=None)}
        for (ag, party), g in groups.items()
    ]
    return sorted(out, key=lambda c: (c["agreement_id"], -c["incidents"], -c["fatalities"], c["party"]))


def agreement_record(ag: Agreement, counts: tuple[int, int] = (0, 0)) -> dict[str, Any]:
    return {
        "record_type": "agreement",
        "agreement_id": ag.id,
        "name": ag.name,
        "status": ag.status,
        "origin": ag.origin,
        "parties": [p.to_json() for p in ag.parties],
        "area": ag.area.to_json(),
        "start": ag.start.isoformat() if ag.start else None,
        "end": ag.end.isoformat() if ag.end else None,
        "terms": [
            {"id": t.id, "kind": t.kind, "parties": list(t.parties), "targets": list(t.targets),
             "area": t.area.to_json() if t.area else None, "start": t.start.isoformat() if t.start else None,
             "end": t.end.isoformat() if t.end else None, "description": t.description}
            for t in ag.terms
        ],
        "violations": counts[0],
        "mentions": counts[1],
    }


def agreement_records(store: Store, include_rejected: bool = False) -> Iterator[dict[str, Any]]:
    from conflictlens.agreements.repo import agreement_counts

    statuses = ("accepted", "proposed", "rejected") if include_rejected else ("accepted", "proposed")
    with store.read() as conn:
        found = load_agreements(conn, statuses)
    counts = agreement_counts(store)
    for ag in found:
        yield agreement_record(ag, counts.get(ag.id, (0, 0)))
