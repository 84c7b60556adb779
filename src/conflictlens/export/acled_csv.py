"""ACLED-compatible CSV: ACLED's columns first, in ACLED's order (`models.ACLED_COLUMNS`), then ours.
List and object fields (claims, evidence, report_ids, violations) are JSON-encoded inside their cells;
booleans are written as true/false and missing values as empty cells."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from conflictlens.models import ACLED_COLUMNS, EXTRA_COLUMNS

INCIDENT_COLUMNS: tuple[str, ...] = (
    "fatalities_best",
    "grade",
    "grade_reason",
    "n_sources",
    "report_ids",
)
REPORT_COLUMNS: tuple[str, ...] = ("orphaned", "reviewed_fields")


def columns_for(level: str) -> tuple[str, ...]:
    extra = INCIDENT_COLUMNS if level == "incident" else REPORT_COLUMNS
    return ACLED_COLUMNS + EXTRA_COLUMNS + extra


def write_acled_csv(
    records: Iterable[dict[str, Any]], out: TextIO, columns: Sequence[str] | None = None
) -> int:
    """Write records as CSV with a header; columns default to the incident-level set."""
    cols = list(columns or columns_for("incident"))
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(cols)
    n = 0
    for record in records:
        writer.writerow([cell(record.get(col)) for col in cols])
        n += 1
    return n


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
