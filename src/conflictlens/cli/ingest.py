"""`conflictlens ingest`: extract and store (idempotent). Parses and prints; the work is in `conflictlens.store`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

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


def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to read ('-' for stdin).")],
    db: DbOption = None,
    published: Annotated[
        str | None, typer.Option("--published", help="Date when the input has none.")
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Source name when the input has none.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: WorkersOption = None,
    fields: FieldsOption = None,
) -> None:
    """Extract events from PATH... and store them (the same document twice stores nothing new)."""
    from conflictlens.agreements.refresh import refresh
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
    with open_db(db) as store, _progress(quiet) as tick:
        summary = ingest_coded(
            store,
            code_items(items, extractor),
            extractor_version=extractor.version,
            on_document=lambda item, result: tick(),
        )
        checked = refresh(store)  # agreement mentions read, changed incidents checked against the agreements
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(summary.statuses.items())) or "none"
    typer.echo(f"documents: {summary.documents} ({statuses})")
    typer.echo(
        f"events stored: {summary.events} (+{summary.background} background); tallies: {summary.tallies}"
    )
    if checked.violations or checked.proposed:
        typer.echo(f"agreements proposed from the news: {checked.proposed}; suspected violations: {checked.violations}")
    if summary.orphaned:
        typer.echo(f"reviewed events with no match after re-extraction (kept, orphaned): {summary.orphaned}")
    reasons = "; ".join(f"{r}: {n}" for r, n in summary.skipped_reasons().most_common())
    typer.echo(f"skipped: {len(summary.skipped)}" + (f" ({reasons})" if reasons else ""))
    report_skips(summary.skipped, summary.documents)


@contextmanager
def _progress(quiet: bool) -> Iterator[Any]:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = (
        TextColumn("ingesting"),
        BarColumn(),
        TextColumn("{task.completed} documents"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True, disable=quiet or not console.is_terminal) as bar:
        task = bar.add_task("ingest", total=None)
        yield lambda: bar.advance(task)
