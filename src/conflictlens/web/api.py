"""The REST API under /api/: incidents and events (every dashboard filter, cursor pages, a GeoJSON variant),
one incident with its claims and evidence, documents, actors, places, stats, downloads, and review writes.

Reads are open unless the server runs with --private. Writes need a token once the store has one
(`conflictlens token create NAME`; `Authorization: Bearer TOKEN`, or the cookie set by /login); a store with
no token accepts writes, which is why `serve` warns when it listens beyond loopback without one. Every write
names its reviewer and reason, and takes the version the reviewer saw: a stale one is answered 409 with the
current values.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Header, Path, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from conflictlens.errors import NotFound, UsageError
from conflictlens.store import decisions, detail, search
from conflictlens.store.engine import Store
from conflictlens.store.review import find_event, review
from conflictlens.store.search import Filters
from conflictlens.store.tokens import check_token, has_tokens
from conflictlens.web.common import Unauthorized
from conflictlens.web.params import filters

COOKIE = "cl_token"
MAX_ID = 2_147_483_647  # ids are 32-bit integers in the store


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str
    hint: str = ""
    current: dict[str, Any] | None = None


class ErrorBody(BaseModel):
    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in (
        (400, "Bad request"),
        (401, "A token is needed"),
        (404, "Not found"),
        (409, "Someone else changed the record first"),
        (422, "Invalid parameters"),
        (503, "The store is unavailable"),
    )
}


def store_of(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def _presented(request: Request, authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return request.cookies.get(COOKIE)


def can_read(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    if (
        request.app.state.settings.private
        and check_token(store_of(request), _presented(request, authorization)) is None
    ):
        raise Unauthorized("this server is private: reads need a token", "conflictlens token create NAME")


def can_write(request: Request, authorization: Annotated[str | None, Header()] = None) -> str | None:
    """The token owner's name; None when the store has no token (writes are open, loopback only by default)."""
    store = store_of(request)
    if not (request.app.state.settings.private or has_tokens(store)):
        return None
    owner = check_token(store, _presented(request, authorization))
    if owner is None:
        raise Unauthorized("writes need a token", "send Authorization: Bearer TOKEN (conflictlens token create NAME)")
    return owner


router = APIRouter(prefix="/api", dependencies=[Depends(can_read)], responses=ERRORS)
Limit = Annotated[int, Query(ge=1, le=search.MAX_PAGE, description=f"Page size, at most {search.MAX_PAGE}.")]
Cursor = Annotated[str | None, Query(max_length=200, description="next_cursor of the previous page.")]
Flt = Annotated[Filters, Depends(filters)]


class Page(BaseModel):
    items: list[dict[str, Any]]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[dict[str, Any]]
    next_cursor: str | None = None


class MapPoints(BaseModel):
    columns: list[str]
    points: list[list[Any]]
    total: int


class Stat(BaseModel):
    key: str | int | None
    stack: str | None = None
    count: int
    fatalities: int


class Meta(BaseModel):
    event_types: dict[str, list[str]]
    reviewable: list[str]
    writes_need_token: bool
    assets_missing: list[str]


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date | dt.datetime) else v) for k, v in row.items()}


def _feature(row: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in _jsonable(row).items() if k not in ("latitude", "longitude")}
    geometry = None
    if row.get("latitude") is not None and row.get("longitude") is not None:
        geometry = {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
    return {"type": "Feature", "id": row["id"], "geometry": geometry, "properties": props}


def _out(page: search.Page, format_: str) -> Page | FeatureCollection:
    if format_ == "geojson":
        return FeatureCollection(features=[_feature(r) for r in page.items], next_cursor=page.next_cursor)
    return Page(items=[_jsonable(r) for r in page.items], next_cursor=page.next_cursor)


Format = Annotated[Literal["json", "geojson"], Query(alias="format", description="json, or geojson features.")]


@router.get("/incidents", response_model=Page | FeatureCollection, summary="Incidents matching the filters")
def list_incidents(
    request: Request, flt: Flt, limit: Limit = 100, cursor: Cursor = None, format_: Format = "json"
) -> Page | FeatureCollection:
    store = store_of(request)
    page = search.find_incidents(store, flt, limit=limit, cursor=cursor)
    leads = search.incident_leads(store, [r["id"] for r in page.items])
    for row in page.items:
        row.update(leads.get(row["id"], {}))
    return _out(page, format_)


@router.get("/incidents/{incident_id}", summary="One incident with its reports, claims, evidence and audit trail")
def get_incident(request: Request, incident_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> dict[str, Any]:
    return detail.incident_detail(store_of(request), incident_id)


@router.get("/events", response_model=Page | FeatureCollection, summary="Events (reports) matching the filters")
def list_events(
    request: Request, flt: Flt, limit: Limit = 100, cursor: Cursor = None, format_: Format = "json"
) -> Page | FeatureCollection:
    return _out(search.find_events(store_of(request), flt, limit=limit, cursor=cursor), format_)


@router.get("/events/{event_id}", summary="One event as read in one document, with its review history")
def get_event(request: Request, event_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    store = store_of(request)
    with store.read() as conn:
        row = _event_row(conn, event_id)
        (record,) = detail.report_details(conn, [row])
        record["audit"] = detail.audit_trail(conn, detail.reviews.c.report_id == row["id"])
    return record


def _event_row(conn: Any, event_id: str) -> Any:
    try:
        return find_event(conn, event_id)
    except UsageError as err:
        raise NotFound(err.message, err.hint) from None


@router.get("/map/points", response_model=MapPoints, summary="Compact incident points for the map")
def map_points(request: Request, flt: Flt) -> MapPoints:
    points, total = search.map_points(store_of(request), flt)
    return MapPoints(
        columns=["id", "latitude", "longitude", "event_type", "fatalities", "event_date"], points=points, total=total
    )


@router.get("/stats", response_model=list[Stat], summary="Incidents and fatalities by period or field")
def stats(
    request: Request,
    flt: Flt,
    by: Annotated[Literal[search.PERIODS + search.FIELDS], Query()] = "month",  # type: ignore[valid-type]
    stack: Annotated[Literal[search.STACKS] | None, Query()] = None,  # type: ignore[valid-type]
) -> list[dict[str, Any]]:
    return search.stats(store_of(request), flt, by=by, stack=stack)


@router.get("/documents", summary="Documents by id")
def list_documents(
    request: Request, limit: Limit = 100, after: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None
) -> list[dict[str, Any]]:
    return detail.list_documents(store_of(request), limit=limit, after=after)


@router.get("/documents/{document_id}", summary="One document with its text, reports and audit trail")
def get_document(request: Request, document_id: Annotated[str, Path(max_length=512)]) -> dict[str, Any]:
    return detail.document_detail(store_of(request), document_id)


@router.get("/actors", summary="Actor names with how many reports name them")
def list_actors(
    request: Request, prefix: Annotated[str, Query(max_length=256)] = "", limit: Limit = 100
) -> list[dict[str, Any]]:
    return detail.list_actors(store_of(request), prefix=prefix, limit=limit)


@router.get("/places", summary="Places the reports were coded to")
def list_places(
    request: Request,
    prefix: Annotated[str, Query(max_length=256)] = "",
    country: Annotated[str, Query(max_length=128)] = "",
    limit: Limit = 100,
) -> list[dict[str, Any]]:
    return detail.list_places(store_of(request), prefix=prefix, country=country, limit=limit)


@router.get("/meta", response_model=Meta, summary="Event types, reviewable fields, whether writes need a token")
def meta(request: Request) -> Meta:
    from conflictlens.store.review import REVIEWABLE
    from conflictlens.taxonomy import SUB_EVENT_TYPES
    from conflictlens.web.common import assets_missing

    store = store_of(request)
    return Meta(
        event_types={k: list(v) for k, v in SUB_EVENT_TYPES.items()},
        reviewable=sorted(REVIEWABLE),
        writes_need_token=request.app.state.settings.private or has_tokens(store),
        assets_missing=assets_missing(),
    )


ExportFormat = Annotated[Literal["acled-csv", "jsonl", "geojson"], Query(alias="format")]
Level = Annotated[Literal["incident", "report"], Query()]


@router.get(
    "/export",
    summary="The current filter as ACLED CSV, JSON lines or GeoJSON (a download)",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}, "application/geo+json": {}}}},
)
def export(
    request: Request, flt: Flt, format_: ExportFormat = "acled-csv", level: Level = "incident"
) -> StreamingResponse:
    from conflictlens.store.records import ExportFilter, incident_records, report_records

    store = store_of(request)
    xf = ExportFilter(include_background=flt.include_background, search=flt)
    records = incident_records(store, xf) if level == "incident" else report_records(store, xf)
    media, ext, body = _stream(records, format_, level)
    stamp = dt.date.today().isoformat()
    headers = {"Content-Disposition": f'attachment; filename="conflictlens-{level}s-{stamp}.{ext}"'}
    return StreamingResponse(body, media_type=media, headers=headers)


def _stream(records: Iterator[dict[str, Any]], fmt: str, level: str) -> tuple[str, str, Iterator[str]]:
    from conflictlens.export.acled_csv import cell, columns_for
    from conflictlens.export.geojson import to_feature
    from conflictlens.export.jsonl import _default

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, default=_default)

    if fmt == "jsonl":
        return "application/x-ndjson", "jsonl", (dumps(r) + "\n" for r in records)
    if fmt == "geojson":

        def features() -> Iterator[str]:
            yield '{"type": "FeatureCollection", "features": ['
            first = True
            for record in records:
                feature = to_feature(record)
                if feature is not None:
                    yield ("" if first else ",\n") + dumps(feature)
                    first = False
            yield "]}\n"

        return "application/geo+json", "geojson", features()
    import csv
    import io

    cols = list(columns_for(level))

    def rows() -> Iterator[str]:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        for record in records:
            writer.writerow([cell(record.get(c)) for c in cols])
            if buf.tell() > 65536:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()

    return "text/csv; charset=utf-8", "csv", rows()


# ---- writes -------------------------------------------------------------------------------------------

Reviewer = Annotated[str, Field(min_length=1, max_length=256, description="Who decides (kept in the audit trail).")]
Reason = Annotated[str, Field(max_length=4000, description="Why (kept in the audit trail).")]


class ReviewIn(BaseModel):
    changes: dict[str, Any] = Field(min_length=1, description="field -> new value")
    by: Reviewer
    reason: Reason = ""
    version: int | None = Field(default=None, description="The event's version the reviewer saw.")


class MergeIn(BaseModel):
    other: int = Field(ge=1, le=MAX_ID, description="The incident to merge into this one (it disappears).")
    by: Reviewer
    reason: Reason = ""
    versions: dict[str, int] | None = Field(default=None, description="incident id -> version the reviewer saw")


class SplitIn(BaseModel):
    by: Reviewer
    reason: Reason = ""
    incident_version: int | None = None


class DecisionIn(BaseModel):
    by: Reviewer
    reason: Reason = ""


class Written(BaseModel):
    entries: list[dict[str, Any]]
    incident_ids: list[int] = []
    version: int | None = None


def _decided(store: Store, result: Any) -> Written:
    """A merge, split, retraction or restoration done: violations re-checked, the audit entries answered."""
    recheck(store)
    return Written(entries=_entries(result.entries), incident_ids=list(result.incident_ids))


def recheck(store: Store) -> None:
    """Incidents changed: their suspected violations are checked again (as after `conflictlens review`)."""
    from conflictlens.agreements.refresh import refresh

    refresh(store)


def _entries(items: Any) -> list[dict[str, Any]]:
    return [
        {
            "event_id": e.event_id,
            "field": e.field,
            "before": e.before,
            "after": e.after,
            "by": e.by,
            "reason": e.reason,
            "at": e.at.isoformat(),
        }
        for e in items
    ]


def _as_text(value: Any) -> str:
    """A JSON value as the text the review converts to the field's type (as on the command line), so a
    value of the wrong shape is refused with a message instead of reaching the database."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        raise UsageError("a field's new value cannot be an object", "send a string, a number, true/false or a list")
    return str(value).lower() if isinstance(value, bool) else str(value)


@router.post("/events/{event_id}/review", response_model=Written, summary="Correct fields of an event")
def review_event(
    request: Request,
    event_id: Annotated[str, Path(max_length=64)],
    body: Annotated[ReviewIn, Body()],
    owner: Annotated[str | None, Depends(can_write)],
) -> Written:
    store = store_of(request)
    with store.read() as conn:
        _event_row(conn, event_id)
    changes = {name: _as_text(value) for name, value in body.changes.items()}
    entries = review(store, event_id, changes, by=body.by, reason=body.reason, expected_version=body.version)
    recheck(store)
    with store.read() as conn:
        row = find_event(conn, event_id)
    incident = [row["incident_id"]] if row["incident_id"] is not None else []
    return Written(entries=_entries(entries), incident_ids=incident, version=row["version"])


@router.post("/incidents/{incident_id}/merge", response_model=Written, summary="Merge another incident into this one")
def merge(
    request: Request,
    incident_id: Annotated[int, Path(ge=1, le=MAX_ID)],
    body: Annotated[MergeIn, Body()],
    owner: Annotated[str | None, Depends(can_write)],
) -> Written:
    versions = {int(k): v for k, v in (body.versions or {}).items() if k.isascii() and k.isdigit()}
    result = decisions.merge_incidents(
        store_of(request), incident_id, body.other, by=body.by, reason=body.reason, expected_versions=versions
    )
    return _decided(store_of(request), result)


@router.post("/events/{event_id}/split", response_model=Written, summary="Split an event out of its incident")
def split(
    request: Request,
    event_id: Annotated[str, Path(max_length=64)],
    body: Annotated[SplitIn, Body()],
    owner: Annotated[str | None, Depends(can_write)],
) -> Written:
    store = store_of(request)
    with store.read() as conn:
        _event_row(conn, event_id)
    result = decisions.split_report(
        store, event_id, by=body.by, reason=body.reason, expected_version=body.incident_version
    )
    return _decided(store, result)


@router.post("/documents/{document_id}/retract", response_model=Written, summary="Retract a document")
def retract(
    request: Request,
    document_id: Annotated[str, Path(max_length=512)],
    body: Annotated[DecisionIn, Body()],
    owner: Annotated[str | None, Depends(can_write)],
) -> Written:
    result = decisions.retract_document(store_of(request), document_id, by=body.by, reason=body.reason)
    return _decided(store_of(request), result)


@router.post("/documents/{document_id}/restore", response_model=Written, summary="Restore a retracted document")
def restore(
    request: Request,
    document_id: Annotated[str, Path(max_length=512)],
    body: Annotated[DecisionIn, Body()],
    owner: Annotated[str | None, Depends(can_write)],
) -> Written:
    result = decisions.restore_document(store_of(request), document_id, by=body.by, reason=body.reason)
    return _decided(store_of(request), result)
