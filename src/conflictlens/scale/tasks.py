"""What runs on the executors: reading one input file, coding a partition of documents, linking one
blocking group, writing a partition into the store. Plain functions of plain values, so Spark can ship them
and tests can call them without Spark."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from conflictlens.config import Settings
from conflictlens.extract.extractor import Extractor
from conflictlens.incidents import link as linking
from conflictlens.models import Document, Report, Skip, Tally

# A document's place in the input: (file number, position in the file). Sorting by it gives input order.
Key = tuple[int, int]
ORDINAL_BITS = 12  # report ids: (file << 44) | (position << 12) | ordinal, increasing in input order
POSITION_BITS = 32


@dataclass(frozen=True)
class Coded:
    """One document's extraction as it travels between stages."""

    key: Key
    document: Document
    reports: tuple[Report, ...]
    tallies: tuple[Tally, ...]
    skipped: str | None
    version: str


def read_path(numbered: tuple[int, str], settings: Settings, published: dt.date | None,
              source: str | None) -> Iterator[tuple[Key, Document | Skip]]:
    """Every document (and skip) of one input file, keyed by its place in the input. A reader failure that
    is not bad input (a bug) is recorded as a skip of the file rather than failing the whole job."""
    from conflictlens.ingest import ReadContext, read_file

    number, path = numbered
    ctx = ReadContext(settings=settings, published=published, source=source or None)
    position = 0
    try:
        for item in read_file(path, ctx):
            yield (number, position), item
            position += 1
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop a job over thousands
        yield (number, position), Skip(path, f"could not be read: {type(exc).__name__}: {exc}")


_EXTRACTORS: dict[tuple[Settings, str | None], Extractor] = {}


def extractor_for(settings: Settings, model_path: str | None = None) -> tuple[Extractor, bool]:
    """The executor process's Extractor (made on first use, then reused by every later partition that the
    same Python worker runs); the flag says whether this call made it."""
    key = (settings, model_path)
    made = key not in _EXTRACTORS
    if made:
        _EXTRACTORS[key] = Extractor(settings=replace(settings, workers=1), model_path=model_path)
    return _EXTRACTORS[key], made


def code_partition(items: Iterable[tuple[Key, Document | Skip]], settings: Settings, model_path: str | None,
                   on_load: Any = None) -> Iterator[tuple[Key, Coded | Skip]]:
    """Code one partition's documents, streamed in chunks through the process's one Extractor
    (`extract.batch.code_items`, as `code` does); skips pass through in place."""
    from conflictlens.extract.batch import code_items

    extractor, made = extractor_for(settings, model_path)
    if made and on_load is not None:
        on_load()
    keys: deque[Key] = deque()

    def plain() -> Iterator[Document | Skip]:
        for key, item in items:
            keys.append(key)
            yield item

    for item, result in code_items(plain(), extractor, workers=1):
        key = keys.popleft()
        if result is None or isinstance(item, Skip):
            yield key, item
        else:
            yield key, Coded(key, item, result.reports, result.tallies, result.skipped, extractor.version)


def report_id(key: Key, ordinal: int) -> int:
    file_number, position = key
    return (file_number << (POSITION_BITS + ORDINAL_BITS)) | (position << ORDINAL_BITS) | ordinal


def event_rows(coded: Coded) -> Iterator[dict[str, Any]]:
    """The document's events as §4.2 records plus what linking needs (report id, document number)."""
    for ordinal, report in enumerate(coded.reports):
        iso3 = report.iso3 or "XXX"
        record = report.to_record()
        record["event_id_cnty"] = f"{iso3}-{coded.document.doc_id}-{ordinal + 1}"
        record["_report_id"] = report_id(coded.key, ordinal)
        record["_document"] = coded.key
        record["_iso3"] = report.iso3
        yield record


def link_key(record: dict[str, Any]) -> str:
    """The country a report is linked within (the store's rule: ISO3, else the name)."""
    return record.get("_iso3") or record.get("country") or ""


def segments(dates: Iterable[tuple[str, dt.date]]) -> dict[tuple[str, dt.date], int]:
    """Blocking groups: per country, runs of event dates with no gap wider than the widest window two
    reports can link across, so no pair that could link is split between groups."""
    widest = 2 * max(linking.DATE_TOLERANCE_DAYS.values())
    by_country: dict[str, list[dt.date]] = {}
    for country, day in dates:
        by_country.setdefault(country, []).append(day)
    out: dict[tuple[str, dt.date], int] = {}
    for country, days in by_country.items():
        group, last = 0, None
        for day in sorted(set(days)):
            if last is not None and (day - last).days > widest:
                group += 1
            out[(country, day)] = group
            last = day
    return out


def link_group(group: tuple[str, int], records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Link one blocking group's reports in input order with `incidents.link` (as the store does when the
    same documents are ingested in that order); each record leaves with its `incident_id`."""
    from conflictlens.store.incidents import link_item

    ordered = sorted(records, key=lambda r: r["_report_id"])
    items = [link_item(_link_row(r), [e["sentence"] for e in r["evidence"]]) for r in ordered]
    decisions = {d.report_id: d for d in linking.link([], items)}
    country, number = group
    for record in ordered:
        decision = decisions[record["_report_id"]]
        incident = decision.incident_id
        record["incident_id"] = None if incident is None else f"{country or 'XXX'}-{number}-{-incident}"
        yield record


def _link_row(record: dict[str, Any]) -> dict[str, Any]:
    """A record in the shape of the store's `reports` row that `link_item` reads."""
    document = record["_document"]
    return {
        "id": record["_report_id"], "document_id": (document[0] << POSITION_BITS) | document[1],
        "event_date": dt.date.fromisoformat(record["event_date"]), "event_type": record["event_type"],
        "sub_event_type": record["sub_event_type"], "iso3": record["_iso3"], "country": record["country"],
        "time_precision": record["time_precision"], "latitude": record["latitude"],
        "longitude": record["longitude"], "geo_precision": record["geo_precision"],
        "location": record["location"], "admin1": record["admin1"], "actor1": record["actor1"],
        "actor2": record["actor2"], "assoc_actor_1": _split(record["assoc_actor_1"]),
        "assoc_actor_2": _split(record["assoc_actor_2"]), "notes": record["notes"],
        "is_background": record["is_background"], "incident_id": None,
    }


def _split(joined: str) -> list[str]:
    return [a for a in (joined or "").split("; ") if a]


def store_partition(coded: Iterable[Coded], db_url: str) -> Iterator[tuple[str, int]]:
    """Write a partition's documents with the store's own writer, one transaction each (idempotent: a
    document stored before with the same text and extractor version is left unchanged)."""
    from conflictlens.store.engine import open_store
    from conflictlens.store.writer import write_document

    store = open_store(db_url)
    try:
        for item in coded:
            result = write_document(store, item.document, item.reports, item.tallies,
                                    extractor_version=item.version, skipped=item.skipped)
            yield result.status, 1
    finally:
        store.close()
