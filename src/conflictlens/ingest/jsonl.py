"""JSONL (one document a line, streamed) and JSON (a list of documents) -> Documents.

A record: {"id", "text", "published", "url", "source", "title"}; "html" instead of "text" is accepted
(its main text is extracted). A bad line is a Skip naming the line; the rest of the file is still read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from conflictlens.ingest.html import html_to_document
from conflictlens.ingest.text import ReadContext, binary_reason, decode_bytes, make_document, normalise_text
from conflictlens.models import Document, Skip, date_in_range, date_range_text

_OBJECT_START = re.compile(r'\{\s*"[^"\\]{1,64}"\s*:')
TOO_DEEP = "not JSON this reader can read: nested too deeply"


def looks_like_jsonl(head: str) -> bool:
    """The first non-blank line is a complete JSON object (or starts like one and runs past the sniffed head:
    a long first record)."""
    for line in head.splitlines(keepends=True):
        if line.strip():
            cut = not line.endswith(("\n", "\r")) and bool(_OBJECT_START.match(line.strip()))
            line = line.strip()
            if not (line.startswith("{") and line.endswith("}")):
                return cut
            try:
                return isinstance(json.loads(line), dict)
            except ValueError:
                return cut
            except RecursionError:
                return True  # an object, too deeply nested to read: each line says so as a skip
    return False


def read_jsonl(stream: BinaryIO, origin: str, ctx: ReadContext) -> Iterator[Document | Skip]:
    """Stream a JSONL file line by line. A line may be as long as a file may be (a long text is coded in
    windows, see Settings.max_chars); a longer one (stdin cannot be sized up front) is skipped unread."""
    head = stream.read(4096)
    reason = binary_reason(head)
    if reason:
        yield Skip(origin, reason)
        return
    stream.seek(0)
    limit = ctx.settings.max_bytes
    number = 0
    while raw := stream.readline(limit + 1):
        number += 1
        where = f"{origin}:line {number}"
        if len(raw) > limit and not raw.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield Skip(where, f"line longer than the {limit:,}-byte cap (raise CONFLICTLENS_MAX_BYTES or split "
                       "the document)")
            continue
        item = _parse_line(raw, where, ctx)
        if item is not None:
            yield item


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while chunk := stream.readline(1 << 20):
        if chunk.endswith(b"\n"):
            return


def _parse_line(raw: bytes, where: str, ctx: ReadContext) -> Document | Skip | None:
    """One JSONL line; None for a blank line (nothing to lose)."""
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        line = decode_bytes(raw)[0]
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Skip(where, f"not JSON: {_json_error(exc, with_line=False)}")
    except RecursionError:
        return Skip(where, TOO_DEEP)
    return record_to_document(record, where, ctx)


def read_json(data: bytes, origin: str, ctx: ReadContext) -> Iterator[Document | Skip]:
    """A .json file: a list of document objects (or a single object)."""
    reason = binary_reason(data[:4096])
    if reason:
        yield Skip(origin, reason)
        return
    try:
        value = json.loads(decode_bytes(data)[0])
    except ValueError as exc:
        yield Skip(origin, f"not JSON: {_json_error(exc)}")
        return
    except RecursionError:
        yield Skip(origin, TOO_DEEP)
        return
    if isinstance(value, dict):
        yield record_to_document(value, origin, ctx)
        return
    if not isinstance(value, list):
        yield Skip(origin, f"expected a JSON list of documents, found {type(value).__name__}")
        return
    if not value:
        yield Skip(origin, "the JSON list is empty")
    for number, record in enumerate(value, start=1):
        yield record_to_document(record, f"{origin}:item {number}", ctx)


def record_to_document(record: Any, where: str, ctx: ReadContext) -> Document | Skip:
    """A JSON object -> Document. Its own `published` beats the HTML meta date and the flags."""
    if not isinstance(record, dict):
        return Skip(where, f"not a JSON object (found {type(record).__name__})")
    published_raw = record.get("published")
    published = parse_published(published_raw)
    if published_raw not in (None, "") and published is None:
        return Skip(where, f"published is not a date: {_preview(published_raw)} (use YYYY-MM-DD)")
    if published is not None and not date_in_range(published, ctx.today):
        return Skip(where, f"published {published.isoformat()} is out of range ({date_range_text(ctx.today)})")
    doc_id = _field(record, "id")
    url, source, title = _field(record, "url"), _field(record, "source"), _field(record, "title")
    text = record.get("text")
    if isinstance(text, str) and text.strip():
        return make_document(ctx, normalise_text(text), origin=where, own_date=published, doc_id=doc_id,
                             url=url, source=source, title=title)
    html = record.get("html")
    if isinstance(html, str) and html.strip():
        return html_to_document(html, where, ctx, url=url, known_date=published, doc_id=doc_id,
                                source=source, title=title)
    return Skip(where, 'no text: the record needs a non-empty "text" (or "html") field')


def parse_published(value: Any) -> dt.date | None:
    """ISO dates/datetimes first; other absolute date strings ("3 March 2021") via dateparser."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    import dateparser

    settings = {"STRICT_PARSING": True, "PARSERS": ["custom-formats", "absolute-time"]}
    parsed = dateparser.parse(value, settings=settings)  # type: ignore[arg-type]
    return parsed.date() if parsed else None


def _preview(value: Any) -> str:
    """The start of a value for a message (never the repr of a whole, possibly deeply nested, structure)."""
    if isinstance(value, str):
        return repr(value[:40])
    if isinstance(value, bool | float) or (isinstance(value, int) and abs(value) < 10**40):
        return repr(value)
    return f"a {type(value).__name__}"


def _field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _json_error(exc: ValueError, *, with_line: bool = True) -> str:
    if isinstance(exc, json.JSONDecodeError):
        where = f"line {exc.lineno}, column {exc.colno}" if with_line else f"column {exc.colno}"
        return f"{exc.msg} ({where})"
    return " ".join(str(exc).split())[:200]
