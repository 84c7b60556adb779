"""GeoJSON FeatureCollection: one Point feature per record with coordinates; the rest are properties."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO


def to_feature(record: dict[str, Any]) -> dict[str, Any] | None:
    lat, lon = record.get("latitude"), record.get("longitude")
    if lat is None or lon is None:
        return None
    props = {k: v for k, v in record.items() if k not in ("latitude", "longitude")}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": props}


def write_geojson(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Write a FeatureCollection; records without coordinates are left out (counted in `skipped`)."""
    features, skipped = [], 0
    for record in records:
        feature = to_feature(record)
        if feature is None:
            skipped += 1
        else:
            features.append(feature)
    json.dump({"type": "FeatureCollection", "features": features, "skipped_without_coordinates": skipped}, out,
              ensure_ascii=False, default=str)
    out.write("\n")
    return len(features)
