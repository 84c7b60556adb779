"""The store as pandas DataFrames, for notebooks: `read_events` (one row per event as read in one document)
and `read_incidents` (one per linked incident), with the Parquet export's types (`export.schema`): dates as
datetime64, codes as nullable integers, flags as booleans, claims and evidence as lists of dicts.

    import conflictlens
    df = conflictlens.read_events(db="sqlite:///events.db", country="SYR", since="2021-01-01")

`geo=True` returns a geopandas GeoDataFrame (points in EPSG:4326; events without coordinates have an empty
geometry) when geopandas is installed. The filters are the export's: since, until, country (name or ISO3),
include_background.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from conflictlens.errors import UsageError
from conflictlens.export.schema import event_schema, records_to_table

if TYPE_CHECKING:
    import pandas as pd

FILTERS = ("since", "until", "country", "include_background")


def read_events(db: str | None = None, *, geo: bool = False, **filters: Any) -> pd.DataFrame:
    """Reports (events as read in one document) matching the filters, oldest stored first."""
    return _frame(db, "report", geo, filters)


def read_incidents(db: str | None = None, *, geo: bool = False, **filters: Any) -> pd.DataFrame:
    """Linked incidents matching the filters, with reconciled figures (fatalities_best/low/high) and
    every claim of their reports."""
    return _frame(db, "incident", geo, filters)


def _frame(db: str | None, level: str, geo: bool, filters: dict[str, Any]) -> pd.DataFrame:
    from conflictlens.config import load_settings
    from conflictlens.store.engine import open_store
    from conflictlens.store.records import incident_records, report_records

    flt = export_filter(**filters)
    schema = event_schema("incident" if level == "incident" else "stored-report")
    store = open_store(load_settings(db_url=db).db_url)
    try:
        records = incident_records(store, flt) if level == "incident" else report_records(store, flt)
        table = records_to_table(records, schema)
    finally:
        store.close()
    frame = to_pandas(table)
    return to_geo(frame) if geo else frame


def export_filter(**filters: Any) -> Any:
    """The store's ExportFilter from keyword filters; dates may be given as YYYY-MM-DD text."""
    from conflictlens.store.records import ExportFilter

    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise UsageError(f"unknown filter {', '.join(unknown)}", f"use {', '.join(FILTERS)}")
    for key in ("since", "until"):
        value = filters.get(key)
        if isinstance(value, str):
            try:
                filters[key] = dt.date.fromisoformat(value)
            except ValueError:
                raise UsageError(f"{key}={value!r} is not a date", "write it as YYYY-MM-DD") from None
        elif isinstance(value, dt.datetime):
            filters[key] = value.date()
    return ExportFilter(**filters)


def to_pandas(table: Any) -> pd.DataFrame:
    """Arrow -> pandas with nullable integer, boolean and string columns, dates as datetime64."""
    import pandas as pd
    import pyarrow as pa

    mapping = {pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype(),
               pa.string(): pd.StringDtype()}
    frame = table.to_pandas(types_mapper=mapping.get, date_as_object=False)
    if "event_date" in frame:
        frame["event_date"] = frame["event_date"].astype("datetime64[ns]")
    for name in table.schema.names:  # list columns as Python lists (Arrow gives numpy arrays)
        if pa.types.is_list(table.schema.field(name).type):
            frame[name] = [list(v) if v is not None else [] for v in frame[name]]
    return frame


def to_geo(frame: pd.DataFrame) -> Any:
    try:
        import geopandas
    except ImportError:
        raise UsageError("geo=True needs geopandas", "pip install geopandas, or leave geo out") from None
    points = geopandas.points_from_xy(frame["longitude"].astype("float64"), frame["latitude"].astype("float64"))
    return geopandas.GeoDataFrame(frame, geometry=points, crs="EPSG:4326")
