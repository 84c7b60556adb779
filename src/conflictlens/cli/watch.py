"""`conflictlens watch`: ingest new files or feed entries as they come, and alert on new incidents.
The work is in `conflictlens.scale.watch`."""

from __future__ import annotations

import sys
import time
from typing import Annotated

import typer

from conflictlens.cli.options import DbOption, FieldsOption, field_map, open_db
from conflictlens.cli.progress import QuietOption


def watch_cmd(
    target: Annotated[str, typer.Argument(help="A folder to watch, or a file listing feed URLs (one a line).")],
    interval: Annotated[float, typer.Option("--interval", min=0.0, help="Seconds between polls.")] = 300.0,
    alert: Annotated[
        list[str] | None,
        typer.Option("--alert", help="Filter for new incidents, e.g. country=SYR,min_fatalities=5 (repeatable)."),
    ] = None,
    webhook: Annotated[
        str | None, typer.Option("--webhook", help="POST each alert as JSON here (a local-network URL).")
    ] = None,
    rounds: Annotated[
        int | None, typer.Option("--rounds", min=1, help="Stop after N polls (default: until interrupted).")
    ] = None,
    fields: FieldsOption = None,
    quiet: QuietOption = False,
    db: DbOption = None,
) -> None:
    """Poll TARGET, store what is new (idempotent; the store remembers what was seen), alert on new incidents."""
    from conflictlens.config import load_settings
    from conflictlens.scale.watch import AlertFilter, Poll, Sources, alert_json, alert_line, local_webhook, post_json

    filters = [AlertFilter.parse(a) for a in alert or []]
    hook = local_webhook(webhook) if webhook else None
    sources = Sources.from_argument(target)
    settings = load_settings(db).with_overrides(fields=field_map(fields))

    def report(number: int, result: Poll) -> None:
        for flt, incident in result.alerts:
            if hook:
                post_json(hook, alert_json(flt, incident))
            else:
                print(alert_line(flt, incident), flush=True)
        if not quiet:
            s = result.summary
            print(f"watch: poll {number}: {s.documents} new document(s), {s.events} event(s), "
                  f"{len(s.skipped)} skipped, {result.known} already stored, {len(result.alerts)} alert(s)",
                  file=sys.stderr, flush=True)
        for origin, reason in result.summary.skipped:
            print(f"skipped: {origin}: {reason}", file=sys.stderr)

    with open_db(db) as store:
        try:
            from conflictlens.scale.watch import run_watch

            run_watch(store, sources, settings, interval=interval, rounds=rounds, filters=filters,
                      on_poll=report, sleep=time.sleep)
        except KeyboardInterrupt:
            print("watch: stopped", file=sys.stderr)
