"""Agreement mentions in the news -> the agreement they speak of, or a *proposed* one (issue 13, item 2).

Every stored Agreement report about a truce or deal (nlp/agreements.py) is read once: its parties (the
report's actors), its country, what it says (announced, extended, collapsed, appraised) and the dates of the
agreement's terms. It is linked to a stored agreement that shares a party, covers its country and is in force
around its date (or bears the name the text gives), else a proposed agreement is stored: parties, area (the
parties' countries) and dates as read, a cessation of hostilities between the parties (and humanitarian
access when the text speaks of aid). A collapse or an extension read later moves a proposal's end date.
`conflictlens agreements list` shows proposals until a reviewer accepts or rejects them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, or_, select, update
from sqlalchemy.engine import Connection

from conflictlens.agreements.model import Agreement, Area, Party, Term
from conflictlens.agreements.parties import key_of, member_keys
from conflictlens.agreements.repo import load_agreements, mark_all_stale, now, write_agreement
from conflictlens.agreements.yamlfile import slug
from conflictlens.nlp.agreements import AgreementReading, is_truce, read_agreement
from conflictlens.store.schema import agreement_mentions, agreements, documents, evidence, incidents, reports

WINDOW = dt.timedelta(days=45)  # a mention within this of an agreement's period speaks of it
_AID = ("humanitarian", "aid", "relief", "convoy")


def read_mentions(conn: Connection) -> tuple[int, int]:
    """Link every unread Agreement report; returns (mentions read, agreements proposed)."""
    rows = _unread(conn)
    if not rows:
        return 0, 0
    known = load_agreements(conn, ("accepted", "proposed", "rejected"))
    read = proposed = 0
    changed = False
    for row, sentence, published, said in rows:
        reading = read_agreement(sentence, published or row["event_date"])
        if reading is None:
            continue
        match = _match(row, reading, known)
        if match is None:
            match = _propose(row, reading, said)
            if match is None:
                continue
            write_agreement(conn, match)
            known.append(match)
            proposed += 1
        elif match.status == "proposed":
            changed |= _update_dates(conn, match, row, reading)
        conn.execute(insert(agreement_mentions).values(
            agreement_id=match.id, report_id=row["id"], kind=reading.kind, reading=_reading_json(reading, row)))
        read += 1
    if changed:
        mark_all_stale(conn)
    return read, proposed


def _unread(conn: Connection) -> list[tuple[Any, str, dt.date | None, str]]:
    """Agreement reports not yet linked, about a truce, of incidents changed since their last check (or of none:
    a background report joins an incident only when it matches one)."""
    done = select(agreement_mentions.c.report_id)
    stale = or_(incidents.c.violations_checked_at.is_(None), incidents.c.violations_checked_at < incidents.c.updated_at)
    query = (
        select(reports, documents.c.published)
        .join(documents, documents.c.id == reports.c.document_id)
        .outerjoin(incidents, incidents.c.id == reports.c.incident_id)
        .where(reports.c.sub_event_type == "Agreement", reports.c.orphaned.is_(False), reports.c.id.not_in(done),
               or_(reports.c.incident_id.is_(None), stale))  # background reports stand in no incident
        .order_by(reports.c.id)
    )
    rows = conn.execute(query).mappings().all()
    said: dict[int, list[str]] = {}
    ids = [r["id"] for r in rows]
    for start in range(0, len(ids), 500):
        ev = (
            select(evidence.c.report_id, evidence.c.sentence)
            .where(evidence.c.report_id.in_(ids[start : start + 500]))
            .order_by(evidence.c.report_id, evidence.c.ordinal)
        )
        for rid, sentence in conn.execute(ev):
            said.setdefault(rid, []).append(sentence)
    out = []
    for row in rows:
        truce = [s for s in said.get(row["id"], []) if is_truce(s)]
        if truce:  # the first truce sentence is read; the others (merged mentions) add what the terms need
            out.append((row, truce[0], row["published"], " ".join(truce)))
    return out


def _parties(row: Any) -> list[str]:
    return [n for n in (row["actor1"], row["actor2"], *(row["assoc_actor_1"] or ())) if n]


def _match(row: Any, reading: AgreementReading, known: list[Agreement]) -> Agreement | None:
    keys = {key_of(p) for p in _parties(row)}
    day = row["event_date"]
    best: tuple[int, Agreement] | None = None
    for ag in known:
        score = 0
        if reading.name and reading.name.casefold() in ag.name.casefold():
            score += 3
        agreed = {k for p in ag.parties for k in member_keys(p)}
        shared = len(keys & agreed)
        if shared == 0 and score == 0:
            continue
        if not _near(day, reading, ag):
            continue
        score += shared
        if best is None or score > best[0]:
            best = (score, ag)
    return best[1] if best else None


def _near(day: dt.date, reading: AgreementReading, ag: Agreement) -> bool:
    if reading.start is not None and ag.start is not None and abs((reading.start - ag.start).days) <= 3:
        return True
    lo = ag.start - WINDOW if ag.start else None
    hi = ag.end + WINDOW if ag.end else None
    return (lo is None or day >= lo) and (hi is None or day <= hi)


def _propose(row: Any, reading: AgreementReading, said: str) -> Agreement | None:
    """A proposed agreement from one mention (`said`: the report's truce sentences)."""
    names = _parties(row)
    if not names:
        return None
    parties = tuple(Party(n) for n in names)
    countries = sorted({k.removeprefix("state:") for n in names if (k := key_of(n)).startswith("state:")})
    area = Area(countries=tuple(countries or [row["iso3"]])) if (countries or row["iso3"]) else Area()
    day = row["event_date"]
    start = reading.start or (day if reading.kind in ("announcement", "exchange") else None) or day
    end = reading.end or (day if reading.kind == "collapse" else None)
    if end is not None and end < start:
        end = None
    kind = "other" if reading.kind == "exchange" else "cessation_of_hostilities"
    terms = [Term("ceasefire" if kind != "other" else "commitments", kind,
                  targets=tuple(names) if len(names) > 1 and kind != "other" else ())]
    if kind != "other" and any(w in said.lower() for w in _AID):
        terms.append(Term("humanitarian-access", "humanitarian_access"))
    label = reading.name or f"{'Agreement' if kind == 'other' else 'Ceasefire'} between {' and '.join(names[:2])}"
    if reading.signed_at and not reading.name:
        label += f" ({reading.signed_at})"
    ident = f"proposed-{slug(label)}-{start.isoformat()}"[:128]
    spec = {"read_from": row["doc_id"], "sentences": said, "kind": reading.kind}
    return Agreement(ident, label, parties, area, start, end, tuple(terms), status="proposed", origin="text",
                     spec=spec)


def _update_dates(conn: Connection, ag: Agreement, row: Any, reading: AgreementReading) -> bool:
    """A collapse ends a proposal on its day; an extension moves its end to the new date."""
    end = ag.end
    if reading.kind == "collapse":
        end = reading.end or row["event_date"]
    elif reading.kind == "extension" and reading.end:
        end = reading.end
    if end == ag.end or (ag.start and end and end < ag.start):
        return False
    conn.execute(update(agreements).where(agreements.c.id == ag.id).values(end_date=end, updated_at=now()))
    return True


def _reading_json(reading: AgreementReading, row: Any) -> dict[str, Any]:
    return {
        "name": reading.name,
        "kind": reading.kind,
        "parties": _parties(row),
        "start": reading.start.isoformat() if reading.start else None,
        "end": reading.end.isoformat() if reading.end else None,
        "signed_at": reading.signed_at,
        "country": row["country"],
        "event_date": row["event_date"].isoformat() if isinstance(row["event_date"], dt.date) else row["event_date"],
    }
