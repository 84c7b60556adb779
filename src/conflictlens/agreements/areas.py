"""Inside an agreement's area and period (docs/design.md §4.2, issue 13): the incident's point in a polygon, its
admin1 or country among the named ones, or within a named place's radius; its date interval overlapping the
period. An incident placed only to a province (geo_precision 3) counts by its admin1 and country, never by its
point (the province capital stands in for it)."""

from __future__ import annotations

import calendar
import datetime as dt

from conflictlens.agreements.model import Area
from conflictlens.geo.distance import haversine_km
from conflictlens.geo.sources import same_admin1
from conflictlens.nlp.marks import strip_marks

# half-width in days of the interval an ACLED time precision stands for (3: the whole month, handled apart)
_HALF_WIDTH = {1: 0, 2: 3}


def _fold(text: str) -> str:
    return " ".join(strip_marks(text.casefold()).replace("-", " ").split())


def date_interval(day: dt.date, time_precision: int | None) -> tuple[dt.date, dt.date]:
    """The days an event date stands for: the day, a week around it, or its month."""
    if (time_precision or 1) >= 3:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    half = dt.timedelta(days=_HALF_WIDTH.get(time_precision or 1, 0))
    return day - half, day + half


def overlaps(interval: tuple[dt.date, dt.date], start: dt.date | None, end: dt.date | None) -> bool:
    lo, hi = interval
    return (start is None or hi >= start) and (end is None or lo <= end)


def inside(area: Area, *, iso3: str, country: str, admin1: str, latitude: float | None, longitude: float | None,
           geo_precision: int | None, location: str = "") -> str:
    """Why a place is inside the area ("" when it is not). An empty area is everywhere; countries named beside
    provinces, places or polygons only say which country those are in."""
    if area.empty:
        return "anywhere"
    if area.countries and iso3 not in area.countries:
        return ""
    if not (area.admin1 or area.places or area.polygons):
        return f"in {country or iso3}"
    point = latitude is not None and longitude is not None and (geo_precision or 1) <= 2
    if point:
        for poly in area.polygons:
            if in_polygon(longitude, latitude, poly):  # type: ignore[arg-type]
                return "inside the polygon"
        for p in area.places:
            km = haversine_km(latitude, longitude, p.latitude, p.longitude)  # type: ignore[arg-type]
            if km <= p.radius_km or (location and _fold(location) == _fold(p.name)):
                return f"{km:.0f} km from {p.name}"
    if admin1 and any(same_admin1(admin1, a) for a in area.admin1):  # "Idlib" in a text, "Idleb" coded
        return f"in {admin1}"
    return ""


def in_polygon(x: float, y: float, polygon: tuple[tuple[tuple[float, float], ...], ...]) -> bool:
    """Point in a GeoJSON polygon (outer ring, holes after it), by ray casting."""
    if not polygon or not _in_ring(x, y, polygon[0]):
        return False
    return not any(_in_ring(x, y, hole) for hole in polygon[1:])


def _in_ring(x: float, y: float, ring: tuple[tuple[float, float], ...]) -> bool:
    hit = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            hit = not hit
    return hit
