"""Queries, exports and the store commands, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

from sqlalchemy import text

from builders import DAY, damascus_protest, doc, headline_reports, strike
from conflictlens.cli import main
from conflictlens.export.acled_csv import columns_for, write_acled_csv
from conflictlens.export.jsonl import write_jsonl
from conflictlens.models import ACLED_COLUMNS
from conflictlens.store import write_document
from conflictlens.store.queries import ReportQuery, build, find_reports
from conflictlens.store.records import ExportFilter, incident_records, report_records


def fill(store) -> None:
    for d, r in headline_reports():
        write_document(store, d, [r])
    protest = damascus_protest()
    write_document(
        store,
        doc("afp-9", "Hundreds marched in Damascus.", source="AFP"),
        [dataclasses.replace(protest, admin1="Damascus")],
    )
    iraq = dataclasses.replace(
        strike("ina-1", lat=36.34, lon=43.13, location="Mosul"),
        country="Iraq",
        iso3="IRQ",
        iso=368,
        admin1="Nineveh",
        event_date=DAY.replace(year=2023),
    )
    write_document(store, doc("ina-1", "A drone strike in Mosul.", source="INA"), [iraq])


def ids(rows) -> list[str]:
    return sorted(r["doc_id"] for r in rows)


def test_queries_by_each_filter(store):
    fill(store)
    assert ids(find_reports(store, country="SYR")) == ["afp-9", "local-1", "reuters-1", "sohr-1"]
    assert ids(find_reports(store, country="Iraq")) == ["ina-1"]
    assert ids(find_reports(store, since=DAY, until=DAY, admin1="Damascus")) == ["afp-9"]
    assert ids(find_reports(store, event_type="Protests")) == ["afp-9"]
    assert ids(find_reports(store, actor="Protesters (Syria)")) == ["afp-9"]
    assert ids(find_reports(store, text="marched siege")) == ["afp-9"]
    assert ids(find_reports(store, text="warplanes")) == ["sohr-1"]
    assert ids(find_reports(store, bbox=(36.0, 33.0, 37.0, 34.0))) == ["afp-9"]
    assert ids(find_reports(store, since=DAY.replace(year=2024, month=1))) == [
        "afp-9",
        "local-1",
        "reuters-1",
        "sohr-1",
    ]
    assert find_reports(store, text="'\"*(") == find_reports(store)  # no words: no text filter, no error


def test_queries_use_indexes(store):
    fill(store)
    stmt = build(ReportQuery(country="SYR", since=DAY), store.dialect)
    sql = str(stmt.compile(store.engine, compile_kwargs={"literal_binds": True}))
    prefix = "EXPLAIN QUERY PLAN " if store.dialect == "sqlite" else "EXPLAIN "
    with store.read() as conn:
        if store.dialect == "postgresql":
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = " ".join(str(row) for row in conn.execute(text(prefix + sql)))
    assert "ix_reports" in plan, plan


def test_incident_export_as_acled_csv_puts_acled_columns_first(store):
    fill(store)
    out = io.StringIO()
    n = write_acled_csv(incident_records(store, ExportFilter(country="SYR")), out, columns_for("incident"))
    assert n == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    header = out.getvalue().splitlines()[0].split(",")
    assert tuple(header[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    strike_row = next(r for r in rows if r["event_type"] == "Explosions/Remote violence")
    assert json.loads(strike_row["report_ids"]) and len(json.loads(strike_row["claims"])) == 3
    assert strike_row["contested"] == "true" and strike_row["fatalities"] == "12"


def test_report_export_filters_by_date(store):
    fill(store)
    out = io.StringIO()
    assert write_jsonl(report_records(store, ExportFilter(until=DAY.replace(year=2023, month=12))), out) == 1
    assert json.loads(out.getvalue())["doc_id"] == "ina-1"


def test_review_history_and_export_commands(store, store_url, tmp_path, capsys):
    fill(store)
    event = find_reports(store, country="Iraq")[0]["event_id_cnty"]
    assert main(["review", event, "--set", "fatalities=3", "--by", "ana", "--reason", "photos", "--db", store_url]) == 0
    assert f"{event} fatalities: 0 -> 3 (by ana)" in capsys.readouterr().out
    assert main(["history", event, "--db", store_url]) == 0
    assert "ana: fatalities 0 -> 3 — photos" in capsys.readouterr().out
    assert main(["review", event, "--set", "fatalities=many", "--by", "ana", "--db", store_url]) == 2
    assert "error: bad value 'many' for fatalities" in capsys.readouterr().err
    assert main(["history", "XXX999", "--db", store_url]) == 2
    assert "no event" in capsys.readouterr().err
    out = tmp_path / "events.csv"
    assert main(["export", "--format", "acled-csv", "--level", "report", "-o", str(out), "--db", store_url]) == 0
    with out.open() as fh:
        assert len(list(csv.DictReader(fh))) == 5


def test_a_bad_database_url_is_one_line_with_a_hint(capsys):
    assert main(["history", "SYR1", "--db", "mysql://nope"]) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unsupported database" in err
