"""Linking cost at growing sizes: `link.link()` over N synthetic reports (events reported by 1-4 sources,
in 30 countries). The time span grows with N so the density of reports per country-day stays the same, as
when a store grows by adding more days of news; the per-report cost then depends only on that density
(blocking by country and date), so total time should grow about linearly.

    python bench/linking.py --sizes 10000 100000 1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import time

from conflictlens.incidents.link import LinkItem, actor_set, link

START = dt.date(2000, 1, 1)
COUNTRIES = [f"C{i:02d}" for i in range(30)]
EVENTS_PER_COUNTRY_DAY = 1.0
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Protests", "Peaceful protest"),
    ("Violence against civilians", "Attack"),
]
WORDS = ("strike", "market", "village", "killed", "wounded", "shelling", "clashes", "convoy", "checkpoint")


def synthetic(n: int, seed: int = 1) -> list[LinkItem]:
    rng = random.Random(seed)
    days = max(1, int(n / 2.5 / len(COUNTRIES) / EVENTS_PER_COUNTRY_DAY))
    items: list[LinkItem] = []
    event = 0
    while len(items) < n:
        event += 1
        country = rng.choice(COUNTRIES)
        day = START + dt.timedelta(days=rng.randrange(days))
        lat, lon = rng.uniform(0, 8), rng.uniform(0, 8)
        event_type, sub = rng.choice(TYPES)
        actor = f"Group {rng.randrange(50)}"
        words = " ".join(rng.choice(WORDS) for _ in range(8))
        for _ in range(rng.randint(1, 4)):
            tp = rng.choices((1, 2, 3), (0.85, 0.12, 0.03))[0]
            items.append(
                LinkItem(
                    report_id=len(items) + 1,
                    document_id=len(items) + 1,
                    event_date=day,
                    event_type=event_type,
                    sub_event_type=sub,
                    country=country,
                    time_precision=tp,
                    latitude=lat + rng.uniform(-0.05, 0.05),
                    longitude=lon + rng.uniform(-0.05, 0.05),
                    geo_precision=rng.choice((1, 1, 2)),
                    actors=actor_set([actor]),
                    text=words,
                )
            )
    rng.shuffle(items)
    return items[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    args = parser.parse_args()
    print(f"{'reports':>10} {'seconds':>9} {'us/report':>10} {'incidents':>10}")
    for n in args.sizes:
        items = synthetic(n)
        gc.collect()
        started = time.perf_counter()
        links = link([], items)
        took = time.perf_counter() - started
        incidents = len({lk.incident_id for lk in links if lk.incident_id is not None})
        print(f"{n:>10,} {took:>9.1f} {took / n * 1e6:>10.1f} {incidents:>10,}", flush=True)
        del items, links


if __name__ == "__main__":
    main()
