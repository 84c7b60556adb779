"""Writing one document and its extraction (reports, claims, evidence, tallies) in ONE transaction.

Identity (docs/design.md §4.3): the URL, else the input id (ingest sets that to a hash of the text when there is
none). The same identity with the same text and extractor version stores nothing ("unchanged"); a changed
text or a new extractor version replaces the document's reports, re-matched to the old ones so reviewed
fields survive ("updated"); a text already stored under another identity is kept as a syndicated copy that
points to the first ("copy"). Two processes writing the same document race on the unique identity; the
loser's transaction fails with IntegrityError and is retried, finding the winner's row.
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from conflictlens.errors import StoreError
from conflictlens.models import Document, Report, Tally
from conflictlens.store import rows as conv
from conflictlens.store.engine import Store
from conflictlens.store.incidents import now, place_reports, refresh_incidents, unplace_reports
from conflictlens.store.inserts import insert_reports
from conflictlens.store.replace import replace_reports
from conflictlens.store.schema import documents, tallies
from conflictlens.store.validate import RefusedValue, check_document, check_report, check_tally

RETRIES = 5


@dataclass(frozen=True)
class WriteResult:
    doc_id: str
    status: str  # new | copy | unchanged | updated
    document_id: int
    n_reports: int
    orphaned: int = 0
    n_background: int = 0
    refused: tuple[str, ...] = ()  # events or tallies left out, each with the field that was out of its domain


def normalise_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def document_identity(doc: Document) -> str:
    return doc.url.strip() if doc.url and doc.url.strip() else f"id:{doc.doc_id}"


def write_document(
    store: Store,
    document: Document,
    reports_: Sequence[Report],
    tallies_: Sequence[Tally] = (),
    *,
    extractor_version: str | None = None,
    skipped: str | None = None,
) -> WriteResult:
    """Store one document with its extraction, in one transaction (see the module docstring).

    Every value is checked first (store/validate.py): a document field out of its domain refuses the whole
    document (`RefusedValue`); an event or tally with a value out of its domain is left out and named in
    `WriteResult.refused` (and in the document's `skipped` note), the rest is stored."""
    version = extractor_version if extractor_version is not None else _version(reports_)
    document = check_document(document)
    checked, refused = _valid(reports_, check_report, "event")
    checked_tallies, refused_tallies = _valid(tallies_, check_tally, "tally")
    refused += refused_tallies
    skipped = "; ".join(x for x in (skipped, *refused) if x) or None
    for attempt in range(RETRIES):
        try:
            with store.write() as conn:
                result = _write(conn, document, checked, checked_tallies, version, skipped)
                background = sum(1 for r in checked if r.is_background)
                return dataclasses.replace(result, n_background=background, refused=tuple(refused))
        except IntegrityError as err:
            # another writer stored the same document first: retry, which now finds it
            if attempt == RETRIES - 1:
                raise StoreError(
                    f"could not store {document.doc_id}: {str(err.orig).splitlines()[0]}",
                    "run the ingest again; documents already stored are skipped",
                ) from err
    raise AssertionError("unreachable")


def _valid(items: Sequence[Any], check: Callable[[Any, str], Any], what: str) -> tuple[list[Any], list[str]]:
    kept, refused = [], []
    for i, item in enumerate(items, start=1):
        try:
            kept.append(check(item, f"{what} {i}"))
        except RefusedValue as err:
            refused.append(f"{err.message} (not stored)")
    return kept, refused


def _version(reports_: Sequence[Report]) -> str:
    return next((r.extractor_version for r in reports_ if r.extractor_version), "")


def _write(
    conn: Connection, doc: Document, new: list[Report], talls: list[Tally], version: str, skipped: str | None
) -> WriteResult:
    identity = document_identity(doc)
    digest = text_hash(doc.text)
    row = conn.execute(select(documents).where(documents.c.identity == identity)).mappings().first()
    if row is not None:
        if row["text_hash"] == digest and row["extractor_version"] == version:
            return WriteResult(doc.doc_id, "unchanged", row["id"], row["n_reports"])
        return _replace(conn, row, doc, new, talls, version, digest, skipped)
    canonical = _canonical(conn, digest, exclude=None)
    stamp = now()
    document_id = conn.execute(
        insert(documents)
        .values(
            identity=identity,
            **_doc_values(doc, new, talls, version, digest, skipped),
            canonical_doc_id=canonical,
            ingested_at=stamp,
        )
        .returning(documents.c.id)
    ).scalar_one()
    ids = insert_reports(conn, document_id, new, first_ordinal=0)
    if talls:
        conn.execute(insert(tallies), conv.tally_rows(document_id, talls))
    refresh_incidents(conn, place_reports(conn, ids))
    return WriteResult(doc.doc_id, "copy" if canonical else "new", document_id, len(new))


def _canonical(conn: Connection, digest: str, exclude: int | None) -> int | None:
    query = select(func.min(documents.c.id)).where(
        documents.c.text_hash == digest, documents.c.canonical_doc_id.is_(None)
    )
    if exclude is not None:
        query = query.where(documents.c.id != exclude)
    return conn.execute(query).scalar()


def _doc_values(
    doc: Document, new: list[Report], talls: list[Tally], version: str, digest: str, skipped: str | None
) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "url": doc.url,
        "source": doc.source or "",
        "title": doc.title,
        "published": doc.published,
        "text": doc.text,
        "text_hash": digest,
        "extractor_version": version,
        "skipped": skipped,
        "n_reports": len(new),
        "n_claims": sum(len(r.claims) for r in new),
        "n_evidence": sum(len(r.evidence) for r in new),
        "n_tallies": len(talls),
        "updated_at": now(),
    }


def _replace(
    conn: Connection,
    row: Any,
    doc: Document,
    new: list[Report],
    talls: list[Tally],
    version: str,
    digest: str,
    skipped: str | None,
) -> WriteResult:
    document_id = row["id"]
    conn.execute(
        update(documents)
        .where(documents.c.id == document_id)
        .values(
            **_doc_values(doc, new, talls, version, digest, skipped),
            canonical_doc_id=_canonical(conn, digest, exclude=document_id),
        )
    )
    conn.execute(delete(tallies).where(tallies.c.document_id == document_id))
    if talls:
        conn.execute(insert(tallies), conv.tally_rows(document_id, talls))
    touched, current, orphaned = replace_reports(conn, document_id, new)
    touched |= unplace_reports(conn, current)
    touched |= place_reports(conn, current)
    refresh_incidents(conn, touched)
    return WriteResult(doc.doc_id, "updated", document_id, len(new), orphaned)
