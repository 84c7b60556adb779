"""Input readers: files / stdin -> `Document`s, or `Skip`s saying why an input was not read.

`read_inputs` checks every path up front (a missing path is an `InputError`, exit code 3) and then yields,
file by file, one item per document. Bad input inside a file never raises: it becomes a `Skip` with one
clear reason, so a batch goes on and nothing is lost silently.

Formats (by suffix, else by sniffing the first bytes): .txt (and any other text), .html/.htm, .jsonl,
.json, RSS/Atom (.xml/.rss/.atom or a document starting with <rss / <feed), .warc/.warc.gz, .parquet,
"-" = stdin.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from conflictlens.config import Settings, load_settings
from conflictlens.errors import InputError
from conflictlens.ingest.text import ReadContext, decode_bytes, read_text
from conflictlens.models import Document, Skip

__all__ = ["read_inputs", "detect_format", "ReadContext"]

STDIN_ORIGIN = "stdin"
_SUFFIXES: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"), (".warc", "warc"), (".arc.gz", "warc"),
    (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".jsonl.txt", "jsonl"), (".json", "json"),
    (".html", "html"), (".htm", "html"), (".xhtml", "html"),
    (".xml", "feed"), (".rss", "feed"), (".atom", "feed"),
    (".txt", "text"), (".parquet", "parquet"), (".pq", "parquet"),
)


def read_inputs(
    paths: Sequence[str],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    settings: Settings | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Document | Skip]:
    """Documents (and Skips) from the paths, in order. Raises InputError now for a missing path."""
    for path in paths:
        if path != "-":
            _check_path(path)
    ctx = ReadContext(settings=settings or load_settings(), published=published, source=source or None)
    return _read_all(list(paths), ctx, stdin)


def _check_path(path: str) -> None:
    if not os.path.exists(path):
        raise InputError(f"no such file: {path}", "check the path")
    if os.path.isdir(path):
        raise InputError(f"{path} is a directory", "pass the files inside it, e.g. DIR/*.txt")
    if not os.access(path, os.R_OK):
        raise InputError(f"cannot read {path}: permission denied", "check the file's permissions")


def _read_all(paths: list[str], ctx: ReadContext, stdin: TextIO | None) -> Iterator[Document | Skip]:
    for path in paths:
        if path == "-":
            yield from _guarded(read_stdin(stdin if stdin is not None else sys.stdin, ctx), STDIN_ORIGIN)
        else:
            yield from _guarded(read_file(path, ctx), path)


def _guarded(items: Iterator[Document | Skip], origin: str) -> Iterator[Document | Skip]:
    """The last line of defence: a reader's bug on one input ends that input with a Skip naming the error,
    never the batch. (The readers themselves turn every bad record they know of into a Skip; the fuzz tests
    call them directly, so a bug caught here is still found.)"""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - recorded as a skip with the error's name, not swallowed
        yield Skip(origin, f"internal error while reading: {type(exc).__name__}: {exc} (please report it)")


def read_file(path: str, ctx: ReadContext) -> Iterator[Document | Skip]:
    """One file. Size is checked with os.stat before anything is read; a pipe or device (`<(zcat x.gz)`,
    /dev/stdin) has no size and is read like stdin, up to the cap."""
    try:
        info = os.stat(path)
    except OSError as exc:  # it was there when the batch started
        yield Skip(path, f"cannot read: {exc.strerror}")
        return
    if stat.S_ISREG(info.st_mode) and path.lower().endswith((".parquet", ".pq")):  # streamed: no byte cap
        from conflictlens.ingest.parquet import read_parquet

        yield from read_parquet(path, ctx)
        return
    limit = ctx.settings.max_bytes
    if not stat.S_ISREG(info.st_mode):
        yield from _read_special(path, info.st_mode, ctx)
        return
    if info.st_size > limit:
        yield Skip(path, f"file is {info.st_size:,} bytes, over the {limit:,}-byte cap "
                         "(raise CONFLICTLENS_MAX_BYTES or split the file)")
        return
    if info.st_size == 0:
        yield Skip(path, "empty file")
        return
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is drained
    except OSError as exc:
        yield Skip(path, f"cannot open: {exc.strerror}")
        return
    with stream:
        kind = detect_format(path, stream.read(4096))
        stream.seek(0)
        if kind == "parquet":
            from conflictlens.ingest.parquet import read_parquet

            yield from read_parquet(path, ctx)
        elif kind == "jsonl":
            from conflictlens.ingest.jsonl import read_jsonl

            yield from read_jsonl(stream, path, ctx)
        elif kind == "warc":
            from conflictlens.ingest.warc import read_warc

            yield from read_warc(stream, path, ctx)
        else:
            yield from _read_whole(kind, stream.read(limit + 1), path, ctx)


def _read_special(path: str, mode: int, ctx: ReadContext) -> Iterator[Document | Skip]:
    """A FIFO, character device or socket: read as a stream (binary junk is caught in its first bytes)."""
    from conflictlens.ingest.text import SNIFF_BYTES, binary_reason

    kind = "pipe" if stat.S_ISFIFO(mode) else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "socket"
    try:
        with open(path, "rb") as stream:
            head = stream.read(SNIFF_BYTES)
            reason = binary_reason(head)
            if reason:
                yield Skip(path, f"{reason} ({kind})")
                return
            data = head + stream.read(ctx.settings.max_bytes + 1 - len(head))
    except OSError as exc:
        yield Skip(path, f"cannot read this {kind}: {exc.strerror}")
        return
    if not data:
        yield Skip(path, f"nothing to read ({kind} gave no bytes)")
        return
    yield from _read_whole(detect_format(path, data[:4096]), data, path, ctx)


def _read_whole(kind: str, data: bytes, origin: str, ctx: ReadContext) -> Iterator[Document | Skip]:
    if len(data) > ctx.settings.max_bytes:  # the file grew after os.stat, or stdin
        yield Skip(origin, f"input is over the {ctx.settings.max_bytes:,}-byte cap (CONFLICTLENS_MAX_BYTES)")
        return
    if not data.strip():
        empty = "nothing on stdin" if origin == STDIN_ORIGIN else "empty file"
        yield Skip(origin, empty if not data else "no text (the input is blank)")
        return
    if kind == "gzip":
        yield Skip(origin, "compressed file (gzip), not a WARC: decompress it first")
        return
    if kind == "parquet":
        yield Skip(origin, "Parquet cannot be read from stdin: give the file's path")
        return
    if kind == "json":
        from conflictlens.ingest.jsonl import read_json

        yield from read_json(data, origin, ctx)
    elif kind == "jsonl":
        from conflictlens.ingest.jsonl import read_jsonl

        yield from read_jsonl(io.BytesIO(data), origin, ctx)
    elif kind == "warc":
        from conflictlens.ingest.warc import read_warc

        yield from read_warc(io.BytesIO(data), origin, ctx)
    elif kind == "feed":
        from conflictlens.ingest.feeds import read_feed

        yield from read_feed(data, origin, ctx)
    elif kind == "html":
        from conflictlens.ingest.html import read_html

        yield from read_html(data, origin, ctx)
    else:
        yield from read_text(data, origin, ctx)


def detect_format(path: str, head: bytes) -> str:
    """warc | jsonl | json | feed | html | text | gzip | parquet, from the suffix, else the first bytes."""
    from conflictlens.ingest.feeds import looks_like_feed

    lower = path.lower()
    for suffix, kind in _SUFFIXES:
        if lower.endswith(suffix):
            if kind == "feed" and not looks_like_feed(decode_bytes(head, partial=True)[0]):
                return "html" if _looks_like_html(head) else kind
            return kind
    return sniff_format(head)


def sniff_format(head: bytes) -> str:
    """The format of an input without a known suffix (or stdin), from its first few KB."""
    from conflictlens.ingest.feeds import looks_like_feed
    from conflictlens.ingest.jsonl import looks_like_jsonl
    from conflictlens.ingest.warc import looks_like_warc

    if looks_like_warc(head):
        return "warc"
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    text = decode_bytes(head, partial=True)[0].lstrip("\ufeff \t\r\n")
    if looks_like_jsonl(text):
        return "jsonl"
    if text.startswith("["):
        return "json"
    if text.startswith("<") and looks_like_feed(text):
        return "feed"
    return "html" if _looks_like_html(head) else "text"


def _looks_like_html(head: bytes) -> bool:
    low = head[:2048].lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    return low.startswith((b"<!doctype html", b"<html")) or (low.startswith(b"<") and b"<body" in low)


def read_stdin(stdin: TextIO, ctx: ReadContext) -> Iterator[Document | Skip]:
    """stdin: bytes when available (so binary junk is caught), sniffed like a file without a suffix."""
    limit = ctx.settings.max_bytes
    buffer = getattr(stdin, "buffer", None)
    try:  # a real stdin has a byte buffer; a StringIO (tests, callers) gives text
        data = buffer.read(limit + 1) if buffer is not None else stdin.read(limit + 1).encode("utf-8", "replace")
    except UnicodeError:
        yield Skip(STDIN_ORIGIN, "stdin is not text (could not be decoded)")
        return
    yield from _read_whole(sniff_format(data[:4096]), data, STDIN_ORIGIN, ctx)
