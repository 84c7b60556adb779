"""Date expressions in news text, resolved against the publication date (docs/taxonomy.md §4).

Regexes only: no dateparser call. dateparser is slow (tens of ms a call) and misreads "may", "We",
"Sunni" and a weekday equal to the publication weekday, so the common newswire patterns are written out
here and anything rarer is left unresolved.

Rules where the annotation conventions leave room (each has a test in tests/test_dates.py):

- A weekday ("on Saturday", "Saturday night", "early on Sunday") is the most recent such day on or before
  the publication date; "last Wednesday" in a Wednesday article is seven days earlier; "since Friday" is the
  most recent Friday strictly before publication (tp 2, date_prec 2).
- "last night" is the day before publication; "overnight" (the night that ended on the morning of the
  report: "air defences destroyed 12 drones overnight, the ministry said on Monday"), "this morning", "today"
  are that day.
- "the previous day", "the next morning", "the same day", "two days later" count from the nearest earlier
  absolute date in the same text, else from publication.
- "over the weekend": the Sunday before publication (the Saturday in a Sunday article), tp 2, date_prec 2.
- "last week": Thursday of the previous Monday-based week; "this week": Thursday of this week clamped to
  publication (tp 2, date_prec 3).
- "earlier this month": the day halfway between the 1st and publication (tp 2, date_prec 4);
  "last month": the 15th of the previous month (tp 3, date_prec 4).
- A bare month ("in July", "last September") is the 15th of the most recent such month not after the
  publication month ("last" skips the publication month), clamped to publication (tp 3, date_prec 4).
- A year ("in 2013", "three years ago", "last year") is 1 July of that year (tp 3, date_prec 5).
- Future mentions ("next week", "by Friday", "will start on Monday", "a ceasefire from September 1") are
  resolved forwards and flagged `future`; `find_dates` leaves them out unless asked.
  A year-less date after "from"/"starting" is future only if its next occurrence is within 92 days.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from conflictlens.ingest.dateline import ISO_DATE, MONTH_DATE, MONTH_NAMES, YEAR, cap_alts, month_number, safe_date
from conflictlens.models import EventDate
from conflictlens.taxonomy import DatePrec, TimePrecision

__all__ = ["DateMention", "find_dates", "sentence_date", "statement_date"]


# (ACLED time_precision, UCDP date_prec) of each kind of date expression
Precision = tuple[TimePrecision, DatePrec]
ON_DAY: Precision = (TimePrecision.DAY, DatePrec.DAY)  # "on Saturday", "3 March 2021"
FEW_DAYS: Precision = (TimePrecision.WEEK, DatePrec.DAYS)  # "over the weekend", "since Friday", "May 21-23"
WITHIN_WEEK: Precision = (TimePrecision.WEEK, DatePrec.WEEK)  # "last week", "May 3-12"
WITHIN_MONTH: Precision = (TimePrecision.WEEK, DatePrec.MONTH)  # "earlier this month"
IN_MONTH: Precision = (TimePrecision.MONTH, DatePrec.MONTH)  # "in July", "last month"
IN_YEAR: Precision = (TimePrecision.MONTH, DatePrec.YEAR)  # "in 2013", "three years ago"


@dataclass(frozen=True)
class DateMention(EventDate):
    """An `EventDate` found in text, with what kind of expression it was and whether it lies ahead."""

    kind: str = ""  # full | month_day | month | year | weekday | relative | span
    future: bool = False
    # the day of the statement that reports the event ("nine people were killed, police said on Monday"): the
    # event happened then or before
    said: bool = False


_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3,
}


_WD = r"(?P<wd>" + cap_alts(list(_WEEKDAYS)) + r")"
_NUMW = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"

# Cue words just before a date, found by looking back from the date (a leading optional group in every
# pattern would be tried at every word boundary and triple the scan time).
_CUE_BACK = re.compile(
    r"(?<![\w-])(?P<cue>last|this|next|since|by|until|till|from|starting|beginning|as of|on|in|during|early|"
    r"late|mid|earlier|later|of|throughout|before|after)[\s-]+(?:on\s+|in\s+)?$",
    re.I,
)
_MONTH_CUES = {"last", "this", "next", "since", "by", "until", "till", "from", "in", "during", "early",
               "late", "mid", "earlier", "later", "starting", "beginning", "throughout"}
_YEAR_CUES = {"in", "since", "during", "of", "throughout", "by", "until", "from", "early", "late", "mid",
              "before", "after"}
_FUTURE_CUES = {"next", "by", "until", "till"}
_FROM_CUES = {"from", "starting", "beginning", "as of"}
_MODAL = re.compile(
    r"\b(?:will|shall|would|is|are|was|were)\s+(?:due|expected|scheduled|set|going|to)\b|\bwill\b|\bshall\b"
    r"|\bplans?\s+to\b|\bdue\s+to\s+(?:start|begin|take|come|expire|end|resume|open|hold)",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[.;!?\"]|,\s|\b(?:said|says|after|when|while|but)\b")

_P_ISO = ISO_DATE
_P_MONTH = MONTH_DATE
_P_YEAR = re.compile(
    r"(?<![\w$£€.,-])" + YEAR
    + r"(?![\w%]|\s*(?:people|civilians|soldiers|troops|residents|rifles|rounds)\b)"
)
_P_AGO = re.compile(
    r"\b" + _NUMW + r"\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>ago|earlier|later)\b", re.I
)
_P_WD = re.compile(r"\b" + _WD + r"(?:'s)?(?:\s+(?P<part>morning|afternoon|evening|night))?\b")
_P_REL = re.compile(
    # "overnight on Sunday", "overnight into Monday": the weekday dates it, not the night before the report
    r"\b(?P<rel>yesterday|today|tonight|tomorrow|overnight(?!\s+(?:(?:on|into|to|from|between)\s+)?"
    + r"(?:" + cap_alts(list(_WEEKDAYS)) + r"))|this\s+(?:morning|afternoon|evening)|"
    r"last\s+night|(?:the\s+)?(?:previous|next|following|same)\s+(?:day|morning|afternoon|evening|night)|"
    r"the\s+(?:previous|following)\s+week|the\s+week\s+before|"
    r"the\s+day\s+before|a\s+day\s+(?:earlier|later)|the\s+day\s+after|(?:hours|minutes)\s+(?:earlier|later)|(?:later|earlier)\s+that\s+day)\b",
    re.I,
)
_P_PERIOD = re.compile(
    r"\b(?P<rel>(?:over\s+|during\s+|at\s+)?(?:the|this|last)\s+weekend|(?:earlier\s+|later\s+)?(?:this|last|next)\s+"
    r"(?:week|month|year)|earlier\s+in\s+the\s+(?:week|month)|in\s+the\s+coming\s+(?:days|weeks|months))\b",
    re.I,
)


@dataclass(frozen=True)
class _Hit:
    """A pattern match widened to the cue word before it ("last", "since", "early on")."""

    m: re.Match[str]
    text: str
    start: int
    cue: str

    def group(self, name: str) -> str | None:
        return self.m.groupdict().get(name)


def _hit(m: re.Match[str], text: str) -> _Hit:
    start = m.start()
    back = _CUE_BACK.search(text, max(0, start - 24), start)
    if back is None:
        return _Hit(m, text, start, "")
    return _Hit(m, text, back.start(), " ".join(back.group("cue").lower().split()))


def _mention(date: dt.date, prec: Precision, h: _Hit, kind: str, future: bool = False) -> DateMention:
    end = h.m.end()
    return DateMention(date, *prec, h.text[h.start:end], h.start, end, kind=kind, future=future)


def _modal_before(text: str, start: int) -> bool:
    """A "will"/"is due to" earlier in the same clause makes the date a plan."""
    window = text[max(0, start - 70):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    return bool(_MODAL.search(window))


def _is_future(h: _Hit) -> bool:
    return h.cue in _FUTURE_CUES or _modal_before(h.text, h.start)


def _month_of(h: _Hit | re.Match[str]) -> int:
    return month_number(h.group("mon") or "")


def _back_md(month: int, day: int, pub: dt.date) -> dt.date | None:
    """The most recent `month`/`day` not after `pub`."""
    for year in (pub.year, pub.year - 1, pub.year - 2):
        d = safe_date(year, month, day)
        if d is not None and d <= pub:
            return d
    return None


def _ahead_md(month: int, day: int, pub: dt.date) -> dt.date | None:
    for year in (pub.year, pub.year + 1, pub.year + 2):
        d = safe_date(year, month, day)
        if d is not None and d >= pub:
            return d
    return None


def _weekday_back(wd: int, pub: dt.date, strictly: bool = False) -> dt.date:
    delta = (pub.weekday() - wd) % 7
    if strictly and delta == 0:
        delta = 7
    return pub - dt.timedelta(days=delta)


def _iso(h: _Hit, pub: dt.date) -> DateMention | None:
    d = safe_date(int(h.m.group("year")), int(h.m.group("m")), int(h.m.group("day")))
    return None if d is None else _mention(d, ON_DAY, h, "full", future=d > pub)


# "On 04.03.2025", "on 17/02/2026", "2-1-2026": day, month and year in figures (police press notes, European, South
# Asian and Latin American reports). Day first, as most of the world writes it; month first only where day first
# cannot be ("03/15/2026") or, with slashes (the US form), lies after the publication day.
_P_NUM = re.compile(
    r"(?<![\d./-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/-]|\.\d)")


def _numeric(h: _Hit, pub: dt.date) -> DateMention | None:
    first, second, year = int(h.group("d") or 0), int(h.group("m") or 0), int(h.group("year") or 0)
    d = safe_date(year, second, first)
    if d is None or (d > pub and h.group("sep") == "/"):
        us = safe_date(year, first, second)
        d = us if us is not None and (d is None or us <= pub) else d
    return None if d is None else _mention(d, ON_DAY, h, "full", future=d > pub)


def _monthish(h: _Hit, pub: dt.date) -> DateMention | None:
    """Dispatch a month-name match on which parts it has: day and year, year, day, or neither."""
    year = h.group("year")
    first, last = _day_span(h)
    if h.group("lastyear"):
        year = str((pub.year if pub != dt.date.max else 9999) - 1)
    if first and year:
        d = safe_date(int(year), _month_of(h), first)
        if d is not None and last:
            return _mention(d + dt.timedelta(days=(last - first) // 2), _span_precision(first, last), h, "span",
                            future=d > pub)
        return None if d is None else _mention(d, ON_DAY, h, "full", future=d > pub)
    if year:
        d = dt.date(int(year), _month_of(h), 15)
        future = d.replace(day=1) > pub
        return _mention(d if future else min(d, pub), IN_MONTH, h, "month", future=future)
    if first:
        return _month_day(h, pub, first, last)
    return _month_only(h, pub) if h.cue in _MONTH_CUES else None


def _day_span(h: _Hit) -> tuple[int, int]:
    """(first day, last day or 0) of a month-name match: "May 21-23", "6-7 December", "9 and 10 March" are
    spans; a first day not before the last ("15 and 12 March") is not."""
    day = int(h.group("dday") or h.group("mday") or 0)
    before, after = int(h.group("dday1") or 0), int(h.group("day2") or 0)
    if before and before < day:
        return before, day
    if after > day:
        return day, after
    return day, 0


def _span_precision(first: int, last: int) -> Precision:
    return FEW_DAYS if last - first + 1 <= 6 else WITHIN_WEEK


def _month_day(h: _Hit, pub: dt.date, day: int, last: int = 0) -> DateMention | None:
    month = _month_of(h)
    ahead = _ahead_md(month, day, pub)
    future = _is_future(h)
    if h.cue in _FROM_CUES and ahead is not None and (ahead - pub).days <= 92:
        future = True
    d = ahead if future else _back_md(month, day, pub)
    if d is None:
        return None
    if last:
        mid = safe_date(d.year, month, (day + last) // 2) or d
        mid = mid if future else min(mid, pub)
        return _mention(mid, _span_precision(day, last), h, "span", future=future)
    return _mention(d, ON_DAY, h, "month_day", future=future)


def _month_only(h: _Hit, pub: dt.date) -> DateMention:
    month = _month_of(h)
    if _is_future(h) or h.cue == "next":
        year = pub.year if month > pub.month else pub.year + 1
        return _mention(dt.date(year, month, 15), IN_MONTH, h, "month", future=True)
    year = pub.year if month < pub.month or (month == pub.month and h.cue != "last") else pub.year - 1
    return _mention(min(dt.date(year, month, 15), pub), IN_MONTH, h, "month")


def _year_only(h: _Hit, pub: dt.date) -> DateMention | None:
    if h.cue not in _YEAR_CUES:
        return None
    year = int(h.m.group("year"))
    future = year > pub.year or (h.cue in _FUTURE_CUES and year >= pub.year)
    d = dt.date(year, 7, 1)
    return _mention(d if future else min(d, pub), IN_YEAR, h, "year", future=future)


def _weekday(h: _Hit, pub: dt.date) -> DateMention:
    wd, cue = _WEEKDAYS[(h.group("wd") or "").lower()], h.cue
    if cue == "next" or cue in _FROM_CUES or _is_future(h):
        delta = (wd - pub.weekday()) % 7 or (7 if cue == "next" else 0)
        return _mention(pub + dt.timedelta(days=delta), ON_DAY, h, "weekday", future=True)
    if cue == "since":  # a span, unless a "when" clause tells what happened that day ("since Wednesday, when ...")
        day = bool(_WHEN_CLAUSE_AFTER.match(h.text, h.m.end()))
        return _mention(_weekday_back(wd, pub, strictly=True), ON_DAY if day else FEW_DAYS, h,
                        "weekday" if day else "span")
    if _LAST_WEEK_AFTER.match(h.text, h.m.end()) or _LAST_WEEK_BEFORE.search(h.text, max(0, h.start - 20), h.start):
        # "on Tuesday last week", "Last week on Wednesday": that weekday of the calendar week before the report's
        monday = pub - dt.timedelta(days=pub.weekday())
        return _mention(monday - dt.timedelta(days=7 - wd), ON_DAY, h, "weekday")
    return _mention(_weekday_back(wd, pub, strictly=cue == "last"), ON_DAY, h, "weekday")


# a weekday placed in the week before the report's: "on Monday last week", "Last week on Wednesday", "last week,
# on Friday"
_LAST_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?last\s+week\b", re.I)
_LAST_WEEK_BEFORE = re.compile(r"\blast\s+week\s*,?\s*(?:on\s+)?$", re.I)


# Right after a date, the clause that tells what happened then: "since Wednesday last week, when ...", "memories of
# April last year, when ..."
_WHEN_CLAUSE_AFTER = re.compile(r"(?:\s+(?:last|this)\s+week)?\s*,\s*when\b", re.I)


def when_clause_date(text: str, published: dt.date, event_starts: Sequence[int]) -> DateMention | None:
    """'Sunday's attack revived memories of April last year, when an air strike on a crowd killed more than 160
    people': a date the sentence opens a "when" clause with dates the event that clause tells, when every event
    word of the sentence (`event_starts`) lies in it (the sentence's other dates are the event it is compared
    with)."""
    if not event_starts or not _WHEN_CLAUSE_AFTER.search(text):
        return None  # the common case, without a second pass over the sentence's dates
    for m in find_dates(text, published):
        if _WHEN_CLAUSE_AFTER.match(text, m.end) and all(start >= m.end for start in event_starts):
            return m
    return None


_DAY_OFFSETS = {
    "yesterday": -1, "today": 0, "overnight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "last night": -1,
}


def _relative_offset(rel: str) -> tuple[int, bool] | None:
    """(days, anchored): anchored offsets count from the sentence's other date, not from publication."""
    rel = " ".join(rel.lower().split())
    if rel.startswith(("hours ", "minutes ")) or rel.endswith("that day"):
        return 0, True
    if rel in _DAY_OFFSETS:
        return _DAY_OFFSETS[rel], False
    if "previous" in rel or "before" in rel or "earlier" in rel:
        return -1, True
    if "same" in rel:
        return 0, True
    if "next" in rel or "following" in rel or "later" in rel or "after" in rel:
        return 1, True
    return None


def _relative(h: _Hit, pub: dt.date) -> DateMention | None:
    rel = h.m.group("rel").lower()
    if rel in ("tomorrow", "tonight"):
        return _mention(pub + dt.timedelta(days=rel == "tomorrow"), ON_DAY, h, "relative", future=True)
    found = _relative_offset(rel)
    if found is None:
        return None
    days, anchored = found
    kind = "anchored" if anchored else "relative"
    if "week" in rel:  # "the previous week", "the week before": a week's span, seven days off
        return _mention(pub + dt.timedelta(days=7 * days), WITHIN_WEEK, h, kind)
    return _mention(pub + dt.timedelta(days=days), ON_DAY, h, kind)


def _weekend(rel: str, pub: dt.date, h: _Hit) -> DateMention:
    wd = pub.weekday()
    if "last" in rel and wd >= 5:
        d = _weekday_back(6, pub, strictly=True)
    elif wd == 6:
        d = pub - dt.timedelta(days=1)
    elif wd == 5:
        d = pub
    else:
        d = _weekday_back(6, pub)
    return _mention(d, FEW_DAYS, h, "span")


def _next_period(rel: str, pub: dt.date, h: _Hit) -> DateMention:
    if rel.endswith("month"):
        first = (pub.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return _mention(first.replace(day=15), IN_MONTH, h, "month", future=True)
    if rel.endswith("year"):
        return _mention(dt.date(pub.year + 1, 7, 1), IN_YEAR, h, "year", future=True)
    thursday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=10)
    return _mention(thursday, WITHIN_WEEK, h, "span", future=True)


def _period(h: _Hit, pub: dt.date) -> DateMention | None:
    rel = " ".join(h.m.group("rel").lower().split())
    if "next" in rel or "coming" in rel:
        return _next_period(rel, pub, h)
    if rel.endswith("weekend"):
        return _weekend(rel, pub, h)
    monday = pub - dt.timedelta(days=pub.weekday())
    if rel.endswith("week"):
        if "last" in rel:
            return _mention(monday - dt.timedelta(days=4), WITHIN_WEEK, h, "span")
        return _mention(min(monday + dt.timedelta(days=3), pub), WITHIN_WEEK, h, "span")
    if rel.endswith("month"):
        if "last" in rel:
            last_month = pub.replace(day=1) - dt.timedelta(days=1)
            return _mention(last_month.replace(day=15), IN_MONTH, h, "month")
        return _mention(pub.replace(day=1 + (pub.day - 1) // 2), WITHIN_MONTH, h, "span")
    if "last" in rel:
        return _mention(dt.date(pub.year - 1, 7, 1), IN_YEAR, h, "year")
    first = dt.date(pub.year, 1, 1)
    return _mention(first + (pub - first) // 2, IN_YEAR, h, "year")


def _ago(h: _Hit, pub: dt.date) -> DateMention | None:
    n = h.m.group("n").lower()
    count = int(n) if n.isdigit() else _SMALL.get(n, 0)
    unit, direction = h.m.group("unit").lower(), h.m.group("dir").lower()
    if count == 0 or (direction == "later" and unit != "day"):
        return None  # "two years later" needs the anchor's own precision; left to the caller
    if direction == "later":  # "two days later": counted from the anchor by the caller
        return _mention(pub + dt.timedelta(days=count), ON_DAY, h, "anchored")
    kind = "relative" if direction == "ago" else "anchored"
    if unit == "day":
        return _mention(pub - dt.timedelta(days=count), ON_DAY, h, kind)
    if unit == "week":
        return _mention(pub - dt.timedelta(days=7 * count), WITHIN_WEEK, h, kind)
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 - count
        return _mention(dt.date(months // 12, months % 12 + 1, 15), IN_MONTH, h, kind)
    return _mention(dt.date(pub.year - count, 7, 1), IN_YEAR, h, kind)


# "(20/01)", "[13/10]": South Asian papers put the day and month after the weekday or "yesterday". Bracketed,
# so day-first is unambiguous in that convention; a bare "12/03" is left alone (March or December?).
_P_DM = re.compile(r"[(\[](?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[)\]]")


def _day_month(h: _Hit, pub: dt.date) -> DateMention | None:
    day, month = int(h.group("d") or 0), int(h.group("m") or 0)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    d = _back_md(month, day, pub)
    return _mention(d, ON_DAY, h, "month_day") if d is not None else None


_Handler = Callable[[_Hit, dt.date], DateMention | None]
# Overlapping matches keep the longest span (with its cue), then the earlier pattern here.
_PATTERNS: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (_P_ISO, _iso),
    (_P_NUM, _numeric),
    (_P_DM, _day_month),
    (_P_MONTH, _monthish),
    (_P_YEAR, _year_only),
    (_P_AGO, _ago),
    (_P_WD, _weekday),
    (_P_REL, _relative),
    (_P_PERIOD, _period),
)


def _candidates(text: str) -> list[tuple[int, int, int, _Hit]]:
    found = []
    for rank, (pattern, _handler) in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            h = _hit(m, text)
            found.append((h.start, m.end(), rank, h))
    found.sort(key=lambda c: (c[0] - c[1], c[2]))
    kept: list[tuple[int, int, int, _Hit]] = []
    for cand in found:
        if all(cand[1] <= k[0] or cand[0] >= k[1] for k in kept):
            kept.append(cand)
    kept.sort(key=lambda c: c[0])
    return kept


def _reanchor(mention: DateMention, anchor: DateMention | None, pub: dt.date) -> DateMention:
    """Move "the next morning"/"two years earlier" from publication to the sentence's own date."""
    if anchor is None:
        return mention
    shifted = anchor.date + (mention.date - pub)
    if mention.date_prec == DatePrec.YEAR:
        shifted = dt.date(anchor.date.year - (pub.year - mention.date.year), 7, 1)
    tp = max(mention.time_precision, anchor.time_precision)
    dp = max(mention.date_prec, anchor.date_prec)
    return DateMention(shifted, tp, dp, mention.mention, mention.start, mention.end, kind=mention.kind,
                       future=mention.future or anchor.future)


def find_dates(
    text: str, published: dt.date, include_future: bool = False, anchor: DateMention | None = None
) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved against `published`. `anchor`: the date of an
    earlier sentence, for "the next morning" or "a day earlier" before any date of this text's own.

    Future mentions (plans, deadlines, "next week") are left out unless `include_future` is set; they are
    never event dates. Each result is an `EventDate` (a `DateMention`) with character offsets into `text`.
    """
    out: list[DateMention] = []
    for _start, _end, rank, h in _candidates(text):
        mention = _PATTERNS[rank][1](h, published)
        if mention is None:
            continue
        if mention.kind == "anchored":
            mention = _reanchor(mention, anchor, published)
        elif not mention.future:
            anchor = mention
        if include_future or not mention.future:
            out.append(mention)
    return out


# the verbs of saying both patterns below read
_SAYING = r"said|says|reported|announced|stated|confirmed|claimed|denied"
# "the ministry said on Wednesday that police had detained 34 officials on Tuesday": a date right after a verb of
# saying dates the statement, not the event
# ("said on state television on Thursday", "told a news conference on Monday", "said in a statement late on Friday":
# where it was said may stand between)
_SPOKEN = re.compile(r"\b(?:" + _SAYING + r"|told(?: \w+){0,3}|added|"
                     r"wrote|tweeted|posted)\s+(?:(?:on|in|at|to|via|during|through)\s+(?:(?:a|an|the|its|his|her|"
                     r"their)\s+)?(?:[\w-]+\s+){0,2}?(?:television|TV|radio|statement|broadcast|briefing|conference|"
                     r"interview|video|message|post|channel|website|account|Telegram|Facebook|X)\s+)?"
                     r"(?:late\s+|early\s+)?$", re.I)


# "The commission on Tuesday accused soldiers of burning a village", "the army on Monday said": a date between a
# speaker and its verb of saying (or accusing) dates the statement too
_SPOKEN_AFTER = re.compile(r"\s+(?:" + _SAYING + r"|told|accused|blamed|condemned|denounced|alleged|urged|warned|"
                           r"called\s+for|demanded|dismissed|rejected)\b", re.I)
# a sentence's opening day is the event's ("On Tuesday said" is no English); after a speaker it is the statement's
_OPENING = re.compile(r"^\W*(?:(?:on|late|early|last)\s+)*$", re.I)


def _spoken(text: str, m: DateMention) -> bool:
    """The date is a statement's: after a verb of saying, or between a speaker and such a verb."""
    return bool(_SPOKEN.search(text, max(0, m.start - 40), m.start)
                or (_SPOKEN_AFTER.match(text, m.end) and not _OPENING.match(text[:m.start])))


def spoken_date(text: str, m: DateMention) -> bool:
    """Whether the date `m` of `text` dates a statement ("the ministry said on Wednesday"), not an event."""
    return _spoken(text, m)


def statement_date(text: str, published: dt.date) -> DateMention | None:
    """The date a sentence gives its statement ("the army said on Wednesday that ..."), if any."""
    return next((m for m in find_dates(text, published) if m.kind != "anchored" and _spoken(text, m)), None)


# between a day counted from another ("hours later", "minutes later") and the day named beside it
_DAY_NAMED_NEXT = re.compile(r"\s*,?\s*(?:(?:early|late)\s+)?(?:on\s+)?", re.I)


def sentence_date(text: str, published: dt.date, anchor: DateMention | None = None) -> DateMention | None:
    """The most specific past date in an event sentence: not the date of a statement when the sentence has
    another; then lowest date_prec, then time_precision, then a calendar date over a weekday or relative day;
    first wins. `anchor` (an earlier sentence's date) places "the next day" and "hours earlier"."""
    def rank(m: DateMention) -> tuple[bool, int, int, int]:  # a calendar date beats "yesterday (20/01)"'s weekday
        spoken = _spoken(text, m)
        return spoken, m.date_prec, m.time_precision, 0 if m.kind in ("full", "month_day") else 1

    best: DateMention | None = None
    found = find_dates(text, published, anchor=anchor)
    for i, mention in enumerate(found):
        if mention.kind == "anchored" and i + 1 < len(found) and found[i + 1].kind != "anchored" \
                and _DAY_NAMED_NEXT.fullmatch(text, mention.end, found[i + 1].start):
            continue  # "Hours later, on Tuesday, ...": the day it names, not one counted from the night before
        if best is None or rank(mention) < rank(best):
            best = mention
    return replace(best, said=True) if best is not None and rank(best)[0] else best


_MONTH_NAME = cap_alts(MONTH_NAMES)
# a time well before the news: "last August", "last year", "in March 2021", "in 2019", "two years ago"
_LONG_AGO = re.compile(
    r"\b(?:last (?:year|(?:" + _MONTH_NAME + r"))|in (?:(?:" + _MONTH_NAME + r") )?(?:19|20)\d\d|"
    r"(?:\w+ )?years? ago|earlier this year)\b")
# an aside on a place or a side, opened by a comma: ", the port town that troops retook", ", which the militia
# captured"; it runs to the next comma or the sentence's end
_ASIDE = re.compile(r",\s+(?:which|that|where|whom|(?:the|a|an)\s)[^,;.]*")


# a clause that recounts a period's other events: ", capping a week in which insurgents seized ...", ", the latest
# in a string of attacks that has also seen ...", "in a week that also saw ..."; it runs to the sentence's end
_RECAP = re.compile(
    r"(?:,|\bin)\s+(?:(?:capping|ending|closing|rounding\s+off|topping\s+off)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:week|weekend|fortnight|month|days|period)\s+(?:in\s+which|that|which|during\s+which)\b"
    r"|,\s+(?:the\s+)?(?:latest|last|third|fourth|fifth|second)\s+(?:[\w-]+\s+){0,3}?in\s+an?\s+"
    r"(?:[\w-]+\s+)?(?:string|series|spate|wave|run|chain)\s+of\s+[^,;.]*?\b(?:that|which)\s+"
    r"(?:has|have|had)\s+(?:also\s+)?(?:seen|included|brought)\b"
    r"|,\s+the\s+(?:second|third|fourth|fifth|latest)\s+(?:[\w-]+\s+){0,2}?(?:attack|raid|strike|ambush|"
    r"bombing|incident)s?\s+in\s+an?\s+(?:[\w-]+\s+)?(?:week|fortnight|month|days)\s+(?:that|which)\b",
    re.I,
)


def past_asides(text: str) -> list[tuple[int, int]]:
    """(start, end) of the asides of `text` that tell something long past: "near Mocimboa da Praia, the port town
    that troops retook from the militants last August" (the retaking is history, not the sentence's event); and
    of a clause that recounts a period's other events in passing ("Gunmen killed four civilians on Saturday,
    capping a week in which insurgents seized a district headquarters"): those events are told on their own
    elsewhere, or too loosely to date and place."""
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text) if _LONG_AGO.search(m.group(0))]
    recap = recap_start(text)
    return [*asides, (recap, len(text))] if recap is not None else asides


def recap_start(text: str) -> int | None:
    """Where a clause recounting a period's other events opens (see `past_asides`), or None."""
    m = _RECAP.search(text)
    return m.start() if m else None


# what may stand beside a day in a heading line: weekday names, punctuation ("FRIDAY, 17 MAY", "- Tuesday -")
_NOT_A_DAY = re.compile(r"[\W\d_]+|\b(?:on|the|of)\b", re.I)


def day_heading(line: str, published: dt.date) -> DateMention | None:
    """The day a line names when it is a day and nothing else ("FRIDAY, 17 MAY", "Tuesday 14 May", "15 May 2024"),
    as a digest, a timeline or a live page heads its days; None for any other line."""
    text = line.strip()
    if len(text) > 40 or "\n" in text:
        return None
    found = find_dates(text, published)
    if not found or len({m.date for m in found}) > 1 or any(
            m.time_precision != TimePrecision.DAY or m.kind in ("relative", "anchored") for m in found):
        return None
    rest = "".join(c for i, c in enumerate(text) if not any(m.start <= i < m.end for m in found))
    return None if _NOT_A_DAY.sub("", rest).strip() else replace(found[-1], start=-1, end=-1)


# the month a report covers, named in its title or a heading line with its year and no day ("Monthly Field Briefing,
# August 2023", "SITUATION UPDATE - MARCH 2024") or as a run of its days ("1-30 June 2024")
_PERIOD_MONTH = re.compile(
    r"(?<![\d\w])(?:(?P<first>\d{1,2})\s*[-–]\s*\d{1,2}\s+)?(?P<mon>" + _MONTH_NAME
    + r"),?\s+(?P<year>(?:19|20)\d\d)\b")
_DAY_BEFORE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s*$")
_HEADING_LINES = 6  # the lines at the top of a text that may head it
_HEADING_CHARS = 150  # a heading line is short


def reporting_month(title: str, text: str, published: dt.date) -> dt.date | None:
    """The first day of the month a periodic report covers (its title or one of its heading lines names the month,
    the publication's or the one before, with its year and no single day), or None. A monthly briefing's events
    of that month are its news, however many weeks before its release they happened."""
    lines = [title, *text.lstrip().splitlines()[:_HEADING_LINES]]
    for line in lines:
        if not line or len(line) > _HEADING_CHARS:
            continue
        for m in _PERIOD_MONTH.finditer(line):
            if not m.group("first") and _DAY_BEFORE.search(line, 0, m.start()):
                continue  # "Released in Mae Sot, 5 September 2023": a day, not a period
            start = safe_date(int(m.group("year")), month_number(m.group("mon")), 1)
            if start is not None and 0 <= (published - start).days <= 62:
                return start
    return None
