"""Shared fixtures. Every store test runs on SQLite (a temporary file) and PostgreSQL (a fresh database per
test on the server named by CONFLICTLENS_TEST_PG; `eval "$(bash .ci/postgres.sh)"` starts one). Without the
variable the PostgreSQL variant is skipped, saying so. Builders of documents and reports are in
`builders.py`."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url

from conflictlens.extract.extractor import Extractor
from conflictlens.store import Store, open_store

PG_ENV = "CONFLICTLENS_TEST_PG"
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


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


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One extractor for every test that codes text (the model, gazetteer and rules load once per worker)."""
    return Extractor()
