"""Incident linking: which reports (events as read in one document) describe the same real-world event.

Pure functions. `link()` takes the reports already placed in incidents and new reports, in order, and says
for each new report which incident it joins (with the score and the features that matched) or that it
starts a new one. Hard gates first — same country, compatible dates given both time precisions, place
within a distance that depends on both geo precisions, compatible event types, not two reports of the same
document in one incident — then a score:

    same sub_event_type +3 (else same event_type +2), same date +1 (within precision +0.5),
    place within range +2 (same location name +0.5), overlapping actors +1, similar wording up to +1.

A report joins the best-scoring incident at or above `THRESHOLD`; ties go to the lowest incident id, then
the lowest report id, so the same input in the same order always gives the same incidents. Background
reports only join an existing incident; they never start one.

A reviewer's decisions come first (`Decisions`): a report kept *together* with another joins that report's
incident whatever the score or the gates say; a report kept *apart* from another never joins an incident
that holds it (docs/design.md §4.3: manual merges and splits survive re-linking).

Cost: candidates are found through a (country, time precision, date) index, so each report looks at the
reports of a few days in its own country: near-linear in the number of reports.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from conflictlens.geo.distance import haversine_km
from conflictlens.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, VIOLENCE_AGAINST_CIVILIANS

THRESHOLD = 5.0
DATE_TOLERANCE_DAYS = {1: 1, 2: 7, 3: 31}  # ACLED time_precision -> how far the true date may be
DISTANCE_KM = {1: 25.0, 2: 50.0, 3: 100.0}  # ACLED geo_precision -> how far the true place may be
# Types that can describe the same incident (an air strike inside a battle, shelling that kills civilians).
COMPATIBLE_TYPES = frozenset(
    {
        frozenset({BATTLES, EXPLOSIONS}),
        frozenset({EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS}),
        frozenset({BATTLES, VIOLENCE_AGAINST_CIVILIANS}),
        frozenset({PROTESTS, RIOTS}),
    }
)


@dataclass(frozen=True)
class LinkItem:
    """What linking needs to know of a report. `incident_id` is set for reports already placed."""

    report_id: int
    document_id: int
    event_date: dt.date
    event_type: str
    sub_event_type: str
    country: str
    time_precision: int = 1
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    location: str = ""
    admin1: str = ""
    actors: frozenset[str] = frozenset()
    text: str = ""
    is_background: bool = False
    incident_id: int | None = None


@dataclass(frozen=True)
class Link:
    """The decision for one new report: join `incident_id` (None with `new_incident` set: start one)."""

    report_id: int
    incident_id: int | None
    new_incident: int | None = None  # a local key; the caller maps it to the row it creates
    matched_report_id: int | None = None
    score: float = 0.0
    features: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Decisions:
    """A reviewer's stored link decisions: report id -> the report ids it must join / must never join."""

    together: dict[int, frozenset[int]] = field(default_factory=dict)
    apart: dict[int, frozenset[int]] = field(default_factory=dict)


NO_DECISIONS = Decisions()


@dataclass
class _Index:
    by_key: dict[tuple[str, int, dt.date], list[LinkItem]] = field(default_factory=lambda: defaultdict(list))
    docs: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))  # incident -> documents
    precisions: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    placed: dict[int, tuple[int, LinkItem]] = field(default_factory=dict)  # report -> (incident, item)
    members: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))  # incident -> reports

    def add(self, item: LinkItem, incident: int) -> None:
        self.placed[item.report_id] = (incident, item)
        self.members[incident].add(item.report_id)
        self.by_key[(item.country, item.time_precision, item.event_date)].append(item)
        self.docs[incident].add(item.document_id)
        self.precisions[item.country].add(item.time_precision)

    def candidates(self, item: LinkItem) -> Iterable[LinkItem]:
        tol_new = DATE_TOLERANCE_DAYS.get(item.time_precision, 31)
        for tp in sorted(self.precisions.get(item.country, ())):
            window = tol_new + DATE_TOLERANCE_DAYS.get(tp, 31)
            for offset in range(-window, window + 1):
                yield from self.by_key.get((item.country, tp, item.event_date + dt.timedelta(offset)), ())


def link(
    existing: Sequence[LinkItem],
    new: Sequence[LinkItem],
    threshold: float = THRESHOLD,
    decisions: Decisions = NO_DECISIONS,
) -> list[Link]:
    """Place each new report, in order; later new reports can join incidents earlier ones started.

    New incidents get negative local keys (-1, -2, ...) in `Link.new_incident` and in the `incident_id` of
    later links that join them; the caller creates the rows and maps the keys."""
    index = _Index()
    for item in existing:
        if item.incident_id is not None:
            index.add(item, item.incident_id)
    out: list[Link] = []
    next_key = -1
    for item in new:
        best = _decided(item, index, decisions) or best_match(item, index, threshold, decisions)
        if best is not None:
            incident, matched, score, features = best
            out.append(Link(item.report_id, incident, None, matched.report_id, score, features))
            index.add(_placed(item, incident), incident)
        elif not item.is_background:
            out.append(Link(item.report_id, next_key, next_key, None, 0.0, {"new_incident": True}))
            index.add(_placed(item, next_key), next_key)
            next_key -= 1
        else:
            out.append(Link(item.report_id, None, None, None, 0.0, {"background": "no matching incident"}))
    return out


def _decided(
    item: LinkItem, index: _Index, decisions: Decisions
) -> tuple[int, LinkItem, float, dict[str, object]] | None:
    """The incident of a placed report a reviewer kept `item` together with (the lowest report id first)."""
    for partner in sorted(decisions.together.get(item.report_id, ())):
        if partner in index.placed:
            incident, matched = index.placed[partner]
            return incident, matched, 0.0, {"manual": f"kept together with report {partner} by a reviewer"}
    return None


def best_match(
    item: LinkItem, index: _Index, threshold: float = THRESHOLD, decisions: Decisions = NO_DECISIONS
) -> tuple[int, LinkItem, float, dict[str, object]] | None:
    """The incident `item` should join, the report it matched best, the score and features."""
    best: tuple[tuple[float, int, int], int, LinkItem, float, dict[str, object]] | None = None
    apart = decisions.apart.get(item.report_id, frozenset())
    for cand in index.candidates(item):
        incident = cand.incident_id
        if incident is None or item.document_id in index.docs[incident]:
            continue
        if apart and apart & index.members[incident]:
            continue
        scored = score_pair(item, cand)
        if scored is None or scored[0] < threshold:
            continue
        # order: higher score, then older (positive, smaller) incident ids, then smaller report ids
        key = (-scored[0], _incident_order(incident), cand.report_id)
        if best is None or key < best[0]:
            best = (key, incident, cand, scored[0], scored[1])
    if best is None:
        return None
    return best[1], best[2], best[3], best[4]


def score_pair(a: LinkItem, b: LinkItem) -> tuple[float, dict[str, object]] | None:
    """Score two reports, or None when a hard gate says they cannot be the same event."""
    if a.country != b.country:
        return None
    features: dict[str, object] = {}
    days = abs((a.event_date - b.event_date).days)
    if days > DATE_TOLERANCE_DAYS.get(a.time_precision, 31) + DATE_TOLERANCE_DAYS.get(b.time_precision, 31):
        return None
    score = 1.0 if days == 0 else 0.5
    features["date"] = "same day" if days == 0 else f"{days} days apart, within precision"
    place = _place_score(a, b, features)
    if place is None:
        return None
    score += place
    if a.sub_event_type == b.sub_event_type and a.sub_event_type:
        score += 3
        features["type"] = f"same sub_event_type {a.sub_event_type}"
    elif a.event_type == b.event_type:
        score += 2
        features["type"] = f"same event_type {a.event_type}"
    elif frozenset({a.event_type, b.event_type}) in COMPATIBLE_TYPES:
        features["type"] = f"compatible types {a.event_type} / {b.event_type}"
    else:
        return None
    shared = sorted(a.actors & b.actors)
    if shared:
        score += 1
        features["actors"] = shared
    if a.text and b.text:
        similarity = fuzz.token_set_ratio(a.text, b.text) / 100
        if similarity >= 0.5:
            score += round(similarity, 2)
            features["wording"] = round(similarity, 2)
    features["score"] = round(score, 2)
    return round(score, 2), features


def _place_score(a: LinkItem, b: LinkItem, features: dict[str, object]) -> float | None:
    same_name = bool(a.location) and a.location.casefold() == b.location.casefold()
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        limit = max(
            DISTANCE_KM.get(a.geo_precision or 3, 100.0), DISTANCE_KM.get(b.geo_precision or 3, 100.0)
        )
        if km > limit:
            return None
        features["place"] = f"{km:.1f} km apart (limit {limit:.0f} km)"
        return 2.0 + (0.5 if same_name else 0.0)
    if same_name:
        features["place"] = f"same location {a.location}"
        return 2.0
    if a.admin1 and b.admin1:
        if a.admin1.casefold() != b.admin1.casefold():
            return None
        features["place"] = f"same admin1 {a.admin1}"
        return 1.0
    features["place"] = "unknown"
    return 0.0


def normalise_actor(name: str) -> str:
    """Actor names compared for overlap: casefolded, without ACLED's bracketed period."""
    base = name.split("(")[0] if name.rstrip().endswith("-)") else name
    return " ".join(base.casefold().split())


def actor_set(names: Iterable[str]) -> frozenset[str]:
    out = {normalise_actor(n) for n in names if n}
    return frozenset(n for n in out if n and not n.startswith(("unidentified", "civilians")))


def _incident_order(incident: int) -> tuple[int, int]:
    # existing incidents (positive ids) before new ones from this batch (-1, -2, ... in creation order)
    return (0, incident) if incident >= 0 else (1, -incident)


def _placed(item: LinkItem, incident: int) -> LinkItem:
    return LinkItem(**{**item.__dict__, "incident_id": incident})
