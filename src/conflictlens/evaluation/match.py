"""The eval matching rule (docs/design.md §4.4), as in `shared/tools/score_articles.py`, and the field tests.

Per document, predicted and gold events get a pair score: same sub_event_type +3, same event_type +2, date
within the gold time_precision +1 (1: same day, 2: within 3 days, 3: same month or within 15 days), place
within 25 km (50 km when gold geo_precision is 3) +1. A pair is eligible when the event types agree, or the
dates are equal and the place is in range. Pairs are taken greedily, best score first, one-to-one (ties: the
nearer place, then the nearer date, then gold order, then prediction order).

A gold event may list `event_type_any` (acceptable types when the gold cannot say which, e.g. legacy
"Riots/Protests"); the event types then agree when the prediction has any of them.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

Rec = Mapping[str, Any]


def num(x: Any) -> float | None:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def day(x: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(x or "")[:10])
    except ValueError:
        return None


def is_bg(e: Rec) -> bool:
    return str(e.get("is_background", False)).strip().lower() in ("true", "1", "yes")


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def dist(p: Rec, g: Rec) -> float | None:
    pa, po = num(p.get("latitude")), num(p.get("longitude"))
    ga, go = num(g.get("latitude")), num(g.get("longitude"))
    if pa is None or po is None or ga is None or go is None:
        return None
    return km((pa, po), (ga, go))


def loc_ok(p: Rec, g: Rec, strict: bool = False) -> bool:
    d = dist(p, g)
    if d is None:
        return False
    limit = 50 if (not strict and str(g.get("geo_precision")) == "3") else 25
    return d <= limit


def date_ok(p: Rec, g: Rec) -> bool:
    pd, gd = day(p.get("event_date")), day(g.get("event_date"))
    if pd is None or gd is None:
        return False
    tp = str(g.get("time_precision", 1))
    if tp == "3":
        return (pd.year, pd.month) == (gd.year, gd.month) or abs((pd - gd).days) <= 15
    if tp == "2":
        return abs((pd - gd).days) <= 3
    return pd == gd


def _low(x: Any) -> str:
    return str(x or "").strip().lower()


def same(p: Rec, g: Rec, key: str) -> bool:
    """Equal (case-insensitive, non-empty); for event_type, any of the gold's `event_type_any`."""
    pv = _low(p.get(key))
    if key == "event_type" and g.get("event_type_any"):
        return pv != "" and pv in {_low(t) for t in g["event_type_any"]}
    return pv == _low(g.get(key)) != ""


def pair_score(p: Rec, g: Rec) -> int:
    return 3 * same(p, g, "sub_event_type") + 2 * same(p, g, "event_type") + date_ok(p, g) + loc_ok(p, g)


def eligible(p: Rec, g: Rec) -> bool:
    pd = day(p.get("event_date"))
    same_day = pd is not None and pd == day(g.get("event_date"))
    return same(p, g, "event_type") or (same_day and loc_ok(p, g))


def greedy(preds: Sequence[Rec], golds: Sequence[Rec]) -> list[tuple[int, int]]:
    """One-to-one greedy matching; returns [(pred_index, gold_index)] best pair first."""
    cand = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            if eligible(p, g):
                d = dist(p, g)
                pd, gd = day(p.get("event_date")), day(g.get("event_date"))
                dd = abs((pd - gd).days) if pd and gd else 10**6
                cand.append((-pair_score(p, g), d if d is not None else 1e9, dd, gi, pi))
    cand.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, _, _, gi, pi in cand:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            out.append((pi, gi))
    return out


# ---------------------------------------------------------------------------------------------- fields
def norm_actor(a: Any) -> str:
    """Lowercase, ruling-period brackets "(2000-)" dropped, punctuation to spaces."""
    text = re.sub(r"\(\d{4}-\d{0,4}\)", "", str(a or "")).lower()
    return " ".join(re.sub(r"[^a-z ]+", " ", text).split())


def actor_match(p: Any, g: Any) -> bool:
    pt, gt = norm_actor(p), norm_actor(g)
    if not gt:
        return not pt
    return bool(pt) and (pt == gt or difflib.SequenceMatcher(None, pt, gt).ratio() >= 0.8)


def fatalities_within(p: Any, g: Any, share: float = 0.10) -> bool:
    pv, gv = num(p), num(g)
    return pv is not None and gv is not None and abs(pv - gv) <= share * gv


def _fold(text: Any) -> str:
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text.lower()).split())


ADMIN_WORDS = frozenset(
    [
        "state",
        "province",
        "region",
        "governorate",
        "division",
        "district",
        "department",
        "oblast",
        "prefecture",
        "county",
        "territory",
        "municipality",
        "wilayah",
        "wilaya",
        "of",
        "the",
    ]
)


def norm_admin(name: Any) -> str:
    """Admin1 names compared without the unit word: "Kano State" = "Kano", "Hama Governorate" = "Hama"."""
    return " ".join(w for w in _fold(name).split() if w not in ADMIN_WORDS)


def admin1_match(p: Any, g: Any) -> bool:
    """One division, however spelt: "North Kivu" = "Nord-Kivu", "Idlib" = "Idleb" (the other spellings of
    `resources/admin1_codes.csv` and `admin1_names.csv`),
    "Kano State" = "Kano", or names 85 % alike."""
    pt, gt = (_admin_aliases().get(n, n) for n in (norm_admin(p), norm_admin(g)))
    return bool(pt) and bool(gt) and (pt == gt or difflib.SequenceMatcher(None, pt, gt).ratio() >= 0.85)


@functools.cache
def _admin_aliases() -> dict[str, str]:
    """Other spellings of a division -> the name ACLED writes (both folded by `norm_admin`). Not a former
    province: "Katanga" is not Haut-Katanga."""
    from conflictlens.geo.sources import admin1_spelling_pairs

    return {norm_admin(spelling): norm_admin(name) for spelling, name in admin1_spelling_pairs()}


# ACLED spellings pycountry does not resolve (or resolves wrongly by fuzzy search)
COUNTRY_ALIASES: dict[str, int] = {
    "democratic republic of congo": 180,
    "dr congo": 180,
    "drc": 180,
    "republic of congo": 178,
    "congo": 178,
    "ivory coast": 384,
    "cote d'ivoire": 384,
    "russia": 643,
    "syria": 760,
    "iran": 364,
    "laos": 418,
    "south korea": 410,
    "north korea": 408,
    "vietnam": 704,
    "bolivia": 68,
    "venezuela": 862,
    "tanzania": 834,
    "moldova": 498,
    "palestine": 275,
    "swaziland": 748,
    "eswatini": 748,
    "east timor": 626,
    "kosovo": 412,
    "turkey": 792,
    "czech republic": 203,
    "macedonia": 807,
    "north macedonia": 807,
    "burma": 104,
}


@functools.lru_cache(maxsize=1024)
def country_code(name: str) -> int | None:
    """Numeric ISO 3166 code for a country name (ACLED spellings included), None when unknown."""
    import pycountry

    if not name.strip():
        return None
    if name.strip().lower() in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[name.strip().lower()]
    try:
        return int(pycountry.countries.lookup(name.strip()).numeric)
    except LookupError:
        pass
    try:
        hits = pycountry.countries.search_fuzzy(name.strip())
    except LookupError:
        return None
    return int(hits[0].numeric) if hits else None


def country_match(p: Rec, g: Rec) -> bool:
    """By numeric ISO code where both sides resolve to one, else by folded name."""
    pc = int(p["iso"]) if num(p.get("iso")) else country_code(str(p.get("country") or ""))
    gc = int(g["iso"]) if num(g.get("iso")) else country_code(str(g.get("country") or ""))
    if pc is not None and gc is not None:
        return pc == gc
    return _fold(p.get("country")) == _fold(g.get("country")) != ""


def claim_killed(claims: Any) -> set[float]:
    vals: set[float] = set()
    for c in claims or []:
        if isinstance(c, Mapping):
            v = num(c.get("killed"))
            if v is not None:
                vals.add(v)
    return vals
