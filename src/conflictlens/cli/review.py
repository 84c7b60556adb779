"""`conflictlens review` and `conflictlens history`: correct an event's fields, read its audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from conflictlens.cli.options import DbOption, open_db
from conflictlens.errors import UsageError


def review_cmd(
    event: Annotated[str, typer.Argument(help="Event id (event_id_cnty such as SYR12, or the numeric id).")],
    set_: Annotated[list[str], typer.Option("--set", help="field=value; repeat for several fields.")],
    by: Annotated[str, typer.Option("--by", help="Who reviews (kept in the audit trail).")],
    reason: Annotated[str, typer.Option("--reason", help="Why (kept in the audit trail).")] = "",
    db: DbOption = None,
) -> None:
    """Correct fields of an event; the change and its author go to the audit trail."""
    from conflictlens.agreements.refresh import refresh
    from conflictlens.store.review import review

    changes = {}
    for item in set_:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--set {item!r} is not field=value", "e.g. --set fatalities=12")
        changes[name.strip()] = value
    with open_db(db) as store:
        entries = review(store, event, changes, by=by, reason=reason)
        refresh(store)  # the event's incident changed: its suspected violations are checked again
    for e in entries:
        typer.echo(f"{e.event_id} {e.field}: {_show(e.before)} -> {_show(e.after)} (by {e.by})")


def history_cmd(
    event: Annotated[str, typer.Argument(help="Event id (event_id_cnty or numeric id).")],
    db: DbOption = None,
) -> None:
    """Show the review trail of an event: when, who, field, before, after, why."""
    from conflictlens.store.review import history

    with open_db(db) as store:
        entries = history(store, event)
    if not entries:
        typer.echo(f"{event}: no reviews")
    for e in entries:
        when = e.at.isoformat(timespec="seconds") if isinstance(e.at, dt.datetime) else str(e.at)
        why = f" — {e.reason}" if e.reason else ""
        typer.echo(f"{when} {e.by}: {e.field} {_show(e.before)} -> {_show(e.after)}{why}")


def _show(value: object) -> str:
    return "(empty)" if value in (None, "", []) else str(value)
