"""`conflictlens code` as a library function: read inputs, extract, number the events, write a format."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TextIO

from conflictlens.config import Settings
from conflictlens.errors import InputError, UsageError
from conflictlens.models import Report, Skip, Tally

FORMATS = ("json", "jsonl", "csv", "geojson")


@dataclass
class CodeSummary:
    documents: int = 0
    events: int = 0
    tallies: int = 0
    skipped: list[Skip] = field(default_factory=list)
    run_dated: list[str] = field(default_factory=list)


def code_records(
    paths: Sequence[str], *, published: dt.date | None = None, source: str | None = None,
    tallies: bool = False, settings: Settings | None = None, model_path: str | None = None,
    summary: CodeSummary | None = None, stdin: TextIO | None = None,
) -> Iterator[Report | Tally]:
    """Events (and, with `tallies`, cumulative tallies) of every readable document, in input order."""
    from conflictlens.extract import Extractor
    from conflictlens.ingest import read_inputs

    summary = summary if summary is not None else CodeSummary()
    extractor = Extractor(settings=settings, model_path=model_path)
    seq: Counter[str] = Counter()

    def documents() -> Iterator:
        for item in read_inputs(paths, published=published, source=source, settings=settings, stdin=stdin):
            if isinstance(item, Skip):
                summary.skipped.append(item)
                continue
            if item.published_from == "run-date":
                summary.run_dated.append(item.origin or item.doc_id)
            summary.documents += 1
            yield item

    for result in extractor.code_many(documents()):
        if result.skipped:
            summary.skipped.append(Skip(result.document.origin or result.document.doc_id, result.skipped))
        for report in result.reports:
            seq[report.iso3 or "XXX"] += 1
            summary.events += 1
            yield replace(report, event_id_cnty=f"{report.iso3 or 'XXX'}{seq[report.iso3 or 'XXX']}")
        if tallies:
            summary.tallies += len(result.tallies)
            yield from result.tallies


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


def report_summary(summary: CodeSummary, warn: Callable[[str], None] = lambda m: print(m, file=sys.stderr)) -> None:
    for skip in summary.skipped:
        warn(f"skipped: {skip.origin}: {skip.reason}")
    if summary.run_dated:
        warn(f"warning: no publication date in {len(summary.run_dated)} document(s); used today's date "
             "(give --published YYYY-MM-DD)")
    if summary.documents == 0 and summary.skipped:
        raise InputError("no readable document in the input", "see the 'skipped:' lines above")
