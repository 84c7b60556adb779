"""`conflictlens export`: stored events as JSON lines or ACLED-compatible CSV, per incident or per report."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from conflictlens.cli.options import DbOption, open_db, parse_date
from conflictlens.errors import UsageError


def export_cmd(
    format_: Annotated[str, typer.Option("--format", help="jsonl or acled-csv.")] = "jsonl",
    level: Annotated[
        str, typer.Option("--level", help="incident (one record per incident) or report.")
    ] = "incident",
    include_background: Annotated[bool, typer.Option("--include-background")] = False,
    since: Annotated[str | None, typer.Option("--since", help="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Last event date, YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="Country name or ISO3 code.")] = None,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="File to write (default stdout).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Write stored events as JSON lines or ACLED-compatible CSV (JSON lines end with the agreements)."""
    import itertools

    from conflictlens.agreements.listing import agreement_records
    from conflictlens.agreements.refresh import refresh
    from conflictlens.export.acled_csv import columns_for, write_acled_csv
    from conflictlens.export.jsonl import write_jsonl
    from conflictlens.store.records import ExportFilter, incident_records, report_records

    try:
        if format_ not in ("jsonl", "acled-csv"):
            raise UsageError(f"unknown --format {format_!r}", "use jsonl or acled-csv")
        if level not in ("incident", "report"):
            raise UsageError(f"unknown --level {level!r}", "use incident or report")
        flt = ExportFilter(parse_date(since, "--since"), parse_date(until, "--until"), country, include_background)
        with open_db(db) as store:
            refresh(store)  # violations current before they are written
            records = incident_records(store, flt) if level == "incident" else report_records(store, flt)
            if format_ == "jsonl":  # the agreements the events' violations name, as `record_type: agreement`
                records = itertools.chain(records, agreement_records(store))
            out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
            try:
                if format_ == "jsonl":
                    n = write_jsonl(records, out)
                else:
                    n = write_acled_csv(records, out, columns_for(level))
            finally:
                if output:
                    out.close()
    except BrokenPipeError:
        raise  # the reader stopped early (`| head`): cli.main ends quietly
    except OSError as err:
        raise UsageError(f"cannot write {output}: {err.strerror}", "choose another --output") from err
    typer.echo(f"{n} records", err=True)
