"""Civilian harm per belligerent (issue 13, item 6; the Airwars model): civilians killed and injured by each
actor over a period, as a minimum–maximum from the incidents' ranges and grades.

- An incident counts when civilians were its victims (violence against civilians, civilians as the target of a
  strike, or a claim that separates civilian deaths); background-only and discounted incidents do not.
- The minimum adds the low figures of incidents graded confirmed or fair; the maximum adds the high figures of
  all of them (weak and contested too).
- An incident is charged to its actor1; when its responsibility is contested (grade `contested`), it is also
  charged to each party a claim blames, in a separate `contested` column of both: shown, never netted out.
- Cumulative tallies from the news ("at least 2,300 civilians since 2015, according to a monitor") that name the
  actor are listed beside its row, never added to it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from conflictlens.agreements.parties import key_of
from conflictlens.store.engine import Store
from conflictlens.store.schema import claims, incidents, reports, tallies

SURE = ("confirmed", "fair")


@dataclass
class HarmRow:
    actor: str
    incidents: int = 0
    killed_min: int = 0
    killed_max: int = 0
    injured_min: int = 0
    injured_max: int = 0
    contested_incidents: int = 0
    contested_killed_max: int = 0
    grades: dict[str, int] = field(default_factory=dict)
    tallies: list[dict[str, Any]] = field(default_factory=list)

    def to_record(self) -> dict[str, Any]:
        return {"record_type": "harm", **vars(self)}


def harm_table(store: Store, actor: str | None = None, since: dt.date | None = None,
               until: dt.date | None = None) -> list[HarmRow]:
    with store.read() as conn:
        rows = _incident_rows(conn, since, until)
        talls = [dict(t) for t in conn.execute(select(tallies)).mappings()]
    table: dict[str, HarmRow] = {}
    for inc in rows:
        _charge(table, inc)
    for row in table.values():
        row.tallies = _tallies_naming(row.actor, talls)
    out = sorted(table.values(), key=lambda r: (-r.killed_max, r.actor))
    if actor:
        want = key_of(actor)
        out = [r for r in out if key_of(r.actor) == want or r.actor.casefold() == actor.casefold()]
    return out


def _incident_rows(conn: Any, since: dt.date | None, until: dt.date | None) -> list[dict[str, Any]]:
    query = select(incidents)
    if since:
        query = query.where(incidents.c.event_date >= since)
    if until:
        query = query.where(incidents.c.event_date <= until)
    found = {i["id"]: dict(i, members=[], blames=set()) for i in conn.execute(query).mappings()}
    if not found:
        return []
    ids = list(found)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        members = conn.execute(
            select(reports).where(reports.c.incident_id.in_(chunk), reports.c.orphaned.is_(False))
            .order_by(reports.c.id)).mappings().all()
        by_report = {}
        for m in members:
            found[m["incident_id"]]["members"].append(m)
            by_report[m["id"]] = m["incident_id"]
        for rid, blamed, civilians in conn.execute(
            select(claims.c.report_id, claims.c.blames, claims.c.killed_civilians)
            .where(claims.c.report_id.in_(list(by_report)))
        ):
            if blamed:
                found[by_report[rid]]["blames"].add(blamed)
            if civilians:
                found[by_report[rid]].setdefault("civilian_claims", []).append(civilians)
    return [i for i in found.values() if i["members"] and not all(m["is_background"] for m in i["members"])]


def _civilian_range(inc: dict[str, Any]) -> tuple[int, int, int, int] | None:
    """(killed low, killed high, injured low, injured high) of civilians, or None when civilians were not hit."""
    counted = [m for m in inc["members"] if not m["is_background"]]
    targeted = inc["event_type"] == "Violence against civilians" or any(
        (m["actor2"] or "").startswith("Civilians") or any(a.startswith("Civilians") for a in m["assoc_actor_2"] or ())
        for m in counted)
    low = inc["fatalities_low"] if inc["fatalities_low"] is not None else inc["fatalities"]
    high = inc["fatalities_high"] if inc["fatalities_high"] is not None else inc["fatalities"]
    separated = inc.get("civilian_claims") or [m["civilian_fatalities"] for m in counted if m["civilian_fatalities"]]
    if separated:
        low, high = min(separated), max(separated)
    elif not targeted:
        return None
    ilow = inc["injured_low"] or 0
    ihigh = inc["injured_high"] or 0
    return int(low or 0), int(high or 0), int(ilow), int(ihigh)


def _charge(table: dict[str, HarmRow], inc: dict[str, Any]) -> None:
    if inc["grade"] == "discounted":
        return
    figures = _civilian_range(inc)
    if figures is None:
        return
    klow, khigh, ilow, ihigh = figures
    counted = [m for m in inc["members"] if not m["is_background"]] or inc["members"]
    lead = min(counted, key=lambda r: (r["time_precision"], r["geo_precision"] or 9, -r["confidence"], r["id"]))
    doer = lead["actor1"] or "(unknown)"
    contested = inc["grade"] == "contested"
    charged = [doer]
    if contested:
        charged += [b for b in sorted(inc["blames"]) if key_of(b) != key_of(doer)]
    for name in charged:
        row = table.setdefault(name, HarmRow(name))
        row.incidents += 1
        row.grades[inc["grade"]] = row.grades.get(inc["grade"], 0) + 1
        if contested:
            row.contested_incidents += 1
            row.contested_killed_max += khigh
        sure = inc["grade"] in SURE
        row.killed_min += klow if sure else 0
        row.killed_max += khigh
        row.injured_min += ilow if sure else 0
        row.injured_max += ihigh


def _tallies_naming(actor: str, talls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cumulative figures whose words name the actor (by any of its names), shown beside its row."""
    from conflictlens.geo.countries import countries, iso3_by_name
    from conflictlens.nlp.actors import find_actor_mentions

    def country_of(word: str) -> str | None:
        iso = iso3_by_name(word)
        return countries()[iso].name if iso else None

    want = key_of(actor)
    out = []
    for t in talls:
        quote = t["quote"] or ""
        found = find_actor_mentions(quote, t["country"] or "", dt.date.today(), country_of)
        names = {key_of(m.name) for m in found}
        # "Russian strikes", "Saudi air raids": a state named by its country word
        names |= {f"state:{iso}" for w in re.findall(r"\b[A-Z][a-z]+\b", quote) if (iso := iso3_by_name(w))}
        if want in names or (actor and actor.casefold() in quote.casefold()):
            out.append({"claimant": t["claimant"], "killed": t["killed"], "since": t["since"], "quote": quote,
                        "doc_id": t["doc_id"]})
    return out
