"""WARC / WARC.gz crawls -> one Document per HTML response record (warcio, streamed)."""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from conflictlens.ingest.html import html_to_document
from conflictlens.ingest.text import ReadContext
from conflictlens.models import Document, Skip

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def looks_like_warc(head: bytes) -> bool:
    """Plain WARC, or a gzip member whose first bytes are a WARC header."""
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16).startswith(b"WARC/")
        except zlib.error:
            return False
    return False


def read_warc(stream: BinaryIO, origin: str, ctx: ReadContext) -> Iterator[Document | Skip]:
    """Each HTML response: main text, URL from WARC-Target-URI, date from the page else WARC-Date.

    A damaged or truncated archive keeps the records read before the damage and records a Skip for it.
    """
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(stream)
    found = number = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # warcio raises many kinds of errors on damaged input  # noqa: BLE001
            if number:
                yield Skip(origin, f"damaged or truncated WARC: cannot read past record {number} "
                                   f"({_one_line(exc)})")
            else:
                yield Skip(origin, f"not a readable WARC ({_one_line(exc)})")
            return
        number += 1
        item = _record_to_document(record, f"{origin}:record {number}", ctx)
        if item is not None:
            found += 1
            yield item
    missing = _unread_tail(stream, records)
    if missing:
        yield Skip(origin, f"the WARC ends with {missing:,} bytes that are not a complete record "
                           f"(truncated or damaged after record {number})")
    elif not found:
        yield Skip(origin, "no HTML response records in the WARC")


def _unread_tail(stream: BinaryIO, records: Any) -> int:
    """Bytes after the last complete record (a few trailing newlines are normal)."""
    try:
        offset, length = records.get_record_offset() or 0, records.get_record_length() or 0
    except (TypeError, AttributeError):  # warcio, when it read no record at all
        offset = length = 0
    size = stream.seek(0, 2)
    tail = size - (offset + length)
    return tail if tail > 8 else 0


def _one_line(exc: BaseException) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:160]


def _record_to_document(record: Any, where: str, ctx: ReadContext) -> Document | Skip | None:
    """None for records that are not pages (requests, metadata, images, CSS): nothing to read there."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers if record.rec_type == "response" else None
    content_type = (headers.get_header("Content-Type") if headers else None) or (
        record.rec_headers.get_header("Content-Type") or ""
    )
    if not content_type.lower().startswith(_HTML_TYPES):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    status = headers.get_statuscode() if headers else "200"
    if status and not str(status).startswith("2"):
        return Skip(where, f"HTTP {status} response for {url}, not a page")
    limit = ctx.settings.max_bytes
    body = record.content_stream().read(limit + 1)
    if len(body) > limit:
        return Skip(where, f"page larger than the {limit:,}-byte cap (CONFLICTLENS_MAX_BYTES)")
    if getattr(record.raw_stream, "limit", 0) > 0:  # Content-Length promised more than the file holds
        return Skip(where, f"record for {url} is truncated (the file ends inside it)")
    crawl_date = _warc_date(record.rec_headers.get_header("WARC-Date"))
    return html_to_document(body, where, ctx, url=url, fallback_date=crawl_date)


def _warc_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None
