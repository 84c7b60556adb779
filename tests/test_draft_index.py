"""The draft index (extract/draft_index.py) offers exactly the merges a scan of every draft finds: random articles
of drafts whose places, dates, types and touches change as they would while merging, each query checked against
the scan it replaces (drafts.compatible from the newest draft back, the most recently touched draft)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from conflictlens.extract.draft_index import Drafts, _cells_near
from conflictlens.extract.drafts import MERGE_KM, Draft, _harmless, compatible
from conflictlens.geo.distance import haversine_km
from conflictlens.models import Location, Place
from conflictlens.nlp.dates import DateMention
from conflictlens.nlp.sentences import Sentence
from conflictlens.nlp.triggers import Trigger

TYPES = [
    ("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"), ("Riots", "Mob violence"),
    ("Strategic developments", "Arrests"), ("Strategic developments", "Looting/property destruction"),
]


def _places(rng: random.Random) -> list[tuple[Place, int]]:
    """Towns a few km to a few hundred km apart (some across the antimeridian, some near the pole), with their
    provinces and countries: (place, where_prec)."""
    out: list[tuple[Place, int]] = []
    for country, lat0, lon0 in (("Aland", 10.0, 20.0), ("Borduria", 70.0, 179.9), ("Carpania", -89.8, 0.0)):
        out.append((Place(country, country, "XXX", 0, lat0, lon0, kind="country"), 6))
        for admin1 in ("North", "South", ""):
            if admin1:
                out.append((Place(admin1, country, "XXX", 0, lat0, lon0, admin1=admin1, kind="admin1"), 4))
            for i in range(4):
                lat = lat0 + rng.uniform(-0.4, 0.4)
                lon = (lon0 + rng.uniform(-0.6, 0.6) + 180) % 360 - 180
                out.append((Place(f"{country} town {admin1}{i}", country, "XXX", 0, lat, lon, admin1=admin1),
                            rng.choice((1, 1, 2, 3))))
    return out


def _date(rng: random.Random) -> DateMention | None:
    if rng.random() < 0.25:
        return None
    tp = rng.choice((1, 1, 1, 2, 3))
    return DateMention(dt.date(2020, 5, 1) + dt.timedelta(days=rng.randrange(30)), tp, rng.choice((1, 2, 3, 5)))


def _location(rng: random.Random, places: list[tuple[Place, int]]) -> Location | None:
    if rng.random() < 0.2:
        return None
    place, prec = rng.choice(places)
    return Location(place, rng.choice((1, 2, 3)), prec)


def _draft(rng: random.Random, places: list[tuple[Place, int]], index: int, paragraph: int) -> Draft:
    event_type, sub = rng.choice(TYPES)
    trigger = Trigger("k", event_type, sub, rng.randrange(5), "strong", 0, 1, "x")
    sentence = Sentence("x", index, index + 1, paragraph, index)
    return Draft(trigger, sentence, _location(rng, places), _date(rng), paragraph, touched=index)


def _scan_target(drafts: list[Draft], new: Draft, first_paragraph: bool) -> Draft | None:
    return next((d for d in reversed(drafts) if (d.paragraph > 0 or first_paragraph) and compatible(d, new)), None)


def _scan_latest(drafts: list[Draft], harmed: bool) -> Draft | None:
    pool = [d for d in drafts if not (harmed and _harmless(d.trigger))] or drafts
    return max(pool, key=lambda d: d.touched) if pool else None


@pytest.mark.parametrize("seed", range(6))
def test_the_index_finds_what_a_scan_of_every_draft_finds(seed: int):
    rng = random.Random(seed)
    places = _places(rng)
    drafts = Drafts(radius_km=MERGE_KM, harmless=lambda d: _harmless(d.trigger))
    plain: list[Draft] = []
    paragraph, merged = 0, 0
    for index in range(600):
        paragraph += rng.random() < 0.3
        for harmed in (False, True):
            assert drafts.finder.latest(harmful=harmed) is _scan_latest(plain, harmed)
        near = [d for d in plain if paragraph - d.paragraph <= 1]
        assert [id(d) for d in drafts.finder.near(paragraph)] == [id(d) for d in near]
        new = _draft(rng, places, index, paragraph)
        target = drafts.finder.merge_target(new, lambda d, new=new, p=paragraph: (d.paragraph > 0 or p == 0)
                                            and compatible(d, new))
        assert target is _scan_target(plain, new, paragraph == 0)
        if target is None:
            drafts.append(new)
            plain.append(new)
        else:
            merged += 1
            target.location = new.location or target.location  # what merge_into may change
            target.date = new.date or target.date
            target.trigger = new.trigger if rng.random() < 0.3 else target.trigger
            target.touched = index
        if plain and rng.random() < 0.3:  # a later sentence touches, retypes, places or dates an earlier draft
            other = rng.choice(plain)
            if rng.random() < 0.5:
                other.touched = index
            if rng.random() < 0.5:
                other.trigger = _draft(rng, places, index, paragraph).trigger
            if rng.random() < 0.5:
                other.location = _location(rng, places)
            if rng.random() < 0.5:
                other.date = _date(rng)
    assert merged > 50 and len(plain) > 100  # both paths were exercised


def test_any_other_change_to_the_list_files_the_drafts_again():
    rng = random.Random(7)
    places = _places(rng)
    drafts = Drafts([_draft(rng, places, i, 0) for i in range(20)], radius_km=MERGE_KM,
                    harmless=lambda d: _harmless(d.trigger))
    del drafts[-5:]
    drafts.insert(0, _draft(rng, places, 30, 0))
    new = _draft(rng, places, 31, 0)
    assert drafts.finder.merge_target(new, lambda d: compatible(d, new)) is _scan_target(list(drafts), new, True)
    assert drafts.finder.latest() is _scan_latest(list(drafts), False)


@pytest.mark.parametrize("lat", [0.0, 45.3, -60.1, 80.7, 89.9])
def test_the_cells_within_reach_hold_every_point_within_the_radius(lat: float):
    rng = random.Random(int(lat * 10))
    lon = rng.uniform(-180, 180)
    cells = _cells_near(lat, lon, MERGE_KM)
    for _ in range(3000):
        la = max(-90.0, min(90.0, lat + rng.uniform(-0.3, 0.3)))
        lo = lon + rng.uniform(-180, 180) * rng.random() ** 4
        if haversine_km(lat, lon, la, lo) <= MERGE_KM:
            assert (int(la // 0.25), int((lo // 0.25) % 1440)) in cells
