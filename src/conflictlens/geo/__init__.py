"""Offline gazetteer and geocoder: place mentions -> ranked candidates -> a Location with precision codes."""

from conflictlens.geo.countries import region_of
from conflictlens.geo.gazetteer import (
    Gazetteer,
    capital_of_admin1,
    capital_of_country,
    country_by_name,
    default_gazetteer,
)

__all__ = [
    "Gazetteer",
    "capital_of_admin1",
    "capital_of_country",
    "country_by_name",
    "default_gazetteer",
    "region_of",
]
