"""conflictlens.read_events / read_incidents: typed pandas DataFrames (and GeoDataFrames) from the store."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import conflictlens
from conflictlens.cli import main
from test_parquet_io import _corpus


@pytest.fixture()
def stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = f"sqlite:///{tmp_path / 'events.db'}"
    corpus = _corpus(tmp_path / "corpus.parquet")
    assert main(["ingest", str(corpus), "--db", db, "--quiet", "--workers", "1",
                 "--fields", "text=body,published=date_publish,id=uuid,source=outlet"]) == 0
    capsys.readouterr()
    return db


def test_read_events_returns_a_typed_dataframe(stored: str) -> None:
    frame = conflictlens.read_events(db=stored)
    assert len(frame) == 2
    assert frame["event_date"].dtype == "datetime64[ns]"
    assert str(frame["fatalities"].dtype) == "Int32" and str(frame["is_background"].dtype) == "boolean"
    assert isinstance(frame.loc[0, "claims"], list)
    monthly = frame.set_index("event_date").groupby([pd.Grouper(freq="MS"), "event_type"])["fatalities"].sum()
    assert monthly.loc[(pd.Timestamp("2022-06-01"), "Explosions/Remote violence")] == 9
    assert len(conflictlens.read_events(db=stored, country="Nigeria", since="2021-01-01")) == 1
    incidents = conflictlens.read_incidents(db=stored)
    assert str(incidents["fatalities_best"].dtype) == "Int32" and len(incidents) == 2


def test_read_events_can_return_a_geodataframe(stored: str) -> None:
    geopandas = pytest.importorskip("geopandas")
    frame = conflictlens.read_events(db=stored, geo=True)
    assert isinstance(frame, geopandas.GeoDataFrame) and frame.crs.to_epsg() == 4326
    assert frame.geometry.iloc[0].x == pytest.approx(frame["longitude"].iloc[0])


def test_read_events_rejects_an_unknown_filter(stored: str) -> None:
    with pytest.raises(conflictlens.errors.UsageError, match="unknown filter colour"):
        conflictlens.read_events(db=stored, colour="red")


def test_importing_the_package_loads_neither_pandas_nor_the_store() -> None:
    code = ("import sys, conflictlens; "
            "print(sorted(m for m in ('pandas', 'pyarrow', 'sqlalchemy', 'conflictlens.export') if m in sys.modules)); "
            "conflictlens.read_events; print('conflictlens.export.frames' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]", "True"]  # loaded on first use of read_events, not on import
