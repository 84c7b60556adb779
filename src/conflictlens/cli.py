"""The command line: parse flags, call the library, print. Exit codes are documented in errors.py."""

from __future__ import annotations

import datetime as dt
import os
import sys
from typing import Annotated

import click
import typer

from conflictlens.errors import Error, UsageError

app = typer.Typer(
    name="conflictlens",
    help="News reports about armed conflict -> ACLED-style, geocoded, source-attributed events.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def parse_date(value: str | None, flag: str = "--published") -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{flag} {value!r} is not a date", "write it as YYYY-MM-DD, e.g. 2021-03-04") from None


@app.command("code")
def code_cmd(
    paths: Annotated[
        list[str], typer.Argument(help="Files (.txt .html .jsonl .json RSS/Atom .warc[.gz]) or - for stdin.")
    ],
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD when a document has none.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name when a document has none.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json | jsonl | csv | geojson")] = "json",
    tallies: Annotated[
        bool, typer.Option("--tallies", help="Also print cumulative tallies (record_type tally).")
    ] = False,
    model: Annotated[str | None, typer.Option(help="A sub-event model from `conflictlens train`.")] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Processes to code with (default 1, or CONFLICTLENS_WORKERS).")
    ] = None,
    db: Annotated[str | None, typer.Option(help="Database URL (unused by code; accepted on every command).")] = None,
) -> None:
    """Extract events from files and print them, without touching a database."""
    from conflictlens.coding import FORMATS, CodeSummary, code_records, report_summary, write_records
    from conflictlens.config import load_settings

    if fmt not in FORMATS:
        raise UsageError(f"unknown --format {fmt!r}", f"use one of: {', '.join(FORMATS)}")
    summary = CodeSummary()
    records = code_records(paths, published=parse_date(published), source=source, tallies=tallies,
                           settings=load_settings(db).with_overrides(workers=workers), model_path=model,
                           summary=summary)
    write_records(records, fmt, sys.stdout)
    sys.stdout.flush()
    report_summary(summary)


def _register_optional() -> None:
    """Commands that live beside their library code (store, evaluation)."""
    try:
        from conflictlens import cli_store

        app.command("ingest")(cli_store.ingest_cmd)
        app.command("review")(cli_store.review_cmd)
        app.command("history")(cli_store.history_cmd)
        app.command("export")(cli_store.export_cmd)
    except ImportError:  # pragma: no cover - the store commands are optional in a partial install
        pass
    try:
        from conflictlens import cli_eval

        app.command("eval")(cli_eval.eval_cmd)
        app.command("train")(cli_eval.train_cmd)
    except ImportError:  # pragma: no cover
        pass


def main(argv: list[str] | None = None) -> int:
    """Entry point: one line on stderr and a documented exit code for every failure, never a traceback."""
    _register_optional()
    try:
        # Without standalone mode click returns a command's typer.Exit code instead of exiting: keep it.
        returned = app(args=argv, standalone_mode=False)
    except Error as err:
        print(err.one_line(), file=sys.stderr)
        return err.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        print("error: interrupted", file=sys.stderr)
        return 130
    except click.ClickException as exc:
        print(f"error: {exc.format_message()} (see `conflictlens --help`)", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early (`conflictlens export | head`): end quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush does not fail again
        return 0
    except Exception as exc:  # a bug, not bad input: say so in one line unless debugging
        if os.environ.get("CONFLICTLENS_DEBUG"):
            raise
        print(f"error: internal error: {type(exc).__name__}: {exc} (please report it; set CONFLICTLENS_DEBUG=1 "
              "for a traceback)", file=sys.stderr)
        return 1
    return returned if isinstance(returned, int) else 0


def run() -> None:  # pragma: no cover - console script
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    run()
