"""Parquet: typed columns (`export.schema`), written in row groups so an export of any size streams."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

from conflictlens.export.schema import event_schema, records_to_table

ROW_GROUP = 5_000


def write_parquet(records: Iterable[dict[str, Any]], path: str, level: str = "report") -> int:
    """Write §4.2 records to one Parquet file; returns the number of rows (a file with no rows still has the
    schema, so readers see the columns)."""
    import pyarrow.parquet as pq

    schema = event_schema(level)
    n = 0
    it = iter(records)
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        while batch := list(itertools.islice(it, ROW_GROUP)):
            writer.write_table(records_to_table(batch, schema))
            n += len(batch)
    return n
