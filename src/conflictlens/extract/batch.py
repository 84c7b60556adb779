"""`conflictlens code` as a library function: read inputs, extract, number the events per country."""

from __future__ import annotations

import datetime as dt
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TextIO

from conflictlens.config import Settings
from conflictlens.extract.extractor import CodeResult, Extractor
from conflictlens.models import Document, Report, Skip, Tally


@dataclass
class CodeSummary:
    documents: int = 0
    events: int = 0
    tallies: int = 0
    skipped: list[Skip] = field(default_factory=list)
    run_dated: list[str] = field(default_factory=list)


def code_records(
    paths: Sequence[str], *, published: dt.date | None = None, source: str | None = None,
    tallies: bool = False, settings: Settings | None = None, model_path: str | None = None,
    summary: CodeSummary | None = None, stdin: TextIO | None = None,
    on_result: Callable[[CodeResult], None] | None = None,
) -> Iterator[Report | Tally]:
    """Events (and, with `tallies`, cumulative tallies) of every readable document, in input order.
    `on_result` sees each document's extraction as it is done (a progress bar)."""
    from conflictlens.ingest import read_inputs

    summary = summary if summary is not None else CodeSummary()
    extractor = Extractor(settings=settings, model_path=model_path)
    seq: Counter[str] = Counter()

    def documents() -> Iterator:
        for item in read_inputs(paths, published=published, source=source, settings=settings, stdin=stdin):
            if isinstance(item, Skip):
                summary.skipped.append(item)
                continue
            if item.published_from == "run-date":
                summary.run_dated.append(item.origin or item.doc_id)
            summary.documents += 1
            yield item

    for result in extractor.code_many(documents()):
        if on_result is not None:
            on_result(result)
        if result.skipped:
            summary.skipped.append(Skip(result.document.origin or result.document.doc_id, result.skipped))
        for report in result.reports:
            seq[report.iso3 or "XXX"] += 1
            summary.events += 1
            yield replace(report, event_id_cnty=f"{report.iso3 or 'XXX'}{seq[report.iso3 or 'XXX']}")
        if tallies:
            summary.tallies += len(result.tallies)
            yield from result.tallies


def code_items(
    items: Iterable[Document | Skip], extractor: Extractor, workers: int | None = None
) -> Iterator[tuple[Document | Skip, CodeResult | None]]:
    """Each item with its extraction (None for a Skip), in input order, the documents coded through
    `Extractor.code_many` (so in `workers` processes when asked) while the skips pass through in place."""
    pending: deque[Document | Skip] = deque()

    def documents() -> Iterator[Document]:
        for item in items:
            pending.append(item)
            if isinstance(item, Document):
                yield item

    for result in extractor.code_many(documents(), workers):
        while isinstance(pending[0], Skip):
            yield pending.popleft(), None
        yield pending.popleft(), result
    while pending:  # skips after the last document
        yield pending.popleft(), None
