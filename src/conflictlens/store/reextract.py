"""Re-coding the stored documents that an older extractor coded (`conflictlens reextract`, docs/design.md §4.3).

A document whose stored extractor version differs from the running one is read back from the store, coded
again (by a caller-supplied function, `Extractor.code_many` in the CLI) and written through `write_document`,
which re-matches the new reports to the old ones: matched reports keep their ids and reviewed fields, a
reviewed report with no match is kept and flagged orphaned, the rest are replaced. Each document is its own
transaction, so an interrupted run leaves every document either re-coded or as it was, and running it again
picks up where it stopped.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from sqlalchemy import select

from conflictlens.errors import StoreError
from conflictlens.models import Document
from conflictlens.store.engine import Store
from conflictlens.store.ingest import Coded, IngestSummary, ingest_coded
from conflictlens.store.schema import documents
from conflictlens.store.writer import WriteResult, document_identity


def stale_document_ids(store: Store, extractor_version: str) -> list[int]:
    """Ids of the documents coded by another extractor version, oldest first."""
    with store.read() as conn:
        query = select(documents.c.id).where(documents.c.extractor_version != extractor_version)
        return list(conn.execute(query.order_by(documents.c.id)).scalars())


def stored_document(store: Store, document_id: int) -> tuple[Document, dt.date | None]:
    """The document as it was ingested, and the date it was coded against when it has no publication date of
    its own (the day it was ingested: the date relative expressions were read from then)."""
    with store.read() as conn:
        row = conn.execute(select(documents).where(documents.c.id == document_id)).mappings().one()
    doc = Document(doc_id=row["doc_id"], text=row["text"], published=row["published"], url=row["url"],
                   source=row["source"] or None, title=row["title"], origin=f"stored document {document_id}")
    if document_identity(doc) != row["identity"]:  # only a hand-edited row; writing would store a second copy
        raise StoreError(f"stored document {document_id}: its identity {row['identity']!r} does not follow from "
                         "its url and doc_id", "fix the row's url or doc_id, or delete the document")
    return doc, row["published"] or row["ingested_at"].date()


def reextract(
    store: Store,
    code_many: Callable[[Iterable[Document]], Iterable[Coded]],
    *,
    extractor_version: str,
    on_document: Callable[[Document, WriteResult | None], None] | None = None,
) -> IngestSummary:
    """Re-code every stored document whose extractor version is not `extractor_version`. `code_many` codes
    documents in input order (`Extractor.code_many`, in several processes when asked)."""
    stale = stale_document_ids(store, extractor_version)  # listed before anything is rewritten
    stored: deque[Document] = deque()

    def to_code() -> Iterator[Document]:
        for document_id in stale:
            doc, coded_on = stored_document(store, document_id)
            stored.append(doc)
            yield replace(doc, published=coded_on)

    pairs = ((stored.popleft(), coded) for coded in code_many(to_code()))
    return ingest_coded(store, pairs, extractor_version=extractor_version, on_document=on_document)  # type: ignore[arg-type]
