"""Migrations: a store built by the migrations has exactly the tables of `store/schema.py`, and a store made
by every earlier revision upgrades to the head with its rows kept (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from conflictlens.store.engine import MIGRATIONS, _config, open_store, upgrade
from conflictlens.store.schema import metadata

FTS_OBJECTS = ("reports_fts", "ix_reports_fts")  # dialect-specific full-text objects kept outside the metadata


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _schema_diff(url: str) -> list:
    store = open_store(url, migrate=False)
    try:
        with store.engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn,
                opts={
                    "include_object": lambda obj, name, type_, reflected, compare_to: not (
                        name or ""
                    ).startswith(FTS_OBJECTS),
                    "compare_type": True,
                },
            )
            return [d for d in compare_metadata(ctx, metadata) if "alembic_version" not in str(d)]
    finally:
        store.close()


def test_the_migrations_build_exactly_the_declared_schema(store_url: str) -> None:
    open_store(store_url).close()
    assert _schema_diff(store_url) == []


def test_a_store_made_by_each_earlier_revision_upgrades_with_its_rows(store_url: str) -> None:
    revisions = _revisions()
    assert revisions[0] == "0001" and MIGRATIONS.is_dir()
    store = open_store(store_url, migrate=False)
    try:
        upgrade(store, revisions[0])
        now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
        with store.write() as conn:
            conn.execute(
                text(
                    "INSERT INTO documents (identity, doc_id, source, text, text_hash, extractor_version, "
                    "n_reports, n_claims, n_evidence, n_tallies, ingested_at, updated_at) "
                    "VALUES ('doc-1', 'doc-1', 'wire', 'An old text.', 'h', 'rules-0.1.0', 0, 0, 0, 0, :t, :t)"
                ),
                {"t": now},
            )
        for rev in revisions[1:]:
            upgrade(store, rev)
            with store.read() as conn:
                assert conn.execute(text("SELECT doc_id FROM documents")).scalars().all() == ["doc-1"], rev
                if store.dialect == "sqlite":  # a batch rebuild of `reports` would drop these silently
                    triggers = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
                    assert {"reports_fts_ai", "reports_fts_ad", "reports_fts_au"} <= set(triggers.scalars()), rev
    finally:
        store.close()
    assert _schema_diff(store_url) == []
