"""Analyst review with an audit trail (docs/design.md §4.1): `review()` changes fields of one event (a report)
and writes one `reviews` row per field (who, when, field, before, after, why) in the same transaction;
reviewed fields are never overwritten by re-extraction. `history()` returns the trail.

Events are named by `event_id_cnty` (e.g. SYR12) or the numeric report id. The field `grade` sets the
Airwars grade of the report's incident (e.g. `discounted`, or empty to clear the override).

Every report has a `version`, bumped by each review and re-extraction. A caller that showed the user a
version passes it as `expected_version`: when someone else saved first, the edit is refused (`StaleEdit`,
carrying the current values) instead of overwriting their change.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Float, Integer, insert, or_, select, update
from sqlalchemy.engine import Connection

from conflictlens.errors import UsageError
from conflictlens.store.engine import Store
from conflictlens.store.incidents import now, place_reports, refresh_incidents, unplace_reports
from conflictlens.store.rows import REPORT_LISTS, REPORT_SCALARS, jsonable
from conflictlens.store.schema import reports, reviews
from conflictlens.store.validate import REPORT_RULES, RefusedValue, check_field, row_id
from conflictlens.taxonomy import EVENT_TYPE_OF

GRADE_FIELD = "grade"
REVIEWABLE: frozenset[str] = frozenset(set(REPORT_SCALARS) - {"doc_id", "extractor_version"}) | frozenset(
    {*REPORT_LISTS, GRADE_FIELD} - {"coding_rules"}
)
# fields that decide which incident a report belongs to: changing one relinks the report
LINK_FIELDS = frozenset(
    {
        "event_date",
        "time_precision",
        "event_type",
        "sub_event_type",
        "country",
        "iso3",
        "latitude",
        "longitude",
        "geo_precision",
        "location",
        "admin1",
        "is_background",
        "actor1",
        "actor2",
    }
)
_TRUE = {"true", "yes", "1", "y", "t"}
_FALSE = {"false", "no", "0", "n", "f"}


class StaleEdit(UsageError):
    """The record changed since the reviewer loaded it; `current` holds its values now."""

    def __init__(self, message: str, hint: str, current: dict[str, Any]) -> None:
        super().__init__(message, hint)
        self.current = current


@dataclass(frozen=True)
class ReviewEntry:
    event_id: str
    field: str
    before: Any
    after: Any
    by: str
    reason: str
    at: dt.datetime


def review(
    store: Store,
    event_id: str | int,
    changes: Mapping[str, Any],
    *,
    by: str,
    reason: str = "",
    expected_version: int | None = None,
) -> list[ReviewEntry]:
    """Apply `changes` ({field: value}; strings are converted to the field's type) to one event."""
    if not by.strip():
        raise UsageError("a review needs a reviewer name", "pass --by NAME")
    if not changes:
        raise UsageError("nothing to change", "pass --set field=value")
    with store.write() as conn:
        row = find_event(conn, event_id)
        check_version(row, expected_version)
        values = {name: coerce(name, value) for name, value in changes.items()}
        _check_types_agree(row, values)
        entries = _apply(conn, row, values, by=by.strip(), reason=reason)
        touched = {row["incident_id"]} if row["incident_id"] is not None else set()
        if LINK_FIELDS & values.keys() and not row["orphaned"]:
            touched |= unplace_reports(conn, [row["id"]])
            touched |= place_reports(conn, [row["id"]])
        refresh_incidents(conn, touched)
    return entries


def _check_types_agree(row: Any, values: dict[str, Any]) -> None:
    event_type = values.get("event_type", row["event_type"])
    sub = values.get("sub_event_type", row["sub_event_type"])
    if EVENT_TYPE_OF.get(sub) != event_type:
        raise RefusedValue("sub_event_type", sub, f"a sub-event type of {event_type!r} (set event_type too)")


def _apply(conn: Connection, row: Any, values: dict[str, Any], *, by: str, reason: str) -> list[ReviewEntry]:
    stamp = now()
    reviewed = list(row["reviewed_fields"] or [])
    updates: dict[str, Any] = {}
    entries = []
    for name, value in values.items():
        column = "grade_override" if name == GRADE_FIELD else name
        before = row[column]
        updates[column] = value
        if name == "event_date":
            updates["year"] = value.year
        if name not in reviewed:
            reviewed.append(name)
        entry = ReviewEntry(row["event_id_cnty"], name, jsonable(before), jsonable(value), by, reason, stamp)
        conn.execute(
            insert(reviews).values(
                report_id=row["id"],
                event_id_cnty=row["event_id_cnty"],
                field=name,
                before=entry.before,
                after=entry.after,
                by=by,
                reason=reason,
                at=stamp,
                incident_id=row["incident_id"],
            )
        )
        entries.append(entry)
    updates["reviewed_fields"] = reviewed
    updates["version"] = reports.c.version + 1
    conn.execute(update(reports).where(reports.c.id == row["id"]).values(**updates))
    return entries


def check_version(row: Any, expected: int | None) -> None:
    """Refuse an edit made on an older view of the report (someone else saved first)."""
    if expected is None or int(expected) == row["version"]:
        return
    current = {k: jsonable(v) for k, v in row.items() if k in REVIEWABLE or k in ("version", "grade_override")}
    raise StaleEdit(
        f"event {row['event_id_cnty']} changed since you loaded it (version {expected}, now {row['version']})",
        "reload it, check the current values and apply your change again",
        current,
    )


def history(store: Store, event_id: str | int) -> list[ReviewEntry]:
    """The review trail of one event, oldest first."""
    with store.read() as conn:
        row = find_event(conn, event_id)
        rows = conn.execute(
            select(reviews).where(reviews.c.report_id == row["id"]).order_by(reviews.c.at, reviews.c.id)
        ).mappings()
        return [
            ReviewEntry(
                r["event_id_cnty"], r["field"], r["before"], r["after"], r["by"], r["reason"], r["at"]
            )
            for r in rows
        ]


def find_event(conn: Connection, event_id: str | int) -> Any:
    """The report row named by `event_id_cnty` or numeric id; a UsageError when there is none."""
    key = str(event_id).strip()
    cond = reports.c.event_id_cnty == key.upper()
    if (rid := row_id(key)) is not None:
        cond = or_(cond, reports.c.id == rid)
    row = conn.execute(select(reports).where(cond).order_by(reports.c.id).limit(1)).mappings().first()
    if row is None:
        raise UsageError(
            f"no event {key!r} in the store",
            "give an event_id_cnty such as SYR12 or a numeric id (see `conflictlens export --level report`)",
        )
    return row


def coerce(name: str, value: Any) -> Any:
    """A reviewed value in the field's type and domain (store/validate.py); command-line strings are parsed.
    A value out of its domain is a RefusedValue (exit code 2) naming the field and what is allowed."""
    if name not in REVIEWABLE:
        raise UsageError(
            f"cannot review field {name!r}", "reviewable fields: " + ", ".join(sorted(REVIEWABLE))
        )
    if name == GRADE_FIELD:
        return check_field(name, (value or "").strip().lower() or None)
    if isinstance(value, str):
        try:
            value = _parse(reports.c[name], value)
        except ValueError as err:
            raise UsageError(f"bad value {value!r} for {name}: {err}",
                             f"allowed: {REPORT_RULES[name].allowed()}") from err
    return check_field(name, value)


def _parse(column: Any, text: str) -> Any:
    kind = column.type
    stripped = text.strip()
    if stripped.lower() in ("", "null", "none") and column.nullable and not isinstance(kind, JSON):
        return None
    if isinstance(kind, Boolean):
        if stripped.lower() in _TRUE | _FALSE:
            return stripped.lower() in _TRUE
        raise ValueError("expected true or false")
    if isinstance(kind, Integer | BigInteger):
        if len(stripped) > 40:  # int() of thousands of digits is slow and no count has them
            raise ValueError("not a whole number of a sane size")
        return int(stripped)
    if isinstance(kind, Float):
        return float(stripped)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(stripped)
    if isinstance(kind, JSON):
        if stripped.startswith("["):
            return [str(v) for v in json.loads(stripped)]
        return [part.strip() for part in stripped.split(";") if part.strip()]
    return text
