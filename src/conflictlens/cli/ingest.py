"""`conflictlens ingest`: extract and store (idempotent); `conflictlens reextract`: re-code what an older extractor
version stored. Parses and prints; the work is in `conflictlens.store`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from conflictlens.cli.options import (
    DbOption,
    FieldsOption,
    WorkersOption,
    expand_paths,
    field_map,
    open_db,
    parse_date,
    report_skips,
    resolve_workers,
)
from conflictlens.cli.progress import QuietOption, RunTally, run_progress
from conflictlens.ingest.skips import count_kinds

if TYPE_CHECKING:
    from conflictlens.store.engine import Store
    from conflictlens.store.ingest import IngestSummary


def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to read ('-' for stdin).")],
    db: DbOption = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Date when the input has none.")
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Source name when the input has none.")
    ] = None,
    quiet: QuietOption = False,
    workers: WorkersOption = None,
    fields: FieldsOption = None,
) -> None:
    """Extract events from PATH... and store them (the same document twice stores nothing new)."""
    from conflictlens.config import load_settings
    from conflictlens.extract.batch import code_items
    from conflictlens.extract.extractor import Extractor
    from conflictlens.ingest import read_inputs
    from conflictlens.store.ingest import ingest_coded

    settings = load_settings(db_url=db).with_overrides(workers=resolve_workers(workers), fields=field_map(fields))
    items = read_inputs(
        expand_paths(paths), published=parse_date(published, "--published"), source=source, settings=settings
    )
    extractor = Extractor(settings=settings)
    with open_db(db) as store, run_progress("ingested", quiet) as tally:
        store.require_writable()  # before any document is coded
        summary = ingest_coded(
            store,
            code_items(items, extractor),
            extractor_version=extractor.version,
            on_document=lambda item, result: tally.document() if result is not None else None,
        )
        _finish(store, summary, tally)
        report_skips(summary.skipped, summary.documents)  # each named on stderr; exit 3 when nothing was read


def reextract_cmd(db: DbOption = None, quiet: QuietOption = False, workers: WorkersOption = None) -> None:
    """Re-code every stored document that another extractor version coded (reviewed fields are kept)."""
    from conflictlens.config import load_settings
    from conflictlens.extract.extractor import Extractor
    from conflictlens.store.reextract import reextract

    settings = load_settings(db_url=db).with_overrides(workers=resolve_workers(workers))
    extractor = Extractor(settings=settings)
    with open_db(db) as store, run_progress("re-extracted", quiet) as tally:
        summary = reextract(store, extractor.code_many, extractor_version=extractor.version,
                            on_document=lambda doc, result: tally.document() if result is not None else None)
        tally.extra["extractor version"] = extractor.version
        _finish(store, summary, tally)
        for origin, reason in summary.skipped:
            typer.echo(f"skipped: {origin}: {reason}", err=True)


def _finish(store: Store, summary: IngestSummary, tally: RunTally) -> None:
    """Check the changed incidents against the agreements; put the run's figures on the summary line."""
    from conflictlens.agreements.refresh import refresh

    checked = refresh(store)  # agreement mentions read, changed incidents checked against the agreements
    tally.events = summary.events  # stored by this run (new or updated documents)
    tally.skipped.update(count_kinds(reason for _, reason in summary.skipped))
    tally.extra["background"] = summary.background
    tally.extra["tallies"] = summary.tallies
    tally.extra["documents"] = ", ".join(f"{k} {v}" for k, v in sorted(summary.statuses.items())) or "none"
    if checked.violations or checked.proposed:
        tally.extra["agreements proposed from the news"] = checked.proposed
        tally.extra["suspected violations"] = checked.violations
    if summary.orphaned:
        tally.extra["reviewed events with no match (kept, orphaned)"] = summary.orphaned
