"""Incident linking: gates, scores, determinism, blocking, background."""

from __future__ import annotations

import datetime as dt
import random

from conflictlens.incidents.link import LinkItem, actor_set, link, score_pair

DAY = dt.date(2024, 3, 12)


def item(rid: int, doc: int | None = None, **kw) -> LinkItem:
    base = dict(
        report_id=rid,
        document_id=doc if doc is not None else rid,
        event_date=DAY,
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        country="SYR",
        latitude=35.93,
        longitude=36.63,
        geo_precision=1,
        location="Idlib",
        actors=actor_set(["Military Forces of Russia (2000-)"]),
        text="air strike on Idlib market",
    )
    base.update(kw)
    return LinkItem(**base)


def incidents_of(links) -> list[int | None]:
    return [lk.incident_id for lk in links]


def test_three_reports_of_one_strike_join_one_incident_with_explanations():
    links = link([], [item(1), item(2, text="jets bombed the market in Idlib"), item(3)])
    assert incidents_of(links) == [-1, -1, -1]
    assert links[0].new_incident == -1
    assert links[1].matched_report_id == 1 and "place" in links[1].features and "type" in links[1].features


def test_same_day_200_km_apart_are_two_incidents():
    links = link([], [item(1), item(2, latitude=34.56, longitude=38.28, location="Palmyra")])
    assert incidents_of(links) == [-1, -2]


def test_distance_limit_follows_geo_precision():
    near_town = dict(latitude=36.2, longitude=36.63, location="")  # ~30 km north
    assert score_pair(item(1), item(2, **near_town)) is None
    assert score_pair(item(1), item(2, geo_precision=2, **near_town)) is not None


def test_dates_compatible_given_both_precisions():
    week_later = DAY + dt.timedelta(days=6)
    assert score_pair(item(1), item(2, event_date=week_later)) is None
    assert score_pair(item(1), item(2, event_date=week_later, time_precision=2)) is not None


def test_incompatible_types_never_link():
    protest = item(2, event_type="Protests", sub_event_type="Peaceful protest")
    assert score_pair(item(1), protest) is None
    battle = item(2, event_type="Battles", sub_event_type="Armed clash")
    assert score_pair(item(1), battle) is not None


def test_two_reports_of_one_document_are_never_merged():
    links = link([], [item(1, doc=7), item(2, doc=7)])
    assert incidents_of(links) == [-1, -2]


def test_new_reports_join_existing_incidents_incrementally():
    existing = [item(1, incident_id=40), item(2, incident_id=40)]
    links = link(existing, [item(3)])
    assert links[0].incident_id == 40 and links[0].matched_report_id == 1


def test_ties_go_to_the_oldest_incident():
    existing = [item(5, incident_id=9), item(6, incident_id=4)]
    assert link(existing, [item(7)])[0].incident_id == 4


def test_background_reports_only_attach_to_existing_incidents():
    assert incidents_of(link([], [item(1, is_background=True)])) == [None]
    assert incidents_of(link([item(1, incident_id=3)], [item(2, is_background=True)])) == [3]


def test_linking_is_deterministic_for_the_same_input_order():
    rng = random.Random(7)
    reports = [
        item(
            i,
            latitude=35 + rng.random(),
            longitude=36 + rng.random(),
            location="",
            event_date=DAY + dt.timedelta(days=rng.randint(0, 3)),
        )
        for i in range(1, 200)
    ]
    first = incidents_of(link([], reports))
    assert first == incidents_of(link([], list(reports)))
    assert len(set(first)) > 1


def test_other_countries_are_never_candidates():
    assert score_pair(item(1), item(2, country="IRQ")) is None
