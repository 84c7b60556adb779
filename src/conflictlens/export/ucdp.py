"""UCDP GED columns: our events in the layout of UCDP's Georeferenced Event Dataset (CSV).

UCDP GED codes organised violence with at least one death, so only political violence (battles, explosions
and remote violence, violence against civilians) with a best estimate above zero is written. The mapping:

* `type_of_violence`: 3 (one-sided) for violence against civilians and for any event whose target is
  civilians (ACLED's civilian_targeting, or inter2 = 7: an air strike on a market); else 1 (state-based)
  when either side is state forces (inter code 1); else 2 (non-state).
* `side_a` / `side_b`: state-based — the state forces are side A; one-sided — the perpetrator is side A and
  side B is "Civilians"; non-state — actor1 and actor2.
* `best` / `low` / `high`: the reconciled figures of the incident (or, per report, of its claims: the
  median of its sources' figures, the smallest low and the largest high — `incidents.reconcile`).
* `deaths_civilians`: the civilians among the dead where the text separates them (all of them for
  one-sided violence); `deaths_unknown` the rest.
* `where_prec` and `date_prec` are UCDP's own codes, which the extractor sets; `date_start`/`date_end`
  widen the event date to its month (date_prec 4) or year (5).
* UCDP's conflict, dyad and actor ids, PRIO-GRID cells and Gleditsch-Ward numbers are UCDP's own
  registers: left empty.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from typing import Any, TextIO

from conflictlens.export.acled_csv import write_acled_csv
from conflictlens.incidents.reconcile import SourcedClaim, figure_range
from conflictlens.models import Claim

GED_COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
    "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
    "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_STATE, _CIVILIANS = 1, 7  # ACLED inter codes


def write_ucdp_ged(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write the GED rows of the records that UCDP would code; returns how many were written."""
    rows = (row for row in map(ged_row, records) if row is not None)
    return write_acled_csv(rows, out, GED_COLUMNS)


def ged_row(record: dict[str, Any]) -> dict[str, Any] | None:
    """One §4.2 record (incident or report level) -> a GED row, or None when UCDP would not code it."""
    if record.get("event_type") not in VIOLENT_TYPES or record.get("is_background"):
        return None
    best, low, high = _figures(record)
    if not best:
        return None
    kind, side_a, side_b = _sides(record)
    civilians = best if kind == 3 else min(record.get("civilian_fatalities") or 0, best)
    day = dt.date.fromisoformat(str(record["event_date"])[:10])
    start, end = _date_span(day, record.get("date_prec"))
    if "report_ids" in record:  # an incident: its id; a report: its own event id
        ident = record.get("incident_id")
    else:
        ident = record.get("event_id_cnty") or record.get("report_id")
    sources = [s.strip() for s in str(record.get("source") or "").split(";") if s.strip()]
    lat, lon = record.get("latitude"), record.get("longitude")
    evidence = record.get("evidence") or []
    return {
        "id": ident, "relid": ident, "year": day.year, "code_status": "Clear", "type_of_violence": kind,
        "dyad_name": f"{side_a} - {side_b}", "side_a": side_a, "side_b": side_b,
        "number_of_sources": record.get("n_sources") or len(sources) or 1,
        "source_article": "; ".join(sources),
        "source_original": "; ".join(dict.fromkeys(c.get("claimant", "") for c in record.get("claims") or [])),
        "source_headline": "; ".join(dict.fromkeys(e.get("url") or "" for e in evidence if e.get("url"))),
        "where_prec": record.get("where_prec"), "where_coordinates": record.get("location") or "",
        "where_description": ", ".join(p for p in (record.get("location"), record.get("admin2"),
                                                   record.get("admin1"), record.get("country")) if p),
        "adm_1": record.get("admin1") or "", "adm_2": record.get("admin2") or "",
        "latitude": lat, "longitude": lon,
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else "",
        "country": record.get("country") or "", "region": record.get("region") or "",
        "event_clarity": 2 if record.get("contested") else 1, "date_prec": record.get("date_prec"),
        "date_start": start.isoformat(), "date_end": end.isoformat(),
        "deaths_civilians": civilians, "deaths_unknown": best - civilians,
        "best": best, "high": high if high is not None else best, "low": low if low is not None else best,
    }


def _figures(record: dict[str, Any]) -> tuple[int | None, int | None, int | None]:
    """best/low/high: the incident's reconciled figures, else a reviewed figure, else the record's own claims."""
    if record.get("fatalities_best") is not None:
        return record["fatalities_best"], record.get("fatalities_low"), record.get("fatalities_high")
    reviewed = record.get("reviewed_fields") or ()
    if "fatalities" in reviewed:  # a reviewer's figure replaces the claims'
        fatalities = record.get("fatalities") or 0
        low, high = (record.get(b) if b in reviewed else fatalities for b in ("fatalities_low", "fatalities_high"))
        return fatalities, low, high
    claims = [SourcedClaim(_claim(c), c.get("claimant") or "", None) for c in record.get("claims") or []]
    figures = figure_range(claims, "killed")
    if figures.best is None:
        fatalities = record.get("fatalities") or 0
        return fatalities, record.get("fatalities_low"), record.get("fatalities_high")
    return figures.best, figures.low, figures.high


def _claim(c: dict[str, Any]) -> Claim:
    fields = Claim.__dataclass_fields__
    return Claim(**{k: v for k, v in c.items() if k in fields})


def _sides(record: dict[str, Any]) -> tuple[int, str, str]:
    actor1, actor2 = record.get("actor1") or "", record.get("actor2") or ""
    if (record.get("event_type") == "Violence against civilians" or record.get("civilian_targeting")
            or record.get("inter2") == _CIVILIANS):
        return 3, actor1, "Civilians"
    if record.get("inter2") == _STATE and record.get("inter1") != _STATE:
        return 1, actor2, actor1
    if record.get("inter1") == _STATE:
        return 1, actor1, actor2
    return 2, actor1, actor2


def _date_span(day: dt.date, date_prec: int | None) -> tuple[dt.date, dt.date]:
    if date_prec == 4:
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if date_prec == 5:
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    return day, day
