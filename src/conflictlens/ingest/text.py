"""Shared helpers for every reader (bytes -> text, normalising, ids, dates) and the plain-text reader.

Every reader builds its `Document`s through `make_document`, so the rules for the publication date
(document's own -> `--published` -> run date), `doc_id` and `source` live in one place.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from conflictlens.config import Settings
from conflictlens.ingest.dateline import parse_dateline
from conflictlens.models import Document, Skip, date_in_range

SNIFF_BYTES = 64 * 1024  # how much of a file is looked at to decide binary / format
_CONTROL_RATIO = 0.05  # more than this share of control characters -> not text
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_TYPOGRAPHIC = frozenset("“”‘’–—…€«»°·£•\u00a0")  # cp1252 marks common in Western news
_WHITESPACE = re.compile(r"\s+")  # the same characters as str.split()
_HASH_CHUNK = 1 << 20
_BLANK_RUNS = re.compile(r"\n{3,}")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL (PostgreSQL refuses it) and lone surrogates
_TRAILING_SPACE = re.compile(r"[ \t\f\v]+\n")
# Inline formatting tags left in plain text by a search engine's highlighting or a copy from a web page
# ("were <b>killed</b>"): markup, not words
_INLINE_TAG = re.compile(r"</?(?:b|i|em|strong|u|mark|span|font)(?:\s[^<>\n]{0,200})?>", re.I)


@dataclass(frozen=True)
class ReadContext:
    """What the caller told us (flags) plus the run date, shared by all readers in one call."""

    settings: Settings
    published: dt.date | None = None
    source: str | None = None
    today: dt.date = field(default_factory=dt.date.today)

    def pick_date(self, own: dt.date | None) -> tuple[dt.date, str]:
        """The publication date and where it came from: document | flag | run-date. A document's own date
        outside the plausible range (models.date_in_range: a typo, a default such as 0001-01-01) is ignored."""
        if own is not None and date_in_range(own, self.today):
            return own, "document"
        if self.published is not None:
            return self.published, "flag"
        return self.today, "run-date"


def short_hash(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8")).hexdigest()[:16]


def make_doc_id(text: str, url: str | None = None) -> str:
    """A stable id: a hash of the URL when there is one, else of the text with whitespace collapsed."""
    if url and url.strip():
        return short_hash(url.strip())
    return collapsed_text_hash(text)


def collapsed_text_hash(text: str) -> str:
    """sha1(" ".join(text.split()))[:16], computed chunk by chunk (no list of every word in memory)."""
    digest = hashlib.sha1()
    pending_space = emitted = False
    for start in range(0, len(text), _HASH_CHUNK):
        piece = _WHITESPACE.sub(" ", text[start : start + _HASH_CHUNK])
        core = piece.strip(" ")
        if piece.startswith(" "):
            pending_space = True
        if core:
            if pending_space and emitted:
                digest.update(b" ")
            digest.update(core.encode("utf-8"))
            emitted, pending_space = True, piece.endswith(" ")
    return digest.hexdigest()[:16]


def make_document(
    ctx: ReadContext,
    text: str,
    *,
    origin: str,
    own_date: dt.date | None = None,
    doc_id: str | None = None,
    url: str | None = None,
    source: str | None = None,
    site_name: str | None = None,
    title: str | None = None,
) -> Document:
    """Build a Document: `source` = the document's own field, else --source, else the site name, else "".
    Every string is `clean_text`ed here, once, so no later stage meets a NUL or a lone surrogate."""
    published, published_from = ctx.pick_date(own_date)
    text, url, title = clean_text(text), clean_text(url), clean_text(title)
    source = clean_text(source or ctx.source or site_name or "")
    return Document(
        doc_id=clean_text(doc_id) or make_doc_id(text, url),
        text=text,
        published=published,
        url=url or None,
        source=source,
        title=title or None,
        published_from=published_from,
        origin=origin,
    )


def clean_text(value: str | None) -> str:
    """Text fit for every later stage and both databases: lone surrogates (from JSON escapes such as
    "\\ud800") become U+FFFD, NUL characters are removed, and the text is in Unicode NFC."""
    if not value:
        return ""
    if _UNSTORABLE.search(value):
        value = _UNSTORABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", value)
    return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def strip_inline_tags(text: str) -> str:
    """'were <b>killed</b>' -> 'were killed': inline formatting tags (bold, italics, highlight, span) dropped."""
    return _INLINE_TAG.sub("", text) if "<" in text else text


def normalise_text(text: str) -> str:
    """Newlines to \\n, no BOM, no inline formatting tags, no trailing spaces, paragraphs separated by exactly one
    blank line."""
    text = strip_inline_tags(text.lstrip("\ufeff")).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2029", "\n\n").replace("\u2028", "\n").replace("\x0c", "\n\n")
    text = _TRAILING_SPACE.sub("\n", text + "\n")
    return _BLANK_RUNS.sub("\n\n", text).strip()


def lines_to_paragraphs(text: str) -> str:
    """Text whose blocks are one a line (extracted HTML) -> blocks separated by a blank line."""
    blocks = (" ".join(line.split()) for line in normalise_text(text).split("\n"))
    return "\n\n".join(b for b in blocks if b)


def binary_reason(head: bytes) -> str | None:
    """Why these leading bytes do not look like text, or None if they do."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        return "binary file (contains NUL bytes), not text"
    sample = decode_bytes(head, partial=True)[0]
    if not sample:
        return None
    controls = sum(
        1 for ch in sample if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) in ("Cc", "Cs", "Co")
    )
    if controls / len(sample) > _CONTROL_RATIO:
        return "binary file (mostly non-text bytes), not text"
    return None


def decode_bytes(data: bytes, *, partial: bool = False) -> tuple[str, str]:
    """Decode without losing anything: UTF-8 (BOM stripped), UTF-16 with a BOM, detected charset, latin-1.

    `partial` is for a sample cut at an arbitrary byte: a split UTF-8 sequence at the end is tolerated.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        if partial and exc.start >= len(data) - 3:
            return data[: exc.start].decode("utf-8-sig", errors="replace"), "utf-8"
    return _decode_legacy(data[: 4 * SNIFF_BYTES] if partial else data, data)


def _decode_legacy(sample: bytes, data: bytes) -> tuple[str, str]:
    """Not UTF-8. Western text (the common case for English news) is cp1252; charset detection is
    unreliable on short texts, so it is asked only when cp1252 gives something implausible."""
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _plausible_western(western[: len(sample)]):
        return western, "cp1252"
    import charset_normalizer

    best = charset_normalizer.from_bytes(sample).best()
    if best is not None and best.encoding not in ("utf_8", "utf_16", "utf_32"):
        try:
            return data.decode(best.encoding), best.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    return (western, "cp1252") if western is not None else (data.decode("latin-1"), "latin-1")


def _plausible_western(text: str) -> bool:
    """Mostly ASCII letters with a few accented letters or typographic marks (not whole words of them)."""
    letters = sum(1 for ch in text if ch.isalpha())
    foreign = [ch for ch in text if ord(ch) > 127]
    if not letters or len(foreign) > 0.3 * letters:
        return False
    odd = sum(1 for ch in foreign if not ch.isalpha() and ch not in _TYPOGRAPHIC)
    return odd <= 0.1 * len(foreign)


def find_dateline(text: str) -> dt.date | None:
    """The date of a dateline at the top of a text (a full date in its first 200 characters)."""
    return parse_dateline(text[:1000])


def read_text(data: bytes, origin: str, ctx: ReadContext) -> Iterator[Document | Skip]:
    """A plain-text file (or stdin text): one Document, dated by its dateline when it has one."""
    reason = binary_reason(data[:SNIFF_BYTES])
    if reason:
        yield Skip(origin, reason)
        return
    text = normalise_text(decode_bytes(data)[0])
    if not text:
        yield Skip(origin, "no text (the file is blank)")
        return
    yield make_document(ctx, text, origin=origin, own_date=find_dateline(text))
