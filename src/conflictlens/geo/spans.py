"""Indexes over character spans that answer "is this range inside / overlapping one of those?" by bisection or
by a byte map, so a long text costs linear time (asking every span was quadratic)."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence


class Containing:
    """Is [start, end) inside a span of these labels? Spans by start with the furthest end reached so far,
    so each question is one bisection (asking every span was quadratic in a long text)."""

    def __init__(self, spans: Sequence[tuple[int, int, str]], labels: frozenset[str]) -> None:
        chosen = sorted((s, e) for s, e, label in spans if label in labels)
        self.starts = [s for s, _ in chosen]
        self.reach = list(itertools.accumulate((e for _, e in chosen), max))

    def __call__(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end


# a surname behind a lower-case article ("al-Hakimi", "el-Sayed", "ad-Din") is a name word as surely as "Hakimi"
_ARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")


def _name_word(word: str) -> bool:
    return word[:1].isupper() or _ARTICLE_NAME.match(word) is not None


class InsidePersonName:
    """Is [start, end) part of a longer PERSON span ("District commissioner Hassan Abdulle Mire said", "Police
    commander Mohamed Hassan")? spaCy's entities do not overlap, so the one span starting at or before the hit is
    the only one that can hold it."""

    def __init__(self, spans: Sequence[tuple[int, int, str]]) -> None:
        self.spans = sorted((s, e) for s, e, label in spans if label == "PERSON")
        self.starts = [s for s, _ in self.spans]

    def __call__(self, text: str, start: int, end: int) -> str | None:
        """"middle" when name words stand on both sides of the hit in the span ("Andres Manuel Lopez Obrador") or
        two or more before it ("Ernesto Salgado Nava"), "edge" when one before it ("Mohamed Hassan") or some after
        it, None when the hit is in no longer PERSON span."""
        i = bisect.bisect_right(self.starts, start)
        if i == 0:
            return None
        s, e = self.spans[i - 1]
        if e < end or (s, e) == (start, end):
            return None
        before = sum(_name_word(w) for w in text[s:start].split())
        after = sum(_name_word(w) for w in text[end:e].split())
        # a town after two or more name words is a surname as surely as one between them ("Ernesto Salgado Nava")
        return "middle" if (before and after) or before >= 2 else ("edge" if before or after else None)


class Taken:
    """Character ranges already claimed by a place mention; `overlaps` reads only the asked range's own
    characters (comparing with every claimed range was quadratic in a long text)."""

    def __init__(self, length: int, ranges: Sequence[tuple[int, int]]) -> None:
        self.covered = bytearray(length + 1)
        self.ranges: list[tuple[int, int]] = []
        self.empty = False  # an empty range (never made today) overlaps by position only: compare pairwise
        for s, e in ranges:
            self.add(s, e)

    def add(self, s: int, e: int) -> None:
        self.ranges.append((s, e))
        if s < e:
            self.covered[s:e] = b"\x01" * (e - s)
        else:
            self.empty = True

    def overlaps(self, start: int, end: int) -> bool:
        if self.empty or start >= end:
            return any(s < end and start < e for s, e in self.ranges)
        return self.covered.find(1, start, end) != -1
