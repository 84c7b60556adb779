"""`conflictlens spark` in local[2] (real Spark, Java 17): the same events as `code` and `ingest` on a folder of
HTML pages, a feed and a WARC file; bad input becomes recorded skips; the store writer per partition is
idempotent. One job runs in the default test run; the rest are slow."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pyspark")

from conflictlens.cli import main  # noqa: E402
from conflictlens.scale import tasks  # noqa: E402
from conflictlens.scale.job import run_job, spark_session  # noqa: E402
from corpus import write_bad, write_mixed  # noqa: E402

KEY = ("doc_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "fatalities")


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    session = spark_session("local[2]", app="conflictlens-tests")
    yield session
    session.stop()


def _events(path: Path) -> list[dict]:
    import pyarrow.dataset as ds

    return ds.dataset(path / "events", format="parquet", partitioning="hive").to_table().to_pylist()


def _key(record: dict) -> tuple:
    return tuple(str(record[k]) for k in KEY)


def _groups(records: list[dict], by: str) -> set[frozenset[tuple]]:
    """Which events share an incident, as a set of groups (the ids themselves differ between runs)."""
    members: dict[str, set[tuple]] = defaultdict(set)
    for record in records:
        members[str(record[by])].add(_key(record))
    return {frozenset(m) for m in members.values()}


def test_spark_codes_the_same_events_as_code_and_ingest(spark, tmp_path: Path, capsys) -> None:
    folder = write_mixed(tmp_path / "news")
    summary = run_job([str(folder)], str(tmp_path / "out"), partitions=3, spark=spark)
    events = _events(tmp_path / "out")
    assert main(["code", str(folder), "--format", "jsonl", "--workers", "1"]) == 0
    coded = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(map(_key, events)) == sorted(map(_key, coded))
    assert len(events) == summary.events == 7
    # a document's place in the file becomes a typed, nested row
    strike = next(e for e in events if e["location"] == "Talbiseh" and e["fatalities"] == 9)
    assert {c["killed"] for c in strike["claims"]} == {9, 13}
    assert strike["evidence"][0]["sentence"].startswith("Government warplanes struck")
    assert strike["year"] == 2022 and strike["country"] == "Syria"

    db = f"sqlite:///{tmp_path / 'events.db'}"
    assert main(["ingest", str(folder), "--db", db, "--quiet", "--workers", "1"]) == 0
    capsys.readouterr()
    assert main(["export", "--format", "jsonl", "--level", "report", "--db", db]) == 0
    stored = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(map(_key, events)) == sorted(map(_key, stored))
    # linking per blocking group inside the job puts the same reports together as the store does
    assert _groups(events, "incident_id") == _groups(stored, "incident_id")
    assert summary.incidents == len(_groups(stored, "incident_id")) == 6  # two reports of the Talbiseh strike
    # one extractor per executor process, made inside the partitions: none on the driver
    assert 1 <= summary.extractors_loaded <= 2
    assert tasks._EXTRACTORS == {}


@pytest.mark.slow
def test_bad_input_is_recorded_and_counted_and_the_job_goes_on(spark, tmp_path: Path) -> None:
    import pyarrow.dataset as ds

    write_mixed(tmp_path / "in" / "news")
    write_bad(tmp_path / "in" / "bad")
    summary = run_job([str(tmp_path / "in")], str(tmp_path / "out"), partitions=2, spark=spark)
    skipped = ds.dataset(tmp_path / "out" / "skipped").to_table().to_pylist()
    reasons = {Path(s["origin"]).name: s["reason"] for s in skipped}
    assert reasons["cut.warc:record 2"].startswith("record for https://courier.example/goma is truncated")
    assert reasons["docs.jsonl:line 2"].startswith("not JSON")
    assert reasons["docs.jsonl:line 3"].startswith("not English: French (fr")
    assert reasons["wrong.parquet"].startswith("wrong schema")
    assert reasons["empty-page.html"] == "no article in the page (only 'Home | World')"
    assert summary.skipped["not JSON"] == 1 and summary.skipped["wrong schema"] == 1
    assert summary.skipped["not English"] == 1
    assert sum(summary.skipped.values()) == len(skipped)
    assert {e["location"] for e in _events(tmp_path / "out")} >= {"Kaduna", "Talbiseh", "Goma", "Mogadishu"}


@pytest.mark.slow
@pytest.mark.postgres
def test_store_writer_per_partition_is_idempotent(spark, tmp_path: Path) -> None:
    from conflictlens.config import load_settings
    from conflictlens.store.engine import open_store
    from conflictlens.store.records import report_records
    from conftest import fresh_pg_database

    folder = write_mixed(tmp_path / "news")
    for url in fresh_pg_database():
        settings = load_settings(url)
        first = run_job([str(folder)], str(tmp_path / "a"), partitions=2, db_url=url, settings=settings, spark=spark)
        again = run_job([str(folder)], str(tmp_path / "b"), partitions=2, db_url=url, settings=settings, spark=spark)
        assert first.stored == {"new": 7} and again.stored == {"unchanged": 7}
        store = open_store(url)
        try:
            records = list(report_records(store))
        finally:
            store.close()
        assert sorted(map(_key, records)) == sorted(map(_key, _events(tmp_path / "a")))


@pytest.mark.slow
def test_spark_command_line_writes_parquet_and_a_summary(tmp_path: Path, capsys) -> None:
    folder = write_mixed(tmp_path / "news")
    assert main(["spark", str(folder), str(tmp_path / "out"), "--master", "local[2]", "--partitions", "2"]) == 0
    out, err = capsys.readouterr()
    assert out == ""  # data goes to the Parquet files, the summary to stderr
    assert "coded 7 documents in " in err and ": 7 events, 0 skipped; incidents 6, files 5, partitions 2" in err
    assert len(_events(tmp_path / "out")) == 7
