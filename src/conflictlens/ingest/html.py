"""HTML pages -> Documents: the main text and metadata via trafilatura (date via htmldate)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Any

from conflictlens.ingest.text import (
    SNIFF_BYTES,
    ReadContext,
    binary_reason,
    lines_to_paragraphs,
    make_document,
    normalise_text,
)
from conflictlens.models import Document, Skip

NO_TEXT = "no main text found in the HTML"
_TRAFILATURA_MAX_FILE = 20_000_000  # trafilatura's own default cap; raised to Settings.max_bytes
_BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
    "section", "article", "header", "footer", "figure",
})
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_ARTICLE_WORDS = 5  # fewer words than this is a menu or a bare heading, not an article
_WRAPPER = re.compile(r"<(/?)(?:div|span|section|main|center|font|table|tbody|tr|td)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_MAX_DEPTH = 200  # libxml2 gives up at 256 levels; trafilatura then finds no text


def read_html(data: bytes, origin: str, ctx: ReadContext) -> Iterator[Document | Skip]:
    """An .html file: one Document (or a Skip saying why not)."""
    reason = binary_reason(data[:SNIFF_BYTES])
    if reason:
        yield Skip(origin, reason)
        return
    yield html_to_document(data, origin, ctx)


def html_to_document(
    page: bytes | str,
    origin: str,
    ctx: ReadContext,
    *,
    url: str | None = None,
    known_date: dt.date | None = None,
    fallback_date: dt.date | None = None,
    doc_id: str | None = None,
    source: str | None = None,
    title: str | None = None,
) -> Document | Skip:
    """Main text of a page. Date: `known_date` (e.g. JSONL published), else the page's meta date,
    else `fallback_date` (e.g. WARC-Date), else the flag / run date."""
    result = extract_main(page, max_bytes=ctx.settings.max_bytes, url=url)
    if result is None:
        return Skip(origin, NO_TEXT)
    text = lines_to_paragraphs(result.text or "")
    if not text:
        return Skip(origin, NO_TEXT)
    if len(_WORD.findall(text[:2000])) < MIN_ARTICLE_WORDS:  # a menu or a bare heading: nothing to code
        return Skip(origin, f"no article in the page (only {' '.join(text.split())[:60]!r})")
    return make_document(
        ctx,
        text,
        origin=origin,
        own_date=known_date or _parse_iso_date(result.date) or fallback_date,
        doc_id=doc_id,
        url=url or result.url,
        source=source,
        site_name=result.sitename,
        title=title or result.title,
    )


def extract_main(page: bytes | str, *, max_bytes: int, url: str | None = None) -> Any | None:
    """trafilatura's extraction (precision first, then recall); None when there is no main text."""
    import trafilatura
    from trafilatura.settings import set_date_params

    html = _as_html_string(page)
    if html is None:
        return None
    # Only dates the page states (meta/markup), never a date guessed from the body text.
    date_params = set_date_params(extensive=False)
    for page_html in (html, None):
        if page_html is None:  # nothing found: wrappers nested past the parser's depth limit may hide it
            page_html = _flattened(html)
            if page_html is None:
                return None
        for recall in (False, True):
            result = trafilatura.bare_extraction(
                page_html,
                url=url,
                with_metadata=True,
                include_comments=False,
                favor_recall=recall,
                date_extraction_params=date_params,
                config=_config(max(max_bytes, _TRAFILATURA_MAX_FILE)),
            )
            if result is not None and (result.text or "").strip():
                return result
    return None


def _flattened(html: str) -> str | None:
    """The page without its layout wrappers (div, span, section ...), when it nests them deeper than libxml2
    parses (256 levels): the paragraphs inside survive. None when the page is not nested that deep."""
    depth = deepest = 0
    for m in _WRAPPER.finditer(html):
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
        if deepest > _MAX_DEPTH:
            return _WRAPPER.sub("\n", html)
    return None


def _as_html_string(page: bytes | str) -> str | None:
    """Decode (respecting the page's charset) and wrap a bare fragment so trafilatura accepts it."""
    if isinstance(page, bytes):
        from trafilatura.utils import decode_file

        page = decode_file(page)
    page = page.lstrip("\ufeff")
    if not page.strip():
        return None
    if "<html" not in page[:2048].lower():
        page = f"<html><body>{page}</body></html>"
    return page


@functools.lru_cache(maxsize=4)
def _config(max_file_size: int) -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_file_size))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def _parse_iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def fragment_to_text(fragment: str) -> str:
    """A small HTML snippet (feed summary) -> plain text, block elements as blank-line paragraphs."""
    if not fragment or not fragment.strip():
        return ""
    if "<" not in fragment:
        return _paragraphs(fragment)
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _paragraphs(fragment)
    for bad in [el for el in root.iter("script", "style")]:
        bad.drop_tree()
    try:
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            if el.tag == "br":
                el.tail = "\n" + (el.tail or "")
            elif el.tag in _BLOCK_TAGS:
                el.text = "\n\n" + (el.text or "")
                el.tail = "\n\n" + (el.tail or "")
    except ValueError:  # lxml refuses to set a text holding a control character it parsed: plain text then
        return _paragraphs(_TAG.sub(" ", fragment))
    return _paragraphs(root.text_content())


def _paragraphs(text: str) -> str:
    parts = (" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(normalise_text(text)))
    return "\n\n".join(p for p in parts if p)
