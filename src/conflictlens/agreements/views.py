"""Incidents as the agreement checks see them: where and when (the lead report, as the export picks it), who
acted (every report's actor1 and associates), who was hit, tags, and the evidence sentences with the sentence
after each (a text often calls the event a breach in the next sentence)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from conflictlens.store.schema import claims, documents, evidence, reports

BATCH = 500


@dataclass(frozen=True)
class IncidentView:
    id: int
    event_date: dt.date
    time_precision: int
    event_type: str
    sub_event_type: str
    iso3: str
    country: str
    admin1: str
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    doers: tuple[str, ...]  # actor1 then associates, of every counted report
    targets: tuple[str, ...]  # actor2 and associates
    blamed: tuple[str, ...]  # whom claims blame
    tags: tuple[str, ...]
    evidence: tuple[tuple[str, str], ...]  # (doc_id, sentence)
    context: tuple[str, ...]  # the sentence after each evidence sentence

    @property
    def text(self) -> str:
        return " ".join(s for _, s in self.evidence)

    @property
    def civilians_hit(self) -> bool:
        return any(t.startswith("Civilians") for t in self.targets)


def load_views(conn: Connection, incident_ids: Sequence[int]) -> list[IncidentView]:
    out: list[IncidentView] = []
    ids = list(incident_ids)
    for start in range(0, len(ids), BATCH):
        out += _batch(conn, ids[start : start + BATCH])
    return out


def _batch(conn: Connection, ids: list[int]) -> list[IncidentView]:
    rows = conn.execute(
        select(reports).where(reports.c.incident_id.in_(ids), reports.c.orphaned.is_(False)).order_by(reports.c.id)
    ).mappings().all()
    by_incident: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        by_incident[r["incident_id"]].append(r)
    report_ids = [r["id"] for r in rows]
    sentences = _sentences(conn, report_ids)
    blames: dict[int, list[str]] = defaultdict(list)
    for rid, blamed in conn.execute(
        select(claims.c.report_id, claims.c.blames)
        .where(claims.c.report_id.in_(report_ids), claims.c.blames.is_not(None))
    ):
        if blamed:
            blames[rid].append(blamed)
    return [_view(i, members, sentences, blames) for i, members in by_incident.items()]


def _sentences(conn: Connection, report_ids: list[int]) -> dict[int, list[tuple[str, str, str]]]:
    """Report id -> (doc_id, sentence, the sentence after it in the document)."""
    out: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    if not report_ids:
        return out
    query = (
        select(evidence.c.report_id, evidence.c.doc_id, evidence.c.sentence, evidence.c.end, documents.c.text)
        .join(reports, reports.c.id == evidence.c.report_id)
        .join(documents, documents.c.id == reports.c.document_id)
        .where(evidence.c.report_id.in_(report_ids))
        .order_by(evidence.c.report_id, evidence.c.ordinal)
    )
    for rid, doc_id, sentence, end, text in conn.execute(query):
        after = ""
        if text and end is not None and 0 <= end < len(text):
            rest = text[end : end + 400].lstrip()
            cut = min((i for i in (rest.find(". "), rest.find("\n")) if i >= 0), default=len(rest) - 1)
            after = rest[: cut + 1]
        out[rid].append((doc_id, sentence, after))
    return out


def _view(incident_id: int, members: list[Any], sentences: dict, blames: dict) -> IncidentView:
    counted = [m for m in members if not m["is_background"]] or members
    lead = min(counted, key=lambda r: (r["time_precision"], r["geo_precision"] or 9, -r["confidence"], r["id"]))
    doers = [n for m in counted for n in (m["actor1"], *(m["assoc_actor_1"] or ())) if n]
    targets = [n for m in counted for n in (m["actor2"], *(m["assoc_actor_2"] or ())) if n]
    said = [s for m in counted for s in sentences.get(m["id"], [])]
    event_date = lead["event_date"]
    return IncidentView(
        id=incident_id,
        event_date=event_date.date() if isinstance(event_date, dt.datetime) else event_date,
        time_precision=lead["time_precision"],
        event_type=lead["event_type"],
        sub_event_type=lead["sub_event_type"],
        iso3=lead["iso3"],
        country=lead["country"],
        admin1=lead["admin1"],
        location=lead["location"],
        latitude=lead["latitude"],
        longitude=lead["longitude"],
        geo_precision=lead["geo_precision"],
        doers=tuple(dict.fromkeys(doers)),
        targets=tuple(dict.fromkeys(targets)),
        blamed=tuple(dict.fromkeys(b for m in counted for b in blames.get(m["id"], []))),
        tags=tuple(dict.fromkeys(t for m in counted for t in (m["tags"] or ()))),
        evidence=tuple(dict.fromkeys((d, s) for d, s, _ in said)),
        context=tuple(dict.fromkeys(a for _, _, a in said if a)),
    )
