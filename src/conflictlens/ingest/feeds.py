"""RSS / Atom feeds -> one Document per entry (title + summary/content as text) via feedparser."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from typing import Any

from conflictlens.ingest.html import fragment_to_text
from conflictlens.ingest.text import ReadContext, make_document
from conflictlens.models import Document, Skip

_CHAR_REF = re.compile(rb"&#([xX][0-9a-fA-F]{1,16}|[0-9]{1,16});")
_DATE_KEYS = ("published", "updated", "created")


def looks_like_feed(head: str) -> bool:
    """An RSS / Atom / RSS-1.0 (RDF) document, judged from its first few KB."""
    low = head[:4096].lower()
    return "<rss" in low or "<feed" in low or "<rdf:rdf" in low


def read_feed(data: bytes, origin: str, ctx: ReadContext) -> Iterator[Document | Skip]:
    import feedparser

    try:  # a character reference to a surrogate (&#xD800;) makes feedparser's loose parser raise
        parsed = feedparser.parse(_CHAR_REF.sub(_storable_ref, data))
    except Exception as exc:  # noqa: BLE001 - feedparser raises many kinds of errors on broken input
        yield Skip(origin, f"not a readable feed ({type(exc).__name__}: {_one_line(exc)})")
        return
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
        detail = f" ({_one_line(problem)})" if problem else ""
        yield Skip(origin, f"no entries found in the feed{detail}")
        return
    feed_title = (parsed.get("feed") or {}).get("title") or ""
    for number, entry in enumerate(entries, start=1):
        yield entry_to_document(entry, f"{origin}:entry {number}", ctx, feed_title=feed_title)


def entry_to_document(entry: Any, origin: str, ctx: ReadContext, *, feed_title: str = "") -> Document | Skip:
    """Title + the longest of content/summary (HTML stripped). Date from the entry, else flag/run date."""
    title = " ".join((entry.get("title") or "").split())
    body = _entry_body(entry)
    parts = [title] if title and not body.startswith(title) else []
    parts.append(body)
    text = "\n\n".join(p for p in parts if p)
    if not text:
        return Skip(origin, "feed entry has no title or text")
    source_info = entry.get("source") or {}
    return make_document(
        ctx,
        text,
        origin=origin,
        own_date=entry_date(entry),
        url=entry.get("link") or None,
        source=source_info.get("title") or feed_title or None,
        title=title or None,
    )


def _entry_body(entry: Any) -> str:
    candidates = [c.get("value") or "" for c in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    texts = [fragment_to_text(c) for c in candidates]
    return max(texts, key=len, default="")


def entry_date(entry: Any) -> dt.date | None:
    """The entry's date as the publisher wrote it (local date), else feedparser's UTC parse."""
    for key in _DATE_KEYS:
        raw = entry.get(key)
        if raw:
            local = _parse_raw_date(str(raw))
            if local is not None:
                return local
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            try:
                return dt.date(parsed[0], parsed[1], parsed[2])
            except (TypeError, ValueError):
                continue
    return None


def _storable_ref(m: re.Match[bytes]) -> bytes:
    """A character reference to a surrogate or beyond Unicode becomes U+FFFD's."""
    ref = m.group(1)
    code = int(ref[1:], 16) if ref[:1] in (b"x", b"X") else int(ref)
    return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else m.group(0)


def _parse_raw_date(raw: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(raw).date()  # RSS: RFC 822
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()  # Atom: RFC 3339
    except ValueError:
        return None


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:200]
