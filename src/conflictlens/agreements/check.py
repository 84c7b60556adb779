"""Checking one incident against every term of every agreement in force (pure: views in, findings out).

A suspected violation (docs/taxonomy.md §6): an incident inside the term's area and period, of the kind the term
forbids, by a party the term binds (a coalition binds its members; an access denial binds the party blamed),
against a party it protects when it names any. An incident the text itself calls a breach is one too, when a
party to an agreement in force there did it, even if no term names its kind. The reason says which tests matched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from conflictlens.agreements.areas import date_interval, inside, overlaps
from conflictlens.agreements.model import Agreement, Party, Term
from conflictlens.agreements.parties import match_party
from conflictlens.agreements.terms import calls_violation, kind_matches, term_kinds
from conflictlens.agreements.views import IncidentView

MAX_EVIDENCE = 3


@dataclass(frozen=True)
class Suspected:
    incident_id: int
    agreement_id: str
    term: str
    party: str
    reason: str
    evidence: tuple[dict[str, Any], ...]
    called_violation_in_text: bool
    proposed: bool
    event_date: dt.date


def called_in_text(view: IncidentView) -> bool:
    return any(calls_violation(s) for _, s in view.evidence) or any(calls_violation(s) for s in view.context)


def check_incident(view: IncidentView, agreements: list[Agreement]) -> list[Suspected]:
    if view.sub_event_type == "Agreement":
        return []  # the news of a truce breaks none, even beside a sentence that reports a breach
    called = called_in_text(view)
    out: list[Suspected] = []
    for ag in agreements:
        if ag.status == "rejected":
            continue
        found = [s for term in ag.terms for s in _check_term(view, ag, term, called)]
        if not found and called:
            found = _called_only(view, ag)
        out += found
    return _unique(out)


@dataclass(frozen=True)
class InForce:
    """An agreement in force at an incident's place and time, and the incident's actors it binds: (party, actor,
    role), the role being "did it", "was hit" or "blamed" (by a claim)."""

    agreement_id: str
    where: str
    when: str
    bound: tuple[tuple[str, str, str], ...]


def in_force(view: IncidentView, ag: Agreement) -> InForce | None:
    """The agreement as it stands at the incident: None when it is rejected, or in force neither in its own area
    and period nor in any term's own."""
    if ag.status == "rejected":
        return None
    scopes: list[Term | None] = [None, *(t for t in ag.terms if t.area is not None or t.start or t.end)]
    for scope in scopes:
        where = _in_force(view, ag, scope)
        if where:
            return InForce(ag.id, where, _when(view, ag, scope), _bound(view, ag))
    return None


def _bound(view: IncidentView, ag: Agreement) -> tuple[tuple[str, str, str], ...]:
    out = []
    for party in ag.parties:
        for role, actors in (("did it", view.doers), ("was hit", view.targets), ("blamed", view.blamed)):
            hit = _bound_by(party, actors)
            if hit is not None:
                out.append((party.name, hit[0] + _via(hit[1]), role))
                break
    return tuple(out)


def _window(ag: Agreement, term: Term | None) -> tuple[dt.date | None, dt.date | None]:
    start = (term.start if term and term.start else None) or ag.start
    end = (term.end if term and term.end else None) or ag.end
    return start, end


def _where(view: IncidentView, ag: Agreement, term: Term | None) -> str:
    area = term.area if term is not None and term.area is not None else ag.area
    return inside(area, iso3=view.iso3, country=view.country, admin1=view.admin1, latitude=view.latitude,
                  longitude=view.longitude, geo_precision=view.geo_precision, location=view.location)


def _in_force(view: IncidentView, ag: Agreement, term: Term | None) -> str:
    """'' when the incident is outside the term's period or area; else where it is."""
    start, end = _window(ag, term)
    if not overlaps(date_interval(view.event_date, view.time_precision), start, end):
        return ""
    return _where(view, ag, term)


def _check_term(view: IncidentView, ag: Agreement, term: Term, called: bool) -> list[Suspected]:
    kind = term_kinds().get(term.kind)
    if kind is None:
        return []
    where = _in_force(view, ag, term)
    if not where:
        return []
    populated = (view.geo_precision or 3) <= 2 and bool(view.location) or view.civilians_hit
    what = kind_matches(kind, view.event_type, view.sub_event_type, view.tags, view.text, populated,
                        view.civilians_hit)
    if not what and not (called and kind.textual_only):
        return []
    what = what or "called a breach in the text"
    actors = (*view.doers, *view.blamed) if kind.blamed else view.doers
    bound = [p for p in ag.parties if not term.parties or p.name in term.parties]
    protected = [p for p in ag.parties if p.name in term.targets]
    if protected and not view.civilians_hit and not any(_bound_by(p, view.targets) for p in protected):
        return []  # "between X and Y": an attack on a third party breaks nothing here
    out = []
    for party in bound:
        hit = _bound_by(party, actors)
        if hit is None:
            continue
        actor, how = hit
        out.append(_finding(view, ag, term.id, party, f"{term.kind}: {what} by {actor}{_via(how)}, {where}, "
                            f"{_when(view, ag, term)}", called))
    return out


def _called_only(view: IncidentView, ag: Agreement) -> list[Suspected]:
    where = _in_force(view, ag, None)
    if not where:
        return []
    out = []
    for party in ag.parties:
        hit = _bound_by(party, view.doers)
        if hit is not None:
            actor, how = hit
            reason = (f"called a breach in the text: {view.sub_event_type} by {actor}{_via(how)}, {where}, "
                      f"{_when(view, ag, None)}")
            out.append(_finding(view, ag, "", party, reason, True))
    return out


def _bound_by(party: Party, actors: tuple[str, ...] | list[str]) -> tuple[str, str] | None:
    for actor in actors:
        how = match_party(party, actor)
        if how:
            return actor, how
    return None


def _via(how: str) -> str:
    return f" ({how})" if how.startswith("member") else ""


def _when(view: IncidentView, ag: Agreement, term: Term | None) -> str:
    start, end = _window(ag, term)
    return f"{view.event_date} within {start or '...'} to {end or 'open'}"


def _finding(view: IncidentView, ag: Agreement, term: str, party: Party, reason: str, called: bool) -> Suspected:
    evidence = tuple({"doc_id": d, "sentence": s} for d, s in view.evidence[:MAX_EVIDENCE])
    return Suspected(view.id, ag.id, term, party.name, reason, evidence, called, ag.proposed, view.event_date)


def _unique(found: list[Suspected]) -> list[Suspected]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for s in found:
        key = (s.agreement_id, s.term, s.party)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
