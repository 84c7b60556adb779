"""Fuzz targets (issue 15): each reader and parser on hostile input, with the properties every output must
have. No tests here: tests/test_fuzz.py runs a short pass of each and replays the saved crashes;
bench/fuzz.py (`bash bench/fuzz.sh`) drives them with hypothesis' fuzz mode for 100,000 inputs.

A target is a function of one input (bytes or text) that raises on a broken property. `crash_guard` saves the
input of a failing call under tests/fuzz_corpus/TARGET/ before the failure propagates, so every crash found
becomes a regression input. The seed inputs below are written for this file.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import os
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from hypothesis import strategies as st

from conflictlens.config import Settings
from conflictlens.ingest import sniff_format
from conflictlens.ingest.feeds import read_feed
from conflictlens.ingest.html import read_html
from conflictlens.ingest.jsonl import read_json, read_jsonl
from conflictlens.ingest.text import ReadContext, read_text
from conflictlens.ingest.warc import read_warc
from conflictlens.models import MAX_COUNT, STANCES, Document, Skip, date_in_range
from conflictlens.nlp.claims import find_attribution
from conflictlens.nlp.dates import find_dates
from conflictlens.nlp.number_words import to_int
from conflictlens.nlp.numbers import find_counts
from conflictlens.store.validate import RefusedValue, check_document

CORPUS = Path(__file__).parent / "fuzz_corpus"
SAVE_CRASHES = "CONFLICTLENS_FUZZ_SAVE"
CTX = ReadContext(Settings(db_url="sqlite://", max_bytes=1 << 20), today=dt.date(2024, 6, 1))
PUBLISHED = dt.date(2024, 6, 1)

# ---- seeds and hostile tokens ------------------------------------------------------------------------

_ARTICLE = ("NORTHGATE, Freedonia, March 3, 2024 (Test Wire) - Gunmen killed 5 people and wounded 12 at a market "
            "in Northgate on Monday, police said. The Observatory put the toll at 7.\n\nProtesters marched in "
            "Selby on Sunday; 3,000 people joined, organisers said.")
_FEED_ITEM = ("<item><title>Raid in Selby</title><pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>"
              "<link>https://news.example/1</link><description>&lt;p&gt;Rebels attacked a post near Selby, "
              "killing 2 soldiers.&lt;/p&gt;</description></item>")
_HTTP = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><article><p>"
         + _ARTICLE.encode() + b"</p></article></body></html>")
_WARC = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a\r\n"
         b"WARC-Date: 2024-03-04T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
         b"Content-Type: application/http; msgtype=response\r\nContent-Length: " + str(len(_HTTP)).encode()
         + b"\r\n\r\n" + _HTTP + b"\r\n\r\n")

SEEDS: dict[str, list[bytes]] = {
    "text": [_ARTICLE.encode(), b"2020-11-05\nA curfew was imposed after riots.\n", "Caf\xe9".encode("cp1252")],
    "jsonl": [('{"id": "a", "text": "' + _ARTICLE.replace("\n", "\\n") + '", "published": "2024-03-04", '
               '"url": "https://news.example/a", "title": "T", "source": "S"}\n'
               '{"id": "b", "html": "<p>Rebels attacked a post.</p>", "published": "3 March 2024"}\n').encode()],
    "json": [b'[{"id": "a", "text": "Rebels attacked a post near Selby.", "published": "2024-03-04"}, {"x": 1}]'],
    "html": [b"<html><head><title>Raid</title><meta property='article:published_time' content='2024-03-04'>"
             b"</head><body><nav>Home</nav><article><h1>Raid</h1><p>" + _ARTICLE.encode() + b"</p></article>"
             b"</body></html>"],
    "feed": [('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>' + _FEED_ITEM * 2
              + "</channel></rss>").encode(),
             b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Clash</title><content type="html">'
             b"&lt;p&gt;Troops clashed with rebels.&lt;/p&gt;</content></entry></feed>"],
    "warc": [_WARC, _WARC + _WARC],
}
TOKENS: list[bytes] = [
    b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\\ud800", b"\\udfff\\ud800", b"\\u0000", b"[" * 40,
    b"{" * 40, b"]", b"}", b'"', b"\n", b"\r\n", b"\r", b"\t", b"<div>" * 60, b"</", b"<", b">", b"&#0;", b"&amp;",
    b"&#xD800;", "\u202e".encode(), "e\u0301".encode(), b"0001-01-01", b"9999-12-31", b"1e999", b"-5",
    b"10000000000000000000000", b'"published": ', b'"text": ', b'"html": ', b'"url": ', b"<!ENTITY x 'y'>",
    b"<![CDATA[", b"]]>", b"WARC/1.0\r\n", b"Content-Length: 99999999\r\n", b"\x1f\x8b", b"killed ",
    b" people", b"dozens", b"March 3, 2024", b"yesterday", b"last week", b"on Monday", b"since 2011", b"said",
    b"according to ", b"denied", b"Kabul", b"Syria", b"Ituri", b"<rss>", b"<feed>", b"<item>", b"<script>",
]


@st.composite
def mutated(draw: st.DrawFn, fmt: str) -> bytes:
    """A seed of the format with a few hostile edits: tokens and random bytes inserted, runs deleted, a
    prefix repeated (deep nesting, long lines)."""
    data = bytearray(draw(st.sampled_from(SEEDS[fmt])))
    for _ in range(draw(st.integers(0, 8))):
        pos = draw(st.integers(0, len(data)))
        op = draw(st.integers(0, 3))
        if op == 0:
            data[pos:pos] = draw(st.sampled_from(TOKENS)) * draw(st.integers(1, 4))
        elif op == 1:
            data[pos:pos] = draw(st.binary(max_size=16))
        elif op == 2:
            del data[pos : pos + draw(st.integers(1, 64))]
        else:
            data[pos:pos] = data[: draw(st.integers(0, 256))] * draw(st.integers(1, 3))
    return bytes(data)


def inputs(fmt: str) -> st.SearchStrategy[bytes]:
    texts = st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))
    return st.one_of(mutated(fmt), st.binary(max_size=600), texts)


def sentences() -> st.SearchStrategy[str]:
    words = st.sampled_from([t.decode("utf-8", "replace") for t in TOKENS] + ["the", "army", "rebels", "in", ","])
    return st.one_of(st.text(max_size=300), st.lists(st.one_of(words, st.text(max_size=8)), max_size=40).map(" ".join))


# ---- crash saving ------------------------------------------------------------------------------------


def crash_guard(name: str) -> Callable[[Callable[[bytes], None]], Callable[[bytes], None]]:
    """With SAVE_CRASHES in the environment (bench/fuzz.py sets it), save the input of a failing call as
    tests/fuzz_corpus/NAME/<sha1>.bin; the failure goes on either way."""

    def wrap(fn: Callable[[bytes], None]) -> Callable[[bytes], None]:
        @functools.wraps(fn)
        def guarded(data: bytes) -> None:
            try:
                fn(data)
            except Exception:
                if not os.environ.get(SAVE_CRASHES):
                    raise
                folder = CORPUS / name
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"{hashlib.sha1(data).hexdigest()[:16]}.bin").write_bytes(data)
                raise

        return guarded

    return wrap


# ---- properties of what a reader gives -----------------------------------------------------------------


def check_items(items: Iterable[Document | Skip]) -> list[Document | Skip]:
    out = list(items)
    for item in out:
        assert isinstance(item, Document | Skip), item
        if isinstance(item, Skip):
            assert item.reason and isinstance(item.reason, str) and not item.reason.startswith("internal error")
            continue
        for value in (item.text, item.doc_id, item.url or "", item.title or "", item.source or ""):
            value.encode("utf-8")  # raises on a lone surrogate
            assert "\x00" not in value
            assert unicodedata.is_normalized("NFC", value)
        assert item.text.strip() and item.doc_id
        assert item.published is None or date_in_range(item.published, CTX.today)
        try:
            check_document(item)
        except RefusedValue as err:  # a refusal names its field; anything else is a bug
            assert err.field in ("doc_id", "url", "source"), err
    return out


def _reader(name: str, read: Callable[[bytes], Iterable[Document | Skip]]) -> Callable[[bytes], None]:
    @crash_guard(name)
    def target(data: bytes) -> None:
        check_items(read(data))

    target.__name__ = f"read_{name}"
    return target


READERS: dict[str, Callable[[bytes], None]] = {
    "text": _reader("text", lambda d: read_text(d, "fuzz", CTX)),
    "jsonl": _reader("jsonl", lambda d: read_jsonl(io.BytesIO(d), "fuzz", CTX)),
    "json": _reader("json", lambda d: read_json(d, "fuzz", CTX)),
    "html": _reader("html", lambda d: read_html(d, "fuzz", CTX)),
    "feed": _reader("feed", lambda d: read_feed(d, "fuzz", CTX)),
    "warc": _reader("warc", lambda d: read_warc(io.BytesIO(d), "fuzz", CTX)),
    "sniff": _reader("sniff", lambda d: [Skip("fuzz", sniff_format(d[:4096]) or "?")]),
}


# ---- parsers ------------------------------------------------------------------------------------------


@crash_guard("numbers")
def parse_numbers(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    for count in find_counts(text):
        assert count.value is None or 0 <= count.value <= MAX_COUNT, count
    value = to_int(text[:40])
    assert value is None or isinstance(value, int)


@crash_guard("dates")
def parse_dates(data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    for day in (PUBLISHED, dt.date(1900, 1, 2), dt.date(2025, 5, 31)):
        for mention in find_dates(text, day, include_future=True):
            assert text[mention.start : mention.end] == mention.mention or mention.start < 0, mention


@crash_guard("claims")
def parse_claims(data: bytes) -> None:
    found = find_attribution(data.decode("utf-8", "replace"), lambda np: np)
    assert found is None or (found.claimant and found.stance in STANCES), found


PARSERS: dict[str, Callable[[bytes], None]] = {"numbers": parse_numbers, "dates": parse_dates,
                                               "claims": parse_claims}
TARGETS: dict[str, Callable[[bytes], None]] = {**READERS, **PARSERS}


def strategy(name: str) -> st.SearchStrategy[bytes]:
    """The inputs a target is driven with."""
    if name in PARSERS:
        return sentences().map(lambda t: t.encode("utf-8", "surrogatepass"))
    return inputs("text" if name == "sniff" else name)
