"""Ingest driver: documents in, each extracted (by a caller-supplied function) and stored in its own
transaction, with a summary at the end. The CLI passes the extractor; tests pass pre-extracted reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.exc import DataError

from conflictlens.models import Document, Report, Skip, Tally
from conflictlens.store.engine import Store, first_line
from conflictlens.store.validate import RefusedValue
from conflictlens.store.writer import WriteResult, document_identity, text_hash, write_document


class Coded(Protocol):
    """What an extractor returns for one document (`conflictlens.extract.extractor.Extractor().code(doc)`)."""

    @property
    def reports(self) -> tuple[Report, ...]: ...
    @property
    def tallies(self) -> tuple[Tally, ...]: ...
    @property
    def skipped(self) -> str | None: ...


@dataclass
class IngestSummary:
    documents: int = 0
    statuses: Counter[str] = field(default_factory=Counter)  # new / copy / unchanged / updated
    events: int = 0  # reports stored by this run (new or updated documents)
    background: int = 0
    tallies: int = 0
    orphaned: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)

    def skipped_reasons(self) -> Counter[str]:
        return Counter(reason for _, reason in self.skipped)


def ingest(
    store: Store,
    items: Iterable[Document | Skip],
    code: Callable[[Document], Coded],
    *,
    extractor_version: str | None = None,
    on_document: Callable[[Document | Skip, WriteResult | None], None] | None = None,
) -> IngestSummary:
    """Extract and store each document; a document either commits whole or not at all."""
    pairs = ((item, None if isinstance(item, Skip) else code(item)) for item in items)
    return ingest_coded(store, pairs, extractor_version=extractor_version, on_document=on_document)


def ingest_coded(
    store: Store,
    pairs: Iterable[tuple[Document | Skip, Coded | None]],
    *,
    extractor_version: str | None = None,
    on_document: Callable[[Document | Skip, WriteResult | None], None] | None = None,
) -> IngestSummary:
    """Store documents already extracted (each with its result; a Skip with None), one transaction each —
    for callers that code in several processes (`extract.batch.code_items`) or elsewhere (Spark). Within one
    run, a second text under an identity the run already stored is skipped (so re-running the same input
    stores nothing new); a later run's new text under a stored identity replaces it, as an updated article
    does."""
    summary = IngestSummary()
    seen: dict[str, tuple[str, str]] = {}  # identity -> (text hash, origin) of the documents of this run
    for item, coded in pairs:
        if isinstance(item, Skip) or coded is None:
            if isinstance(item, Skip):
                summary.skipped.append((item.origin, item.reason))
            if on_document:
                on_document(item, None)
            continue
        identity, digest = document_identity(item), text_hash(item.text)
        earlier = seen.setdefault(identity, (digest, item.origin or item.doc_id))
        if earlier[0] != digest:  # two texts under one URL in one batch: storing both would flip-flop forever
            summary.skipped.append((item.origin or item.doc_id,
                                    f"same URL or id as {earlier[1]} with another text: the first is kept"))
            if on_document:
                on_document(item, None)
            continue
        try:
            result = write_document(
                store,
                item,
                coded.reports,
                coded.tallies,
                extractor_version=extractor_version,
                skipped=coded.skipped,
            )
        except (RefusedValue, DataError) as err:  # a document field out of its domain: it is not stored
            why = err.message if isinstance(err, RefusedValue) else f"the database refused it: {first_line(err)}"
            summary.skipped.append((item.origin or item.doc_id, f"not stored: {why}"))
            if on_document:
                on_document(item, None)
            continue
        summary.skipped += [(item.origin or item.doc_id, reason) for reason in result.refused]
        summary.documents += 1
        summary.statuses[result.status] += 1
        if coded.skipped:
            summary.skipped.append((item.origin or item.doc_id, coded.skipped))
        if result.status != "unchanged":
            summary.events += result.n_reports - result.n_background
            summary.background += result.n_background
            summary.tallies += len(coded.tallies)
            summary.orphaned += result.orphaned
        if on_document:
            on_document(item, result)
    return summary
