"""Agreements in the dashboard (issue 13): the API (`/api/agreements`, `/api/violations`,
`/api/incidents/N/agreements`) and the violations page (`/violations`), both over the library functions the
`agreements` and `violations` commands print (conflictlens.agreements.listing and .incident); the incident
page's agreements panel reads `incident_agreements` too (web/pages.py). The dashboard's filters in the URL
select the violations by their incident (dates, country, ...), as they select the incidents on the map."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from conflictlens.agreements.incident import incident_agreements
from conflictlens.agreements.listing import agreement_records, counts_per_party, counts_per_party_day, list_violations
from conflictlens.store.engine import Store
from conflictlens.store.search import Filters
from conflictlens.web.api import ERRORS, MAX_ID, can_read, store_of
from conflictlens.web.pages import _filter_args, _guard, _query, render
from conflictlens.web.params import filters

api_router = APIRouter(prefix="/api", dependencies=[Depends(can_read)], responses=ERRORS, tags=["agreements"])
page_router = APIRouter(include_in_schema=False)
Flt = Annotated[Filters, Depends(filters)]
AgreementId = Annotated[str | None, Query(max_length=128, description="Only this agreement id.")]
PartyName = Annotated[str | None, Query(max_length=256, description="Only this party (any of its names).")]


class PartyCount(BaseModel):
    agreement_id: str
    agreement: str
    party: str
    incidents: int
    fatalities: int
    called_in_text: int
    first: str | None
    last: str | None


class DayCount(BaseModel):
    party: str
    event_date: str | None
    violations: int


class Violations(BaseModel):
    items: list[dict[str, Any]]
    parties: list[PartyCount]
    days: list[DayCount]


class BoundActor(BaseModel):
    party: str
    actor: str
    role: str


class ViolationOfIncident(BaseModel):
    term: str
    kind: str
    description: str
    party: str
    reason: str
    called_violation_in_text: bool


class IncidentAgreement(BaseModel):
    agreement_id: str
    name: str
    status: str
    origin: str
    parties: list[str]
    area: str
    start: str | None
    end: str | None
    where: str
    when: str
    bound: list[BoundActor]
    violation: bool
    violations: list[ViolationOfIncident]


def violations_of(store: Store, flt: Filters, agreement: str | None, party: str | None) -> Violations:
    found = list_violations(store, agreement=agreement, party=party, flt=flt)
    return Violations(
        items=found,
        parties=[PartyCount(**c) for c in counts_per_party(found)],
        days=[DayCount(**c) for c in counts_per_party_day(found)],
    )


@api_router.get("/agreements", summary="Agreements (accepted and proposed) with their terms and counts")
def list_agreements(request: Request) -> list[dict[str, Any]]:
    return list(agreement_records(store_of(request)))


@api_router.get("/violations", response_model=Violations, summary="Suspected violations, with per-party counts")
def violations(request: Request, flt: Flt, agreement: AgreementId = None, party: PartyName = None) -> Violations:
    return violations_of(store_of(request), flt, agreement, party)


@api_router.get(
    "/incidents/{incident_id}/agreements",
    response_model=list[IncidentAgreement],
    summary="Agreements in force at an incident that bind its actors, and whether it is a suspected violation",
)
def agreements_of_incident(
    request: Request, incident_id: Annotated[int, Path(ge=1, le=MAX_ID)]
) -> list[dict[str, Any]]:
    return incident_agreements(store_of(request), incident_id)


@page_router.get("/violations", response_class=HTMLResponse)
def violations_page(
    request: Request, flt: Flt, agreement: AgreementId = None, party: PartyName = None
) -> HTMLResponse:
    _guard(request)
    store = store_of(request)
    found = violations_of(store, flt, agreement, party)
    records = [r for r in agreement_records(store) if not agreement or r["agreement_id"] == agreement]
    sections = [
        {
            "agreement": rec,
            "parties": [c for c in found.parties if c.agreement_id == rec["agreement_id"]],
            "found": [v for v in found.items if v["agreement_id"] == rec["agreement_id"]],
        }
        for rec in records
    ]
    args = _filter_args(request)

    def here(**changes: str) -> str:
        """This page's query string with some parameters changed (the agreement, the party)."""
        return _query({**args, "agreement": agreement or "", "party": party or "", **changes})

    return render(
        request,
        "violations.html",
        sections=sorted(sections, key=lambda s: -len(s["found"])),
        choices=[(r["agreement_id"], r["name"]) for r in agreement_records(store)],
        agreement=agreement or "",
        party=party or "",
        args=args,
        query=_query(args),
        here=here,
        hidden={k: v for k, v in args.items() if v and k not in ("since", "until", "country")},
        total=len({v["incident_id"] for v in found.items}),
    )
