"""What every command shares: the --db option, opening the store, dates and paths from the command line."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from conflictlens.errors import InputError, UsageError

if TYPE_CHECKING:
    from conflictlens.store.engine import Store

WorkersOption = Annotated[
    int | None,
    typer.Option(min=1, help="Processes to code with (default: every core when the input holds more than one "
                 "chunk of 16 documents, or CONFLICTLENS_WORKERS; 1 = one process)."),
]
FieldsOption = Annotated[
    str | None,
    typer.Option("--fields", help="Columns of a Parquet corpus, e.g. text=body,published=date_publish,id=uuid "
                 "(or CONFLICTLENS_FIELDS)."),
]
SemanticOption = Annotated[
    bool,
    typer.Option("--semantic", help="Code sentences no rule codes by meaning, at lower confidence (needs the "
                 "semantic extra; or CONFLICTLENS_SEMANTIC=1)."),
]
DbOption = Annotated[
    str | None, typer.Option("--db", help="Database URL (sqlite:///file.db, postgresql+psycopg://...).")
]


@contextmanager
def open_db(db: str | None) -> Iterator[Store]:
    """The store named by --db, else CONFLICTLENS_DB, else the default SQLite file; closed afterwards."""
    from conflictlens.config import load_settings
    from conflictlens.store.engine import open_store

    store = open_store(load_settings(db_url=db).db_url)
    try:
        yield store
    finally:
        store.close()


def report_skips(skipped: list[tuple[str, str]], documents: int) -> None:
    """`skipped: FILE: reason` on stderr for every input not read; InputError (exit 3) when nothing was."""
    for origin, reason in skipped:
        print(f"skipped: {origin}: {reason}", file=sys.stderr)
    if documents == 0 and skipped:
        raise InputError("no readable document in the input", "see the 'skipped:' lines above")


def parse_date(value: str | None, flag: str = "--published") -> dt.date | None:
    """A YYYY-MM-DD flag. `--published` (a date that is stored) must lie in models.date_in_range; a filter
    such as `--since` may be any date."""
    from conflictlens.models import date_in_range, date_range_text

    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{flag} {value!r} is not a date", "write it as YYYY-MM-DD, e.g. 2021-03-04") from None
    if flag == "--published" and not date_in_range(day):
        raise UsageError(f"{flag} {value} is out of range", f"give a date from {date_range_text()}")
    return day


def expand_paths(paths: list[str]) -> list[str]:
    """Folders become the files inside them (recursively, sorted); other paths pass through."""
    out: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            out += sorted(str(p) for p in Path(path).rglob("*") if p.is_file() and not p.name.startswith("."))
        else:
            out.append(path)
    return out


def resolve_workers(flag: int | None) -> int:
    """--workers N, else CONFLICTLENS_WORKERS, else every core when the input is big enough (AUTO_WORKERS)."""
    from conflictlens.config import AUTO_WORKERS, env_workers

    return flag if flag is not None else env_workers(default=AUTO_WORKERS)


def field_map(flag: str | None) -> tuple[tuple[str, str], ...] | None:
    """--fields as Settings.fields (None: keep CONFLICTLENS_FIELDS)."""
    from conflictlens.config import parse_fields

    return parse_fields(flag) if flag else None
