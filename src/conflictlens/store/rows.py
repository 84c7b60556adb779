"""Converting between the stage dataclasses (`Report`, `Claim`, `Evidence`, `Tally`) and table rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from conflictlens.models import Claim, Evidence, Report, Tally, Violation

# Report fields that are plain columns of `reports` (lists and nested records are handled separately).
REPORT_SCALARS: tuple[str, ...] = (
    "doc_id",
    "event_date",
    "time_precision",
    "date_prec",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "inter1",
    "inter2",
    "civilian_targeting",
    "iso",
    "iso3",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "where_prec",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "injured",
    "injured_low",
    "injured_high",
    "civilian_fatalities",
    "is_background",
    "confidence",
    "extractor_version",
    "timestamp",
)
REPORT_LISTS: tuple[str, ...] = ("assoc_actor_1", "assoc_actor_2", "tags", "coding_rules")
CLAIM_FIELDS = tuple(f.name for f in dataclasses.fields(Claim))
EVIDENCE_FIELDS = tuple(f.name for f in dataclasses.fields(Evidence))


def report_values(report: Report) -> dict[str, Any]:
    """The `reports` columns for a Report (without ids, document, ordinal or review state)."""
    values = {name: getattr(report, name) for name in REPORT_SCALARS}
    values["year"] = report.event_date.year
    for name in REPORT_LISTS:
        values[name] = list(getattr(report, name))
    return values


def claim_rows(report_id: int, claims: Sequence[Claim]) -> list[dict[str, Any]]:
    return [
        {"report_id": report_id, "ordinal": i, **{k: getattr(c, k) for k in CLAIM_FIELDS}}
        for i, c in enumerate(claims)
    ]


def evidence_rows(report_id: int, evidence: Sequence[Evidence]) -> list[dict[str, Any]]:
    return [
        {"report_id": report_id, "ordinal": i, **{k: getattr(e, k) for k in EVIDENCE_FIELDS}}
        for i, e in enumerate(evidence)
    ]


def tally_rows(document_id: int, tallies: Sequence[Tally]) -> list[dict[str, Any]]:
    return [
        {
            "document_id": document_id,
            "ordinal": i,
            "doc_id": t.doc_id,
            "claimant": t.claimant,
            "killed": t.killed,
            "since": t.since,
            "period": t.period,
            "quote": t.quote,
            "country": t.country,
            "evidence": [dataclasses.asdict(e) for e in t.evidence],
        }
        for i, t in enumerate(tallies)
    ]


def row_to_claim(row: Mapping[str, Any]) -> Claim:
    return Claim(**{k: row[k] for k in CLAIM_FIELDS})


def row_to_evidence(row: Mapping[str, Any]) -> Evidence:
    return Evidence(**{k: row[k] for k in EVIDENCE_FIELDS})


def row_to_report(
    row: Mapping[str, Any],
    claims: Sequence[Claim] = (),
    evidence: Sequence[Evidence] = (),
    violations: Sequence[Violation] = (),
) -> Report:
    values: dict[str, Any] = {name: row[name] for name in REPORT_SCALARS}
    for name in REPORT_LISTS:
        values[name] = tuple(row[name] or ())
    if isinstance(values["event_date"], dt.datetime):
        values["event_date"] = values["event_date"].date()
    incident = row.get("incident_id")
    return Report(
        **values,
        claims=tuple(claims),
        evidence=tuple(evidence),
        violations=tuple(violations),
        incident_id=str(incident) if incident is not None else None,
        contested=bool(row.get("contested", False)),
        event_id_cnty=row.get("event_id_cnty") or "",
    )


def jsonable(value: Any) -> Any:
    """A value as it goes into a JSON column (dates as ISO strings)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
