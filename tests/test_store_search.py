"""The dashboard's store functions: filters, cursor pages and stats over incidents and events (SQLite and
PostgreSQL)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from builders import DAY, claim, damascus_protest, doc, headline_reports, strike
from conflictlens.errors import UsageError
from conflictlens.store import write_document
from conflictlens.store.search import MAX_PAGE, Filters, count_incidents, find_events, find_incidents, page_size, stats


def fill(store) -> None:
    """The Idlib strike told by three sources (one incident), a Damascus protest, a Mosul strike in 2023
    and a background mention of an old massacre."""
    for d, r in headline_reports():
        write_document(store, d, [r])
    protest = damascus_protest()
    write_document(
        store,
        doc("afp-9", "Hundreds marched.", source="AFP"),
        [dataclasses.replace(protest, admin1="Damascus", confidence=0.9)],
    )
    iraq = dataclasses.replace(
        strike("ina-1", lat=36.34, lon=43.13, location="Mosul", claims=(claim("INA", 4, doc_id="ina-1"),)),
        country="Iraq",
        iso3="IRQ",
        iso=368,
        admin1="Nineveh",
        event_date=DAY.replace(year=2023),
    )
    write_document(store, doc("ina-1", "A drone strike in Mosul.", source="INA"), [iraq])
    old = strike("bbc-2", lat=34.0, lon=38.0, location="Palmyra", day=dt.date(2015, 5, 20), background=True)
    write_document(store, doc("bbc-2", "In 2015 a massacre in Palmyra.", source="BBC"), [old])


def places(page) -> list[str]:
    return [row["country"] + ":" + str(row["event_date"]) for row in page.items]


def test_incident_filters(store):
    fill(store)
    everything = find_incidents(store)
    assert len(everything.items) == 3 and everything.next_cursor is None  # the background mention is no incident
    idlib = [i for i in everything.items if i["n_reports"] == 3][0]
    assert idlib["contested"] and idlib["fatalities"] == 12 and idlib["version"] >= 1
    assert [i["id"] for i in find_incidents(store, Filters(contested_only=True)).items] == [idlib["id"]]
    assert [i["country"] for i in find_incidents(store, Filters(country="IRQ")).items] == ["Iraq"]
    assert [i["event_type"] for i in find_incidents(store, Filters(event_type="Protests")).items] == ["Protests"]
    assert [i["id"] for i in find_incidents(store, Filters(admin1="Idlib")).items] == [idlib["id"]]
    assert [i["event_type"] for i in find_incidents(store, Filters(actor="protesters (syria)")).items] == ["Protests"]
    assert [i["id"] for i in find_incidents(store, Filters(text="warplanes")).items] == [idlib["id"]]
    assert [i["event_type"] for i in find_incidents(store, Filters(min_confidence=0.8)).items] == ["Protests"]
    assert find_incidents(store, Filters(since=DAY, until=DAY, country="Syria")).items[0]["country"] == "Syria"
    assert find_incidents(store, Filters(bbox=(43.0, 36.0, 44.0, 37.0))).items[0]["country"] == "Iraq"
    assert count_incidents(store, Filters(country="SYR")) == 2


def test_events_hide_background_unless_asked(store):
    fill(store)
    assert len(find_events(store).items) == 5
    with_bg = find_events(store, Filters(include_background=True)).items
    assert [e["doc_id"] for e in with_bg if e["is_background"]] == ["bbc-2"]
    assert [e["doc_id"] for e in find_events(store, Filters(sub_event_type="Peaceful protest")).items] == ["afp-9"]


def test_cursor_pages_cover_every_row_once_newest_first(store):
    for i in range(7):
        day = DAY - dt.timedelta(days=3 * i)
        report = strike(f"d{i}", day=day, lat=30.0 + i, lon=40.0, location=f"Town {i}")
        write_document(store, doc(f"d{i}", f"Strike number {i}."), [report])
    seen, cursor, pages = [], None, 0
    while True:
        page = find_incidents(store, limit=3, cursor=cursor)
        seen += [(row["event_date"], row["id"]) for row in page.items]
        pages += 1
        cursor = page.next_cursor
        if cursor is None:
            break
    assert pages == 3 and len(seen) == 7 == len(set(seen))
    assert seen == sorted(seen, reverse=True)
    events = find_events(store, limit=4)
    rest = find_events(store, limit=4, cursor=events.next_cursor)
    assert len(events.items) == 4 and len(rest.items) == 3 and rest.next_cursor is None


def test_page_size_is_capped_and_bad_input_refused(store):
    assert page_size(10_000) == MAX_PAGE and page_size(None) == 100
    with pytest.raises(UsageError):
        page_size(0)
    with pytest.raises(UsageError, match="cursor"):
        find_incidents(store, cursor="not a cursor!")
    with pytest.raises(UsageError, match="group by"):
        stats(store, by="colour")


def test_stats_by_period_type_country_and_actor(store):
    fill(store)
    by_month = stats(store, by="month", stack="event_type")
    assert {(s["key"], s["stack"]): (s["count"], s["fatalities"]) for s in by_month} == {
        ("2023-03-01", "Explosions/Remote violence"): (1, 4),
        ("2024-03-01", "Explosions/Remote violence"): (1, 12),
        ("2024-03-01", "Protests"): (1, 0),
    }
    by_week = stats(store, by="week")
    assert [s["key"] for s in by_week] == ["2023-03-06", "2024-03-11"]  # Mondays
    assert stats(store, by="day", stack=None)[-1] == {"key": "2024-03-12", "count": 2, "fatalities": 12}
    assert {s["key"]: s["count"] for s in stats(store, by="country")} == {"Iraq": 1, "Syria": 2}
    actors = {s["key"]: s["count"] for s in stats(store, by="actor")}
    assert actors == {"Military Forces of Russia": 2, "Protesters (Syria)": 1}
    assert stats(store, Filters(country="IRQ"), by="year") == [{"key": "2023-01-01", "count": 1, "fatalities": 4}]
