"""Paragraph and sentence splitting with character offsets into the document text.

A cheap rule splitter, not spaCy's parser: it runs over every sentence of every article, while spaCy only
sees the sentences that can hold an event (the throughput target in bench/throughput.py depends on this).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from conflictlens.ingest.dateline import MONTH_WORD

_PARA = re.compile(r"\n\s*\n")
# A sentence ends at . ! ? (optionally followed by a closing quote/bracket) before whitespace and an
# upper-case letter, a digit or an opening quote — unless the period closes a known abbreviation.
_END = re.compile(r"(?<=[.!?])([\"'”’)\]]?)\s+(?=[\"'“‘(]?[A-Z0-9])")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pvt|Adm|Brig|Gov|Sen|Rep|St|Mt|No|Jr|Sr|Prof|Rev|"
    r"Fr|Sgt|Cmdr|Insp|Supt|approx|est|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"|\b[A-Z](?:\.[A-Z])*|\bU\.S|\bU\.N|\bU\.K)\.$"
)


# Page furniture: lines a web page or feed dump carries around the story ("Read More: ...", "Related: ...",
# newsletter and share prompts). They are never events, so they yield no sentence. A label alone on its line
# ("Related stories", "Most read") makes the short unpunctuated lines after it (a list of headlines) furniture too.
_FURNITURE = re.compile(
    r"^\W{0,3}(?:(?:read (?:more|also|next)|also read|see also|related(?: (?:coverage|stories|articles|news|links|"
    r"content))?|more (?:on this|from|stories|news)|recommended(?: for you)?|most (?:read|popular|viewed)|"
    r"trending(?: now)?|top stories|editor'?s picks?|watch|video|photos?|gallery|listen|podcast)\s*(?:[:|>»–—-]|$)"
    r"|(?:you (?:may|might) (?:also )?(?:like|be interested)|sign up\b|subscribe\b|newsletter\b|click here\b|"
    r"follow us\b|share (?:this|on)\b|advertisement\s*$|sponsored\s*$|copyright\b|©|all rights reserved))",
    re.I,
)
# A wire editor's note in brackets on a line of its own ("(Corrects death toll in paragraph 2 to 11 from 17)",
# "(Adds details of air strikes, paragraphs 6-7)", "(Reporting by ...; Editing by ...)"): it names events and places
# only to say what was changed
EDITOR_NOTE = re.compile(
    r"^\s*\((?:corrects|correcting|adds|adding|updates|updating|recasts|changes|fixes|refiles|rewrites|removes|"
    r"inserts|repeats|clarifies|writes\s+through|reporting\s+by|additional\s+reporting|writing\s+by|editing\s+by|"
    r"compiled\s+by)\b[^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)\s*$", re.I | re.M)
_LIST_LABEL = re.compile(r"\W*$|.*[:|>»]\s*$")  # "Related stories" alone on its line, or "Read more:"
# a short line with no sentence end, numbered or bulleted in a list ("1. Gunmen kill 12 in Zamfara raid")
_HEADLINE = re.compile(r"^(?:\d{1,2}[.)]\s+|[-•*·]\s+)?[^.!?]{3,120}$")

# No sentence of edited prose is this long (the longest in the dev sets: 7,371 characters). A longer run
# without a sentence end (a feed dump, lower-cased or unpunctuated text) is cut at the last space before the
# limit, so the cost of every per-sentence step stays bounded and spaCy never meets its length limit.
MAX_SENTENCE_CHARS = 10_000
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of text[0] in the document
    end: int
    paragraph: int  # index of the paragraph in the document
    index: int  # index of the sentence in the document


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph (blocks separated by blank lines)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            out.append((s + lead, s + trail))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a document, paragraph-aware, with offsets; page furniture lines yield none."""
    out: list[Sentence] = []
    listing = False  # inside a list of headlines under a furniture label ("Related stories")
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        stretches, listing = _story_lines(text, p_start, p_end, listing)
        for l_start, l_end in stretches:
            _split(out, text[l_start:l_end], l_start, p_index)
    return out


def _story_lines(text: str, start: int, end: int, listing: bool) -> tuple[list[tuple[int, int]], bool]:
    """The paragraph's stretches that are story, not furniture, and whether a headline list runs on after it."""
    out: list[tuple[int, int]] = []
    pos = keep_from = start
    for line in text[start:end].split("\n"):
        l_start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        label = _FURNITURE.match(stripped)
        if label is None and not (listing and _HEADLINE.match(stripped)) and not EDITOR_NOTE.match(stripped):
            listing = False
            continue
        if l_start > keep_from:
            out.append((keep_from, l_start))
        keep_from = pos
        listing = listing or bool(label and _LIST_LABEL.match(stripped[label.end():]))
    if keep_from < end:
        out.append((keep_from, end))
    return out, listing


def _split(out: list[Sentence], para: str, p_start: int, p_index: int) -> None:
    """Sentences of one paragraph: each bulleted line starts one ("Key points\n- Strikes hit the port\n- Four
    killed in Sanaa": three), whatever ends the line before it."""
    cuts = [0, *(m.end() for m in _BULLET_LINE.finditer(para)), len(para)]
    for a, b in zip(cuts, cuts[1:], strict=False):
        _split_prose(out, para, a, b, p_start, p_index)


# the marks a bulleted line opens with: "- ", "• ", "* ", "· ", "– "
_BULLET = r"[-•*·–]"
_BULLET_LINE = re.compile(r"\n(?=[ \t]*" + _BULLET + r"[ \t]+\S)")


def _split_prose(out: list[Sentence], para: str, start: int, end: int, p_start: int, p_index: int) -> None:
    cut = start
    for m in _END.finditer(para, start, end):
        stop = m.start() + len(m.group(1))
        if _ABBREV.search(para[cut : m.start()]):
            continue
        _add(out, para, cut, stop, p_start, p_index)
        cut = m.end()
    _add(out, para, cut, end, p_start, p_index)


def _add(out: list[Sentence], para: str, s: int, e: int, base: int, p_index: int) -> None:
    while e - s > MAX_SENTENCE_CHARS:
        cut = _last_space(para, s, s + MAX_SENTENCE_CHARS)
        _add_one(out, para, s, cut, base, p_index)
        s = cut
    _add_one(out, para, s, e, base, p_index)


def _last_space(para: str, s: int, limit: int) -> int:
    """Where to cut a run that is too long: after the last whitespace before `limit` (at `limit` if none)."""
    for m in _SPACE.finditer(para[limit - 1 : s : -1] if limit - 1 > s else ""):
        return limit - m.start()
    return limit


def _add_one(out: list[Sentence], para: str, s: int, e: int, base: int, p_index: int) -> None:
    chunk = para[s:e]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    start = base + s + lead
    out.append(Sentence(stripped, start, start + len(stripped), p_index, len(out)))


# a heading over a list that sums up the story: "Key points", "SUMMARY", "Highlights", "What we know"
_SUMMARY_HEADING = re.compile(
    r"^(?:key (?:points|facts|developments|takeaways)|summary|highlights|at a glance|in brief|what we know(?: so far)?|"
    r"main developments|the latest|catch up)\W*$", re.I)


def summary_items(sentences: Sequence[Sentence]) -> frozenset[int]:
    """Indices of the bulleted items listed under a summary heading in its paragraph ("Key points\n- US strikes
    hit Hodeidah port; nine killed\n- ..."): they sum up events the page tells below, as a lead does."""
    out: set[int] = set()
    heading = None  # the paragraph of the last summary heading
    for s in sentences:
        if _SUMMARY_HEADING.match(s.text):
            heading = s.paragraph
        elif heading == s.paragraph and is_item(s):
            out.add(s.index)
    return frozenset(out)


def is_heading(s: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether a sentence is a section's heading: a paragraph of its own, of at most ten words without a full stop,
    in capitals or with its words capitalised ("THE RAID ON BONI", "The Strike at Aguelhok")."""
    words = _HEADING_WORD.findall(s.text)
    if not 2 <= len(words) <= 10 or s.text.rstrip()[-1:] in ".!?:;,\"”" or is_item(s):
        return False
    alone = all(o.paragraph != s.paragraph for o in (sentences[i] for i in (s.index - 1, s.index + 1)
                                                     if 0 <= i < len(sentences)))
    if not alone:
        return False
    return s.text.upper() == s.text or all(w[0].isupper() or w in _HEADING_SMALL for w in words)


_HEADING_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_HEADING_SMALL = frozenset({"a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "by", "with", "from",
                            "near", "as", "after", "over", "into"})


def is_item(s: Sentence) -> bool:
    """Whether a sentence is an item of a bulleted list (`split_sentences` starts one at each bullet)."""
    return bool(_BULLET_START.match(s.text))


_BULLET_START = re.compile(_BULLET + r"\s")


def is_entry(s: Sentence) -> bool:
    """Whether a sentence opens an entry of a list: a bullet, or a timeline's or live blog's time or day ("Monday,
    09:40 -", "10:42 -", "08:05 GMT -", "10 March:")."""
    return is_item(s) or bool(_TIMESTAMP_START.match(s.text))


# "Monday, 09:40 - ", "10:42 - ", "08:05 GMT - ", "14.15: ": a time (after a weekday) and a dash or colon open an entry;
# so does a day ("Monday, September 15 - ", "15 September: ") in a week's list
_MONTH = r"(?-i:" + MONTH_WORD + r")"
_TIMESTAMP_START = re.compile(
    r"\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}[:.h]\d{2}"
    r"(?:\s*(?:GMT|UTC|local(?:\s+time)?|[ap]\.?m\.?|hrs))?|" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")"
    r"\s*(?:[-–—:]\s|\|\s)", re.I)
