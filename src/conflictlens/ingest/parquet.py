"""Parquet corpora -> Documents, streamed a batch of rows at a time (a file may hold millions of articles).

Each row is read as the JSONL record `{"id", "text" or "html", "published", "url", "source", "title"}`
(`jsonl.record_to_document`, so dates, ids and HTML are handled the same way). Column names differ between
corpora: `--fields text=body,published=date_publish` (or CONFLICTLENS_FIELDS) names the columns; a field
not named is looked up under its own name. A file without a text (or html) column, a file that is not
Parquet, or one that breaks half-way is a Skip with the reason; the rows before the break are kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from conflictlens.config import DOCUMENT_FIELDS
from conflictlens.ingest.jsonl import record_to_document
from conflictlens.ingest.text import ReadContext
from conflictlens.models import Document, Skip

MAGIC = b"PAR1"
BATCH_ROWS = 256


def column_map(mapping: Mapping[str, str], available: list[str]) -> dict[str, str]:
    """Our field -> the file's column, for the fields the file has."""
    out = {}
    for field in DOCUMENT_FIELDS:
        column = mapping.get(field, field)
        if column in available:
            out[field] = column
    return out


def read_parquet(path: str, ctx: ReadContext) -> Iterator[Document | Skip]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        yield Skip(path, f"not a readable Parquet file: {_first_line(exc)}")
        return
    names = parquet.schema_arrow.names
    columns = column_map(dict(ctx.settings.fields), names)
    if "text" not in columns and "html" not in columns:
        wanted = dict(ctx.settings.fields).get("text", "text")
        yield Skip(path, f"wrong schema: no {wanted!r} (or 'html') column; the file has: "
                         f"{', '.join(names[:12])}{' ...' if len(names) > 12 else ''} "
                         "(name the columns with --fields text=COLUMN,published=COLUMN)")
        return
    row = 0
    try:
        for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=list(dict.fromkeys(columns.values()))):
            data = batch.to_pydict()
            for i in range(batch.num_rows):
                row += 1
                record = {field: _plain(data[column][i]) for field, column in columns.items()}
                yield record_to_document(record, f"{path}:row {row}", ctx)
    except (pa.ArrowException, OSError) as exc:
        yield Skip(f"{path}:row {row + 1}", f"the Parquet file breaks here, rest not read: {_first_line(exc)}")


def _plain(value: Any) -> Any:
    """Parquet values as the JSONL reader expects them: dates and timestamps as ISO text."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:200]
