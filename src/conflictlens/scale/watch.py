"""`conflictlens watch`: keep a store up to date with a folder or a list of feeds, and raise alerts.

Each poll reads what is new — files in the folder not read yet by this process (or changed since), or the
entries of every feed — skips documents the store already holds with the same text and extractor version
(so a restarted watch codes nothing twice: the store is its memory), codes the rest and stores them as
`ingest` does (agreements refreshed too). Then every incident created by the poll, and every suspected
violation of an agreement that the poll raised, is checked against the alert filters; a match is written as a
line, or posted as JSON to a webhook on the local network.

A filter is `key=value` pairs joined by commas: country (name or ISO3), event_type, sub_event_type, admin1,
actor (actor1 or actor2 of any of its reports) and min_fatalities, e.g.
`country=SYR,event_type=Battles,min_fatalities=5`.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import socket
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from conflictlens.config import Settings
from conflictlens.errors import UsageError
from conflictlens.extract.batch import code_items
from conflictlens.extract.extractor import Extractor
from conflictlens.ingest import ReadContext, read_file
from conflictlens.models import Document, Skip
from conflictlens.store.engine import Store
from conflictlens.store.ingest import IngestSummary, ingest_coded
from conflictlens.store.schema import documents, incidents, reports, violations
from conflictlens.store.writer import document_identity, text_hash

FILTER_KEYS = ("country", "event_type", "sub_event_type", "admin1", "actor", "min_fatalities")
FETCH_TIMEOUT = 30


@dataclass(frozen=True)
class AlertFilter:
    text: str
    terms: tuple[tuple[str, str], ...]

    @classmethod
    def parse(cls, text: str) -> AlertFilter:
        terms = []
        for part in text.split(","):
            key, sep, value = (x.strip() for x in part.partition("="))
            if not sep or key not in FILTER_KEYS or not value:
                raise UsageError(f"bad alert filter {text!r}",
                                 f"write key=value pairs joined by commas, keys: {', '.join(FILTER_KEYS)}")
            if key == "min_fatalities" and not (value.isascii() and value.isdigit()):
                raise UsageError(f"min_fatalities={value!r} is not a number", "e.g. min_fatalities=5")
            terms.append((key, value))
        return cls(text, tuple(terms))

    def matches(self, incident: dict[str, Any]) -> bool:
        return all(_term(incident, key, value) for key, value in self.terms)


def _term(incident: dict[str, Any], key: str, value: str) -> bool:
    if key == "country":
        if len(value) == 3:
            return value.upper() == incident["iso3"]
        return value.casefold() == incident["country"].casefold()
    if key == "min_fatalities":
        return max(incident["fatalities"] or 0, incident["fatalities_best"] or 0) >= int(value)
    if key == "actor":
        return value.casefold() in {a.casefold() for a in incident["actors"]}
    if key == "admin1":
        return value.casefold() in {a.casefold() for a in incident["admin1s"]}
    return value.casefold() == str(incident[key]).casefold()


@dataclass
class Sources:
    """What a watch reads: a folder, or a file listing feed URLs (one a line, # for comments)."""

    folder: Path | None = None
    feeds: tuple[str, ...] = ()
    seen_files: dict[str, tuple[float, int]] = field(default_factory=dict)  # path -> (mtime, size) read

    @classmethod
    def from_argument(cls, target: str) -> Sources:
        path = Path(target)
        if path.is_dir():
            return cls(folder=path)
        if path.is_file():
            urls = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
            urls = [u for u in urls if u and not u.startswith("#")]
            if not urls or not all(urllib.parse.urlsplit(u).scheme in ("http", "https", "file") for u in urls):
                raise UsageError(f"{target} is not a list of feed URLs", "one http(s):// URL a line")
            return cls(feeds=tuple(urls))
        raise UsageError(f"nothing to watch at {target}", "give a folder, or a file listing feed URLs")


@dataclass
class Poll:
    summary: IngestSummary
    known: int  # documents the store already held (not coded again)
    alerts: list[tuple[AlertFilter, dict[str, Any]]]


def poll(store: Store, extractor: Extractor, sources: Sources, ctx: ReadContext,
         filters: Sequence[AlertFilter] = ()) -> Poll:
    """One round: read what is new, code and store it, and match the incidents it created."""
    known = 0

    def fresh() -> Iterator[Document | Skip]:
        nonlocal known
        for item in _read(sources, ctx):
            if isinstance(item, Document) and _stored(store, item, extractor.version):
                known += 1
                continue
            yield item

    from conflictlens.agreements.refresh import refresh

    with store.read() as conn:
        before = conn.execute(select(func.coalesce(func.max(incidents.c.id), 0))).scalar_one()
        suspected = _violation_keys(conn)
    summary = ingest_coded(store, code_items(fresh(), extractor), extractor_version=extractor.version)
    refresh(store)  # agreement mentions read, changed incidents checked against the agreements (as ingest does)
    created = new_incidents(store, before) if filters else []
    alerts = [(f, inc) for inc in created for f in filters if f.matches(inc)]
    if filters:
        alerts += [(f, inc) for inc in new_violations(store, suspected) for f in filters if f.matches(inc)]
    return Poll(summary, known, alerts)


def _violation_keys(conn: Any) -> set[tuple[int, str, str, str]]:
    query = select(violations.c.incident_id, violations.c.agreement_id, violations.c.term, violations.c.party)
    return {tuple(row) for row in conn.execute(query)}  # type: ignore[misc]


def new_violations(store: Store, before: set[tuple[int, str, str, str]]) -> list[dict[str, Any]]:
    """Suspected violations that were not there before the poll, each as its incident (see new_incidents)
    with a `violation` entry: agreement, term, party, reason."""
    with store.read() as conn:
        rows = conn.execute(select(violations).order_by(violations.c.id)).mappings().all()
    fresh = [r for r in rows if (r["incident_id"], r["agreement_id"], r["term"], r["party"]) not in before]
    if not fresh:
        return []
    by_id = {inc["id"]: inc for inc in _incidents(store, incidents.c.id.in_({r["incident_id"] for r in fresh}))}
    out = []
    for r in fresh:
        if r["incident_id"] in by_id:
            violation = {k: r[k] for k in ("agreement_id", "term", "party", "reason")}
            out.append({**by_id[r["incident_id"]], "violation": violation})
    return out


def _read(sources: Sources, ctx: ReadContext) -> Iterator[Document | Skip]:
    if sources.folder is not None:
        for path in sorted(p for p in sources.folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
            stat = path.stat()
            stamp = (stat.st_mtime, stat.st_size)
            if sources.seen_files.get(str(path)) == stamp:
                continue
            sources.seen_files[str(path)] = stamp
            yield from read_file(str(path), ctx)
    for url in sources.feeds:
        yield from _fetch(url, ctx)


def _fetch(url: str, ctx: ReadContext) -> Iterator[Document | Skip]:
    from conflictlens.ingest.feeds import read_feed

    try:
        with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT) as response:  # noqa: S310 - the user's own feeds
            data = response.read(ctx.settings.max_bytes + 1)
    except (OSError, ValueError) as exc:
        yield Skip(url, f"could not fetch the feed: {getattr(exc, 'reason', exc)}")
        return
    if len(data) > ctx.settings.max_bytes:
        yield Skip(url, f"feed is over the {ctx.settings.max_bytes:,}-byte cap (CONFLICTLENS_MAX_BYTES)")
        return
    yield from read_feed(data, url, ctx)


def _stored(store: Store, doc: Document, version: str) -> bool:
    """The store holds this document with the same text, coded by this extractor version."""
    query = select(documents.c.id).where(
        documents.c.identity == document_identity(doc), documents.c.text_hash == text_hash(doc.text),
        documents.c.extractor_version == version)
    with store.read() as conn:
        return conn.execute(query).first() is not None


def new_incidents(store: Store, after_id: int) -> list[dict[str, Any]]:
    """Incidents with ids above `after_id`, with the places and actors of their reports."""
    return _incidents(store, incidents.c.id > after_id)


def _incidents(store: Store, where: Any) -> list[dict[str, Any]]:
    with store.read() as conn:
        rows = [dict(r) for r in conn.execute(select(incidents).where(where).order_by(incidents.c.id)).mappings()]
        members = conn.execute(
            select(reports.c.incident_id, reports.c.location, reports.c.admin1, reports.c.actor1, reports.c.actor2)
            .where(reports.c.incident_id.in_([r["id"] for r in rows])).order_by(reports.c.id)).mappings().all()
    for row in rows:
        mine = [m for m in members if m["incident_id"] == row["id"]]
        row["location"] = next((m["location"] for m in mine if m["location"]), "")
        row["admin1s"] = {m["admin1"] for m in mine if m["admin1"]}
        row["actors"] = {a for m in mine for a in (m["actor1"], m["actor2"]) if a}
    return rows


def alert_line(flt: AlertFilter, inc: dict[str, Any]) -> str:
    best = f" (best {inc['fatalities_best']})" if inc["fatalities_best"] not in (None, inc["fatalities"]) else ""
    where = f"{inc['location']}, {inc['country']}" if inc["location"] else inc["country"]
    what = inc["sub_event_type"] or inc["event_type"]
    line = (f"alert [{flt.text}]: incident {inc['id']} on {inc['event_date']}: {what} in {where}, "
            f"{inc['fatalities']} killed{best}, {inc['n_reports']} report(s)")
    if "violation" in inc:
        v = inc["violation"]
        line += f"; suspected violation of {v['agreement_id']} ({v['term']}) by {v['party'] or 'an unnamed party'}"
    return line


def alert_json(flt: AlertFilter, inc: dict[str, Any]) -> dict[str, Any]:
    keep = ("id", "event_date", "country", "iso3", "event_type", "sub_event_type", "location", "latitude",
            "longitude", "fatalities", "fatalities_best", "fatalities_low", "fatalities_high", "contested",
            "grade", "n_reports", "n_sources")
    body = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in inc.items() if k in keep}
    payload = {"filter": flt.text, "incident": body}
    if "violation" in inc:
        payload["violation"] = inc["violation"]
    return payload


def local_webhook(url: str) -> str:
    """The webhook URL when its host is on this machine or the local network; UsageError otherwise."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"--webhook {url!r} is not an http(s) URL", "e.g. http://127.0.0.1:8080/alerts")
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, parts.port or 80)}
    except OSError as exc:
        raise UsageError(f"--webhook host {parts.hostname} does not resolve", str(exc)) from None
    if not all(_local(a) for a in addresses):
        raise UsageError(f"--webhook {url} is not on the local network",
                         "alerts go to a machine you run: a loopback or private address")
    return url


def _local(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    return ip.is_loopback or ip.is_private or ip.is_link_local


def post_json(url: str, payload: dict[str, Any]) -> None:
    request = urllib.request.Request(url, data=json.dumps(payload).encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT):  # noqa: S310 - checked by local_webhook
        pass


def run_watch(store: Store, sources: Sources, settings: Settings, *, interval: float, rounds: int | None,
              filters: Sequence[AlertFilter], on_poll: Callable[[int, Poll], None],
              sleep: Callable[[float], None]) -> int:
    """Poll `rounds` times (None: until interrupted), `interval` seconds apart; returns the polls made."""
    extractor = Extractor(settings=settings)
    done = 0
    while rounds is None or done < rounds:
        if done:
            sleep(interval)
        ctx = ReadContext(settings=settings)  # today's date for undated documents, as of this poll
        on_poll(done + 1, poll(store, extractor, sources, ctx, filters))
        done += 1
    return done
