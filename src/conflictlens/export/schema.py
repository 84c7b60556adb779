"""One typed schema for event records, shared by `export --format parquet` and the Spark job.

Columns follow docs/design.md §4.2 (ACLED's names first, then ours): dates are dates, codes are integers,
flags are booleans, and claims, evidence and violations are nested lists of structs whose fields come from
the dataclasses in `models.py`, so a field added there reaches the files without another edit here.
`records_to_table` turns §4.2 dicts (`Report.to_record()`, the store's export records) into an Arrow
table of that schema; Spark converts the same Arrow schema into its own (`scale.job`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Iterable, Sequence
from typing import Any

import pyarrow as pa

from conflictlens.models import ACLED_COLUMNS, EXTRA_COLUMNS, Claim, Evidence, Violation

_INT = ("year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
        "fatalities_low", "fatalities_high", "injured", "injured_low", "injured_high", "civilian_fatalities",
        "where_prec", "date_prec", "fatalities_best", "n_sources")
_FLOAT = ("latitude", "longitude", "confidence")
_BOOL = ("contested", "is_background", "orphaned")
_INT64 = ("timestamp", "report_id")
INCIDENT_EXTRA = ("fatalities_best", "grade", "grade_reason", "n_sources", "report_ids")
REPORT_EXTRA = ("report_id", "orphaned", "reviewed_fields")


def _arrow_type(hint: Any) -> pa.DataType:
    """int / str / bool / float (optionally `| None`) -> an Arrow type."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        hint = args[0]
    return {int: pa.int32(), float: pa.float64(), bool: pa.bool_()}.get(hint, pa.string())


def struct_of(cls: type) -> pa.StructType:
    """The struct of a frozen dataclass (Claim, Evidence, Violation), field by field."""
    hints = typing.get_type_hints(cls)
    return pa.struct([pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(cls)])


def _column(name: str) -> pa.Field:
    if name == "event_date":
        return pa.field(name, pa.date32())
    if name in ("claims", "evidence", "violations"):
        cls = {"claims": Claim, "evidence": Evidence, "violations": Violation}[name]
        return pa.field(name, pa.list_(struct_of(cls)))
    if name in ("report_ids", "reviewed_fields"):
        return pa.field(name, pa.list_(pa.string()))
    if name in _INT64:
        return pa.field(name, pa.int64())
    if name in _INT:
        return pa.field(name, pa.int32())
    if name in _FLOAT:
        return pa.field(name, pa.float64())
    if name in _BOOL:
        return pa.field(name, pa.bool_())
    return pa.field(name, pa.string())


def event_schema(level: str = "report") -> pa.Schema:
    """`report`: one row per event as read in one document (what `code` and `spark` write);
    `incident`: one per linked incident; `stored-report`: a report from the store (with its review state)."""
    extra = {"incident": INCIDENT_EXTRA, "stored-report": REPORT_EXTRA}.get(level, ())
    names = list(dict.fromkeys(ACLED_COLUMNS + EXTRA_COLUMNS + extra))
    return pa.schema([_column(n) for n in names])


def normalise(record: dict[str, Any], schema: pa.Schema) -> dict[str, Any]:
    """A §4.2 dict with the values the schema wants: dates as dates, ids as text, missing as None."""
    row: dict[str, Any] = {}
    for fld in schema:
        value = record.get(fld.name)
        if value == "" and not pa.types.is_string(fld.type):
            value = None
        if fld.name == "event_date" and isinstance(value, str):
            value = dt.date.fromisoformat(value[:10])
        elif pa.types.is_string(fld.type) and value is not None and not isinstance(value, str):
            value = str(value)
        elif pa.types.is_list(fld.type) and pa.types.is_struct(fld.type.value_type) and value:
            names = [f.name for f in fld.type.value_type]
            value = [{k: item.get(k) for k in names} for item in value]
        elif fld.name in ("report_ids", "reviewed_fields") and value is not None:
            value = [str(v) for v in value]
        row[fld.name] = value
    return row


def records_to_table(records: Iterable[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    rows = [normalise(r, schema) for r in records]
    return pa.Table.from_pylist(rows, schema=schema)


def columns(schema: pa.Schema) -> Sequence[str]:
    return schema.names
