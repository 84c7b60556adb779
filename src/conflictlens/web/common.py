"""What the app, the API and the pages share: settings, the one JSON error shape, where the static files are."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi.responses import JSONResponse

from conflictlens.errors import Error, NotFound, StoreError, UsageError
from conflictlens.store.review import StaleEdit

HERE = Path(__file__).parent
STATIC = HERE / "static"
VENDOR = STATIC / "vendor"
# the npm files the map and the timeline need (install.sh puts them in static/vendor)
VENDOR_FILES = (
    "leaflet/leaflet.js",
    "leaflet/leaflet.css",
    "leaflet.markercluster/leaflet.markercluster.js",
    "world-atlas/countries-110m.json",
    "topojson-client/topojson-client.min.js",
    "uplot/uPlot.iife.min.js",
    "uplot/uPlot.min.css",
)
_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "stale",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    500: "internal",
    503: "store_unavailable",
}


@dataclass(frozen=True)
class WebSettings:
    private: bool = False  # reads need a token too
    tiles: str | None = None  # an online tile layer URL template, offered as an option on the map
    host: str = "127.0.0.1"


def assets_missing() -> list[str]:
    """The vendor files that are not installed (the pages say so and work without the map)."""
    return [name for name in VENDOR_FILES if not (VENDOR / name).is_file()]


def error_body(status: int, message: str, hint: str = "", current: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "error": {
            "status": status,
            "code": _CODES.get(status, "error"),
            "message": message,
            "hint": hint,
            "current": current,
        }
    }


def error_response(status: int, message: str, hint: str = "", **extra: Any) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(error_body(status, message, hint, extra.get("current")), status_code=status, headers=headers)


class Unauthorized(Error):
    """A token is missing or wrong (the API answers 401)."""


def status_of(err: Error) -> int:
    if isinstance(err, Unauthorized):
        return 401
    if isinstance(err, StaleEdit):
        return 409
    if isinstance(err, NotFound):
        return 404
    if isinstance(err, StoreError):
        return 503
    if isinstance(err, UsageError):
        return 400
    return 500
