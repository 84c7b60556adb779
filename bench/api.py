"""API latency on a large store: the main endpoints over HTTP (uvicorn on loopback, one keep-alive client)
beside the same query run directly through the store's function in the same run, so the ratio is the HTTP
layer's overhead (routing, validation, JSON, the socket); and the dashboard page's weight.

    python bench/api.py [--n 1000000] [--sqlite /tmp/api-bench.db] [--pg postgresql+psycopg://.../postgres]

Loads N synthetic incidents, each with one report (bench/queries.py's generator; 10 % contested), directly
through SQLAlchemy Core; a store already holding them is reused. Each endpoint is called `--repeats` times
with varied parameters (country, type, year, incident id) after one warm-up call; p50 and p95 in ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from sqlalchemy import create_engine, func, insert, make_url, select

sys.path.insert(0, str(Path(__file__).parent))
from queries import COUNTRIES, TYPES, _doc_insert, synthetic  # noqa: E402

from conflictlens.store import detail, open_store, search  # noqa: E402
from conflictlens.store.schema import incident_reports, incidents, reports  # noqa: E402
from conflictlens.store.search import Filters  # noqa: E402
from conflictlens.web import create_app  # noqa: E402

BATCH = 20_000


def load(url: str, n: int, seed: int = 1) -> float:
    rng = random.Random(seed)
    started = time.perf_counter()
    with open_store(url) as store:
        with store.read() as conn:
            have = conn.execute(select(func.count()).select_from(incidents)).scalar_one()
        if have >= n:
            return 0.0
        now = dt.datetime.now(dt.UTC)
        for start in range(have, n, BATCH):
            end = min(n, start + BATCH)
            with store.write() as conn:
                for d in range(start // 1000, (end - 1) // 1000 + 1):
                    conn.execute(_doc_insert(store.dialect, d, now))
                rows = [synthetic(i, rng, i // 1000 + 1) for i in range(start, end)]
                for i, row in enumerate(rows, start=start + 1):
                    row.update(id=i, incident_id=i, contested=rng.random() < 0.1)
                conn.execute(insert(incidents), [_incident(r, now) for r in rows])
                conn.execute(insert(reports), rows)
                conn.execute(
                    insert(incident_reports),
                    [
                        {
                            "report_id": r["id"],
                            "incident_id": r["id"],
                            "score": 0.0,
                            "features": {"new_incident": True},
                            "linked_at": now,
                        }
                        for r in rows
                    ],
                )
            print(f"  loaded {end:>9,} incidents ({time.perf_counter() - started:.0f} s)", flush=True)
        with store.write() as conn:
            if store.dialect == "postgresql":
                conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('incidents', 'id'), max(id)) FROM incidents")
                conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('reports', 'id'), max(id)) FROM reports")
            conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - started


def _incident(r: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    dead = r["fatalities"]
    return {
        "id": r["id"],
        "iso3": r["iso3"],
        "country": r["country"],
        "event_date": r["event_date"],
        "event_type": r["event_type"],
        "sub_event_type": r["sub_event_type"],
        "latitude": r["latitude"],
        "longitude": r["longitude"],
        "n_reports": 1,
        "n_sources": 1,
        "fatalities": dead,
        "fatalities_best": dead,
        "fatalities_low": dead,
        "fatalities_high": dead * 2 if r["contested"] else dead,
        "contested": r["contested"],
        "grade": "weak",
        "grade_reason": "a single source",
        "updated_at": now,
    }


def _with_leads(store: Any, page: search.Page) -> search.Page:
    """What the endpoint does besides the page: where and who for each row, from its lead report."""
    search.incident_leads(store, [row["id"] for row in page.items])
    return page


def cases(rng: random.Random, n: int) -> dict[str, tuple[Callable[[], tuple[str, dict[str, Any], Callable]]]]:
    """name -> a maker of (path, params, the same query through the store function)."""

    def page() -> tuple[str, dict[str, Any], Callable]:
        iso3, etype = rng.choice(COUNTRIES)[0], rng.choice(TYPES)[0]
        return (
            "/api/incidents",
            {"country": iso3, "event_type": etype, "limit": 100},
            lambda s: _with_leads(s, search.find_incidents(s, Filters(country=iso3, event_type=etype), limit=100)),
        )

    def year_stats() -> tuple[str, dict[str, Any], Callable]:
        year = rng.randrange(2015, 2025)
        since, until = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return (
            "/api/stats",
            {"by": "week", "stack": "event_type", "since": str(since), "until": str(until)},
            lambda s: search.stats(s, Filters(since=since, until=until), by="week", stack="event_type"),
        )

    def one() -> tuple[str, dict[str, Any], Callable]:
        incident_id = rng.randrange(1, n + 1)
        return (f"/api/incidents/{incident_id}", {}, lambda s: detail.incident_detail(s, incident_id))

    def points() -> tuple[str, dict[str, Any], Callable]:
        iso3, year = rng.choice(COUNTRIES)[0], rng.randrange(2015, 2025)
        flt = Filters(country=iso3, since=dt.date(year, 1, 1), until=dt.date(year, 12, 31))
        return (
            "/api/map/points",
            {"country": iso3, "since": str(flt.since), "until": str(flt.until)},
            lambda s: search.map_points(s, flt),
        )

    def contested() -> tuple[str, dict[str, Any], Callable]:
        iso3 = rng.choice(COUNTRIES)[0]
        return (
            "/api/incidents",
            {"country": iso3, "contested": "true", "limit": 100},
            lambda s: _with_leads(s, search.find_incidents(s, Filters(country=iso3, contested_only=True), limit=100)),
        )

    return {
        "incidents: country+type, page of 100": page,
        "incidents: contested in a country": contested,
        "stats: a year by week and type": year_stats,
        "incident by id (claims, evidence)": one,
        "map points: a country-year": points,
    }


def _pct(times: list[float], q: float) -> float:
    times = sorted(times)
    return times[int(q * (len(times) - 1))]


def measure(url: str, n: int, repeats: int) -> None:
    store = open_store(url)
    port = 8765 + random.randrange(1000)
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            print(f"  {'endpoint':<38} {'HTTP p50':>9} {'p95':>8}   {'store p50':>9} {'p95':>8}   overhead (p50)")
            for name, make in cases(random.Random(7), n).items():
                http, direct = [], []
                path, params, fn = make()
                client.get(path, params=params).raise_for_status()  # warm-up
                fn(store)
                for _ in range(repeats):
                    path, params, fn = make()
                    t = time.perf_counter()
                    fn(store)
                    direct.append((time.perf_counter() - t) * 1000)
                    t = time.perf_counter()
                    client.get(path, params=params).raise_for_status()
                    http.append((time.perf_counter() - t) * 1000)
                ratio = statistics.median(http) / max(statistics.median(direct), 1e-6)
                print(
                    f"  {name:<38} {statistics.median(http):7.1f}ms {_pct(http, 0.95):6.1f}ms"
                    f"   {statistics.median(direct):7.1f}ms {_pct(direct, 0.95):6.1f}ms   x{ratio:.2f}",
                    flush=True,
                )
            page_weight(client)
    finally:
        server.should_exit = True
        thread.join(10)
        store.close()


def page_weight(client: httpx.Client) -> None:
    """The dashboard as a browser loads it with no filter: the HTML, every file it links, the outlines the
    script fetches and the first API answers (uncompressed bytes)."""
    html = client.get("/").text
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', html)
    assets.append("/static/vendor/world-atlas/countries-110m.json")
    sizes = {a: len(client.get(a).content) for a in dict.fromkeys(assets)}
    static = sum(sizes.values())
    api = len(client.get("/api/stats", params={"by": "week", "stack": "event_type"}).content)
    points = client.get("/api/map/points").content
    print(
        f"  map page: HTML {len(html) / 1024:.0f} KB + {len(sizes)} static files {static / 1024:.0f} KB"
        f" = {(len(html) + static) / 1024:.0f} KB before data; its first data: timeline {api / 1024:.0f} KB,"
        f" map points {len(points) / 1024:.0f} KB (newest {search.MAP_MAX:,} at most)"
    )


def pg_database(base: str, name: str) -> str:
    """The bench database on the server `base` (made when missing, reused otherwise, like the SQLite file)."""
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if not conn.exec_driver_sql("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).scalar():
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--sqlite", default="/tmp/conflictlens-api-bench.db", help="SQLite file (reused)")
    parser.add_argument("--pg", default=None, help="PostgreSQL server URL; the bench uses its database --pg-db")
    parser.add_argument("--pg-db", default="conflictlens_api_bench", help="made when missing, reused (drop it after)")
    parser.add_argument("--repeats", type=int, default=40)
    parser.add_argument("--only", choices=["sqlite", "postgresql"], default=None)
    args = parser.parse_args()
    targets = [("SQLite", f"sqlite:///{args.sqlite}")]
    if args.pg:
        targets.append(("PostgreSQL", pg_database(args.pg, args.pg_db)))
    for label, url in targets:
        if args.only and label.lower() != args.only:
            continue
        print(f"{label}: loading {args.n:,} incidents")
        print(f"  load: {load(url, args.n):.0f} s")
        print(f"{label}: {args.repeats} calls each, varied parameters")
        measure(url, args.n, args.repeats)


if __name__ == "__main__":
    main()
