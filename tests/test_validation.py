"""Validation at the store's edge (issue 15): every writable field is checked once, by `review` and by the
writer alike; a refused value is exit 2 and one line naming the field and what is allowed; the audit trail
records exactly what was stored. Store tests run on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import pytest
from sqlalchemy import select

from builders import DAY, claim, doc, strike
from conflictlens.cli import main
from conflictlens.models import Tally
from conflictlens.nlp.numbers import find_counts
from conflictlens.store import write_document
from conflictlens.store.ingest import ingest
from conflictlens.store.review import history, review
from conflictlens.store.schema import documents, reports
from conflictlens.store.validate import RefusedValue, check_document, check_field, check_report


def stored_event(store) -> str:
    d = doc("v-1", "An air strike hit a market in Idlib city, killing 7.")
    write_document(store, d, [strike("v-1", claims=(claim("SOHR", 7, doc_id="v-1"),))])
    with store.read() as conn:
        return conn.execute(select(reports.c.event_id_cnty)).scalar_one()


def review_cli(capsys, store_url: str, event: str, *sets: str) -> tuple[int, str, str]:
    args = ["review", event, "--by", "ana", "--db", store_url]
    for s in sets:
        args += ["--set", s]
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("setting", "field", "allowed"),
    [
        ("fatalities=" + "1" + "0" * 30, "fatalities", "from 0 to 10,000,000"),
        (f"fatalities={2**63}", "fatalities", "from 0 to 10,000,000"),
        (f"fatalities={2**31}", "fatalities", "from 0 to 10,000,000"),
        ("fatalities=-5", "fatalities", "from 0 to 10,000,000"),
        ("injured=99999999999", "injured", "from 0 to 10,000,000"),
        ("latitude=999", "latitude", "from -90 to 90"),
        ("latitude=inf", "latitude", "finite number"),
        ("latitude=nan", "latitude", "finite number"),
        ("longitude=-180.5", "longitude", "from -180 to 180"),
        ("event_date=0001-01-01", "event_date", "a date from 1900-01-01 to"),
        ("geo_precision=9", "geo_precision", "from 1 to 3"),
        ("inter1=0", "inter1", "from 1 to 8"),
        ("event_type=Skirmish", "event_type", "one of 'Battles'"),
        ("sub_event_type=Grenade", "sub_event_type", "a sub-event type of 'Violence against civilians'"),
        ("actor1=" + "x" * 300, "actor1", "at most 256 characters"),
        ("grade=excellent", "grade", "one of"),
    ],
)
def test_a_value_out_of_its_domain_is_exit_2_naming_field_and_range(capsys, store, store_url, setting, field,
                                                                       allowed):
    event = stored_event(store)
    if field == "sub_event_type":
        review(store, event, {"event_type": "Violence against civilians", "sub_event_type": "Attack"}, by="ana")
    before = history(store, event)
    code, out, err = review_cli(capsys, store_url, event, setting)
    assert code == 2, err
    [line] = err.strip().splitlines()
    assert line.startswith(f"error: {field} ") and allowed in line and "refused" in line
    assert "SELECT" not in err and "UPDATE" not in err and "[SQL" not in err
    assert history(store, event) == before  # nothing stored, nothing audited


def test_a_huge_or_non_ascii_event_id_is_no_such_event_not_a_crash(capsys, store, store_url):
    stored_event(store)
    for event in (str(2**31), str(2**63), "9" * 400, "²", "١٢", "1²"):  # str.isdigit is true for the last three
        code, _out, err = review_cli(capsys, store_url, event, "fatalities=3")
        assert code == 2 and "no event" in err and err.count("\n") == 1
        assert main(["history", event, "--db", store_url]) == 2
        capsys.readouterr()


def test_the_audit_records_exactly_what_was_stored(store):
    event = stored_event(store)
    review(store, event, {"latitude": " 35.5 ", "notes": "Air strike\x00 on the market", "fatalities": "8",
                          "tags": "checked; photo"}, by="ana")
    with store.read() as conn:
        row = conn.execute(select(reports).where(reports.c.event_id_cnty == event)).mappings().one()
    trail = {e.field: e.after for e in history(store, event)}
    assert trail == {"latitude": row["latitude"], "notes": row["notes"], "fatalities": row["fatalities"],
                     "tags": row["tags"]}
    assert row["latitude"] == 35.5 and row["notes"] == "Air strike on the market" and row["tags"] == ["checked",
                                                                                                      "photo"]


def test_a_valid_review_still_relinks_and_exits_0(capsys, store, store_url):
    event = stored_event(store)
    code, out, err = review_cli(capsys, store_url, event, "latitude=36.0", "fatalities=0", "grade=")
    assert code == 0, err
    assert f"{event} latitude: 35.93 -> 36.0" in out


def test_the_writer_leaves_out_an_event_with_a_value_out_of_range_and_stores_the_rest(store):
    d = doc("w-1", "Two strikes in Idlib.")
    good = strike("w-1", claims=(claim("SOHR", 7, doc_id="w-1"),))
    huge = dataclasses.replace(strike("w-1", lat=36.5), fatalities=10**22, notes="the second strike")
    nowhere = dataclasses.replace(strike("w-1"), latitude=math.nan)
    tally = Tally("w-1", "SOHR", 10**12, "2011", "since 2011", "a quote")
    result = write_document(store, d, [good, huge, nowhere], [tally])
    assert result.status == "new" and result.n_reports == 1
    assert [r.split(" is refused")[0] for r in result.refused] == [
        "event 2: fatalities 10000000000000000000000",
        "event 3: latitude nan", "tally 1: killed 1000000000000"]
    with store.read() as conn:
        note = conn.execute(select(documents.c.skipped)).scalar_one()
        assert conn.execute(select(reports.c.fatalities)).scalars().all() == [7]
    assert "event 2: fatalities" in note and "(not stored)" in note
    assert write_document(store, d, [good, huge, nowhere], [tally]).status == "unchanged"


def test_the_ingest_driver_names_refused_events_and_refused_documents(store):
    @dataclasses.dataclass(frozen=True)
    class Coded:
        reports: tuple
        tallies: tuple = ()
        skipped: str | None = None

    fine = doc("i-1", "A strike in Idlib.")
    long_url = doc("i-2", "Another strike in Idlib.", url="https://n.example/" + "a" * 3000)
    old = doc("i-3", "A third strike.", day=dt.date(1, 1, 1))
    bad_event = dataclasses.replace(strike("i-1"), inter1=42)

    def code(d):
        return Coded((strike(d.doc_id), bad_event) if d.doc_id == "i-1" else (strike(d.doc_id),))

    summary = ingest(store, [fine, long_url, old], code, extractor_version="test-1")
    assert summary.documents == 1 and summary.events == 1
    reasons = dict(summary.skipped)
    assert reasons["i-1"].startswith("event 2: inter1 42 is refused: allowed a whole number from 1 to 8")
    assert reasons["i-2"].startswith("not stored: document: url") and "2,048" in reasons["i-2"]
    assert reasons["i-3"].startswith("not stored: document: published 0001-01-01 is refused")


def test_check_field_cleans_strings_and_keeps_good_values():
    assert check_field("notes", "a\x00b\ud800") == "ab\ufffd"
    assert check_field("latitude", 12) == 12.0 and check_field("latitude", None) is None
    assert check_field("event_date", dt.datetime(2024, 1, 2, 3, 4)) == dt.date(2024, 1, 2)
    with pytest.raises(RefusedValue, match="fatalities True is refused"):
        check_field("fatalities", True)
    with pytest.raises(RefusedValue, match="fatalities None is refused"):
        check_field("fatalities", None)
    assert check_report(strike("c-1")) == strike("c-1")
    assert check_document(doc("c-1", "t")) == doc("c-1", "t")


def test_a_figure_beyond_any_toll_is_no_count():
    assert [c.value for c in find_counts("Gunmen killed 10000000000000000000000 people in Kabul.")] == []
    assert [c.value for c in find_counts("Gunmen killed 1e999 people in Kabul.")] in ([], [1])
    assert [c.value for c in find_counts("Gunmen killed 12 people in Kabul.")] == [12]


def test_day_is_in_range():
    assert check_field("event_date", DAY) == DAY


def test_a_row_id_is_ascii_digits_within_int32():
    from conflictlens.store.validate import row_id
    assert [row_id(k) for k in ("12", "2147483647", "2147483648", "²", "١٢", "", "-3", "1e3")] == [
        12, 2**31 - 1, None, None, None, None, None, None]
