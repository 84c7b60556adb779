"""Which of a place mention's candidates is meant, and how precisely it places the event: `resolve` picks the
candidate by its gazetteer rank, its country's weight over the whole article and the provinces the article is in,
and sets ACLED's geo_precision and UCDP's where_prec (docs/taxonomy.md §4; the rules are listed in
`geo.geocode`'s docstring)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from conflictlens.geo.gazetteer import capital_of_admin1, capital_of_country
from conflictlens.models import Location, Place
from conflictlens.taxonomy import GeoPrecision, WherePrec

if TYPE_CHECKING:
    from conflictlens.geo.geocode import PlaceMention

_AREA_TOWN = 10_000


def _choose(candidates: Sequence[Place], priors: Mapping[str, float], kinds: tuple[str, ...] = (),
            areas: Mapping[str, float] | None = None) -> Place:
    """The best candidate by its rank in the gazetteer and its country's prior; then, among the namesakes in that
    country, a town in a province the article is in (`areas`) before a bigger one elsewhere."""
    pool = [p for p in candidates if p.kind in kinds] if kinds else []
    pool = pool or list(candidates)
    ranked = sorted(enumerate(pool), key=lambda ip: -(3.0 * priors.get(ip[1].iso3, 0.0) + 1.0 / (1 + ip[0])))
    best = ranked[0][1]
    # a name that is a province's or a country's ("from Bihar") is that area, whatever towns share it
    if not areas or any(p.kind in ("admin1", "country") for p in pool):
        return best

    def score(ip: tuple[int, Place]) -> float:
        i, p = ip
        # a town of 10,000+; a hamlet sharing a neighbourhood's or a hospital's name ("San Pedro") gets no help
        area = areas.get(f"{p.iso3}|{p.admin1}", 0.0) if p.population >= _AREA_TOWN else 0.0
        return 1.5 * area + 1.0 / (1 + i)

    same = [ip for ip in enumerate(pool) if ip[1].iso3 == best.iso3]
    return max(same, key=lambda ip: (score(ip), -ip[0]))[1]


def resolve(mention: PlaceMention, priors: Mapping[str, float],
            areas: Mapping[str, float] | None = None) -> Location | None:
    """The most likely place for a mention, with geo_precision (ACLED 1-3) and where_prec (UCDP 1-7)."""
    if not mention.candidates or mention.qualifier == "within":
        return None
    kinds = ("admin1", "admin2") if mention.qualifier == "province" else ()
    if mention.qualifier not in (None, "province"):
        kinds = ("city", "custom", "admin2")
    place = _choose(mention.candidates, priors, kinds, areas)

    def loc(p: Place, geo: int, where: int) -> Location:
        return Location(p, geo, where, mention.text, mention.start, mention.end)

    if place.kind == "country":
        capital = capital_of_country(place.iso3)
        return loc(capital or place, GeoPrecision.REGION, WherePrec.COUNTRY)
    if place.kind == "admin2":  # a listed second-level division ("Soum province"): near its seat
        return loc(place, GeoPrecision.NEAR, WherePrec.ADMIN2)
    if place.kind == "admin1" or mention.qualifier == "province":
        capital = capital_of_admin1(place.iso3, place.admin1)
        # the province's seat may lie outside it (Chandigarh, seat of Punjab and Haryana): the record's admin1
        # stays the province the text named
        return loc(replace(capital, admin1=place.admin1) if capital else place, GeoPrecision.REGION, WherePrec.ADMIN1)
    if mention.qualifier in ("near", "outskirts", "distance", "road"):
        return loc(place, GeoPrecision.NEAR, WherePrec.NEAR)
    if mention.qualifier == "admin2":
        return loc(place, GeoPrecision.NEAR, WherePrec.ADMIN2)
    return loc(place, GeoPrecision.TOWN, WherePrec.EXACT)
