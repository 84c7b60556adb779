"""Reliability: an ingest SIGKILLed at random instants leaves no half-written document, and a re-run
completes the work with no duplicates; two ingests of the same documents at once do not duplicate either.

The writer is fed pre-extracted reports (no model loading) by a child process running this file as a
script: `python tests/test_crash.py URL [FIRST]`. It prints "ready" once the store is open.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from conflictlens.models import Claim, Document, Evidence, Report, Tally
from conflictlens.store import open_store, write_document
from conflictlens.store.schema import (
    claims,
    documents,
    evidence,
    incident_reports,
    incidents,
    reports,
    tallies,
)

N_DOCS = 150
GROUP = 3  # three documents report each strike
DAY = dt.date(2024, 5, 1)
OUTLETS = ("Reuters", "AFP", "SANA")


def corpus() -> list[tuple[Document, list[Report], list[Tally]]]:
    """Documents with their pre-extracted reports: per group of three, one strike and one protest; every
    tenth document is a syndicated copy of the one before (same text, another URL)."""
    out = []
    for k in range(N_DOCS):
        g = k // GROUP
        text_k = k - 1 if k % 10 == 9 else k
        doc_id = f"doc-{k}"
        document = Document(
            doc_id=doc_id,
            text=f"Article {text_k}: strike and protest in town {g}.",
            url=f"https://news.example/{k}",
            source=OUTLETS[k % 3],
            published=DAY,
        )
        day = DAY + dt.timedelta(days=g)
        place = dict(
            country="Syria",
            iso3="SYR",
            iso=760,
            latitude=30.0 + g * 0.6,
            longitude=38.0,
            geo_precision=1,
            location=f"Town {g}",
            admin1="Homs",
        )
        ev = (Evidence(doc_id, document.url, f"Sentence about town {g}.", 0, 24),)
        strike = Report(
            doc_id=doc_id,
            event_date=day,
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            actor1="Military Forces of Russia",
            notes=f"Strike {g}",
            claims=(Claim("Civil Defence", killed=5 + k, doc_id=doc_id),
                    Claim("SOHR", killed=7 + k, doc_id=doc_id)),
            evidence=ev,
            extractor_version="crash-1",
            **place,
        )
        protest = Report(
            doc_id=doc_id,
            event_date=day,
            event_type="Protests",
            sub_event_type="Peaceful protest",
            actor1="Protesters (Syria)",
            notes=f"Protest {g}",
            evidence=ev,
            extractor_version="crash-1",
            **place,
        )
        talls = [Tally(doc_id, "UN", 1000 + k, "2014", "since 2014", "at least 1,000")] if k % 5 == 0 else []
        out.append((document, [strike, protest], talls))
    return out


def expected() -> dict[str, int]:
    docs = corpus()
    return {
        "documents": len(docs),
        "reports": sum(len(r) for _, r, _ in docs),
        "claims": sum(len(x.claims) for _, r, _ in docs for x in r),
        "evidence": sum(len(x.evidence) for _, r, _ in docs for x in r),
        "tallies": sum(len(t) for _, _, t in docs),
        "incidents": 2 * (N_DOCS // GROUP),
    }


def worker(url: str, first: int = 0) -> None:
    store = open_store(url)
    print("ready", flush=True)
    docs = corpus()
    for document, reps, talls in docs[first:] + docs[:first]:
        write_document(store, document, reps, talls)
    store.close()
    print("done", flush=True)


def spawn(url: str, first: int = 0) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, __file__, url, str(first)], stdout=subprocess.PIPE, text=True, env=env
    )


def counts(url: str) -> dict[str, int]:
    with open_store(url) as store, store.read() as conn:

        def n(table):
            return conn.execute(select(func.count()).select_from(table)).scalar_one()

        return {
            "documents": n(documents),
            "reports": n(reports),
            "claims": n(claims),
            "evidence": n(evidence),
            "tallies": n(tallies),
            "incidents": n(incidents),
        }


def check_consistent(url: str) -> None:
    """Every stored document has exactly its manifest of rows; every linked report is explained."""
    with open_store(url) as store, store.read() as conn:
        docs = conn.execute(select(documents)).mappings().all()
        for d in docs:
            got = {
                "n_reports": _count(conn, reports, reports.c.document_id == d["id"]),
                "n_claims": _count(conn, claims.join(reports), reports.c.document_id == d["id"]),
                "n_evidence": _count(conn, evidence.join(reports), reports.c.document_id == d["id"]),
                "n_tallies": _count(conn, tallies, tallies.c.document_id == d["id"]),
            }
            assert got == {k: d[k] for k in got}, (d["doc_id"], got)
            assert d["n_reports"] == 2
        unexplained = _count(conn, reports, reports.c.incident_id.is_not(None)) - _count(
            conn, incident_reports, True
        )
        assert unexplained == 0
        assert _count(conn, reports, reports.c.incident_id.is_(None)) == 0
        assert _count(conn, incidents, incidents.c.n_reports == 0) == 0


def _count(conn, table, where) -> int:
    return conn.execute(select(func.count()).select_from(table).where(where)).scalar_one()


def kill_and_resume(url: str, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    mid_write = 0
    for _ in range(kills):
        proc = spawn(url)
        assert proc.stdout is not None
        if rng.random() < 0.2:  # sometimes kill while the store is being opened / migrated
            time.sleep(rng.uniform(0.0, 0.4))
        else:
            proc.stdout.readline()
            time.sleep(rng.uniform(0.0, 0.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        mid_write += "done" not in proc.stdout.read()
        proc.stdout.close()
        check_consistent(url)
    assert mid_write >= kills // 2, f"only {mid_write} of {kills} kills landed before the work was done"
    final = spawn(url)
    assert final.wait(timeout=120) == 0
    final.stdout.close()  # type: ignore[union-attr]
    check_consistent(url)
    assert counts(url) == expected()


def test_sigkill_at_random_points_leaves_no_half_written_document(store_url):
    kill_and_resume(store_url, kills=20, seed=1)


@pytest.mark.slow
def test_sigkill_many_times(store_url):
    kill_and_resume(store_url, kills=100, seed=2)


def test_two_concurrent_ingests_of_the_same_documents_do_not_duplicate(store_url):
    open_store(store_url).close()  # migrate first; concurrent first opens are covered by the kill test
    procs = [spawn(store_url, first=0), spawn(store_url, first=N_DOCS // 2)]
    for p in procs:
        assert p.wait(timeout=180) == 0
        p.stdout.close()  # type: ignore[union-attr]
    check_consistent(store_url)
    assert counts(store_url) == expected()


if __name__ == "__main__":
    worker(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 0)
