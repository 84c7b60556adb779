"""A reviewer's figure counts (design.md §4.1): a report whose `fatalities` (or `injured`) was set in review
enters the incident's reconciliation as an authoritative claim by the reviewer, for that report's source, and
that figure of the report's own claims is left out (their claimants and whom they blame still count for the
grade). It follows the review trail: the latest entry for the field names the reviewer and the reason, and it
survives re-extraction because reviewed fields keep their reviewed value (replace.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from conflictlens.models import Claim
from conflictlens.store.schema import reviews

# a reviewed report field -> the claim figure it replaces; its _low/_high bound the reviewer's range
FIGURES = {"fatalities": "killed", "injured": "injured"}
REVIEW_STANCE = "reviewed"  # how the incident page and the API name the reviewer's claim
_BOUNDS = ("fatalities_low", "fatalities_high")


@dataclass(frozen=True)
class ReviewedFigure:
    field: str  # fatalities | injured
    value: int | None
    low: int | None
    high: int | None
    by: str
    reason: str
    at: dt.datetime | None

    def claim(self, doc_id: str) -> Claim:
        """The reviewer's figure as a reporting claim (stance `reports`, so reconciliation counts it)."""
        what = FIGURES[self.field]
        if what == "killed":
            return Claim(claimant=f"reviewer {self.by}", killed=self.value, killed_low=self.low,
                         killed_high=self.high, quote=self.reason, doc_id=doc_id)
        return Claim(claimant=f"reviewer {self.by}", injured=self.value, quote=self.reason, doc_id=doc_id)


def reviewed_figures(conn: Connection, rows: Sequence[Any]) -> dict[int, list[ReviewedFigure]]:
    """Report id -> the figures a reviewer set on it (from `reports` rows and their latest review entries)."""
    wanted = {r["id"]: [f for f in FIGURES if f in (r["reviewed_fields"] or ())] for r in rows}
    wanted = {k: v for k, v in wanted.items() if v}
    if not wanted:
        return {}
    last: dict[tuple[int, str], Any] = {}
    query = (
        select(reviews.c.report_id, reviews.c.field, reviews.c.by, reviews.c.reason, reviews.c.at)
        .where(reviews.c.report_id.in_(list(wanted)), reviews.c.field.in_([*FIGURES, *_BOUNDS]))
        .order_by(reviews.c.id)
    )
    for entry in conn.execute(query).mappings():
        last[(entry["report_id"], entry["field"])] = entry
    out: dict[int, list[ReviewedFigure]] = {}
    for row in rows:
        for field in wanted.get(row["id"], ()):
            entry = last.get((row["id"], field))
            reviewed = set(row["reviewed_fields"] or ())
            low, high = (row[b] if b in reviewed and field == "fatalities" else None for b in _BOUNDS)
            out.setdefault(row["id"], []).append(ReviewedFigure(
                field=field,
                value=row[field],
                low=low,
                high=high,
                by=entry["by"] if entry is not None else "",
                reason=entry["reason"] if entry is not None else "",
                at=entry["at"] if entry is not None else None,
            ))
    return out


def superseded(figures: Sequence[ReviewedFigure]) -> frozenset[str]:
    """The claim figures a report's reviewed values replace."""
    return frozenset(FIGURES[f.field] for f in figures)
