"""What the figure readers return: a victim figure in a sentence, and a cumulative figure over a period."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("killed", "injured", "affected", "abducted", "arrested")


@dataclass(frozen=True)
class Count:
    kind: str  # killed | injured | affected | abducted | arrested
    value: int | None
    low: int | None
    high: int | None
    vague_word: str | None
    who: str  # the victim noun phrase as written ("civilians", "regime soldiers"), "" if none
    civilians: bool
    start: int
    end: int
    text: str
    tally: bool = False  # part of a cumulative figure over a period, not an event's toll
    part: bool = False  # "including three children": a share of the count before it


@dataclass(frozen=True)
class TallyFigure:
    """A cumulative killed figure over a period; `since` is "2014", "2014-04" or "2019-04-30" or ""."""

    killed: int
    period: str
    start: int
    end: int
    since: str
    text: str

