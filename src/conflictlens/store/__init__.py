"""The event store: documents, reports, claims, evidence, incidents and the review trail (docs/design.md §4.3).

`open_store(url)` opens (and migrates) a SQLite or PostgreSQL store; `write_document` stores one document's
extraction in one transaction; `review` / `history` are the audit trail; `queries` finds reports.
"""

from conflictlens.store.engine import Store, open_store
from conflictlens.store.writer import WriteResult, document_identity, text_hash, write_document

__all__ = ["Store", "WriteResult", "document_identity", "open_store", "text_hash", "write_document"]
