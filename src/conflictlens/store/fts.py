"""Full-text search over reports: SQLite FTS5 (external-content table kept by triggers) or a PostgreSQL GIN
index on a tsvector expression. The query side must repeat the indexed expression exactly."""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, text
from sqlalchemy.engine import Connection

from conflictlens.store.schema import reports

SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS reports_fts USING fts5("
    "notes, actor1, actor2, location, content='reports', content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER IF NOT EXISTS reports_fts_ai AFTER INSERT ON reports BEGIN "
    "INSERT INTO reports_fts(rowid, notes, actor1, actor2, location) "
    "VALUES (new.id, new.notes, new.actor1, new.actor2, new.location); END",
    "CREATE TRIGGER IF NOT EXISTS reports_fts_ad AFTER DELETE ON reports BEGIN "
    "INSERT INTO reports_fts(reports_fts, rowid, notes, actor1, actor2, location) "
    "VALUES ('delete', old.id, old.notes, old.actor1, old.actor2, old.location); END",
    "CREATE TRIGGER IF NOT EXISTS reports_fts_au AFTER UPDATE OF notes, actor1, actor2, location ON reports "
    "BEGIN INSERT INTO reports_fts(reports_fts, rowid, notes, actor1, actor2, location) "
    "VALUES ('delete', old.id, old.notes, old.actor1, old.actor2, old.location); "
    "INSERT INTO reports_fts(rowid, notes, actor1, actor2, location) "
    "VALUES (new.id, new.notes, new.actor1, new.actor2, new.location); END",
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS reports_fts_au",
    "DROP TRIGGER IF EXISTS reports_fts_ad",
    "DROP TRIGGER IF EXISTS reports_fts_ai",
    "DROP TABLE IF EXISTS reports_fts",
)

PG_TSV = (
    "to_tsvector('english'::regconfig, coalesce(notes, '') || ' ' || coalesce(actor1, '') || ' ' || "
    "coalesce(actor2, '') || ' ' || coalesce(location, ''))"
)
PG_DDL = (f"CREATE INDEX IF NOT EXISTS ix_reports_fts ON reports USING gin ({PG_TSV})",)
PG_DROP = ("DROP INDEX IF EXISTS ix_reports_fts",)


def create(conn: Connection) -> None:
    for stmt in _ddl(conn.dialect.name, drop=False):
        conn.exec_driver_sql(stmt)


def drop(conn: Connection) -> None:
    for stmt in _ddl(conn.dialect.name, drop=True):
        conn.exec_driver_sql(stmt)


def _ddl(dialect: str, drop: bool) -> tuple[str, ...]:
    if dialect == "sqlite":
        return SQLITE_DROP if drop else SQLITE_DDL
    if dialect == "postgresql":
        return PG_DROP if drop else PG_DDL
    return ()


def match(dialect: str, query: str) -> ColumnElement[bool]:
    """A WHERE clause: reports whose notes/actors/location contain every word of `query`."""
    words = re.findall(r"\w+", query)
    if not words:
        return text("1 = 1")
    if dialect == "sqlite":
        fts_query = " ".join('"' + w.replace('"', "") + '"' for w in words)
        return reports.c.id.in_(
            text("SELECT rowid FROM reports_fts WHERE reports_fts MATCH :fts_q").bindparams(fts_q=fts_query)
        )
    if dialect == "postgresql":
        return text(f"{PG_TSV} @@ plainto_tsquery('english'::regconfig, :fts_q)").bindparams(
            fts_q=" ".join(words)
        )
    pattern = "%" + "%".join(words) + "%"
    return reports.c.notes.ilike(pattern)
