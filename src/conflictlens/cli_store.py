"""Store commands (`ingest`, `review`, `history`, `export`), registered on the main typer app in cli.py.
They only parse and print; the work is in `conflictlens.store` and `conflictlens.export`."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from conflictlens.config import load_settings
from conflictlens.errors import Error, UsageError
from conflictlens.store.engine import Store, open_store

DbOption = Annotated[
    str | None, typer.Option("--db", help="Database URL (sqlite:///file.db, postgresql+psycopg://...).")
]


@contextmanager
def _store(db: str | None) -> Iterator[Store]:
    store = open_store(load_settings(db_url=db).db_url)
    try:
        yield store
    finally:
        store.close()


def _fail(err: Error) -> typer.Exit:
    typer.echo(err.one_line(), err=True)
    return typer.Exit(err.exit_code)


def _date(value: str | None, flag: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise UsageError(f"{flag} {value!r} is not a date", "use YYYY-MM-DD") from err


def _expand(paths: list[str]) -> list[str]:
    """Folders become the files inside them (recursively, sorted); other paths pass through."""
    out: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            out += sorted(str(p) for p in Path(path).rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            out.append(path)
    return out


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
) -> None:
    """Extract events from PATH... and store them (the same document twice stores nothing new)."""
    try:
        from conflictlens.extract import Extractor
        from conflictlens.ingest import read_inputs
        from conflictlens.store.ingest import ingest

        settings = load_settings(db_url=db)
        items = read_inputs(
            _expand(paths), published=_date(published, "--published"), source=source, settings=settings
        )
        extractor = Extractor(settings=settings)
        with _store(db) as store, _progress(quiet) as tick:
            summary = ingest(
                store,
                items,
                extractor.code,
                extractor_version=extractor.version,
                on_document=lambda item, result: tick(),
            )
    except Error as err:
        raise _fail(err) from err
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(summary.statuses.items())) or "none"
    typer.echo(f"documents: {summary.documents} ({statuses})")
    typer.echo(
        f"events stored: {summary.events} (+{summary.background} background); tallies: {summary.tallies}"
    )
    if summary.orphaned:
        typer.echo(f"reviewed events with no match after re-extraction (kept, orphaned): {summary.orphaned}")
    reasons = "; ".join(f"{r}: {n}" for r, n in summary.skipped_reasons().most_common())
    typer.echo(f"skipped: {len(summary.skipped)}" + (f" ({reasons})" if reasons else ""))


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


def review_cmd(
    event: Annotated[str, typer.Argument(help="Event id (event_id_cnty such as SYR12, or the numeric id).")],
    set_: Annotated[list[str], typer.Option("--set", help="field=value; repeat for several fields.")],
    by: Annotated[str, typer.Option("--by", help="Who reviews (kept in the audit trail).")],
    reason: Annotated[str, typer.Option("--reason", help="Why (kept in the audit trail).")] = "",
    db: DbOption = None,
) -> None:
    """Correct fields of an event; the change and its author go to the audit trail."""
    from conflictlens.store.review import review

    try:
        changes = {}
        for item in set_:
            name, sep, value = item.partition("=")
            if not sep or not name.strip():
                raise UsageError(f"--set {item!r} is not field=value", "e.g. --set fatalities=12")
            changes[name.strip()] = value
        with _store(db) as store:
            entries = review(store, event, changes, by=by, reason=reason)
    except Error as err:
        raise _fail(err) from err
    for e in entries:
        typer.echo(f"{e.event_id} {e.field}: {_show(e.before)} -> {_show(e.after)} (by {e.by})")


def history_cmd(
    event: Annotated[str, typer.Argument(help="Event id (event_id_cnty or numeric id).")],
    db: DbOption = None,
) -> None:
    """Show the review trail of an event: when, who, field, before, after, why."""
    from conflictlens.store.review import history

    try:
        with _store(db) as store:
            entries = history(store, event)
    except Error as err:
        raise _fail(err) from err
    if not entries:
        typer.echo(f"{event}: no reviews")
    for e in entries:
        when = e.at.isoformat(timespec="seconds") if isinstance(e.at, dt.datetime) else str(e.at)
        why = f" — {e.reason}" if e.reason else ""
        typer.echo(f"{when} {e.by}: {e.field} {_show(e.before)} -> {_show(e.after)}{why}")


def _show(value: object) -> str:
    return "(empty)" if value in (None, "", []) else str(value)


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
    """Write stored events as JSON lines or ACLED-compatible CSV."""
    from conflictlens.export.acled_csv import columns_for, write_acled_csv
    from conflictlens.export.jsonl import write_jsonl
    from conflictlens.store.records import ExportFilter, incident_records, report_records

    try:
        if format_ not in ("jsonl", "acled-csv"):
            raise UsageError(f"unknown --format {format_!r}", "use jsonl or acled-csv")
        if level not in ("incident", "report"):
            raise UsageError(f"unknown --level {level!r}", "use incident or report")
        flt = ExportFilter(_date(since, "--since"), _date(until, "--until"), country, include_background)
        with _store(db) as store:
            records = incident_records(store, flt) if level == "incident" else report_records(store, flt)
            out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
            try:
                if format_ == "jsonl":
                    n = write_jsonl(records, out)
                else:
                    n = write_acled_csv(records, out, columns_for(level))
            finally:
                if output:
                    out.close()
    except Error as err:
        raise _fail(err) from err
    except BrokenPipeError:
        raise  # the reader stopped early (`| head`): cli.main ends quietly
    except OSError as err:
        raise _fail(UsageError(f"cannot write {output}: {err.strerror}", "choose another --output")) from err
    typer.echo(f"{n} records", err=True)
