"""The dashboard's pages, rendered on the server (Jinja2, autoescaped: every stored string is shown as text).

`/` the map, the timeline and the incident list for the filters in the URL, with downloads; `/incidents/N`
one incident with its evidence, the agreements in force there (suspected violations flagged) and review
forms; `/documents/ID` one document; `/login` sets the token cookie when the server needs one. The list and
the incident page work with no JavaScript and no npm assets; the map and the timeline need the assets
install.sh puts in static/vendor, and say so when they are missing.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs, urlencode

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from conflictlens.agreements.incident import incident_agreements
from conflictlens.errors import NotFound
from conflictlens.store import detail, search
from conflictlens.store.review import REVIEWABLE
from conflictlens.store.search import Filters
from conflictlens.store.tokens import check_token, has_tokens
from conflictlens.taxonomy import SUB_EVENT_TYPES
from conflictlens.web.api import COOKIE, MAX_ID, _presented
from conflictlens.web.common import HERE, Unauthorized, assets_missing
from conflictlens.web.params import FILTER_KEYS, filters

router = APIRouter(include_in_schema=False)
_env: Environment | None = None


def env() -> Environment:
    global _env
    if _env is None:
        _env = Environment(
            loader=FileSystemLoader(HERE / "templates"),
            autoescape=select_autoescape(default=True, default_for_string=True),
        )
        _env.filters["highlight"] = highlight
    return _env


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    settings = request.app.state.settings
    store = request.app.state.store
    context.update(
        request=request,
        missing=assets_missing(),
        tiles=settings.tiles,
        writes_need_token=settings.private or has_tokens(store),
        signed_in=check_token(store, request.cookies.get(COOKIE)) is not None,
    )
    return HTMLResponse(env().get_template(name).render(**context), status_code=status)


def _guard(request: Request) -> None:
    if request.app.state.settings.private and check_token(request.app.state.store, _presented(request, None)) is None:
        raise Unauthorized("this server is private", "sign in with a token at /login")


def not_found_page(request: Request, message: str) -> HTMLResponse:
    return render(request, "error.html", status=404, message=message)


def highlight(text: str, evidence: list[dict[str, Any]]) -> Markup:
    """The document text with the evidence sentences marked; every piece escaped."""
    spans = sorted(
        {(e["start"], e["end"]) for e in evidence if 0 <= e.get("start", -1) < e.get("end", -1) <= len(text)}
    )
    out, pos = [], 0
    for start, end in spans:
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark class="evidence">') + escape(text[start:end]) + Markup("</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _query(flt_args: dict[str, str]) -> str:
    return urlencode({k: v for k, v in flt_args.items() if v not in ("", None)})


def _filter_args(request: Request) -> dict[str, str]:
    return {k: request.query_params.get(k, "") for k in FILTER_KEYS}


@router.get("/", response_class=HTMLResponse)
def dashboard(
    request: Request,
    flt: Annotated[Filters, Depends(filters)],
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> HTMLResponse:
    _guard(request)
    store = request.app.state.store
    page = search.find_incidents(store, flt, limit=50, cursor=cursor)
    leads = search.incident_leads(store, [r["id"] for r in page.items])
    args = _filter_args(request)
    return render(
        request,
        "dashboard.html",
        incidents=page.items,
        leads=leads,
        next_cursor=page.next_cursor,
        total=search.count_incidents(store, flt),
        args=args,
        query=_query(args),
        event_types=SUB_EVENT_TYPES,
    )


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, incident_id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> HTMLResponse:
    _guard(request)
    try:
        inc = detail.incident_detail(request.app.state.store, incident_id)
    except NotFound as err:
        return not_found_page(request, err.message)
    evidence_by_doc: dict[str, list[dict[str, Any]]] = {}
    for report in inc["reports"]:
        for ev in report["evidence"]:
            evidence_by_doc.setdefault(report["doc_id"], []).append(ev)
    return render(
        request,
        "incident.html",
        inc=inc,
        evidence_by_doc=evidence_by_doc,
        reviewable=sorted(REVIEWABLE),
        agreements=incident_agreements(request.app.state.store, incident_id),
    )


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: Annotated[str, Path(max_length=512)]) -> HTMLResponse:
    _guard(request)
    try:
        doc = detail.document_detail(request.app.state.store, document_id)
    except NotFound as err:
        return not_found_page(request, err.message)
    evidence = [ev for r in doc["reports"] for ev in r["evidence"]]
    return render(request, "document.html", doc=doc, evidence=evidence)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return render(request, "login.html", error="")


@router.post("/login", response_model=None)
async def login(request: Request) -> Response:
    body = (await request.body())[:4096].decode("utf-8", "replace")
    token = (parse_qs(body).get("token") or [""])[0].strip()
    if check_token(request.app.state.store, token) is None:
        return render(request, "login.html", status=401, error="That token is not known to this store.")
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
    return response
