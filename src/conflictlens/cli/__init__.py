"""The command line: parse flags, call the library, print. Exit codes are documented in errors.py.

One module per command group (`code`, `ingest`, `review`, `export`, `evaluate`); `options` holds what they
share. Every failure reaches `main` as an `Error` and leaves as one line on stderr with its exit code."""

from __future__ import annotations

import contextlib
import errno
import os
import sys

import click
import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError  # typer 0.29 vendors click

from conflictlens.errors import Error

app = typer.Typer(
    name="conflictlens",
    help="News reports about armed conflict -> ACLED-style, geocoded, source-attributed events.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


_registered = False


def _register() -> None:
    """Each command lives in the module of its group; they import the library only when they run."""
    global _registered
    if _registered:
        return
    _registered = True
    from conflictlens.cli import agreements, code, evaluate, export, ingest, review, serve, spark, watch

    app.command("code")(code.code_cmd)
    app.command("ingest")(ingest.ingest_cmd)
    app.command("reextract")(ingest.reextract_cmd)
    app.command("review")(review.review_cmd)
    app.command("history")(review.history_cmd)
    app.command("export")(export.export_cmd)
    app.command("eval")(evaluate.eval_cmd)
    app.command("train")(evaluate.train_cmd)
    app.add_typer(agreements.agreements_app, name="agreements")
    app.command("violations")(agreements.violations_cmd)
    app.command("control")(agreements.control_cmd)
    app.command("harm")(agreements.harm_cmd)
    app.command("spark")(spark.spark_cmd)
    app.command("watch")(watch.watch_cmd)
    app.command("serve")(serve.serve_cmd)
    app.add_typer(serve.token_app, name="token")


def main(argv: list[str] | None = None) -> int:
    """Entry point: one line on stderr and a documented exit code for every failure, never a traceback."""
    _register()
    try:
        # Without standalone mode click returns a command's typer.Exit code instead of exiting: keep it.
        returned = app(args=argv, prog_name="conflictlens", standalone_mode=False)
    except Error as err:
        print(err.one_line(), file=sys.stderr)
        return err.exit_code
    except NoArgsIsHelpError as exc:  # `conflictlens` alone: the help (rich prints it itself), exit 2
        if exc.format_message().strip():
            print(exc.format_message(), file=sys.stderr)
        return 2
    except (ClickException, click.ClickException) as exc:  # unknown command or option, a bad value
        where = exc.ctx.command_path if getattr(exc, "ctx", None) else "conflictlens"
        print(f"error: {' '.join(exc.format_message().split())} (see `{where} --help`)", file=sys.stderr)
        return 2
    except (click.exceptions.Exit, typer.Exit) as exc:
        return exc.exit_code
    except (click.exceptions.Abort, typer.Abort, KeyboardInterrupt):
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped early (`conflictlens export | head`): end quietly
        return _quiet_exit()
    except SystemExit as exc:
        if _closed_pipe(exc):  # click's own handling of a closed pipe exits 1: it is no failure
            return _quiet_exit()
        raise
    except Exception as exc:  # a bug, not bad input: say so in one line unless debugging
        if os.environ.get("CONFLICTLENS_DEBUG"):
            raise
        if type(exc).__module__.startswith("sqlalchemy"):  # never echo SQL: the driver's first line only
            orig = getattr(exc, "orig", None) or exc
            said = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
            print(f"error: database error: {said} (set CONFLICTLENS_DEBUG=1 for details)", file=sys.stderr)
            return 4
        print(f"error: internal error: {type(exc).__name__}: {exc} (please report it; set CONFLICTLENS_DEBUG=1 "
              "for a traceback)", file=sys.stderr)
        return 1
    return returned if isinstance(returned, int) else 0


def _closed_pipe(exc: SystemExit) -> bool:
    cause = exc.__context__
    return isinstance(cause, OSError) and cause.errno == errno.EPIPE


def _quiet_exit() -> int:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again; exit 0."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError, AttributeError):  # a stdout with no descriptor (tests)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


def run() -> None:  # pragma: no cover - console script
    sys.exit(main())


if __name__ == "__main__":  # pragma: no cover
    run()
