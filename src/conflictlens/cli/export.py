"""`conflictlens export`: stored events as JSON lines, ACLED-compatible CSV, GeoJSON, Parquet or UCDP GED
columns, per incident or per report."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Annotated, Any, TextIO

import typer

from conflictlens.cli.options import DbOption, open_db, parse_date
from conflictlens.cli.progress import QuietOption, RunTally, run_progress
from conflictlens.errors import UsageError

EXPORT_FORMATS = ("jsonl", "acled-csv", "geojson", "parquet", "ucdp-ged")


def export_cmd(
    format_: Annotated[str, typer.Option("--format", help=" | ".join(EXPORT_FORMATS))] = "jsonl",
    level: Annotated[
        str, typer.Option("--level", help="incident (one record per incident) or report.")
    ] = "incident",
    include_background: Annotated[bool, typer.Option("--include-background")] = False,
    since: Annotated[str | None, typer.Option("--since", help="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last event date, YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="Country name or ISO3 code.")] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="File to write (default stdout; parquet needs a file).")
    ] = None,
    quiet: QuietOption = False,
    db: DbOption = None,
) -> None:
    """Write stored events as JSON lines, ACLED-compatible CSV, GeoJSON, Parquet or UCDP GED columns (JSON
    lines end with the agreements the events' violations name)."""
    import itertools

    from conflictlens.agreements.listing import agreement_records
    from conflictlens.agreements.refresh import refresh
    from conflictlens.store.records import ExportFilter, incident_records, report_records

    if format_ not in EXPORT_FORMATS:
        raise UsageError(f"unknown --format {format_!r}", f"use one of: {', '.join(EXPORT_FORMATS)}")
    if level not in ("incident", "report"):
        raise UsageError(f"unknown --level {level!r}", "use incident or report")
    if format_ == "parquet" and not output:
        raise UsageError("Parquet is a binary file format", "give --output FILE.parquet")
    flt = ExportFilter(parse_date(since, "--since"), parse_date(until, "--until"), country, include_background)
    try:
        with open_db(db) as store, run_progress("exported", quiet, unit="records") as tally:
            refresh(store)  # violations current before they are written
            records = incident_records(store, flt) if level == "incident" else report_records(store, flt)
            if format_ == "jsonl":  # the agreements the events' violations name, as `record_type: agreement`
                records = itertools.chain(records, agreement_records(store))
            n = _write(_counted(records, tally), format_, level, output)
            tally.extra["written"] = n  # geojson leaves out records without coordinates, ucdp-ged non-lethal ones
    except BrokenPipeError:
        raise  # the reader stopped early (`| head`): cli.main ends quietly
    except OSError as err:
        raise UsageError(f"cannot write {output}: {err.strerror}", "choose another --output") from err


def _counted(records: Iterator[dict[str, Any]], tally: RunTally) -> Iterator[dict[str, Any]]:
    for record in records:
        tally.document()
        yield record


def _write(records: Iterator[dict[str, Any]], format_: str, level: str, output: str | None) -> int:
    if format_ == "parquet":
        from conflictlens.export.parquet import write_parquet

        return write_parquet(records, output or "", "incident" if level == "incident" else "stored-report")
    out: TextIO = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    try:
        if format_ == "jsonl":
            from conflictlens.export.jsonl import write_jsonl

            return write_jsonl(records, out)
        if format_ == "geojson":
            from conflictlens.export.geojson import write_geojson

            return write_geojson(records, out)
        if format_ == "ucdp-ged":
            from conflictlens.export.ucdp import write_ucdp_ged

            return write_ucdp_ged(records, out)
        from conflictlens.export.acled_csv import columns_for, write_acled_csv

        return write_acled_csv(records, out, columns_for(level))
    finally:
        if output:
            out.close()
