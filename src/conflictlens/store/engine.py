"""Opening a store: one SQLAlchemy engine for SQLite or PostgreSQL, migrations applied on open.

Writers serialise: SQLite write transactions start with BEGIN IMMEDIATE (WAL mode, so readers are never
blocked), PostgreSQL write transactions take one transaction-scoped advisory lock. Linking reads the
incidents near a new report and then writes, so two concurrent ingests must not interleave there.
"""

from __future__ import annotations

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


@dataclass
class Store:
    """An open event store. `write()` gives a transaction holding the store's write lock."""

    engine: Engine
    url: str

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction: committed on success, rolled back on any error."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(conflictlens_write=True)
            with conn.begin():
                if self.dialect == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")
                yield conn

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
    """Open (and create or upgrade) the store at `url`; errors become `StoreError` with a hint."""
    parsed = _parse(url)
    engine = _engine(parsed)
    store = Store(engine=engine, url=parsed.render_as_string(hide_password=True))
    if migrate:
        try:
            upgrade(store)
        except exc.OperationalError as err:
            engine.dispose()
            raise StoreError(
                f"cannot open the database {store.url}: {first_line(err)}",
                "check that the server is running and the URL, user and password are right",
            ) from err
        except exc.DBAPIError as err:
            engine.dispose()
            raise StoreError(
                f"cannot migrate the database {store.url}: {first_line(err)}",
                "check that the user may create tables, or point --db at a new database",
            ) from err
    return store


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


def _engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    except (exc.ArgumentError, exc.NoSuchModuleError, ImportError) as err:
        raise StoreError(f"cannot open the database URL {url!r}: {err}", _HINT_URL) from err


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    memory = database in ("", ":memory:") or database.startswith("file::memory:")
    kwargs: dict[str, Any] = {"connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000}}
    if memory:
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        try:
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(
                f"cannot create the folder for {database}: {err.strerror}",
                "choose a writable location with --db sqlite:///path/to/file.db",
            ) from err
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


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
