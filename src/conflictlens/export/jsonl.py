"""JSON lines output: one record a line, UTF-8, keys in record order."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, TextIO


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write each record as one JSON line; returns the number written."""
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=_default) + "\n")
        n += 1
    return n


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
