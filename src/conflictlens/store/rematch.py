"""Re-matching the reports of a re-extracted document to the stored ones (docs/design.md §4.3), with the eval
matching rule of §4.4: one-to-one, greedy by score — same sub_event_type +3, same event_type +2, date within
precision +1, place within 25 km (50 km at geo_precision 3) +1 — and a pair counts only when the event types
agree, or the date is the same and the place in range."""

from __future__ import annotations

from collections.abc import Sequence

from conflictlens.geo.distance import haversine_km
from conflictlens.incidents.link import DATE_TOLERANCE_DAYS
from conflictlens.models import Report


def match_reports(old: Sequence[Report], new: Sequence[Report]) -> list[tuple[int, int]]:
    """Pairs (index in old, index in new), greedy by score, ties by position."""
    scored: list[tuple[float, int, int]] = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            score = pair_score(a, b)
            if score is not None:
                scored.append((-score, i, j))
    scored.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in scored:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def pair_score(a: Report, b: Report) -> float | None:
    """The eval score of two reports, or None when they do not count as a pair."""
    score = 0.0
    if a.sub_event_type == b.sub_event_type:
        score += 3
    types_agree = a.event_type == b.event_type
    if types_agree:
        score += 2
    days = abs((a.event_date - b.event_date).days)
    if days <= max(
        DATE_TOLERANCE_DAYS.get(a.time_precision, 31), DATE_TOLERANCE_DAYS.get(b.time_precision, 31)
    ):
        score += 1
    in_range = place_in_range(a, b)
    if in_range:
        score += 1
    if types_agree or (days == 0 and in_range):
        return score
    return None


def place_in_range(a: Report, b: Report) -> bool:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return bool(a.location) and a.location.casefold() == b.location.casefold()
    limit = 50.0 if 3 in (a.geo_precision, b.geo_precision) else 25.0
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= limit  # type: ignore[arg-type]
