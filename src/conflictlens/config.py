"""Settings: defaults -> environment (CONFLICTLENS_*) -> flags. One `Settings` object, built on demand."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from conflictlens.errors import UsageError

# The most text drafted in one pass: a longer text (a feed dump, a book) is coded in windows of whole paragraphs
# of at most this many characters, so its cost grows in proportion to its length (extract/extractor.py,
# `windows`). Ten times the longest article in the dev sets; spaCy itself only ever reads one sentence.
DEFAULT_MAX_CHARS = 100_000
DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # a file larger than this is refused before reading
DOCUMENT_FIELDS = ("id", "text", "html", "published", "url", "source", "title")
SEMANTIC_ENV = "CONFLICTLENS_SEMANTIC"  # 1: the semantic fallback on (needs the `semantic` extra)
AUTO_WORKERS = 0  # `workers` value: one process per available core when the input holds more than one chunk


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "conflictlens"


def user_data_dir() -> Path:
    """Where a user's own actor dictionary and places live (`actors.toml`, `places.csv`): CONFLICTLENS_USER_DATA,
    else $XDG_CONFIG_HOME/conflictlens (~/.config/conflictlens). They extend the packaged data."""
    override = os.environ.get("CONFLICTLENS_USER_DATA")
    if override:
        return Path(override).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "conflictlens"


def cache_dir() -> Path:
    override = os.environ.get("CONFLICTLENS_CACHE")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "conflictlens"


@dataclass(frozen=True)
class Settings:
    db_url: str
    max_chars: int = DEFAULT_MAX_CHARS
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = 64
    workers: int = 1  # processes for coding (CONFLICTLENS_WORKERS, --workers); AUTO_WORKERS = every core
    fields: tuple[tuple[str, str], ...] = ()  # document field -> input column (Parquet; --fields, CONFLICTLENS_FIELDS)
    semantic: bool = False  # the semantic fallback (extract/semantic.py; --semantic, CONFLICTLENS_SEMANTIC=1)

    def with_overrides(self, **changes: object) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def load_settings(db_url: str | None = None) -> Settings:
    env_db = os.environ.get("CONFLICTLENS_DB")
    default_db = f"sqlite:///{data_dir() / 'conflictlens.db'}"
    max_chars = int(os.environ.get("CONFLICTLENS_MAX_CHARS", DEFAULT_MAX_CHARS))
    max_bytes = int(os.environ.get("CONFLICTLENS_MAX_BYTES", DEFAULT_MAX_BYTES))
    workers = env_workers(default=1)
    fields = parse_fields(os.environ.get("CONFLICTLENS_FIELDS"))
    semantic = os.environ.get(SEMANTIC_ENV, "").strip().lower() in ("1", "true", "yes", "on")
    return Settings(db_url=db_url or env_db or default_db, max_chars=max_chars, max_bytes=max_bytes, workers=workers,
                    fields=fields, semantic=semantic)


def env_workers(default: int) -> int:
    """CONFLICTLENS_WORKERS (a number, or "auto" = every core), else `default`."""
    value = os.environ.get("CONFLICTLENS_WORKERS", "").strip().lower()
    if not value:
        return default
    return AUTO_WORKERS if value == "auto" else max(1, int(value))


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's count where they differ)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def parse_fields(spec: str | None) -> tuple[tuple[str, str], ...]:
    """"text=body,published=date" -> (("text", "body"), ("published", "date")): which input column holds
    each document field. UsageError for a pair that is not FIELD=COLUMN with a known FIELD."""
    pairs: list[tuple[str, str]] = []
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        name, sep, column = (x.strip() for x in part.partition("="))
        if not sep or name not in DOCUMENT_FIELDS or not column:
            raise UsageError(f"bad field mapping {part.strip()!r}",
                             f"write FIELD=COLUMN pairs separated by commas, FIELD one of {', '.join(DOCUMENT_FIELDS)}")
        pairs.append((name, column))
    return tuple(pairs)
