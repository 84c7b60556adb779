"""Territorial control (issue 13, item 5): the control timeline of a place from its territory events — who took
it from whom and when ("retook", "captured", "overran": the taker is actor1; a withdrawal or hand-over leaves it
to the other side), with reversals marked."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select

from conflictlens.geo.distance import haversine_km
from conflictlens.nlp.marks import strip_marks
from conflictlens.store.engine import Store
from conflictlens.store.schema import evidence, reports

TERRITORY = ("Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory")
_LEFT = re.compile(r"\b(?:withdrew|withdrawn|pulled out|retreated|abandoned|handed (?:\w+ )?over|surrendered|"
                   r"evacuated|left)\b", re.I)


@dataclass(frozen=True)
class ControlChange:
    event_date: dt.date
    sub_event_type: str
    gained_by: str  # who holds the place afterwards ("" when the text does not say)
    lost_by: str
    location: str
    event_id: str
    incident_id: str
    sentence: str
    is_background: bool
    reversal: bool = False  # taken back by a side that lost it before


def _fold(text: str) -> str:
    return strip_marks(text.casefold()).replace("-", " ").strip()


def control_timeline(store: Store, place: str, radius_km: float = 10.0) -> list[ControlChange]:
    """Territory changes at a place (its name as coded, or within `radius_km` of the gazetteer's place)."""
    point = _point(place)
    query = (
        select(reports)
        .where(reports.c.sub_event_type.in_(TERRITORY), reports.c.orphaned.is_(False))
        .order_by(reports.c.event_date, reports.c.id)
    )
    with store.read() as conn:
        rows = [r for r in conn.execute(query).mappings() if _here(r, place, point, radius_km)]
        sentences = {}
        if rows:
            ev = select(evidence.c.report_id, evidence.c.sentence).where(
                evidence.c.report_id.in_([r["id"] for r in rows]), evidence.c.ordinal == 0)
            sentences = dict(conn.execute(ev).all())
    seen: set[object] = set()
    changes: list[ControlChange] = []
    for r in rows:
        key = r["incident_id"] if r["incident_id"] is not None else f"r{r['id']}"
        if key in seen:
            continue  # one change per incident
        seen.add(key)
        changes.append(_change(r, sentences.get(r["id"], "")))
    return _mark_reversals(changes)


def _point(place: str) -> tuple[float, float] | None:
    from conflictlens.geo.gazetteer import default_gazetteer

    found = [p for p in default_gazetteer().lookup(place) if p.kind != "country"]
    best = max(found, key=lambda p: p.population, default=None)
    return (best.latitude, best.longitude) if best else None


def _here(r: object, place: str, point: tuple[float, float] | None, radius_km: float) -> bool:
    if _fold(r["location"] or "") == _fold(place):  # type: ignore[index]
        return True
    lat, lon, prec = r["latitude"], r["longitude"], r["geo_precision"]  # type: ignore[index]
    if point is None or lat is None or lon is None or (prec or 3) > 2:
        return False
    return haversine_km(lat, lon, point[0], point[1]) <= radius_km


def _change(r: object, sentence: str) -> ControlChange:
    a1, a2 = r["actor1"] or "", r["actor2"] or ""  # type: ignore[index]
    gained, lost = a1, a2
    if r["sub_event_type"] == "Non-violent transfer of territory" and _LEFT.search(sentence):  # type: ignore[index]
        gained, lost = a2, a1  # "government troops abandoned the district": the other side moves in
    day = r["event_date"]  # type: ignore[index]
    return ControlChange(
        event_date=day.date() if isinstance(day, dt.datetime) else day,
        sub_event_type=r["sub_event_type"],  # type: ignore[index]
        gained_by=gained,
        lost_by=lost,
        location=r["location"],  # type: ignore[index]
        event_id=r["event_id_cnty"] or "",  # type: ignore[index]
        incident_id=str(r["incident_id"] or ""),  # type: ignore[index]
        sentence=sentence,
        is_background=bool(r["is_background"]),  # type: ignore[index]
    )


def _mark_reversals(changes: list[ControlChange]) -> list[ControlChange]:
    out: list[ControlChange] = []
    losers: set[str] = set()
    for c in changes:
        reversal = bool(c.gained_by) and c.gained_by in losers
        out.append(ControlChange(**{**vars(c), "reversal": reversal}))
        if c.lost_by:
            losers.add(c.lost_by)
    return out
