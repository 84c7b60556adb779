"""`conflictlens code`: extract events from files and print them, without touching a database."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from conflictlens.cli.options import (
    DbOption,
    FieldsOption,
    SemanticOption,
    WorkersOption,
    expand_paths,
    field_map,
    parse_date,
    report_skips,
    resolve_workers,
)
from conflictlens.cli.progress import QuietOption, run_progress
from conflictlens.errors import UsageError
from conflictlens.export import FORMATS
from conflictlens.ingest.skips import reason_kind

if TYPE_CHECKING:  # the extractor is imported when the command runs, not at start-up
    from conflictlens.extract.batch import CodeSummary


def code_cmd(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files (.txt .html .jsonl .json RSS/Atom .warc[.gz] .parquet), folders, or - for stdin."),
    ],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD when a document has none.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name when a document has none.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json | jsonl | csv | geojson")] = "json",
    tallies: Annotated[
        bool, typer.Option("--tallies", help="Also print cumulative tallies (record_type tally).")
    ] = False,
    model: Annotated[str | None, typer.Option(help="A sub-event model from `conflictlens train`.")] = None,
    workers: WorkersOption = None,
    fields: FieldsOption = None,
    semantic: SemanticOption = False,
    quiet: QuietOption = False,
    db: DbOption = None,
) -> None:
    """Extract events from files and print them, without touching a database."""
    from conflictlens.config import load_settings
    from conflictlens.export import write_records
    from conflictlens.extract.batch import CodeSummary, code_records

    if fmt not in FORMATS:
        raise UsageError(f"unknown --format {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    summary = CodeSummary()
    settings = load_settings(db).with_overrides(workers=resolve_workers(workers), fields=field_map(fields),
                                                semantic=semantic or None)
    with run_progress("coded", quiet) as tally:
        records = code_records(expand_paths(paths), published=parse_date(published), source=source,
                               tallies=tallies, settings=settings, model_path=model, summary=summary,
                               on_result=lambda result: tally.document(len(result.reports)))
        write_records(records, fmt, sys.stdout)
        sys.stdout.flush()
        tally.skipped.update(reason_kind(s.reason) for s in summary.skipped)
        report_summary(summary)


def report_summary(summary: CodeSummary) -> None:
    """Name every skipped input and undated document on stderr; InputError when nothing was readable."""
    if summary.run_dated:
        print(f"warning: no publication date in {len(summary.run_dated)} document(s); used today's date "
             "(give --published YYYY-MM-DD)", file=sys.stderr)
    report_skips([(s.origin, s.reason) for s in summary.skipped], summary.documents)
