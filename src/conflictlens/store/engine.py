"""Opening a store: one SQLAlchemy engine for SQLite or PostgreSQL, migrations applied on open.

Writers serialise: SQLite write transactions start with BEGIN IMMEDIATE (WAL mode, so readers are never
blocked), PostgreSQL write transactions take one transaction-scoped advisory lock. Linking reads the
incidents near a new report and then writes, so two concurrent ingests must not interleave there.

A read-only store opens read-only: a SQLite file opened with `?mode=ro&uri=true`, a file or folder this
process may not write (an archive on a read-only mount), or a PostgreSQL database whose transactions are
read-only. Reading (export, history, queries) works; every write says "the store is read-only" (exit 4).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, exc, make_url
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.pool import StaticPool

from conflictlens.errors import StoreError

MIGRATIONS = Path(__file__).with_name("migrations")
PG_WRITE_LOCK = 0x636C656E  # "clen": the advisory lock key every conflictlens writer takes
BUSY_TIMEOUT_MS = 60_000
_HINT_URL = "use sqlite:///path/to/file.db or postgresql+psycopg://user@host:port/dbname"
READ_ONLY_HINT = "reading (export, history) works; to change it, work on a writable copy"
_PG_READ_ONLY = frozenset({"25006", "42501"})  # read_only_sql_transaction, insufficient_privilege


@dataclass
class Store:
    """An open event store. `write()` gives a transaction holding the store's write lock."""

    engine: Engine
    url: str
    read_only: bool = False

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store is read-only: {self.url}", READ_ONLY_HINT)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction: committed on success, rolled back on any error."""
        self.require_writable()
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(conflictlens_write=True)
                with conn.begin():
                    if self.dialect == "postgresql":
                        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")
                    yield conn
        except exc.DBAPIError as err:
            if _is_read_only_error(err):
                raise StoreError(f"the store is read-only: {self.url} ({first_line(err)})", READ_ONLY_HINT) from err
            raise

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def open_store(url: str, *, migrate: bool = True) -> Store:
    """Open (and create or upgrade) the store at `url`; errors become `StoreError` with a hint. A read-only
    store is opened read-only (not migrated; it must already be at the current revision)."""
    parsed = _parse(url)
    sqlite_ro = parsed.get_backend_name() == "sqlite" and _sqlite_read_only(parsed)
    engine = _engine(parsed, read_only=sqlite_ro)
    sqlite = parsed.get_backend_name() == "sqlite"
    shown = url if sqlite else parsed.render_as_string(hide_password=True)  # (SQLite URLs hold no password)
    store = Store(engine=engine, url=shown, read_only=sqlite_ro)
    try:
        if store.dialect == "postgresql":
            store.read_only = _pg_read_only(store)
        if store.read_only:
            _require_current(store)
        elif migrate:
            upgrade(store)
    except exc.OperationalError as err:
        engine.dispose()
        raise StoreError(
            f"cannot open the database {store.url}: {first_line(err)}",
            "check the path and that its folder exists" if sqlite
            else "check that the server is running and the URL, user and password are right",
        ) from err
    except exc.DBAPIError as err:
        engine.dispose()
        raise StoreError(
            f"cannot migrate the database {store.url}: {first_line(err)}",
            "check that the user may create tables, or point --db at a new database",
        ) from err
    return store


def _require_current(store: Store) -> None:
    """A read-only store cannot be upgraded: it must be at the head revision already."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    with store.read() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current != head:
        store.close()
        found = f"revision {current}" if current else "no conflictlens tables"
        raise StoreError(f"the store is read-only and has {found} (this version needs {head}): {store.url}",
                         "upgrade a writable copy with any conflictlens command, or point --db elsewhere")


def _pg_read_only(store: Store) -> bool:
    with store.read() as conn:
        return conn.exec_driver_sql("SHOW transaction_read_only").scalar() == "on"


def _is_read_only_error(err: exc.DBAPIError) -> bool:
    orig = err.orig
    if getattr(orig, "sqlstate", None) in _PG_READ_ONLY:
        return True
    return getattr(orig, "sqlite_errorname", "").startswith("SQLITE_READONLY")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(store: Store, revision: str = "head") -> None:
    """Apply alembic migrations up to `revision` inside one write transaction."""
    cfg = _config()
    with store.write() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def _parse(url: str) -> URL:
    try:
        parsed = make_url(url)
    except exc.ArgumentError as err:
        raise StoreError(f"cannot understand the database URL {url!r}", _HINT_URL) from err
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database {backend!r} in {url!r}", _HINT_URL)
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _engine(url: URL, *, read_only: bool = False) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url, read_only)
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    except (exc.ArgumentError, exc.NoSuchModuleError, ImportError) as err:
        raise StoreError(f"cannot open the database URL {url!r}: {err}", _HINT_URL) from err


def _sqlite_path(url: URL) -> Path | None:
    """The file a SQLite URL names (`sqlite:///x.db` or the URI form `sqlite:///file:x.db?...&uri=true`);
    None for an in-memory database."""
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file::memory:") or url.query.get("mode") == "memory":
        return None
    if database.startswith("file:"):
        database = database[len("file:"):].split("?", 1)[0]
    return Path(database).expanduser()


def _sqlite_read_only(url: URL) -> bool:
    """Asked for (`mode=ro`, `immutable=1`), or an existing file this process may not write, or in a folder
    it may not write (SQLite's journal lives beside the file)."""
    path = _sqlite_path(url)
    if path is None:
        return False
    if url.query.get("mode") == "ro" or url.query.get("immutable") in ("1", "true"):
        return True
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _sqlite_engine(url: URL, read_only: bool = False) -> Engine:
    path = _sqlite_path(url)
    kwargs: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
    if path is None:
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    elif read_only:
        url = _read_only_url(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(
                f"cannot create the folder for {path}: {err.strerror}",
                "choose a writable location with --db sqlite:///path/to/file.db",
            ) from err
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _sqlite_connect_read_only if read_only else _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _read_only_url(path: Path) -> URL:
    """A URI opening the file read-only. In a folder this process cannot write, SQLite cannot make the shared-
    memory file WAL readers need: the file is opened as immutable, which is exact when no write-ahead log
    beside it holds uncheckpointed pages (a cleanly closed store); otherwise it is read through the log."""
    query = {"mode": "ro", "uri": "true"}
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not (wal.exists() and wal.stat().st_size > 0):
        query["immutable"] = "1"
    return URL.create("sqlite", database=f"file:{path.resolve()}", query=query)


def _sqlite_connect_read_only(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.close()


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (the pysqlite driver would otherwise defer it).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable across a killed process
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # IMMEDIATE takes the write lock up front: a deferred transaction that upgrades later can fail with
    # SQLITE_BUSY without waiting, which is how two concurrent ingests would lose a document.
    mode = "IMMEDIATE" if conn.get_execution_options().get("conflictlens_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def first_line(err: BaseException) -> str:
    """The driver's own message, first line only (never the SQL statement SQLAlchemy appends)."""
    orig = getattr(err, "orig", None) or err
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]
