"""Claims of one incident -> casualty range, `contested` flag and an Airwars-style grade (pure functions).

The rules (docs/taxonomy.md §3 and §5, docs/design.md §4.2):

* Only claims with stance `reports` enter the figures; denials (`denies_event`, `denies_responsibility`)
  never do. A claim's low/high are its own `killed_low`/`killed_high` when it gives a range, else `killed`.
* `fatalities` is ACLED's conservative figure: the smallest positive `killed` among reporting claims, 0 when
  no claim gives one. `fatalities_low` / `fatalities_high`: the smallest low and the largest high.
* `fatalities_best` (UCDP "most likely"): every *independent source* contributes one figure — its figure
  from its latest document (a later count supersedes that source's earlier one), the largest when that
  document gives several (the fuller count) — and best is the median of those figures (the lower middle
  one for an even count, so it stays a reported number). Injured: the same rules.
* A reviewer's figure (a report's `fatalities` or `injured` set in review) is an authoritative claim by the
  reviewer for that report's source: it replaces that figure of the report's own claims (they are passed
  with the figure in `superseded`), which still count for the grade (who claimed, who was blamed).
* `contested`: the figures disagree, max > 1.5 x min and max - min >= 3.
* Grade, first rule that holds: a reviewer's override (e.g. `discounted`); *confirmed* when a belligerent
  (the actor1 side of a report) claims the event without blaming another party; *contested* when claims
  blame two or more different belligerents (a denial that blames no one does not count); *fair* with two
  or more independent sources and an identified belligerent; else *weak*.

An independent source is a source key given by the caller: syndicated copies of one wire story share the
key of the first copy, so they count once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from conflictlens.models import Claim, is_contested
from conflictlens.nlp.lexicon import word_list

GRADES = ("confirmed", "fair", "weak", "contested", "discounted")
_PREFIX = re.compile(r"^(military|police) forces of |^government of ")


@dataclass(frozen=True)
class SourcedClaim:
    """A claim with where it came from: the independent source and the date of the document."""

    claim: Claim
    source_key: str
    published: dt.date | None = None
    superseded: frozenset[str] = frozenset()  # "killed" / "injured": a reviewer's figure replaces this one
    by_reviewer: bool = False  # a reviewer's figure: counts in the figures, never as a belligerent's word


@dataclass(frozen=True)
class Range:
    conservative: int
    best: int | None
    low: int | None
    high: int | None


@dataclass(frozen=True)
class Reconciliation:
    fatalities: int
    fatalities_best: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    injured_best: int | None
    injured_low: int | None
    injured_high: int | None
    contested: bool
    grade: str
    grade_reason: str
    n_sources: int


def reconcile(
    claims: Sequence[SourcedClaim],
    *,
    belligerents: Iterable[str] = (),
    sources: Iterable[str] = (),
    grade_override: tuple[str, str] | None = None,
) -> Reconciliation:
    """Reconcile an incident. `belligerents`: actor1 of its reports; `sources`: source keys of its reports
    (a report with no claim still counts as a source); `grade_override`: (grade, reason) from a review."""
    killed = figure_range(claims, "killed")
    injured = figure_range(claims, "injured")
    n_sources = len(set(sources) | {c.source_key for c in claims})
    grade, reason = grade_incident(claims, list(belligerents), n_sources, grade_override)
    return Reconciliation(
        fatalities=killed.conservative,
        fatalities_best=killed.best,
        fatalities_low=killed.low,
        fatalities_high=killed.high,
        injured_best=injured.best,
        injured_low=injured.low,
        injured_high=injured.high,
        contested=is_contested(killed.low, killed.high),
        grade=grade,
        grade_reason=reason,
        n_sources=n_sources,
    )


def figure_range(claims: Sequence[SourcedClaim], what: str = "killed") -> Range:
    """Conservative / best / low / high of `killed` or `injured` over the reporting claims."""
    counted = [c for c in claims if c.claim.stance == "reports" and what not in c.superseded]
    rows = [(c, _value(c.claim, what)) for c in counted]
    rows = [(c, v) for c, v in rows if v is not None]
    if not rows:
        return Range(0, None, None, None)
    lows = [_bound(c.claim, what, "low", v) for c, v in rows]
    highs = [_bound(c.claim, what, "high", v) for c, v in rows]
    positive = [v for _, v in rows if v > 0]
    return Range(
        conservative=min(positive) if positive else 0,
        best=best_estimate([(c.source_key, c.published, v) for c, v in rows]),
        low=min(lows),
        high=max(highs),
    )


def best_estimate(figures: Sequence[tuple[str, dt.date | None, int]]) -> int | None:
    """One figure per source (its latest document, the largest there), then the lower median."""
    latest: dict[str, tuple[dt.date, int]] = {}
    for key, published, value in figures:
        when = published or dt.date.min
        if key not in latest or (when, value) > latest[key]:
            latest[key] = (when, value)
    values = sorted(v for _, v in latest.values())
    if not values:
        return None
    return values[(len(values) - 1) // 2]


def grade_incident(
    claims: Sequence[SourcedClaim],
    belligerents: Sequence[str],
    n_sources: int,
    grade_override: tuple[str, str] | None = None,
) -> tuple[str, str]:
    """The Airwars-style grade and the reason for it."""
    if grade_override and grade_override[0]:
        grade, why = grade_override
        return grade, f"set by review: {why}" if why else "set by review"
    named = [b for b in dict.fromkeys(belligerents) if _is_named(b)]
    for sc in claims:
        c = sc.claim
        if c.stance != "reports" or not c.claimant or sc.by_reviewer:
            continue
        party = next((b for b in named if same_party(c.claimant, b)), None)
        if party and (not c.blames or same_party(c.blames, party)):
            return "confirmed", f"{c.claimant} (the belligerent, {party}) accepts responsibility"
    blamed = distinct_parties(c.claim.blames for c in claims if c.claim.blames)
    if len(blamed) >= 2:
        return "contested", "competing claims of responsibility: " + " vs ".join(blamed)
    if n_sources >= 2 and (named or blamed):
        who = (named or blamed)[0]
        return "fair", f"{n_sources} independent sources; action by {who} likely"
    if n_sources >= 2:
        return "weak", f"{n_sources} independent sources but no belligerent identified"
    return "weak", "a single source"


def distinct_parties(names: Iterable[str | None]) -> list[str]:
    """The different belligerents among `names` (civilians and unnamed parties left out)."""
    out: list[str] = []
    for name in names:
        if not name or not _is_named(name) or "civilian" in name.casefold():
            continue
        if not any(same_party(name, seen) for seen in out):
            out.append(name)
    return out


def same_party(a: str, b: str) -> bool:
    """Whether two names designate the same party, e.g. "Russian Defence Ministry" and
    "Military Forces of Russia (2000-)". Conservative: unsure means no."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb or fuzz.token_set_ratio(na, nb) >= 90:
        return True
    return _state_match(a, nb) or _state_match(b, na)


def _state_match(raw: str, other_norm: str) -> bool:
    """'Military Forces of X' against a name with a state word and X (or its adjective) in it."""
    m = _PREFIX.match(_clean(raw))
    if not m:
        return False
    country = _clean(raw)[m.end() :].split()
    words = set(other_norm.split())
    if not country or words.isdisjoint(word_list("state_claimant_words")):
        return False
    stem = country[0][:5]
    return any(w.startswith(stem) for w in words)


def _clean(name: str) -> str:
    name = re.sub(r"\([^)]*\)", " ", name.casefold())
    return " ".join(re.findall(r"[\w-]+", name))


def _norm(name: str) -> str:
    return _PREFIX.sub("", _clean(name)).strip()


def _is_named(name: str) -> bool:
    low = name.casefold().strip()
    return bool(low) and not low.startswith(("unidentified", "unknown"))


def _value(claim: Claim, what: str) -> int | None:
    if what == "killed":
        return claim.killed if claim.killed is not None else claim.killed_low
    return claim.injured


def _bound(claim: Claim, what: str, side: str, value: int) -> int:
    if what != "killed":
        return value
    bound = claim.killed_low if side == "low" else claim.killed_high
    return bound if bound is not None else value
