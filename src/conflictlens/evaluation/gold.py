"""The gold types every dev-format reader returns: `GoldDoc` (an input and what the gold says of it) and
`EvalSet`; and the helpers the readers share (seeded samples and publication dates)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from conflictlens.models import Document


@dataclass(frozen=True)
class GoldDoc:
    """One input document and what the gold says about it.

    `events`: gold event records (event sets). `labels`: set-specific annotations (MUC-4 roles,
    IndiaPoliceEvents sentence spans and labels).
    """

    doc: Document
    events: tuple[Mapping[str, Any], ...] = ()
    labels: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class EvalSet:
    name: str  # file stem, e.g. "acled_2020_dev"
    fmt: str  # one of KNOWN_FORMATS
    path: str
    docs: tuple[GoldDoc, ...]
    total_docs: int  # before --limit
    notes: tuple[str, ...] = ()  # what the reader skipped or assumed


def sample_docs(docs: Sequence[GoldDoc], limit: int | None, seed: int) -> tuple[GoldDoc, ...]:
    """A fixed seeded sample in file order (the same `seed` and `limit` give the same documents)."""
    if limit is None or limit <= 0 or limit >= len(docs):
        return tuple(docs)
    keep = sorted(random.Random(f"sample:{seed}").sample(range(len(docs)), limit))
    return tuple(docs[i] for i in keep)


def published_after(event_date: dt.date, seed: int, row_id: str) -> dt.date:
    """Publication date = event date + 0-2 days, seeded per row, so relative dates get exercised."""
    return event_date + dt.timedelta(days=random.Random(f"{seed}:{row_id}").randint(0, 2))


def parse_iso_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value or "")[:10])
    except ValueError:
        return None
