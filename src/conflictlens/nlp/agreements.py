"""Agreement mentions in text: what a sentence says of a truce or deal (announced, extended, collapsed, appraised),
its name, its parties' words and the dates of its terms.

"due to expire on 12 March", "from September 1", "took effect on January 12": those dates belong to the
agreement (its start or end), not to the event that mentions it; `term_dates` reads them and `is_term_date`
tells the date picker to look past them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from conflictlens.nlp.dates import DateMention, find_dates

AGREEMENT = re.compile(
    r"\b(?:ceasefire|cease-fire|truce|armistice|peace (?:deal|agreement|accord|plan)|accord|deal|memorandum|pact|"
    r"cessation of hostilities|agreement|package of measures)s?\b", re.I)
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("collapse", re.compile(
        r"\b(?:expired|lapsed|collapsed|broke down|fell apart|ended|was over|is over|unravell?ed|abandoned|"
        r"suspended|pulled out of|withdrew from|dead letter|buried|declared (?:it )?(?:dead|over))\b", re.I)),
    ("extension", re.compile(r"\b(?:extended|extends|extension|renewed|renews|prolonged|recommit\w*)\b", re.I)),
    ("exchange", re.compile(r"\b(?:prisoner|detainee|captive)s? (?:exchange|swap|release)s?\b|\bexchanged\b|"
                            r"\brelease (?:\w+ ){0,6}(?:prisoners|detainees|captives)\b", re.I)),
    ("announcement", re.compile(
        r"\b(?:signed|agreed|reached|announced|brokered|struck|sealed|took effect|came into (?:force|effect)|"
        r"entered into force|began|declared|pledged?)\b", re.I)),
    ("appraisal", re.compile(
        r"\b(?:unravell?ing|fraying|frays|under strain|strained|holding|held|largely held|barely \w+ (?:days|weeks) "
        r"old|shaky|fragile|tested|testing|in tatters|teetering|on the brink)\b", re.I)),
)
# Words shortly before a date that make it the agreement's end or start, not the day of the event that mentions
# it. A prospective end ("due to expire on 12 March", "until") is never the event's day; a past one ("expired on
# Tuesday") is both the term's end and the day of the collapse.
_WINDOW = 36
_END_AHEAD = re.compile(
    r"\b(?:due to (?:expire|end|last|run)|set to (?:expire|end|last)|to (?:expire|end|last|run)|expires?|"
    r"expiring|ends|ending|until|till|through|runs? (?:out|to|until)|valid (?:until|to)|deadline)\b", re.I)
_END_PAST = re.compile(r"\b(?:expired|lapsed|ended|collapsed|ran out)\b", re.I)
_START_CUE = re.compile(
    r"\b(?:from|starting|as of|effective|took effect|takes effect|to take effect|came into (?:force|effect)|"
    r"comes? into (?:force|effect)|entered into force|began|begins?|to begin|start(?:ed|s)?)\b", re.I)
_BREAK = re.compile(r"[;]|,\s+(?:and|but|which|while)\b|\band\b")


def _last_cue(before: str) -> str:
    """The role of the last cue word in the few words before a date: 'ahead', 'past', 'start' or ''."""
    best, role = -1, ""
    for name, pattern in (("ahead", _END_AHEAD), ("past", _END_PAST), ("start", _START_CUE)):
        for m in pattern.finditer(before):
            if m.start() > best:
                best, role = m.start(), name
    if role and _BREAK.search(before, best):
        return ""
    return role


# How long a truce lasts: "due to last seven days", "for 72 hours", "a 101-day ceasefire", "a week-long truce"
# (not "after two weeks of talks").
_DURATION = re.compile(
    r"(?:\b(?:last|lasting|run|running|for|extended by|extend it by)\s+(?:another\s+|a further\s+)?)"
    r"(?P<n>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty)[- ]"
    r"(?P<unit>day|days|week|weeks|month|months|hour|hours)\b|"
    r"\b(?P<n2>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty)[- ]?"
    r"(?P<unit2>day|week|month|hour)[- ](?:long )?(?:truce|ceasefire|cease-fire|pause|halt|humanitarian truce)\b|"
    r"\b(?P<unit3>week|month|day)-long\b", re.I)
_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "fourteen": 14, "thirty": 30}
_NAME = re.compile(
    r"\b(?P<name>(?:[A-Z][\w'-]+ ){1,4}(?:[Cc]easefire|[Tt]ruce|[Aa]greement|[Mm]emorandum|[Dd]eal|[Aa]ccord|[Pp]act|"
    r"Package of Measures)(?: II| 2)?)")
_PLACE_OF = re.compile(
    r"\b(?:in|at) (?:the )?(?:\w+ )?(?:city|capital) of (?P<city>[A-Z][\w'-]+)|\bin (?P<at>[A-Z][\w'-]+)")
_NOT_NAMES = {"The", "A", "An", "That", "This", "Under", "Its", "Their", "His", "Her", "But", "And"}


_TRUCE = re.compile(
    r"\b(?:ceasefire|cease-fire|truce|armistice|cessation of hostilities|peace (?:deal|agreement|accord|plan)|"
    r"(?:prisoner|detainee)s? (?:exchange|swap)|release (?:\w+ ){0,6}(?:prisoners|detainees)|"
    r"(?:exchang|swapp)(?:ed|es|ing) (?:[\w-]+ ){0,3}(?:prisoners|captives|detainees|POWs))s?\b", re.I)


def is_truce(sentence: str) -> bool:
    """A sentence about a truce, a peace deal or a prisoner exchange (not any 'deal' or 'agreed to')."""
    return bool(_TRUCE.search(sentence))


@dataclass(frozen=True)
class AgreementReading:
    """What one sentence says of an agreement."""

    kind: str  # announcement | extension | collapse | appraisal | exchange
    name: str
    start: dt.date | None
    end: dt.date | None
    signed_at: str  # the city named as where it was signed or talked ("Jeddah"), if any


def mentions_agreement(sentence: str) -> bool:
    return bool(AGREEMENT.search(sentence)) or bool(_KINDS[2][1].search(sentence)) or is_truce(sentence)


def mention_kind(sentence: str) -> str:
    """The first kind whose words the sentence holds (a collapse outranks an announcement in one sentence)."""
    for kind, pattern in _KINDS:
        if pattern.search(sentence):
            return kind
    return "appraisal" if AGREEMENT.search(sentence) else ""


def is_term_date(sentence: str, mention: DateMention) -> str:
    """'end' or 'start' when the date is the agreement's and not the event's ("due to expire on 12 March",
    "a complete ceasefire from September 1"), else ''."""
    if mention.start < 0:
        return ""
    role = _last_cue(sentence[max(0, mention.start - _WINDOW) : mention.end])
    if role == "ahead" or (role == "" and mention.future and AGREEMENT.search(sentence)):
        return "end"
    if role == "start" and (mention.future or AGREEMENT.search(sentence[: mention.start])):
        return "start"
    return ""


def term_dates(sentence: str, published: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """(start, end) of the agreement as the sentence gives them; a duration ("a week-long truce", "due to last
    seven days") sets the end from the start."""
    start = end = None
    for m in find_dates(sentence, published, include_future=True):
        role = _last_cue(sentence[max(0, m.start - _WINDOW) : m.end])
        if role in ("ahead", "past") and end is None:
            end = m.date
        elif role == "start" and start is None:
            start = m.date
    if end is None and start is not None and (d := _DURATION.search(sentence)):
        word = d["n"] or d["n2"] or "1"
        n = int(word) if word.isdigit() else _WORDS[word.lower()]
        unit = (d["unit"] or d["unit2"] or d["unit3"]).lower().rstrip("s")
        days = {"day": n, "week": 7 * n, "month": 30 * n, "hour": max(1, n // 24)}[unit]
        end = start + dt.timedelta(days=days)
    return start, end


def agreement_name(sentence: str) -> str:
    for m in _NAME.finditer(sentence):
        words = m["name"].split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if len(words) >= 2:
            return " ".join(words)
    return ""


def read_agreement(sentence: str, published: dt.date) -> AgreementReading | None:
    """What the sentence says of an agreement, or None when it names none."""
    if not mentions_agreement(sentence):
        return None
    start, end = term_dates(sentence, published)
    where = _PLACE_OF.search(sentence)
    city = (where["city"] or where["at"]) if where else ""
    return AgreementReading(mention_kind(sentence), agreement_name(sentence), start, end, city or "")
