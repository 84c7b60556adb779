"""Calendar dates written out in full ("March 3, 2021", "3 March 2021", "2021-03-03") and the dateline at the
top of an article. The month and year patterns live here, below the NLP date finder that builds on them, so
the readers can date a document without loading any NLP."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}


def cap_alts(words: list[str]) -> str:
    """A regex alternation of the words in title and upper case, longest first."""
    # Title case or upper case only: "may"/"march" in lower case are a verb, never a month.
    alts = sorted({w.title() for w in words} | {w.upper() for w in words}, key=len, reverse=True)
    return "|".join(alts)


MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"]
MON = r"(?P<mon>(?:" + cap_alts(MONTH_NAMES)
MON += r")|(?:" + cap_alts(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct",
                             "nov", "dec"]) + r")\.?)"
# a month's name or abbreviation, unnamed ("March", "Sept."): for patterns that only need to know one stands there
MONTH_WORD = r"(?:" + cap_alts(MONTH_NAMES) + r"|(?:" + cap_alts(["jan", "feb", "mar", "apr", "jun", "jul", "aug",
                                                                   "sept", "sep", "oct", "nov", "dec"]) + r")\.?)"
DNUM = r"(?:[12]\d|3[01]|0?[1-9])"
YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d-]|s\b)"

ISO_DATE = re.compile(
    r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
)
# One scan for every month-name form: "3 March 2021", "March 3, 2021", "July 2019", "May 21-23", "6-7 December",
# "9 and 10 March", "March".
MONTH_DATE = re.compile(
    r"\b(?:(?:(?P<dday1>" + DNUM + r")(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:and|to|&)\s+))?"
    r"(?P<dday>" + DNUM + r")(?:st|nd|rd|th)?(?:\s+of)?\s+)?" + MON
    + r"(?:\s+(?P<mday>" + DNUM + r")(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<day2>" + DNUM + r"))?(?![\d:]|-\w))?"
    + r"(?:,?\s+(?:of\s+)?" + YEAR + r"|(?P<lastyear>\s+last\s+year))?(?!\w)"
)


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept.", "MARCH")."""
    return MONTHS[name.rstrip(".").lower()]


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def full_date(m: re.Match[str]) -> dt.date | None:
    """The date of an ISO_DATE or MONTH_DATE match that names day, month and year; else None."""
    groups = m.groupdict()
    if "m" in groups:  # ISO
        return safe_date(int(m["year"]), int(m["m"]), int(m["day"]))
    day, year = groups.get("dday") or groups.get("mday"), groups.get("year")
    if not (day and year):
        return None
    return safe_date(int(year), month_number(m["mon"]), int(day))


def parse_dateline(text: str) -> dt.date | None:
    """A full date (with its year) near the start of an article, or None.

    Only ISO dates and dates with a month name count: "12/03/2021" may be March or December, and a dateline
    without a year ("BEIRUT, May 21 (Levant Wire) -") needs the published date from elsewhere.
    """
    head = text[:200]
    found = sorted(
        (m.start(), m.end(), m) for pattern in (ISO_DATE, MONTH_DATE) for m in pattern.finditer(head)
    )
    end = -1
    for start, stop, m in found:
        if start < end:  # overlaps an earlier date expression
            continue
        end = stop
        date = full_date(m)
        if date is not None:
            return date
    return None


# "CULIACAN, Mexico, March 10 (AP) -", "GOMA, 14 May (Wire) -": a place in capitals, then a month and a day
_FILED = re.compile(
    r"^\s*[A-Z][A-Z .'’/-]{2,40}(?:,\s*[A-Z][\w .'’-]{1,30})?,\s*(?P<when>[^()\n–—-]{3,30}?)\s*(?:\(|[-–—:])")
FILED_WITHIN_DAYS = 7


def filing_day(text: str, published: dt.date) -> dt.date:
    """The day a wire story was filed, from a dateline without a year ("CULIACAN, Mexico, March 10 (AP) -"): its
    weekdays and "yesterday" count from that day. `published` when there is no such dateline, or when the day
    it names is not within the week before `published` (a feed that republished an old story keeps its date)."""
    m = _FILED.match(text[:160])
    when = MONTH_DATE.fullmatch(m.group("when").strip(" ,")) if m else None
    day = when and (when.group("dday") or when.group("mday"))
    if not day or when.group("year"):
        return published
    filed = safe_date(published.year, month_number(when.group("mon")), int(day))
    if filed is not None and filed > published:  # "Dec. 31" in a January 1 paper
        filed = safe_date(published.year - 1, month_number(when.group("mon")), int(day))
    if filed is None or not 0 <= (published - filed).days <= FILED_WITHIN_DAYS:
        return published
    return filed
