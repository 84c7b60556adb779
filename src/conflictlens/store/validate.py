"""Validation at the store's edge: one schema for every field a caller can write, used by the writer
(`ingest`), by `review` and by any future API. A value outside its field's domain is refused with one line
naming the field and what is allowed (`RefusedValue`, exit code 2); strings are cleaned the way the readers
clean text (no NUL, no lone surrogate, NFC), so what is stored, and what the audit trail records, is exactly
the checked value.

Domains: counts of people 0 to `MAX_COUNT`; latitude -90 to 90 and longitude -180 to 180, finite; dates from
1900-01-01 to a year from today (`models.date_in_range`); codes within their enums (event and sub-event types,
inter 1-8, ACLED's geo/time precision 1-3, UCDP's where/date precision 1-7 / 1-5, stances, grades); integers
within the database column's range; strings no longer than their column.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Float, Integer, String, Table

from conflictlens.errors import UsageError
from conflictlens.incidents.reconcile import GRADES
from conflictlens.ingest.text import clean_text
from conflictlens.models import (
    MAX_COUNT,
    STANCES,
    Claim,
    Document,
    Evidence,
    Report,
    Tally,
    Violation,
    date_in_range,
    date_range_text,
)
from conflictlens.store.rows import REPORT_LISTS, REPORT_SCALARS
from conflictlens.store.schema import claims, documents, evidence, reports, tallies, violations
from conflictlens.taxonomy import EVENT_TYPE_OF, EVENT_TYPES

INT32 = 2**31 - 1  # INTEGER on PostgreSQL (SQLite holds more; the store keeps to what both hold)


def row_id(key: str) -> int | None:
    """`key` as a row id if it is one: ASCII digits up to INT32 ("²" and "١٢" are digits to str.isdigit, and a
    larger number is no row id on either database); None otherwise."""
    if key.isascii() and key.isdigit() and len(key) <= 10 and int(key) <= INT32:
        return int(key)
    return None
INT64 = 2**63 - 1
MAX_IDENTITY = 2048  # documents.identity: the URL, else "id:" + doc_id


class RefusedValue(UsageError):
    """A value outside its field's domain (exit code 2): the message names the field and what is allowed."""

    def __init__(self, field: str, value: Any, allowed: str, where: str = "") -> None:
        self.field = field
        prefix = f"{where}: " if where else ""
        super().__init__(f"{prefix}{field} {_preview(value)} is refused: allowed {allowed}",
                         "nothing was stored; correct the value")


@dataclass(frozen=True)
class Rule:
    """The domain of one field. `kind`: int | float | date | bool | str | list | choice."""

    kind: str
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    max_len: int | None = None
    nullable: bool = False

    def allowed(self) -> str:
        text = self._domain()
        return f"{text}, or empty" if self.nullable else text

    def _domain(self) -> str:
        if self.kind == "date":
            return f"a date from {date_range_text()}"
        if self.kind in ("int", "float"):
            whole = "a whole number" if self.kind == "int" else "a finite number"
            return f"{whole} from {_number(self.low)} to {_number(self.high)}"
        if self.kind == "choice":
            return "one of " + ", ".join(repr(c) for c in self.choices)
        if self.kind == "bool":
            return "true or false"
        if self.kind == "list":
            return f"a list of texts of at most {self.max_len:,} characters each" if self.max_len else "a list of texts"
        return f"a text of at most {self.max_len:,} characters" if self.max_len else "a text"

    def check(self, name: str, value: Any, where: str = "") -> Any:
        """The value as it will be stored (strings cleaned), or RefusedValue."""
        if value is None:
            if self.nullable:
                return None
            raise RefusedValue(name, value, self.allowed(), where)
        checked = _CHECKS[self.kind](self, value)
        if checked is _BAD:
            raise RefusedValue(name, value, self.allowed(), where)
        return checked


_BAD = object()


def _check_int(rule: Rule, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        return _BAD
    return value if _within(rule, value) else _BAD


def _check_float(rule: Rule, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _BAD
    value = float(value)
    return value if math.isfinite(value) and _within(rule, value) else _BAD


def _check_date(rule: Rule, value: Any) -> Any:
    if isinstance(value, dt.datetime):
        value = value.date()
    return value if isinstance(value, dt.date) and date_in_range(value) else _BAD


def _check_bool(rule: Rule, value: Any) -> Any:
    return value if isinstance(value, bool) else _BAD


def _check_str(rule: Rule, value: Any) -> Any:
    if not isinstance(value, str):
        return _BAD
    value = clean_text(value)
    return value if rule.max_len is None or len(value) <= rule.max_len else _BAD


def _check_choice(rule: Rule, value: Any) -> Any:
    return value if isinstance(value, str) and value in rule.choices else _BAD


def _check_list(rule: Rule, value: Any) -> Any:
    if isinstance(value, str) or not isinstance(value, Sequence):
        return _BAD
    items = [_check_str(rule, v) for v in value]
    return _BAD if any(v is _BAD for v in items) else items


_CHECKS = {"int": _check_int, "float": _check_float, "date": _check_date, "bool": _check_bool,
           "str": _check_str, "choice": _check_choice, "list": _check_list}


def _within(rule: Rule, value: float) -> bool:
    return (rule.low is None or value >= rule.low) and (rule.high is None or value <= rule.high)


def _number(value: float | None) -> str:
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return f"{int(value):,}"
    return f"{value}"


def _preview(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**40:
        return f"(a {len(str(abs(value))) if abs(value) < 10**4000 else 'huge'}-digit number)"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _count(nullable: bool = True) -> Rule:
    return Rule("int", 0, MAX_COUNT, nullable=nullable)


def _from_column(table: Table, name: str) -> Rule:
    """The generic rule of a column: its type, its length, the integer range both databases hold."""
    column = table.c[name]
    kind = column.type
    nullable = bool(column.nullable)
    if isinstance(kind, Boolean):
        return Rule("bool", nullable=nullable)
    if isinstance(kind, BigInteger):
        return Rule("int", -INT64 - 1, INT64, nullable=nullable)
    if isinstance(kind, Integer):
        return Rule("int", -INT32 - 1, INT32, nullable=nullable)
    if isinstance(kind, Float):
        return Rule("float", nullable=nullable)
    if isinstance(kind, Date):
        return Rule("date", nullable=nullable)
    if isinstance(kind, JSON):
        return Rule("list", max_len=512, nullable=nullable)
    length = kind.length if isinstance(kind, String) else None
    return Rule("str", max_len=length, nullable=nullable)


_PRECISION = {"time_precision": (1, 3), "date_prec": (1, 5), "geo_precision": (1, 3), "where_prec": (1, 7)}
_REPORT_DOMAINS: dict[str, Rule] = {
    "event_date": Rule("date"),
    **{name: Rule("int", low, high, nullable=name in ("geo_precision", "where_prec"))
       for name, (low, high) in _PRECISION.items()},
    "event_type": Rule("choice", choices=EVENT_TYPES),
    "sub_event_type": Rule("choice", choices=tuple(EVENT_TYPE_OF)),
    "inter1": Rule("int", 1, 8, nullable=True),
    "inter2": Rule("int", 1, 8, nullable=True),
    "civilian_targeting": Rule("choice", choices=("", "Civilians targeted")),
    "iso": Rule("int", 0, 999, nullable=True),
    "latitude": Rule("float", -90, 90, nullable=True),
    "longitude": Rule("float", -180, 180, nullable=True),
    "fatalities": _count(nullable=False),
    **{name: _count() for name in ("fatalities_low", "fatalities_high", "injured", "injured_low", "injured_high",
                                   "civilian_fatalities")},
    "confidence": Rule("float", 0, 1),
    "timestamp": Rule("int", 0, INT64, nullable=True),
}
_CLAIM_DOMAINS: dict[str, Rule] = {
    "stance": Rule("choice", choices=STANCES),
    **{name: _count() for name in ("killed", "killed_low", "killed_high", "killed_civilians", "injured")},
}
GRADE_RULE = Rule("choice", choices=GRADES, nullable=True)


def _rules(table: Table, names: Sequence[str], domains: Mapping[str, Rule]) -> dict[str, Rule]:
    return {name: domains.get(name) or _from_column(table, name) for name in names}


def _fields(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls) if f.init]


REPORT_RULES = _rules(reports, [*REPORT_SCALARS, *REPORT_LISTS], _REPORT_DOMAINS)
CLAIM_RULES = _rules(claims, _fields(Claim), _CLAIM_DOMAINS)
EVIDENCE_RULES = _rules(evidence, _fields(Evidence), {"start": Rule("int", -1, INT32), "end": Rule("int", -1, INT32)})
VIOLATION_RULES = _rules(violations, _fields(Violation), {})
TALLY_RULES = _rules(tallies, [n for n in _fields(Tally) if n != "evidence"], {"killed": _count(nullable=False)})
DOCUMENT_RULES = _rules(documents, ["doc_id", "url", "source", "title", "published", "text"],
                        {"source": Rule("str", max_len=512, nullable=True)})


def check_field(name: str, value: Any, where: str = "") -> Any:
    """One report field (as `review` sets it): the value to store, or RefusedValue."""
    rule = GRADE_RULE if name == "grade" else REPORT_RULES[name]
    return rule.check(name, value, where)


def _checked(obj: Any, rules: Mapping[str, Rule], where: str, skip: Sequence[str] = ()) -> Any:
    """`obj` with every ruled field checked; the same object when nothing was cleaned."""
    changes = {}
    for name, rule in rules.items():
        if name in skip:
            continue
        value = getattr(obj, name)
        stored = rule.check(name, list(value) if isinstance(value, tuple) else value, where)
        if stored != value and not (isinstance(value, tuple) and list(value) == stored):
            changes[name] = tuple(stored) if isinstance(value, tuple) else stored
    return dataclasses.replace(obj, **changes) if changes else obj


def check_report(report: Report, where: str = "") -> Report:
    """A report with every field in its domain (strings cleaned), or RefusedValue naming the field."""
    report = _checked(report, REPORT_RULES, where)
    if EVENT_TYPE_OF[report.sub_event_type] != report.event_type:
        raise RefusedValue("sub_event_type", report.sub_event_type,
                           f"a sub-event type of {report.event_type!r}", where)
    return dataclasses.replace(
        report,
        claims=tuple(_checked(c, CLAIM_RULES, f"{where}, claim {i + 1}") for i, c in enumerate(report.claims)),
        evidence=tuple(_checked(e, EVIDENCE_RULES, f"{where}, evidence {i + 1}")
                       for i, e in enumerate(report.evidence)),
        violations=tuple(_checked(v, VIOLATION_RULES, f"{where}, violation {i + 1}")
                         for i, v in enumerate(report.violations)),
    )


def check_tally(tally: Tally, where: str = "") -> Tally:
    tally = _checked(tally, TALLY_RULES, where)
    return dataclasses.replace(tally, evidence=tuple(
        _checked(e, EVIDENCE_RULES, f"{where}, evidence {i + 1}") for i, e in enumerate(tally.evidence)))


def check_document(doc: Document) -> Document:
    """A document's stored fields in their domains; its identity (URL, else id) fits its column."""
    doc = _checked(doc, DOCUMENT_RULES, "document")
    if not doc.doc_id:
        raise RefusedValue("doc_id", doc.doc_id, "a non-empty text", "document")
    identity = doc.url.strip() if doc.url and doc.url.strip() else f"id:{doc.doc_id}"
    if len(identity) > MAX_IDENTITY:
        raise RefusedValue("url", doc.url, f"a URL of at most {MAX_IDENTITY:,} characters", "document")
    return doc
