"""Query latency on a large store: bulk-loads N synthetic reports (directly through SQLAlchemy Core, not the
writer, so loading 1 M rows takes minutes, not hours), then times each kind of query (p50 / p95 / max).

    python bench/queries.py --n 1000000 --db sqlite:////tmp/q.db
    python bench/queries.py --n 1000000 --db postgresql+psycopg://postgres@127.0.0.1:55432/bench
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from collections.abc import Callable

from sqlalchemy import func, insert, select

from conflictlens.store import open_store
from conflictlens.store.queries import ReportQuery, find_reports
from conflictlens.store.schema import documents, reports

COUNTRIES = [(f"C{i:02d}", f"Country {i}") for i in range(40)]
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Protests", "Peaceful protest"),
    ("Violence against civilians", "Attack"),
    ("Riots", "Violent demonstration"),
]
ACTORS = [f"Armed Group {i}" for i in range(300)]
WORDS = (
    "market",
    "village",
    "convoy",
    "checkpoint",
    "hospital",
    "school",
    "mosque",
    "bridge",
    "camp",
    "airport",
    "border",
    "oil",
)
START = dt.date(2015, 1, 1)
DAYS = 3650


def synthetic(i: int, rng: random.Random, document_id: int) -> dict:
    iso3, country = rng.choice(COUNTRIES)
    event_type, sub = rng.choice(TYPES)
    day = START + dt.timedelta(days=rng.randrange(DAYS))
    lat, lon = rng.uniform(-30, 50), rng.uniform(-20, 80)
    town, actor = rng.randrange(5000), rng.choice(ACTORS)
    notes = f"{rng.choice(WORDS)} {rng.choice(WORDS)} attacked near town {town} by {actor}"
    return dict(
        document_id=document_id,
        ordinal=i % 1000,
        doc_id=f"d{document_id}",
        event_id_cnty=f"{iso3}{i}",
        event_date=day,
        year=day.year,
        time_precision=1,
        date_prec=1,
        event_type=event_type,
        sub_event_type=sub,
        actor1=rng.choice(ACTORS),
        actor2=rng.choice(ACTORS),
        assoc_actor_1=[],
        assoc_actor_2=[],
        iso3=iso3,
        country=country,
        admin1=f"{country} province {rng.randrange(20)}",
        location=f"Town {rng.randrange(5000)}",
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        notes=notes,
        fatalities=rng.randrange(20),
        tags=[],
        is_background=False,
        confidence=0.5,
        extractor_version="bench",
        reviewed_fields=[],
        orphaned=False,
        contested=False,
        source="bench",
    )


def load(url: str, n: int, seed: int = 1) -> float:
    rng = random.Random(seed)
    started = time.perf_counter()
    with open_store(url) as store:
        with store.read() as conn:
            have = conn.execute(select(func.count()).select_from(reports)).scalar_one()
        if have >= n:
            return 0.0
        now = dt.datetime.now(dt.UTC)
        batch = 20_000
        for start in range(have, n, batch):
            with store.write() as conn:
                for d in range(start // 1000, (min(n, start + batch) - 1) // 1000 + 1):
                    conn.execute(_doc_insert(store.dialect, d, now))
                rows = [synthetic(i, rng, i // 1000 + 1) for i in range(start, min(n, start + batch))]
                conn.execute(insert(reports), rows)
            print(
                f"  loaded {min(n, start + batch):>9,} rows ({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
        with store.write() as conn:
            conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - started


def _doc_insert(dialect: str, d: int, now: dt.datetime):
    values = dict(
        id=d + 1,
        identity=f"bench:{d}",
        doc_id=f"d{d}",
        text="",
        text_hash=f"{d:064d}",
        ingested_at=now,
        updated_at=now,
    )
    if dialect == "sqlite":
        return insert(documents).values(**values).prefix_with("OR IGNORE")
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    return pg_insert(documents).values(**values).on_conflict_do_nothing()


def queries(rng: random.Random) -> dict[str, Callable[[], ReportQuery]]:
    def window() -> tuple[dt.date, dt.date]:
        a = START + dt.timedelta(days=rng.randrange(DAYS - 30))
        return a, a + dt.timedelta(days=30)

    def bbox() -> tuple[float, float, float, float]:
        lon, lat = rng.uniform(-20, 78), rng.uniform(-30, 48)
        return (lon, lat, lon + 2, lat + 2)

    return {
        "date range (30 days)": lambda: ReportQuery(since=window()[0], until=window()[1]),
        "country + 30 days": lambda: ReportQuery(country=rng.choice(COUNTRIES)[0], since=window()[0]),
        "admin1": lambda: ReportQuery(admin1=f"Country {rng.randrange(40)} province {rng.randrange(20)}"),
        "event type + 30 days": lambda: ReportQuery(
            event_type=rng.choice(TYPES)[0], since=window()[0], until=window()[1]
        ),
        "actor": lambda: ReportQuery(actor=rng.choice(ACTORS)),
        "text (2 words)": lambda: ReportQuery(text=f"{rng.choice(WORDS)} town {rng.randrange(5000)}"),
        "bounding box 2x2 deg": lambda: ReportQuery(bbox=bbox()),
    }


def measure(url: str, repeats: int) -> None:
    rng = random.Random(7)
    with open_store(url) as store:
        for name, make in queries(rng).items():
            times = []
            for _ in range(repeats):
                q = make()
                t = time.perf_counter()
                find_reports(store, q)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            p95 = times[int(0.95 * (len(times) - 1))]
            print(
                f"  {name:<24} p50 {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms"
                f"   max {times[-1]:7.1f} ms"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeats", type=int, default=100)
    args = parser.parse_args()
    print(f"loading {args.n:,} reports into {args.db}")
    took = load(args.db, args.n)
    print(f"load: {took:.0f} s")
    print(f"query latency over {args.n:,} reports ({args.repeats} random queries each, limit 100 rows):")
    measure(args.db, args.repeats)


if __name__ == "__main__":
    main()
