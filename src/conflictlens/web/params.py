"""The dashboard's filters as query parameters, shared by the pages, the API and the downloads, so a URL
says what is shown: `?since=2024-01-01&country=SYR&event_type=Battles&q=market&contested=true`."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import Query
from pydantic import BeforeValidator, Field

from conflictlens.errors import UsageError
from conflictlens.store.search import Filters

FILTER_KEYS = (
    "since",
    "until",
    "country",
    "admin1",
    "event_type",
    "sub_event_type",
    "actor",
    "q",
    "background",
    "contested",
    "min_confidence",
    "bbox",
)


_NUMBER = r"-?[0-9]{1,3}(\.[0-9]{1,8})?"
BBOX_PATTERN = rf"^({_NUMBER},{_NUMBER},{_NUMBER},{_NUMBER})?$"


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        parts = tuple(float(p) for p in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4:
        raise UsageError(f"bad bbox {value!r}", "write it as min_lon,min_lat,max_lon,max_lat")
    return parts  # type: ignore[return-value]


def _blank_is_none(value: object) -> object:
    """A field of the filter form left empty is no filter."""
    return None if isinstance(value, str) and not value.strip() else value


Day = Annotated[dt.date | None, BeforeValidator(_blank_is_none)]
Confidence = Annotated[Annotated[float, Field(ge=0, le=1)] | None, BeforeValidator(_blank_is_none)]


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def filters(
    since: Annotated[Day, Query(description="First event date (YYYY-MM-DD).")] = None,
    until: Annotated[Day, Query(description="Last event date (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, Query(max_length=128, description="Country name or ISO3 code.")] = None,
    admin1: Annotated[str | None, Query(max_length=256)] = None,
    event_type: Annotated[str | None, Query(max_length=64)] = None,
    sub_event_type: Annotated[str | None, Query(max_length=64)] = None,
    actor: Annotated[str | None, Query(max_length=256, description="actor1 or actor2, any case.")] = None,
    q: Annotated[str | None, Query(max_length=500, description="Free text (notes, actors, place).")] = None,
    background: Annotated[bool, Query(description="Include background mentions.")] = False,
    contested: Annotated[bool, Query(description="Only incidents whose figures disagree.")] = False,
    min_confidence: Annotated[Confidence, Query(description="0 to 1.")] = None,
    bbox: Annotated[
        str | None, Query(max_length=100, pattern=BBOX_PATTERN, description="min_lon,min_lat,max_lon,max_lat")
    ] = None,
) -> Filters:
    return Filters(
        since=since,
        until=until,
        country=_text(country),
        admin1=_text(admin1),
        event_type=_text(event_type),
        sub_event_type=_text(sub_event_type),
        actor=_text(actor),
        text=_text(q),
        include_background=background,
        contested_only=contested,
        min_confidence=min_confidence,
        bbox=parse_bbox(bbox),
    )
