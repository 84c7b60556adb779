"""`/api/acled/read`: the incidents in the conventions of ACLED's read API, so that a script written for
ACLED runs against a local conflictlens with only the base URL changed.

As in ACLED's API user guide: `key`/`email` (and a token) are accepted and ignored locally; filters are named
after the CSV columns (`country`, `iso`, `event_date`, `event_type`, `sub_event_type`, `actor1`, `actor2`,
`admin1`, `admin2`, `location`, `region`, `inter1`, `inter2`, `year`); several values are joined with `|`;
`NAME_where` picks the operator (`=` by default, `LIKE` for actors and places, `BETWEEN` with `a|b`, `>`,
`<`, `>=`, `<=`); `fields` with `|` chooses columns; `limit` (default 5000) and `page` (from 1) page;
`_format=csv` answers CSV. The JSON answer is `{status, success, count, messages, data}` with every value as
a string, as ACLED sends them. One record is one incident (the reports of one event from several sources
reconciled), with ACLED's conservative fatalities.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import and_, exists, func, or_, select

from conflictlens.errors import UsageError
from conflictlens.models import ACLED_COLUMNS
from conflictlens.store.records import incident_records_by_ids
from conflictlens.store.schema import incidents, reports
from conflictlens.web.api import ERRORS, can_read, store_of

DEFAULT_LIMIT = 5000
MAX_LIMIT = 50_000
OPERATORS = {"=", ">", "<", ">=", "<=", "LIKE", "BETWEEN"}
# where each filter lives: on the incident row, or on one of its reports (any report matches)
INCIDENT_FIELDS = {
    "event_date": incidents.c.event_date,
    "country": incidents.c.country,
    "event_type": incidents.c.event_type,
    "sub_event_type": incidents.c.sub_event_type,
    "fatalities": incidents.c.fatalities,
}
REPORT_FIELDS = {
    "iso": reports.c.iso,
    "iso3": reports.c.iso3,
    "region": reports.c.region,
    "actor1": reports.c.actor1,
    "actor2": reports.c.actor2,
    "admin1": reports.c.admin1,
    "admin2": reports.c.admin2,
    "admin3": reports.c.admin3,
    "location": reports.c.location,
    "inter1": reports.c.inter1,
    "inter2": reports.c.inter2,
    "event_id_cnty": reports.c.event_id_cnty,
}
LIKE_BY_DEFAULT = {"actor1", "actor2", "location", "admin1", "admin2", "admin3"}
NUMERIC = {"iso", "inter1", "inter2", "fatalities"}
IGNORED = {"key", "email", "token", "access_token", "terms", "export_type", "_format", "fields", "limit", "page"}

router = APIRouter(prefix="/api/acled", dependencies=[Depends(can_read)], responses=ERRORS)


class AcledAnswer(BaseModel):
    status: int
    success: bool
    count: int
    messages: list[str]
    data: list[dict[str, str]]
    filename: str


def _values(name: str, raw: str) -> list[Any]:
    parts = [p for p in raw.split("|")]
    if name in NUMERIC:
        try:
            return [int(p) for p in parts]
        except ValueError:
            raise UsageError(f"{name} must be a whole number, got {raw!r}", f"e.g. {name}=4") from None
    if name == "event_date":
        try:
            return [dt.date.fromisoformat(p.strip()) for p in parts]
        except ValueError:
            raise UsageError(
                f"bad event_date {raw!r}", "write YYYY-MM-DD, or a|b with event_date_where=BETWEEN"
            ) from None
    return parts


def _cond(name: str, column: Any, raw: str, op: str) -> Any:
    values = _values(name, raw)
    if op == "BETWEEN":
        if len(values) != 2:
            raise UsageError(f"{name}_where=BETWEEN needs two values", f"write {name}=a|b")
        return column.between(values[0], values[1])
    if op == "LIKE":
        return or_(*[func.lower(column).like("%" + str(v).casefold().replace("%", "") + "%") for v in values])
    if op == "=":
        return column.in_(values) if len(values) > 1 else column == values[0]
    comparisons = {">": column.__gt__, "<": column.__lt__, ">=": column.__ge__, "<=": column.__le__}
    return comparisons[op](values[0])


def conditions(params: dict[str, str]) -> tuple[list[Any], list[str]]:
    """WHERE terms on incidents for ACLED-style parameters, and messages about parameters left unused."""
    conds: list[Any] = []
    inner: list[Any] = []
    messages = []
    for name, raw in params.items():
        if name in IGNORED or name.endswith("_where") or raw == "":
            continue
        op = params.get(f"{name}_where", "LIKE" if name in LIKE_BY_DEFAULT else "=").strip().upper()
        if op not in OPERATORS:
            raise UsageError(f"unknown operator {op!r} in {name}_where", "use =, >, <, >=, <=, LIKE or BETWEEN")
        if name == "year":
            years = [int(v) for v in _values("iso", raw)]
            conds.append(or_(*[incidents.c.event_date.between(dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in years]))
        elif name in INCIDENT_FIELDS:
            conds.append(_cond(name, INCIDENT_FIELDS[name], raw, op))
        elif name in REPORT_FIELDS:
            inner.append(_cond(name, REPORT_FIELDS[name], raw, op))
        else:
            messages.append(f"parameter {name!r} is not supported locally and was ignored")
    if inner:
        conds.append(
            exists().where(reports.c.incident_id == incidents.c.id, reports.c.is_background.is_(False), *inner)
        )
    conds.append(incidents.c.n_reports > 0)
    return conds, messages


def _fields(raw: str | None) -> list[str]:
    if not raw:
        return list(ACLED_COLUMNS)
    wanted = [f.strip() for f in raw.split("|") if f.strip()]
    unknown = [f for f in wanted if f not in ACLED_COLUMNS]
    if unknown:
        raise UsageError(f"unknown field(s) {', '.join(unknown)}", "use ACLED's column names, joined with |")
    return wanted


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@router.get(
    "/read",
    responses={200: {"content": {"text/csv": {}}, "description": "JSON, or CSV with _format=csv"}},
    response_model=AcledAnswer,
    summary="Incidents in the conventions of ACLED's read API",
)
def read(
    request: Request,
    country: Annotated[str | None, Query(max_length=500, description="Country name(s), | between.")] = None,
    iso: Annotated[
        str | None, Query(max_length=200, pattern=r"^[0-9]+(\|[0-9]+)*$", description="Numeric ISO 3166 code(s).")
    ] = None,
    event_date: Annotated[str | None, Query(max_length=50, description="YYYY-MM-DD, or a|b with BETWEEN.")] = None,
    event_date_where: Annotated[str | None, Query(max_length=10)] = None,
    event_type: Annotated[str | None, Query(max_length=500)] = None,
    sub_event_type: Annotated[str | None, Query(max_length=500)] = None,
    actor1: Annotated[str | None, Query(max_length=500)] = None,
    admin1: Annotated[str | None, Query(max_length=500)] = None,
    fields: Annotated[str | None, Query(max_length=2000, description="Columns to return, | between.")] = None,
    limit: Annotated[int, Query(ge=0, le=MAX_LIMIT, description="Rows per page; 0 = the maximum.")] = DEFAULT_LIMIT,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    format_: Annotated[
        Literal["json", "csv"] | None, Query(alias="_format", description="json (default) or csv.")
    ] = None,
    key: Annotated[str | None, Query(max_length=500, description="Accepted and ignored locally.")] = None,
    email: Annotated[str | None, Query(max_length=500, description="Accepted and ignored locally.")] = None,
) -> Any:
    params = dict(request.query_params)
    columns = _fields(fields)
    conds, messages = conditions(params)
    size = limit or MAX_LIMIT
    stmt = (
        select(incidents.c.id)
        .where(and_(*conds))
        .order_by(incidents.c.event_date.desc(), incidents.c.id.desc())
        .limit(size)
        .offset((page - 1) * size)
    )
    store = store_of(request)
    with store.read() as conn:
        ids = list(conn.execute(stmt).scalars())
    records = incident_records_by_ids(store, ids)
    data = [{c: _text(r.get(c)) for c in columns} for r in records]
    if format_ == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([row[c] for c in columns] for row in data)
        return Response(buf.getvalue(), media_type="text/csv; charset=utf-8")
    filename = f"acled_{dt.date.today().isoformat()}"
    return AcledAnswer(status=200, success=True, count=len(data), messages=messages, data=data, filename=filename)
