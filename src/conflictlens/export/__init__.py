"""Writing records out: JSON, JSON lines, ACLED-compatible CSV and GeoJSON (incident or report level)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from conflictlens.errors import UsageError
from conflictlens.models import Report, Tally

FORMATS = ("json", "jsonl", "csv", "geojson")


def write_records(records: Iterator[Report | Tally], fmt: str, out: TextIO) -> int:
    """Write records in one of FORMATS; returns how many were written."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown --format {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    dicts = (r.to_record() for r in records)
    if fmt == "jsonl":
        from conflictlens.export.jsonl import write_jsonl

        return write_jsonl(dicts, out)
    if fmt == "csv":
        from conflictlens.export.acled_csv import write_acled_csv
        from conflictlens.models import ACLED_COLUMNS, EXTRA_COLUMNS

        return write_acled_csv(dicts, out, ACLED_COLUMNS + EXTRA_COLUMNS)
    if fmt == "geojson":
        from conflictlens.export.geojson import write_geojson

        return write_geojson(dicts, out)
    items = list(dicts)
    json.dump(items, out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")
    return len(items)
