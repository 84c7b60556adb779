"""Parquet in (a corpus with its own column names) and out (typed columns, claims nested), UCDP GED columns,
and GeoJSON: each export is read back by pandas, pyarrow, csv or json."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conflictlens.cli import main
from conflictlens.export.schema import event_schema
from conflictlens.models import ACLED_COLUMNS, EXTRA_COLUMNS

STRIKE = ("HOMS, Syria - Government warplanes struck a market in Talbiseh on Monday, killing 9 civilians, the "
          "Syrian Observatory for Human Rights said. A local rescue team put the death toll at 13.")
ARREST = "Police arrested 12 protesters in Lagos on Monday."


def _corpus(path: Path) -> Path:
    table = pa.table({
        "uuid": ["a1", "a2", "a3"],
        "body": [STRIKE, ARREST, ""],
        "date_publish": [dt.datetime(2022, 6, 14, 10), dt.datetime(2021, 4, 5), None],
        "outlet": ["Test Wire", "Lagos Daily", None],
    })
    pq.write_table(table, path)
    return path


def _code(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict], str]:
    code = main(["code", *args, "--format", "jsonl", "--workers", "1"])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_parquet_corpus_is_read_with_its_own_column_names(tmp_path: Path, capsys) -> None:
    corpus = _corpus(tmp_path / "corpus.parquet")
    code, events, err = _code(capsys, str(corpus), "--fields", "text=body,published=date_publish,id=uuid,source=outlet")
    assert code == 0
    assert [(e["doc_id"], e["event_type"], e["location"]) for e in events] == [
        ("a1", "Explosions/Remote violence", "Talbiseh"), ("a2", "Protests", "Lagos")]
    assert events[0]["event_date"] == "2022-06-13"  # 'Monday' before a Tuesday publication date
    assert events[1]["source"] == "Lagos Daily"
    assert f"skipped: {corpus}:row 3: no text" in err


def test_parquet_with_the_wrong_schema_or_no_parquet_at_all_is_a_skip(tmp_path: Path, capsys) -> None:
    wrong = tmp_path / "wrong.parquet"
    pq.write_table(pa.table({"headline": ["x"], "n": [1]}), wrong)
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not a parquet file")
    good = _corpus(tmp_path / "good.parquet")
    code, events, err = _code(capsys, str(wrong), str(broken), str(good), "--fields", "text=body,id=uuid")
    assert code == 0 and {e["doc_id"] for e in events} == {"a1", "a2"}
    assert f"skipped: {wrong}: wrong schema: no 'body' (or 'html') column; the file has: headline, n" in err
    assert f"skipped: {broken}: not a readable Parquet file" in err


def test_a_bad_field_mapping_is_a_usage_error(tmp_path: Path, capsys) -> None:
    corpus = _corpus(tmp_path / "corpus.parquet")
    assert main(["code", str(corpus), "--fields", "body"]) == 2
    assert "bad field mapping 'body'" in capsys.readouterr().err


@pytest.fixture()
def stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = f"sqlite:///{tmp_path / 'events.db'}"
    corpus = _corpus(tmp_path / "corpus.parquet")
    assert main(["ingest", str(corpus), "--db", db, "--quiet", "--workers", "1",
                 "--fields", "text=body,published=date_publish,id=uuid,source=outlet"]) == 0
    capsys.readouterr()
    return db


def test_parquet_export_has_typed_columns_and_nested_claims(stored: str, tmp_path: Path) -> None:
    for level, extra in (("incident", "fatalities_best"), ("report", "report_id")):
        out = tmp_path / f"{level}.parquet"
        assert main(["export", "--format", "parquet", "--level", level, "--db", stored, "-o", str(out)]) == 0
        table = pq.read_table(out)
        assert table.num_rows == 2
        schema = table.schema
        assert schema.field("event_date").type == pa.date32()
        assert schema.field("fatalities").type == pa.int32() and schema.field("inter1").type == pa.int32()
        assert schema.field("is_background").type == pa.bool_()
        assert schema.field("claims").type.value_type.field("killed").type == pa.int32()
        assert extra in schema.names
        strike = table.filter(pa.compute.equal(table["doc_id"], "a1")).to_pylist()[0]
        assert strike["event_date"] == dt.date(2022, 6, 13)
        assert sorted(c["killed"] for c in strike["claims"]) == [9, 13]
        assert strike["evidence"][0]["sentence"].startswith("HOMS, Syria - Government warplanes")
        frame = pd.read_parquet(out)
        assert frame.loc[frame.doc_id == "a1", "latitude"].iloc[0] == pytest.approx(34.84, abs=0.1)


def test_parquet_export_applies_the_export_filters(stored: str, tmp_path: Path) -> None:
    out = tmp_path / "syria.parquet"
    assert main(["export", "--format", "parquet", "--country", "SYR", "--since", "2022-01-01", "--db", stored,
                 "-o", str(out)]) == 0
    assert pq.read_table(out).column("doc_id").to_pylist() == ["a1"]
    assert main(["export", "--format", "parquet", "--db", stored]) == 2  # binary: a file is needed


def test_parquet_schema_covers_every_record_field() -> None:
    names = set(event_schema("report").names)
    assert set(ACLED_COLUMNS + EXTRA_COLUMNS) <= names


def test_ucdp_ged_export_gives_best_low_high_from_the_claims(stored: str, capsys) -> None:
    assert main(["export", "--format", "ucdp-ged", "--level", "report", "--db", stored]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 1  # the arrest killed no one: UCDP codes lethal organised violence only
    row = rows[0]
    assert (row["low"], row["best"], row["high"]) == ("9", "9", "13")  # two claimants: the lower median
    assert row["type_of_violence"] == "3"  # an air strike on a market is one-sided violence
    assert (row["side_a"], row["side_b"]) == ("Military Forces of Syria", "Civilians")
    assert row["where_prec"] and row["date_prec"] == "1"
    assert row["date_start"] == row["date_end"] == "2022-06-13"
    assert row["geom_wkt"].startswith("POINT (36.7")
    assert row["id"] == row["relid"] == "SYR1"  # a report's own event id; per incident, the incident's


def test_geojson_export_reads_back_as_point_features(stored: str, capsys) -> None:
    assert main(["export", "--format", "geojson", "--db", stored]) == 0
    collection = json.loads(capsys.readouterr().out)
    assert collection["type"] == "FeatureCollection"
    coords = {f["properties"]["doc_id"]: f["geometry"]["coordinates"] for f in collection["features"]}
    assert coords["a1"][0] == pytest.approx(36.73, abs=0.1)
