"""Readers for the tabular event sets: ACLED 2020 CSV, legacy ACLED Asia 2015 CSV, PITF atrocities TSV.

Each row is one document (the row's text) with exactly one gold event.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from conflictlens.evaluation.gold import GoldDoc, published_after
from conflictlens.ingest.text import strip_inline_tags
from conflictlens.models import Document
from conflictlens.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VIOLENCE_AGAINST_CIVILIANS

# legacy (pre-2018) ACLED event types -> (current event_type, sub_event_type or "")
LEGACY_TYPES: dict[str, tuple[str, str]] = {
    "battle-no change of territory": (BATTLES, ""),
    "battle-government regains territory": (BATTLES, "Government regains territory"),
    "battle-non-state actors overtake territory": (BATTLES, "Non-state actor overtakes territory"),
    "remote violence": (EXPLOSIONS, ""),
    "violence against civilians": (VIOLENCE_AGAINST_CIVILIANS, ""),
    "strategic development": (STRATEGIC, ""),
    "non-violent transfer of territory": (STRATEGIC, "Non-violent transfer of territory"),
}
RIOT_CUES = re.compile(
    r"\b(clash\w*|violen\w*|stones?|stone[- ]pelt\w*|pelt\w*|torch\w*|set (?:fire|ablaze)|ablaze|vandali\w*|"
    r"ransack\w*|attack\w*|injur\w*|hurl\w*|bombs?|mob|lynch\w*|beat(?:en|ing)?|assault\w*|arson|"
    r"gunfight|exchanged fire|killed|damag\w*|burn\w*)\b",
    re.IGNORECASE,
)
PROTEST_CUES = re.compile(
    r"\b(protest\w*|demonstrat\w*|rall(?:y|ies|ied)|human chain|sit-in|strike|hartal|shutdown|bandh|"
    r"procession|march\w*|gherao\w*|dharna|picket\w*|boycott\w*|hunger strike|slogans?)\b",
    re.IGNORECASE,
)


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _float(value: Any) -> float | None:
    try:
        return float(str(value).strip())
    except (TypeError, ValueError):
        return None


def _date(value: str, fmt: str) -> dt.date:
    return dt.datetime.strptime(value.strip(), fmt).date()


_ROW_FIELDS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "admin1", "location")


def _row_gold(row: Mapping[str, str], day: dt.date, column: Callable[[str], str] = str) -> dict[str, Any]:
    """The gold event fields both ACLED layouts share; `column` maps our (2020) field name to the file's."""
    def get(name: str) -> str:
        return row.get(column(name), "") or ""

    return {
        "event_date": day.isoformat(),
        "time_precision": _int(get("time_precision")) or 1,
        **{name: get(name) for name in _ROW_FIELDS},
        "inter1": _int(get("inter1")),
        "inter2": _int(get("inter2")),
        "latitude": _float(get("latitude")),
        "longitude": _float(get("longitude")),
        "geo_precision": _int(get("geo_precision")),
        "fatalities": _int(get("fatalities")),
        "injured": None,
        "is_background": False,
    }


def _note_doc(prefix: str, row_id: str, text: str, day: dt.date, seed: int, source: str | None,
              origin: str) -> Document:
    """A note as the document to code: published 0-2 days after the event, seeded per row."""
    return Document(doc_id=f"{prefix}-{row_id}", text=text, published=published_after(day, seed, row_id),
                    source=source or None, origin=origin)


def read_acled2020(path: Path, seed: int = 0) -> tuple[list[GoldDoc], list[str]]:
    """ACLED 2020 CSV (the 2020 codebook, lowercase columns). Text = `notes`; published = `event_date`
    plus 0-2 days, seeded per row (`data_id`); the gold event is the row itself (dates `9-May-20`)."""
    docs: list[GoldDoc] = []
    notes: list[str] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):
            text = (row.get("notes") or "").strip()
            if not text:
                notes.append(f"row {n}: no notes, skipped")
                continue
            day = _date(row["event_date"], "%d-%b-%y")
            row_id = row.get("data_id") or row.get("event_id_cnty") or str(n)
            gold = _row_gold(row, day)
            gold.update(event_type=row.get("event_type", ""), sub_event_type=row.get("sub_event_type", ""),
                        iso=_int(row.get("iso")))
            doc = _note_doc("acled2020", row_id, text, day, seed, row.get("source"), f"{path.name}:{n}")
            docs.append(GoldDoc(doc=doc, events=(gold,)))
    return docs, notes


def legacy_event_type(legacy: str, text: str, inter1: int | None) -> tuple[str, str, list[str]]:
    """(event_type, sub_event_type, acceptable types) for a legacy ACLED type.

    Riots/Protests is split: rioters (inter 5) -> Riots; protesters (inter 6) with no violence words ->
    Protests; otherwise the text decides (violence words -> Riots, protest words only -> Protests); when
    neither settles it, both are acceptable ("Protests or Riots")."""
    key = " ".join(legacy.lower().split())
    if key in LEGACY_TYPES:
        event_type, sub = LEGACY_TYPES[key]
        return event_type, sub, [event_type]
    if key != "riots/protests":
        return legacy, "", [legacy]
    violent = bool(RIOT_CUES.search(text))
    if inter1 == 5:
        return RIOTS, "", [RIOTS]
    if not violent and (inter1 == 6 or PROTEST_CUES.search(text)):
        return PROTESTS, "", [PROTESTS]
    if violent and inter1 != 6:
        return RIOTS, "", [RIOTS]
    return "Protests or Riots", "", [PROTESTS, RIOTS]


_LEGACY_COLUMNS = {"assoc_actor_1": "ALLY_ACTOR_1", "assoc_actor_2": "ALLY_ACTOR_2"}


def read_acled2015(path: Path, seed: int = 0) -> tuple[list[GoldDoc], list[str]]:
    """Legacy ACLED Asia 2015 CSV (UPPERCASE columns, pre-2018 types mapped by `legacy_event_type`, no
    sub-types except the territory ones). Rows end CRLF but NOTES hold bare LF newlines, so the csv module
    (newline="") reads it; notes are stripped of trailing blank lines. Published = EVENT_DATE + 0-2 days."""
    docs: list[GoldDoc] = []
    notes: list[str] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, raw in enumerate(csv.DictReader(fh), 2):
            row = {k.strip().upper(): (v or "") for k, v in raw.items() if k}
            text = row.get("NOTES", "").strip()
            if not text:
                notes.append(f"row {n}: no notes, skipped")
                continue
            day = _date(row["EVENT_DATE"], "%d-%B-%Y")
            row_id = row.get("EVENT_ID_CNTY") or str(n)
            event_type, sub, accept = legacy_event_type(row.get("EVENT_TYPE", ""), text, _int(row.get("INTER1")))
            gold = _row_gold(row, day, lambda name: _LEGACY_COLUMNS.get(name, name.upper()))
            gold.update(event_type=event_type, event_type_any=accept, sub_event_type=sub,
                        legacy_event_type=row.get("EVENT_TYPE", ""))
            doc = _note_doc("acled2015", row_id, text, day, seed, row.get("SOURCE"), f"{path.name}:{n}")
            docs.append(GoldDoc(doc=doc, events=(gold,)))
    return docs, notes


# ------------------------------------------------------------------------------------------------ PITF
PITF_PERP_COLUMNS = (
    "Perp Non-State Ideological",
    "Perp Non-State Ethnic",
    "Perp Non-State Religious",
    "Perp Non-State Criminal",
    "Perp Non-State Private",
    "Perp State Military",
    "Perp State Police",
    "Perp State Other",
)
PITF_EXPLOSIVE = ("explosive", "suicide", "heavy weapon", "aerial", "bomb")


@functools.lru_cache(maxsize=512)
def iso3_country(iso3: str) -> tuple[str, int | None]:
    """(English short name, numeric ISO) for an ISO3 code; ("", None) when unknown."""
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3.strip().upper()) if iso3.strip() else None
    if c is None:
        return "", None
    return getattr(c, "common_name", None) or c.name, int(c.numeric)


def dms(deg: str, minutes: str, sec: str, direction: str) -> float | None:
    """Degrees/minutes/seconds + N/S/E/W -> signed decimal degrees (None when degrees are missing)."""
    d = _float(deg)
    if d is None:
        return None
    value = abs(d) + (_float(minutes) or 0.0) / 60 + (_float(sec) or 0.0) / 3600
    return -value if direction.strip().upper() in ("S", "W") or d < 0 else value


def _pitf_records(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and records: line 4 is the header; a record starts with Incident/Campaign, other lines
    continue the previous record (Description holds newlines). Plain tab split: quotes are not CSV."""
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    header = [h.strip() for h in lines[3].rstrip("\r").split("\t")]
    raw: list[str] = []
    for line in lines[4:]:
        if line.startswith(("Incident", "Campaign")):
            raw.append(line)
        elif raw:
            raw[-1] += "\n" + line
    return header, [r.rstrip("\r\n").split("\t") for r in raw]


def _pitf_fields(header: list[str], rec: list[str]) -> dict[str, Any]:
    """Columns by name; extra tabs are assumed to sit inside Description (the only free text column),
    so columns before it are read from the left and columns after it from the right."""
    desc = header.index("Description")
    extra = max(0, len(rec) - len(header))
    row: dict[str, Any] = {}
    for i, name in enumerate(header):
        if i < desc:
            value = rec[i] if i < len(rec) else ""
        elif i == desc:
            value = "\t".join(rec[desc : desc + 1 + extra])
        else:
            j = i + extra
            value = rec[j] if j < len(rec) else ""
        row.setdefault(name, value)
    degs = [i for i, h in enumerate(header) if h == "Degrees"]
    lat_lon = [dms(*(rec[i + k] if i + k < len(rec) else "" for k in range(4))) for i in degs[:2]]
    row["_lat"], row["_lon"] = (lat_lon + [None, None])[:2]
    return row


def _clean(value: str) -> str:
    return " ".join(value.replace("\\", " ").replace('"', " ").split())


def read_pitf(path: Path, seed: int = 0) -> tuple[list[GoldDoc], list[str]]:
    """PITF Worldwide Atrocities TSV. Text = Description; Syria daily death totals ("Campaign " with a
    trailing space: monitoring-site boilerplate, not news) are skipped. Gold: date (Start Day/Month/Year;
    day 99 -> month precision), country (ISO3 -> name, numeric), admin1 = Region, location = Locality,
    lat/lon from DMS, fatalities = Deaths Number, injured = Injured Number, actor1 = the named perpetrator
    (none named -> "Unidentified Armed Group (country)", ACLED's name for an unnamed perpetrator, as actor2 is
    mapped to ACLED's "Civilians (country)"), actor2 = Civilians (country). Event type: one-sided violence,
    so Violence against civilians or (bombs, heavy weapons) Explosions/Remote violence are both accepted.
    Published = the day of the earliest report the record cites (`citation_day`), else event day + 0-2 days."""
    header, records = _pitf_records(path)
    docs: list[GoldDoc] = []
    notes: list[str] = []
    skipped = 0
    for n, rec in enumerate(records, 1):
        row = _pitf_fields(header, rec)
        if row["Event Type"].startswith("Campaign") and row["Event Type"] != row["Event Type"].rstrip():
            skipped += 1
            continue
        text = _pitf_text(row["Description"])
        gold = _pitf_gold(row)
        if not text or gold is None:
            notes.append(f"record {n}: no text or no start date, skipped")
            continue
        day = dt.date.fromisoformat(gold["event_date"])
        doc = Document(
            doc_id=f"pitf-{n}",
            text=text,
            published=citation_day(row.get("Citation", "")) or published_after(day, seed, f"pitf-{n}"),
            source=_clean(row.get("Primary Source", "")) or None,
            origin=f"{path.name}:record {n}",
        )
        docs.append(GoldDoc(doc=doc, events=(gold,)))
    notes.append(f"{skipped} Syria daily-total campaign records skipped")
    return docs, notes


# A Factiva document id: the source's code, padded with zeros to eight characters, the day it was published
# (YYYYMMDD), then "e" and the id's base-36 tail ("AFPR000020130122e91m005yc").
_FACTIVA_ID = re.compile(r"\b[A-Z][A-Z0-9]{5,8}?((?:19|20)\d\d[01]\d[0-3]\d)e[0-9a-z]{8,}\b")


def citation_day(citation: str) -> dt.date | None:
    """The day the earliest cited report was published, read from its Factiva id; None when the citation
    holds no such id. The description is quoted from those reports, so "yesterday" or "on Thursday" in it
    counts back from this day."""
    days = []
    for match in _FACTIVA_ID.finditer(citation):
        try:
            days.append(dt.datetime.strptime(match.group(1), "%Y%m%d").date())
        except ValueError:
            continue
    return min(days, default=None)


_SOURCE_TAG = re.compile(r'\s*"?[\w&\'-]+(?: [\w&\'-]+){0,4}"?\s*')  # "Reuters, "All Africa: no sentence


def _pitf_text(description: str) -> str:
    """The Description as prose: the export escapes quotes (\\"), often wraps the whole quoted passage in them and
    lets the source column spill in after a tab ('\\"Twin suicide bombs ... killed 31 people\\"<TAB>"Reuters').
    Read as it stands, the passage is one quotation, and a casualty figure inside a quotation names no event. A
    search engine's highlighting ('were <b>killed</b>') is dropped as the text readers drop it."""
    head, _, tail = description.rpartition("\t")
    if head and _SOURCE_TAG.fullmatch(tail):
        description = head
    text = strip_inline_tags(description.replace('\\"', '"').replace("\\", " ")).strip()
    if len(text) > 1 and text[0] == text[-1] == '"' and text.count('"') == 2:
        text = text[1:-1].strip()
    return text


def _pitf_gold(row: Mapping[str, Any]) -> dict[str, Any] | None:
    year, month, day = (_int(row.get(k)) for k in ("Start Year", "Start Month", "Start Day"))
    if not year or not month or year > 3000 or month > 12:
        return None
    precision = 1 if day and day <= 31 else 3
    try:
        when = dt.date(year, month, day if precision == 1 and day else 15)
    except ValueError:
        when, precision = dt.date(year, month, 15), 3
    country, iso = iso3_country(str(row.get("Country", "")))
    perp = next((_clean(row[c]) for c in PITF_PERP_COLUMNS if _clean(row.get(c, ""))), "")
    weapons = _clean(row.get("Weapons", "")).lower()
    explosive = any(w in weapons for w in PITF_EXPLOSIVE)
    location = _clean(row.get("Locality", ""))
    return {
        "event_date": when.isoformat(),
        "time_precision": precision,
        "event_type": EXPLOSIONS if explosive else VIOLENCE_AGAINST_CIVILIANS,
        "event_type_any": [VIOLENCE_AGAINST_CIVILIANS, EXPLOSIONS],
        "sub_event_type": "",
        "actor1": perp or (f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"),
        "actor2": f"Civilians ({country})" if country else "Civilians",
        "country": country,
        "iso": iso,
        "admin1": _clean(row.get("Region", "")),
        "location": "" if location.lower() == "multiple locations" else location,
        "latitude": row.get("_lat"),
        "longitude": row.get("_lon"),
        "geo_precision": 1 if location else 3,
        "fatalities": _int(row.get("Deaths Number")),
        "injured": _int(row.get("Injured Number")),
        "weapons": weapons,
        "is_background": False,
    }
