"""Shared fixtures and builders for the store tests (no tests here).

Every store test runs on SQLite (a temporary file) and PostgreSQL (a fresh database per test on the server
named by CONFLICTLENS_TEST_PG; `eval "$(bash .ci/postgres.sh)"` starts one). Without the variable the
PostgreSQL variant is skipped, saying so.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url

from conflictlens.models import Claim, Document, Evidence, Report
from conflictlens.store import Store, open_store

PG_ENV = "CONFLICTLENS_TEST_PG"
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
DAY = dt.date(2024, 3, 12)


def fresh_pg_database() -> Iterator[str]:
    """Create an empty database on the test server, yield its URL, drop it afterwards."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f'PostgreSQL variant skipped: set {PG_ENV} (eval "$(bash .ci/postgres.sh)")')
    name = f"cl_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'events.db'}"
    else:
        yield from fresh_pg_database()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    try:
        yield s
    finally:
        s.close()


def doc(doc_id: str, text: str, *, url: str | None = None, source: str = "", day: dt.date = DAY) -> Document:
    return Document(doc_id=doc_id, text=text, url=url, source=source, published=day)


def claim(claimant: str, killed: int | None, *, doc_id: str, stance: str = "reports", **kw: object) -> Claim:
    return Claim(
        claimant=claimant, killed=killed, stance=stance, doc_id=doc_id, quote=f"{claimant} said", **kw
    )


def strike(
    doc_id: str,
    *,
    claims: tuple[Claim, ...] = (),
    day: dt.date = DAY,
    lat: float = 35.93,
    lon: float = 36.63,
    location: str = "Idlib",
    notes: str = "An air strike hit a market in Idlib city.",
    sub: str = "Air/drone strike",
    event_type: str = "Explosions/Remote violence",
    actor1: str = "Military Forces of Russia",
    background: bool = False,
    version: str = "test-1",
) -> Report:
    """A pre-extracted report of an air strike in Syria (the defaults are the headline case)."""
    killed = [c.killed for c in claims if c.stance == "reports" and c.killed]
    return Report(
        doc_id=doc_id,
        event_date=day,
        event_type=event_type,
        sub_event_type=sub,
        actor1=actor1,
        actor2="Civilians (Syria)",
        inter1=8,
        inter2=7,
        country="Syria",
        iso=760,
        iso3="SYR",
        region="Middle East",
        admin1="Idlib",
        location=location,
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        where_prec=1,
        source=doc_id,
        notes=notes,
        fatalities=min(killed) if killed else 0,
        claims=claims,
        evidence=(Evidence(doc_id=doc_id, url=None, sentence=notes, start=0, end=len(notes)),),
        is_background=background,
        extractor_version=version,
    )


def headline_reports() -> list[tuple[Document, Report]]:
    """Three differently worded reports of one strike from three sources: 62, 80 and "dozens" (12)."""
    a = doc(
        "reuters-1",
        "Syria's health ministry said 62 people were killed in a strike on Idlib.",
        source="Reuters",
    )
    b = doc(
        "sohr-1", "The Observatory counted 80 dead after warplanes struck the Idlib market.", source="SOHR"
    )
    c = doc(
        "local-1", "Dozens were killed when jets bombed a crowded market in Idlib city.", source="Enab Baladi"
    )
    return [
        (
            a,
            strike(
                "reuters-1",
                notes="Health ministry: 62 killed in air strike on Idlib market.",
                claims=(
                    claim(
                        "Syrian Health Ministry", 62, doc_id="reuters-1", blames="Military Forces of Russia"
                    ),
                ),
            ),
        ),
        (
            b,
            strike(
                "sohr-1",
                notes="Warplanes struck a market in Idlib; 80 dead according to SOHR.",
                claims=(claim("Syrian Observatory for Human Rights", 80, doc_id="sohr-1"),),
            ),
        ),
        (
            c,
            strike(
                "local-1",
                notes="Jets bombed a crowded Idlib market, killing dozens.",
                claims=(claim("local residents", 12, doc_id="local-1", vague_word="dozens"),),
            ),
        ),
    ]
