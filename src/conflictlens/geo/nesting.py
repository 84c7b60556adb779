"""Places named inside larger ones: "Joinville, Santa Catarina", "Kagara (Rafi LGA, Niger)", "Nigeria's
Maiduguri". A province or country named beside a town narrows the town's candidates to those inside it and
is itself only context (qualifier "within" in geocode.py); a village the gazetteer knows only in other
provinces gives way to the province ("Pisky, Donetsk").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from conflictlens.geo.countries import normalise
from conflictlens.geo.distance import haversine_km
from conflictlens.models import Place

UNIT = (
    r"(?:village|town|city|area|district|sub-?district|local\s+government\s+area|lga|upazila|tehsil|taluka|"
    r"township|municipality|county|province|state|region|governorate|oblast|department|division|zone|ward|"
    r"community|commune|prefecture|territory|police\s+station)"
)
# Between a place and the larger area after it: "X, Y", "X (Y)", "X (Rafi LGA, Y)", "X village in Y state".
_NEST_GAP = re.compile(
    r"^(?:\s*(?:,|\(|\bof\b|\bin\b|\bunder\b|\bthe\b|" + UNIT + r"\b|(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}" + UNIT
    + r"\b|(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?-i:[A-Z])[\w'’-]*\s*,)\s*)+$",
    re.I,
)
# Between a larger area and a place after it: "Nigeria's Maiduguri", "Afghanistan's eastern province of Khost".
_NEST_POSSESSIVE = re.compile(r"^['’]s\s+(?:[a-z-]+\s+){0,3}$")
_NEST_MAX_GAP = 45
_PART_OF = re.compile(r"\s+(?:area|village|valley|locality|neighbou?rhood|quarter|mohalla|suburb)\s+of\s+(?:the\s+)?")
Hit = tuple[int, int, tuple[Place, ...]]
_AREA_KINDS = ("admin1", "admin2", "country")  # what ends an address: "Datta Khel, North Waziristan"


def prominent(candidates: Sequence[Place]) -> bool:
    """A country, a province (even when a town of the name ranks first: "Samangan"), a listed second-level
    division of more than one word ("Maguindanao del Sur", "North Waziristan"; one word, "Soum", may be a word or a
    name), or a town of 100,000+."""
    return candidates[0].population >= 100_000 or any(
        p.kind in ("country", "admin1") or (p.kind == "admin2" and " " in p.admin2) for p in candidates)


def contains(outer: Place, inner: Place) -> bool:
    """`outer` (a country, a province, or a town naming a district) is where `inner` lies."""
    if outer.iso3 != inner.iso3 or inner.kind == "country":
        return False
    if outer.kind == "country":
        return True
    if inner.kind == "admin1" or (inner.kind == "admin2" and outer.kind != "admin1"):
        return False
    if outer.kind == "admin1":
        return normalise(outer.admin1) == normalise(inner.admin1)
    return (
        normalise(outer.admin1) == normalise(inner.admin1)
        and haversine_km(outer.latitude, outer.longitude, inner.latitude, inner.longitude) <= 150
    )


def _narrow(head: Sequence[Place], outer: Sequence[Place]) -> tuple[list[Place], list[Place]]:
    """The head's candidates that lie in one of `outer`'s, and those of `outer` that hold one of them."""
    inner = [h for h in head if any(contains(o, h) for o in outer)]
    return inner, [o for o in outer if any(contains(o, h) for h in inner)]


@dataclass(frozen=True)
class Nesting:
    hits: list[Hit]  # candidates narrowed by the areas named beside them
    held: frozenset[int]  # places an area confirmed
    areas: frozenset[int]  # areas that only say where the place before (or after) them lies
    orphans: frozenset[int]  # small places that are not in the province named right after them


def nest(text: str, found: list[Hit]) -> Nesting:
    """Places followed (or preceded, "Nigeria's Maiduguri") by the larger area they lie in: the area picks
    the place's candidates ("Joinville, Santa Catarina"; "Kagara (Rafi LGA, Niger)": Niger the Nigerian
    state) and is marked as only saying where the place is. A chain ends on a province or country, or on a
    town in brackets ("Town (District town, Province)"); a town after a comma alone is a list ("Aleppo,
    Azaz and Afrin"). A small place none of whose candidates lies in the province after it ("Vodyane,
    Donetsk." when the gazetteer knows only other Vodyanes) is an orphan: the province is the best we have."""
    hits = list(found)
    held: set[int] = set()
    areas: set[int] = set()
    orphans: set[int] = set()
    for i in range(len(hits)):
        if i in areas:
            continue
        chain = _chain(text, hits, i)
        if chain:
            head = list(hits[i][2])
            for _, outer in chain:
                head = [h for h in head if any(contains(o, h) for o in outer)]
            if any(o.kind == "admin1" for _, outer in chain for o in outer):
                head = [h for h in head if h.kind != "admin1"] or head  # a town in a province, not the province
            hits[i] = (hits[i][0], hits[i][1], tuple(head))
            held.add(i)
            for j, outer in chain:
                hits[j] = (hits[j][0], hits[j][1], tuple(outer))
                areas.add(j)
        elif (
            i > 0
            and i - 1 not in areas
            and hits[i - 1][2][0].kind in ("admin1", "country")  # "Donetsk's Kyivskyi district": the city's
            and _NEST_POSSESSIVE.match(text[hits[i - 1][1] : hits[i][0]])
        ):
            big = [o for o in hits[i - 1][2] if o.kind in ("admin1", "country")]
            inner, outer = _narrow(hits[i][2], big)
            if inner:
                hits[i] = (hits[i][0], hits[i][1], tuple(inner))
                hits[i - 1] = (hits[i - 1][0], hits[i - 1][1], tuple(outer))
                held.add(i)
                areas.add(i - 1)
        elif orphan := _orphan(text, hits, i):
            orphans.add(i)
            if orphan == "province":
                provinces = tuple(o for o in hits[i + 1][2] if o.kind in ("admin1", "admin2"))
                hits[i + 1] = (hits[i + 1][0], hits[i + 1][1], provinces)
    _one_sense(text, hits, held, areas, orphans)
    return Nesting(hits, frozenset(held), frozenset(areas), frozenset(orphans))


def _one_sense(text: str, hits: list[Hit], held: set[int], areas: set[int], orphans: set[int]) -> None:
    """A name placed once keeps that sense: "near Pisky, Donetsk ... the shelling of Pisky" is one Pisky, and
    "in Juliaca, Puno ... the Electro Puno company" names the province twice. A later bare mention takes the
    candidates its area narrowed the first one to, the area's own, or the province an orphan gave way to."""
    sense: dict[str, tuple[Place, ...]] = {}
    for i in sorted(held | orphans | areas):
        cands = hits[i + 1][2] if i in orphans else hits[i][2]
        if i in areas:  # an area that may be a town or its province: the province
            cands = tuple(p for p in cands if p.kind in _AREA_KINDS) or cands
        sense.setdefault(normalise(text[hits[i][0] : hits[i][1]]), cands)
    for i, (start, end, _) in enumerate(hits):
        if i in held or i in areas or i in orphans:
            continue
        known = sense.get(normalise(text[start:end]))
        if known:
            hits[i] = (start, end, known)


def _chain(text: str, hits: Sequence[Hit], i: int) -> list[tuple[int, list[Place]]]:
    """The areas after hit i that hold it, each with its candidates that do."""
    head = list(hits[i][2])
    chain: list[tuple[int, list[Place]]] = []
    end, bracket = hits[i][1], False
    for j in range(i + 1, len(hits)):
        gap = text[end : hits[j][0]]
        if len(gap) > _NEST_MAX_GAP or not _NEST_GAP.match(gap):
            break
        inner, outer = _narrow(head, hits[j][2])
        if not inner:
            break
        bracket = bracket or "(" in gap
        head = inner
        chain.append((j, outer))
        end = hits[j][1]
    while chain and not bracket and not any(o.kind in _AREA_KINDS for o in chain[-1][1]):
        chain.pop()
    # "Kramatorsk, Donetsk and Luhansk": a list of towns goes on after it, not an address
    last = chain[-1][0] if chain else -1
    listed = chain and (m := re.match(r"(?:,\s*|\s+and\s+)(?:the\s+)?(?=[A-Z])", text[hits[last][1] :]))
    # ... only when a place follows: "in Barra Mansa, Rio de Janeiro, Military Police officers ..." is an address
    listed = listed and last + 1 < len(hits) and hits[last + 1][0] == hits[last][1] + m.end()
    if listed and not bracket and any(o.kind in ("city", "custom") for o in chain[-1][1]):
        return []
    return chain


def _orphan(text: str, hits: Sequence[Hit], i: int) -> str | None:
    """Hit i names a place that cannot be where the text puts it: "province" when it is small, a province
    follows it after a comma or bracket and closes the clause, and none of its candidates lies in that
    province ("Pisky, Donetsk."); "part" when it is "the X area of Y" and none of its candidates lies near Y
    ("Khost area of Harnai": a locality of Harnai, not the Afghan Khost). None otherwise."""
    if i + 1 >= len(hits) or hits[i][2][0].kind == "country":
        return None
    gap = text[hits[i][1] : hits[i + 1][0]]
    tail = hits[i + 1][2]
    if _PART_OF.fullmatch(gap):
        return None if _narrow(hits[i][2], tail)[0] else "part"
    if prominent(hits[i][2]) or " " in text[hits[i][0] : hits[i][1]]:
        return None
    provinces = [o for o in tail if o.kind in ("admin1", "admin2")]
    if not re.fullmatch(r"\s*[,(]\s*", gap) or not provinces or tail[0].kind == "country":
        return None
    after = text[hits[i + 1][1] : hits[i + 1][1] + 12]
    if not re.match(r"(?:\s+" + UNIT + r")?\s*(?:[.;)]|,\s+(?!and\b)[a-z]|$)", after, re.I):
        return None
    return None if _narrow(hits[i][2], provinces)[0] else "province"
