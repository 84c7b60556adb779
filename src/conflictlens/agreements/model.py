"""The agreement dataclasses: an agreement has parties, an area, a period and terms (docs/taxonomy.md §6)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

STATUSES = ("accepted", "proposed", "rejected")


@dataclass(frozen=True)
class Party:
    """A party to an agreement; a coalition lists its members (a term binding it binds them)."""

    name: str
    members: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "members": list(self.members)}

    @classmethod
    def from_json(cls, value: Any) -> Party:
        if isinstance(value, str):
            return cls(value)
        return cls(str(value["name"]), tuple(str(m) for m in value.get("members") or ()))


@dataclass(frozen=True)
class PlaceRef:
    """A named place of an area, with its coordinates; an incident within `radius_km` of it is inside."""

    name: str
    latitude: float
    longitude: float
    iso3: str = ""
    radius_km: float = 10.0


@dataclass(frozen=True)
class Area:
    """Where an agreement or term applies: any of countries (ISO3), provinces, places or a polygon. Empty: anywhere."""

    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    places: tuple[PlaceRef, ...] = ()
    polygons: tuple[tuple[tuple[tuple[float, float], ...], ...], ...] = ()  # polygons of rings of (lon, lat)

    @property
    def empty(self) -> bool:
        return not (self.countries or self.admin1 or self.places or self.polygons)

    def describe(self) -> str:
        parts = [*self.countries, *self.admin1, *(f"{p.name} ({p.radius_km:g} km)" for p in self.places)]
        if self.polygons:
            parts.append(f"{len(self.polygons)} polygon(s)")
        return ", ".join(parts) or "anywhere"

    def to_json(self) -> dict[str, Any]:
        return {
            "countries": list(self.countries),
            "admin1": list(self.admin1),
            "places": [vars(p) for p in self.places],
            "polygons": [[[list(pt) for pt in ring] for ring in poly] for poly in self.polygons],
        }

    @classmethod
    def from_json(cls, value: Any) -> Area:
        value = value or {}
        return cls(
            countries=tuple(value.get("countries") or ()),
            admin1=tuple(value.get("admin1") or ()),
            places=tuple(PlaceRef(**p) for p in value.get("places") or ()),
            polygons=tuple(
                tuple(tuple((float(x), float(y)) for x, y in ring) for ring in poly)
                for poly in value.get("polygons") or ()
            ),
        )


@dataclass(frozen=True)
class Term:
    """One commitment that can be broken: a kind (resources/agreements.toml), the parties it binds (empty: every
    party), the parties it protects (empty: anyone), and its own area and period when they differ."""

    id: str
    kind: str
    parties: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    area: Area | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    description: str = ""


@dataclass(frozen=True)
class Agreement:
    id: str
    name: str
    parties: tuple[Party, ...]
    area: Area
    start: dt.date | None
    end: dt.date | None
    terms: tuple[Term, ...] = ()
    text: str = ""
    status: str = "accepted"
    origin: str = "file"  # file | text
    spec: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def proposed(self) -> bool:
        return self.status == "proposed"

    def party(self, name: str) -> Party | None:
        return next((p for p in self.parties if p.name == name), None)
