"""Ingest throughput of the store writer (documents/second), SQLite and PostgreSQL, with pre-extracted
reports (no model): each document is one transaction with its reports, claims, evidence, linking and
reconciliation — what `conflictlens ingest` does after extraction.

    python bench/ingest_store.py --docs 2000 --db sqlite:////tmp/ingest.db
    python bench/ingest_store.py --docs 2000 --db postgresql+psycopg://postgres@127.0.0.1:55432/bench_ingest
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from conflictlens.models import Claim, Document, Evidence, Report
from conflictlens.store import open_store, write_document

START = dt.date(2024, 1, 1)
COUNTRIES = [("SYR", "Syria", 760), ("IRQ", "Iraq", 368), ("YEM", "Yemen", 887), ("SDN", "Sudan", 729)]


def corpus(n: int, seed: int = 1) -> list[tuple[Document, list[Report]]]:
    """n articles; each reports 1-3 events, each event is reported by about three articles."""
    rng = random.Random(seed)
    events = [
        (
            rng.choice(COUNTRIES),
            START + dt.timedelta(days=rng.randrange(365)),
            rng.uniform(10, 40),
            rng.uniform(30, 50),
            rng.randrange(1, 60),
        )
        for _ in range(max(1, n // 3 * 2))
    ]
    out = []
    for k in range(n):
        doc_id = f"bench-{k}"
        text = f"Article {k}. " + " ".join(
            rng.choice(("strike", "killed", "market", "shelling")) for _ in range(80)
        )
        doc = Document(
            doc_id=doc_id,
            text=text,
            url=f"https://news.example/{k}",
            source=f"Outlet {k % 7}",
            published=START,
        )
        reports = []
        for (iso3, country, iso), day, lat, lon, killed in rng.sample(events, rng.randint(1, 3)):
            notes = f"Air strike near {lat:.2f},{lon:.2f} killed {killed}."
            reports.append(
                Report(
                    doc_id=doc_id,
                    event_date=day,
                    event_type="Explosions/Remote violence",
                    sub_event_type="Air/drone strike",
                    actor1="Unidentified Armed Group",
                    country=country,
                    iso=iso,
                    iso3=iso3,
                    latitude=lat,
                    longitude=lon,
                    geo_precision=1,
                    location=f"Place {lat:.1f}",
                    notes=notes,
                    fatalities=killed,
                    claims=(
                        Claim("Civil Defence", killed + rng.randrange(5), doc_id=doc_id),
                        Claim("Monitor", killed, doc_id=doc_id),
                    ),
                    evidence=(Evidence(doc_id, doc.url, notes, 0, len(notes)),),
                    extractor_version="bench",
                )
            )
        out.append((doc, reports))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--db", required=True)
    args = parser.parse_args()
    docs = corpus(args.docs)
    n_reports = sum(len(r) for _, r in docs)
    with open_store(args.db) as store:
        started = time.perf_counter()
        for doc, reports in docs:
            write_document(store, doc, reports)
        took = time.perf_counter() - started
        print(
            f"{args.db.split(':')[0]}: {args.docs} documents ({n_reports} reports) in {took:.1f} s = "
            f"{args.docs / took:.0f} documents/s, {n_reports / took:.0f} reports/s"
        )
        started = time.perf_counter()
        for doc, reports in docs:
            write_document(store, doc, reports)
        took = time.perf_counter() - started
        print(f"  re-ingest (all unchanged): {args.docs / took:.0f} documents/s")


if __name__ == "__main__":
    main()
