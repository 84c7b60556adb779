"""Paragraph and sentence splitting with character offsets into the document text.

A cheap rule splitter, not spaCy's parser: it runs over every sentence of every article, while spaCy only
sees the sentences that can hold an event (the throughput target in bench/throughput.py depends on this).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARA = re.compile(r"\n\s*\n")
# A sentence ends at . ! ? (optionally followed by a closing quote/bracket) before whitespace and an
# upper-case letter, a digit or an opening quote — unless the period closes a known abbreviation.
_END = re.compile(r"(?<=[.!?])([\"'”’)\]]?)\s+(?=[\"'“‘(]?[A-Z0-9])")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pvt|Adm|Brig|Gov|Sen|Rep|St|Mt|No|Jr|Sr|Prof|Rev|"
    r"Fr|Sgt|Cmdr|Insp|Supt|approx|est|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"|\b[A-Z](?:\.[A-Z])*|\bU\.S|\bU\.N|\bU\.K)\.$"
)


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
    """Sentences of a document, paragraph-aware, with offsets."""
    out: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        para = text[p_start:p_end]
        cut = 0
        for m in _END.finditer(para):
            stop = m.start() + len(m.group(1))
            if _ABBREV.search(para[cut : m.start()]):
                continue
            _add(out, para, cut, stop, p_start, p_index)
            cut = m.end()
        _add(out, para, cut, len(para), p_start, p_index)
    return out


def _add(out: list[Sentence], para: str, s: int, e: int, base: int, p_index: int) -> None:
    chunk = para[s:e]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    start = base + s + lead
    out.append(Sentence(stripped, start, start + len(stripped), p_index, len(out)))
