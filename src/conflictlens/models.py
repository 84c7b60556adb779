"""Frozen dataclasses passed between the stages (ingest -> nlp -> extract -> geocode -> classify -> store).

The record format (`Report.to_record`) follows docs/design.md §4.2: ACLED column names wherever ACLED has the
concept, plus our own fields (claims, evidence, ranges, background flag, precision codes).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from enum import IntEnum
from typing import Any

from conflictlens.taxonomy import PROTESTS, RIOTS, STRATEGIC, WherePrec

# ACLED columns, in ACLED's order (docs/design.md §4.2); the CSV export writes exactly these first.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS: tuple[str, ...] = (
    "doc_id", "record_type", "fatalities_low", "fatalities_high", "injured", "injured_low",
    "injured_high", "civilian_fatalities", "claims", "evidence", "incident_id", "contested",
    "is_background", "violations", "confidence", "where_prec", "date_prec", "coding_rules", "extractor_version",
)

STANCES = ("reports", "denies_event", "denies_responsibility")

# The dates a document or an event may carry: news of armed conflict since 1900, up to a year ahead (a
# scheduled date). Outside it a date is a typo or junk (year 1 overflows date arithmetic), never a record.
EARLIEST_DATE = dt.date(1900, 1, 1)


# The largest count of people a figure may give (killed, injured): above any toll ever reported for one event
# or one period, and within a 32-bit integer. A larger figure is a misreading, never a count.
MAX_COUNT = 10_000_000


def latest_date(today: dt.date | None = None) -> dt.date:
    return (today or dt.date.today()) + dt.timedelta(days=365)


def date_in_range(day: dt.date, today: dt.date | None = None) -> bool:
    return EARLIEST_DATE <= day <= latest_date(today)


def date_range_text(today: dt.date | None = None) -> str:
    return f"{EARLIEST_DATE.isoformat()} to {latest_date(today).isoformat()}"


@dataclass(frozen=True)
class Document:
    """One input text. `published_from` says where the publication date came from."""

    doc_id: str
    text: str
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published_from: str = "document"  # document | flag | run-date
    origin: str = ""  # the file (and line/record) it was read from, for messages


@dataclass(frozen=True)
class Skip:
    """An input that was not processed, with the reason (recorded, never silently dropped)."""

    origin: str
    reason: str


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    name: str
    country: str  # English short name, e.g. "Syria"
    iso3: str
    iso_num: int
    latitude: float
    longitude: float
    admin1: str = ""
    admin2: str = ""
    population: int = 0
    kind: str = "city"  # city | admin1 | country | custom
    geonameid: int | None = None
    region: str = ""  # ACLED region, e.g. "Middle East"


@dataclass(frozen=True)
class Location:
    """Where an event happened: a place plus the precision codes (docs/taxonomy.md §4)."""

    place: Place
    geo_precision: int  # ACLED 1-3
    where_prec: int  # UCDP 1-7
    mention: str = ""  # the words in the text
    start: int = -1
    end: int = -1

    @property
    def local(self) -> bool:
        """Placed at a town or a district, finer than a province (where_prec 1-3)."""
        return self.where_prec < WherePrec.ADMIN1


@dataclass(frozen=True)
class EventDate:
    date: dt.date
    time_precision: int  # ACLED 1-3
    date_prec: int  # UCDP 1-5
    mention: str = ""
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Claim:
    """One source's account of an event's toll (docs/design.md §4.2). Denials carry killed=None."""

    claimant: str
    stance: str = "reports"
    killed: int | None = None
    killed_low: int | None = None
    killed_high: int | None = None
    killed_civilians: int | None = None
    injured: int | None = None
    blames: str | None = None
    quote: str = ""
    doc_id: str = ""
    vague_word: str | None = None


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    url: str | None
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Violation:
    """A suspected violation of an agreement's term by an incident (docs/design.md §4.2), checked per incident."""

    agreement_id: str
    term: str
    reason: str  # which test matched
    party: str = ""  # the bound party whose actor did it
    called_violation_in_text: bool = False  # the text itself calls it a breach ("in another breach of the deal")
    proposed: bool = False  # the agreement was read from the news and is not yet accepted by a reviewer


@dataclass(frozen=True)
class Report:
    """An event as read in one document (docs/design.md §4.2)."""

    doc_id: str
    event_date: dt.date
    event_type: str
    sub_event_type: str
    actor1: str = ""
    actor2: str = ""
    assoc_actor_1: tuple[str, ...] = ()
    assoc_actor_2: tuple[str, ...] = ()
    inter1: int | None = None
    inter2: int | None = None
    time_precision: int = 1
    date_prec: int = 1
    civilian_targeting: str = ""
    country: str = ""
    iso: int | None = None
    iso3: str = ""
    region: str = ""
    admin1: str = ""
    admin2: str = ""
    admin3: str = ""
    location: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    where_prec: int | None = None
    source: str = ""
    source_scale: str = ""
    notes: str = ""
    fatalities: int = 0
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injured: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None
    civilian_fatalities: int | None = None
    claims: tuple[Claim, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    tags: tuple[str, ...] = ()
    is_background: bool = False
    violations: tuple[Violation, ...] = ()
    confidence: float = 0.5
    extractor_version: str = ""
    coding_rules: tuple[str, ...] = ()  # the recode rules that set its type and sides, in order
    incident_id: str | None = None
    contested: bool = False
    event_id_cnty: str = ""
    timestamp: int | None = None
    record_type: str = field(default="event", init=False)

    def __post_init__(self) -> None:
        # the codes are IntEnums in the code (taxonomy.py); records carry plain integers (JSON, Parquet, SQL)
        for name in ("inter1", "inter2", "time_precision", "date_prec", "geo_precision", "where_prec"):
            value = getattr(self, name)
            if isinstance(value, IntEnum):
                object.__setattr__(self, name, int(value))

    @property
    def disorder_type(self) -> str:
        return disorder_type(self.event_type, self.sub_event_type)

    @property
    def interaction(self) -> int | None:
        return interaction_code(self.inter1, self.inter2)

    def to_record(self) -> dict[str, Any]:
        """The JSON record: ACLED columns first, then ours. Lists stay lists (CSV encodes them)."""
        rec: dict[str, Any] = {
            "event_id_cnty": self.event_id_cnty,
            "event_date": self.event_date.isoformat(),
            "year": self.event_date.year,
            "time_precision": self.time_precision,
            "disorder_type": self.disorder_type,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": self.actor1,
            "assoc_actor_1": "; ".join(self.assoc_actor_1),
            "inter1": self.inter1,
            "actor2": self.actor2,
            "assoc_actor_2": "; ".join(self.assoc_actor_2),
            "inter2": self.inter2,
            "interaction": self.interaction,
            "civilian_targeting": self.civilian_targeting,
            "iso": self.iso,
            "region": self.region,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "admin3": self.admin3,
            "location": self.location,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geo_precision": self.geo_precision,
            "source": self.source,
            "source_scale": self.source_scale,
            "notes": self.notes,
            "fatalities": self.fatalities,
            "tags": "; ".join(self.tags),
            "timestamp": self.timestamp,
            "doc_id": self.doc_id,
            "record_type": self.record_type,
            "fatalities_low": self.fatalities_low,
            "fatalities_high": self.fatalities_high,
            "injured": self.injured,
            "injured_low": self.injured_low,
            "injured_high": self.injured_high,
            "civilian_fatalities": self.civilian_fatalities,
            "claims": [asdict(c) for c in self.claims],
            "evidence": [asdict(e) for e in self.evidence],
            "incident_id": self.incident_id,
            "contested": self.contested,
            "is_background": self.is_background,
            "violations": [asdict(v) for v in self.violations],
            "confidence": round(self.confidence, 3),
            "where_prec": self.where_prec,
            "date_prec": self.date_prec,
            "coding_rules": list(self.coding_rules),
            "extractor_version": self.extractor_version,
        }
        return rec


@dataclass(frozen=True)
class Tally:
    """A cumulative figure over a period ("at least 1,595 civilians since 2014"): never an event."""

    doc_id: str
    claimant: str
    killed: int
    since: str  # ISO date or year/month prefix ("2014", "2019-04-30"), "" when not given
    period: str  # the words that give the period
    quote: str
    country: str = ""
    evidence: tuple[Evidence, ...] = ()
    record_type: str = field(default="tally", init=False)

    def to_record(self) -> dict[str, Any]:
        rec = asdict(self)
        rec["evidence"] = [asdict(e) for e in self.evidence]
        return rec


def is_contested(low: int | None, high: int | None) -> bool:
    """Casualty figures disagree (docs/design.md §4.2): max > 1.5 x min and max - min >= 3."""
    if low is None or high is None:
        return False
    return high > 1.5 * low and high - low >= 3


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED interaction: the two inter codes, smaller first; one actor -> code*10 (e.g. 80)."""
    if not inter1 and not inter2:
        return None
    if not inter1 or not inter2:
        return int(f"{inter1 or inter2}0")
    a, b = sorted((inter1, inter2))
    return int(f"{a}{b}")


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED disorder_type from the event type (2020+ codebook)."""
    if event_type in (PROTESTS, RIOTS):
        return "Demonstrations"
    if event_type == STRATEGIC:
        return STRATEGIC
    return "Political violence"


def record_to_json(obj: Report | Tally) -> str:
    return json.dumps(obj.to_record(), ensure_ascii=False)
