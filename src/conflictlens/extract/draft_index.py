"""Where a new event mention can merge, found without scanning the whole article: the drafts indexed by place,
day, paragraph and last touch.

Merging a long document's mentions by checking each one against every earlier draft is quadratic (a 20,000-
sentence feed dump took minutes). The index only narrows the search; the decisions stay those of drafts.py:
- `merge_target` offers every draft that `drafts._places_agree` and `drafts._dates_agree` could accept (a superset:
  same place name, a country- or province-level place covering the other, a town within the merge radius, a
  placeless draft of the same paragraph or touched in the last two sentences; the same day, a day within a week
  when either date is approximate, or no date) and returns the newest one the caller's test accepts, exactly as
  a scan from the newest draft back would.
- `latest` is the draft touched last (the first one in article order on a tie), optionally among those the
  `harmless` test rejects; `near` the drafts of a paragraph and the ones after the one before it.
A draft's place, date, type, paragraph and last touch change as mentions merge into it: `Draft` tells its index
of each change (`changed`), which files the draft under its new keys. Entries left under old keys are weeded out
by the exact tests, so the index may offer a draft too many but never misses one.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from conflictlens.geo.distance import EARTH_RADIUS_KM

if TYPE_CHECKING:
    from conflictlens.extract.drafts import Draft
    from conflictlens.models import Location
    from conflictlens.nlp.dates import DateMention
    from conflictlens.nlp.sentences import Sentence

_CELL = 0.25  # grid cell, in degrees of latitude and longitude
_LON_CELLS = round(360 / _CELL)
_WEEK = 7  # approximate dates agree within a week (drafts._dates_agree)
_PLACED = ("location", "date")  # fields that move a draft in the place index
_TOUCHED = ("touched", "trigger")  # fields that change which draft is in focus

DateKey = tuple  # (date, approximate?) or () for an undated draft


class _Recent:
    """Drafts by the sentence that touched them last, newest first on demand; entries gone stale (the draft was
    touched again since, or no longer passes `keep`) are dropped when met."""

    def __init__(self, keep: Callable[[Draft], bool] | None = None) -> None:
        self.keep = keep
        self.keys: list[int] = []  # sorted
        self.at: dict[int, dict[int, Draft]] = {}

    def file(self, d: Draft) -> None:
        if self.keep is not None and not self.keep(d):
            return
        if d.touched not in self.at:
            bisect.insort(self.keys, d.touched)
            self.at[d.touched] = {}
        self.at[d.touched][id(d)] = d

    def live(self, key: int) -> list[Draft]:
        found = [d for d in self.at[key].values() if d.touched == key and (self.keep is None or self.keep(d))]
        self.at[key] = {id(d): d for d in found}
        return found

    def newest(self) -> list[Draft]:
        """The drafts touched last (all of them on a tie), pruning stale keys on the way."""
        while self.keys:
            key = self.keys[-1]
            found = self.live(key)
            if found:
                return found
            self.keys.pop()
            del self.at[key]
        return []

    def since(self, first: int) -> Iterator[Draft]:
        for key in self.keys[bisect.bisect_left(self.keys, first):]:
            yield from self.at[key].values()


class Drafts(list):
    """An article's drafts in article order, with their index. `append` (all absorb does) files the new draft;
    any other change to the list files every draft again."""

    def __init__(self, drafts: Iterable[Draft] = (), *, radius_km: float, harmless: Callable[[Draft], bool]) -> None:
        super().__init__(drafts)
        self._make = lambda: DraftIndex(radius_km, harmless)
        self.forward: list[Sentence] = []  # sentences re-mentioning an event before it is told (fold.adopt_placeless)
        self.refile()

    def refile(self) -> None:
        self.finder = self._make()
        for d in self:
            self.finder.add(d)

    def append(self, d: Draft) -> None:
        super().append(d)
        self.finder.add(d)


def _refiling(name: str) -> Callable:
    def method(self: Drafts, *args: object, **kwargs: object) -> object:
        out = getattr(list, name)(self, *args, **kwargs)
        self.refile()
        return out
    method.__name__ = name
    return method


for _name in ("__setitem__", "__delitem__", "__iadd__", "insert", "extend", "pop", "remove", "clear", "sort",
              "reverse"):
    setattr(Drafts, _name, _refiling(_name))


class DraftIndex:
    """The candidate search behind drafts.absorb for one article (see the module docstring)."""

    def __init__(self, radius_km: float, harmless: Callable[[Draft], bool]) -> None:
        self.radius_km = radius_km
        self.drafts: list[Draft] = []
        self._pos: dict[int, int] = {}  # id(draft) -> its place in article order
        self._paragraphs: list[int] = []  # sorted
        self._by_paragraph: dict[int, dict[int, Draft]] = {}
        self._by_place: dict[tuple, dict[DateKey, dict[int, Draft]]] = {}
        self._touched = _Recent()
        self._harmful = _Recent(keep=lambda d: not harmless(d))

    # ---- filing
    def add(self, d: Draft) -> None:
        self._pos[id(d)] = len(self.drafts)
        self.drafts.append(d)
        object.__setattr__(d, "_index", self)  # Draft.__setattr__ calls `changed`
        for name in ("paragraph", *_PLACED, *_TOUCHED):
            self.changed(d, name)

    def changed(self, d: Draft, name: str) -> None:
        """File `d` again after its field `name` changed."""
        if name in _TOUCHED:
            self._touched.file(d)
            self._harmful.file(d)
        elif name in _PLACED:
            if d.location is not None:
                date_key = _date_key(d.date)
                for key in _posts(d.location, self.radius_km):
                    self._by_place.setdefault(key, {}).setdefault(date_key, {})[id(d)] = d
        elif name == "paragraph":
            if d.paragraph not in self._by_paragraph:
                bisect.insort(self._paragraphs, d.paragraph)
                self._by_paragraph[d.paragraph] = {}
            self._by_paragraph[d.paragraph][id(d)] = d

    # ---- queries
    def merge_target(self, new: Draft, accept: Callable[[Draft], bool]) -> Draft | None:
        """The newest draft `accept` takes among those whose place and date can agree with `new`'s."""
        found: dict[int, Draft] = {id(d): d for d in self._by_paragraph.get(new.paragraph, {}).values()}
        found.update((id(d), d) for d in self._touched.since(new.touched - 2))
        if new.location is not None:
            for key in _probes(new.location, self.radius_km):
                by_date = self._by_place.get(key)
                if by_date:
                    for date_key in _date_probes(new.date, by_date):
                        found.update(by_date.get(date_key, {}))
        return next((d for d in self._ordered(found.values(), newest_first=True) if accept(d)), None)

    def latest(self, harmful: bool = False) -> Draft | None:
        """The draft touched last, first in article order on a tie; with `harmful`, among the drafts that are not
        harmless when there are any."""
        tied = (self._harmful.newest() if harmful else []) or self._touched.newest()
        return min(tied, key=lambda d: self._pos[id(d)], default=None)

    def near(self, paragraph: int) -> list[Draft]:
        """The drafts of `paragraph` - 1 and later paragraphs, in article order."""
        start = bisect.bisect_left(self._paragraphs, paragraph - 1)
        found = [d for p in self._paragraphs[start:] for d in self._by_paragraph[p].values() if d.paragraph == p]
        return self._ordered(found)

    def _ordered(self, drafts: Iterable[Draft], newest_first: bool = False) -> list[Draft]:
        return sorted(drafts, key=lambda d: self._pos[id(d)], reverse=newest_first)


def _date_key(date: DateMention | None) -> DateKey:
    return () if date is None else (date.date, date.time_precision >= 2 or date.said)


def _date_probes(date: DateMention | None, by_date: dict[DateKey, dict[int, Draft]]) -> Iterable[DateKey]:
    """The date keys of drafts whose date can agree with `date` (drafts._dates_agree): no date, the same day, or a
    day within a week when either date is approximate or a statement's."""
    if date is None:
        return list(by_date)
    keys: list[DateKey] = [(), (date.date, False), (date.date, True)]
    approximate = date.time_precision >= 2 or date.said
    for k in range(1, _WEEK + 1):
        for day in (date.date - dt.timedelta(days=k), date.date + dt.timedelta(days=k)):
            keys.append((day, True))
            if approximate:
                keys.append((day, False))
    return keys


def _posts(loc: Location, radius_km: float) -> list[tuple]:
    """The keys a placed draft is filed under (see `_probes` for the rule each serves)."""
    p = loc.place
    keys: list[tuple] = [("name", p.country, p.name), ("country", p.country)]
    if p.kind == "country":
        keys.append(("whole", p.country))
    if p.admin1:
        keys.append(("admin1", p.country, p.admin1))
        if not loc.local or p.kind == "admin2":
            keys.append(("wide", p.country, p.admin1))
    if loc.local and math.isfinite(p.latitude) and math.isfinite(p.longitude):
        keys.append(("cell", p.country, *_cell(p.latitude, p.longitude)))
    return keys


def _probes(loc: Location, radius_km: float) -> list[tuple]:
    """The keys of placed drafts whose place can agree with `loc` (drafts._places_agree): the same name; a draft
    placed at the country (or `loc` is the country); one province-level place or listed division and the other in
    that province; two towns within the merge radius."""
    p = loc.place
    keys: list[tuple] = [("name", p.country, p.name), ("whole", p.country)]
    if p.kind == "country":
        keys.append(("country", p.country))
    if p.admin1:
        keys.append(("admin1", p.country, p.admin1) if not loc.local else ("wide", p.country, p.admin1))
        if p.kind == "admin2":  # a listed division covers the towns of its province (drafts._places_agree)
            keys.append(("admin1", p.country, p.admin1))
    if loc.local and math.isfinite(p.latitude) and math.isfinite(p.longitude):
        keys += [("cell", p.country, *c) for c in _cells_near(p.latitude, p.longitude, radius_km)]
    return keys


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL), math.floor(lon / _CELL) % _LON_CELLS


def _cells_near(lat: float, lon: float, km: float) -> set[tuple[int, int]]:
    """Every grid cell holding a point within `km` of (lat, lon) by the haversine formula. Latitudes differ by at
    most km/R; for longitudes, hav(d/R) >= cos(lat1)cos(lat2)hav(dlon) bounds the difference by
    2 asin(sin(d/2R) / cos(the highest latitude in reach)). A margin covers rounding."""
    km = km * 1.01 + 0.1
    dlat = math.degrees(km / EARTH_RADIUS_KM)
    lo, hi = lat - dlat, lat + dlat
    cos_max = math.cos(math.radians(min(90.0, max(abs(lo), abs(hi)))))
    ratio = math.sin(km / (2 * EARTH_RADIUS_KM)) / cos_max if cos_max > 1e-9 else 2.0
    rows = range(math.floor(lo / _CELL), math.floor(hi / _CELL) + 1)
    if ratio >= 1.0:  # within reach of a pole: every longitude
        cols: Iterable[int] = range(_LON_CELLS)
    else:
        dlon = math.degrees(2 * math.asin(ratio))
        cols = {c % _LON_CELLS for c in range(math.floor((lon - dlon) / _CELL), math.floor((lon + dlon) / _CELL) + 1)}
    return {(r, c) for r in rows for c in cols}
