"""The FastAPI application: pages, the REST API under /api/, the ACLED-style read endpoint, static files.

One JSON error shape for every API failure (`{"error": {status, code, message, hint, current}}`), whatever
raised it: a conflictlens `Error`, a validation failure, an unknown route. CORS stays off (no
cross-origin reads or writes); a Content-Security-Policy allows scripts from this server only, so a hostile
string that slipped into markup still could not run. Swagger UI is not served (it loads from a CDN); the
spec is at /api/openapi.json.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from conflictlens.errors import Error
from conflictlens.store.engine import Store, open_store
from conflictlens.web import acled_api, agreements, api, pages
from conflictlens.web.common import STATIC, WebSettings, error_response, status_of


def create_app(
    store: Store | str, settings: WebSettings | None = None, *, allowed_hosts: list[str] | None = None
) -> FastAPI:
    """The dashboard and API over `store` (an open Store or a database URL)."""
    if isinstance(store, str):
        store = open_store(store)
    app = FastAPI(
        title="conflictlens",
        summary="Conflict events from news reports: incidents, claims, evidence, review.",
        version="0.1.0",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.settings = settings or WebSettings()
    _handlers(app)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.middleware("http")(_security_headers)
    app.include_router(api.router)
    app.include_router(acled_api.router)
    app.include_router(agreements.api_router)
    app.include_router(agreements.page_router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


async def _security_headers(request: Request, call_next: Any) -> Response:
    response: Response = await call_next(request)
    tiles = getattr(request.app.state.settings, "tiles", None)
    img = "'self' data:" + (" " + _origin(tiles) if tiles else "")
    response.headers.setdefault(
        "Content-Security-Policy",
        f"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src {img}; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    )
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response


def _origin(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}".replace("{s}", "*")


def _first_line(err: DBAPIError) -> str:
    return (str(err.orig).strip().splitlines() or [type(err.orig).__name__])[0]


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(Error)
    async def _error(request: Request, err: Error) -> JSONResponse:
        return error_response(status_of(err), err.message, err.hint, current=getattr(err, "current", None))

    @app.exception_handler(DBAPIError)
    async def _database(request: Request, err: DBAPIError) -> JSONResponse:
        if isinstance(err, DataError | IntegrityError):
            return error_response(400, "the store refused a value: " + _first_line(err), "check the values sent")
        return error_response(503, "the store is unavailable: " + _first_line(err), "try again later")

    @app.exception_handler(OverflowError)
    async def _overflow(request: Request, err: OverflowError) -> JSONResponse:
        return error_response(400, "a number is too large", "check the values sent")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, err: RequestValidationError) -> JSONResponse:
        problems = []
        for item in err.errors():
            where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("query", "body", "path"))
            problems.append(f"{where or 'request'}: {item.get('msg', 'invalid')}")
        return error_response(422, "; ".join(problems) or "invalid request", "see /api/openapi.json")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, err: StarletteHTTPException) -> Response:
        hint = "see /api/openapi.json" if request.url.path.startswith("/api/") else ""
        if not request.url.path.startswith("/api/") and err.status_code == 404:
            return pages.not_found_page(request, str(err.detail))
        return error_response(err.status_code, str(err.detail), hint)
