"""The event store on SQLite and PostgreSQL: identity, idempotency, copies, re-extraction, incidents."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from builders import claim, doc, headline_reports, strike
from conflictlens.errors import UsageError
from conflictlens.store import open_store, write_document
from conflictlens.store.records import ExportFilter, incident_records, report_records
from conflictlens.store.review import history, review
from conflictlens.store.schema import claims, documents, evidence, incident_reports, incidents, reports


def count(store, table) -> int:
    with store.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def only_incident(store) -> dict:
    records = list(incident_records(store))
    assert len(records) == 1, records
    return records[0]


def test_reingesting_the_same_document_stores_nothing_new(store):
    d, r = headline_reports()[0]
    assert write_document(store, d, [r]).status == "new"
    before = [count(store, t) for t in (documents, reports, claims, evidence, incidents)]
    assert write_document(store, d, [r]).status == "unchanged"
    assert (
        [count(store, t) for t in (documents, reports, claims, evidence, incidents)]
        == before
        == [1, 1, 1, 1, 1]
    )


def test_the_coding_rules_are_stored_and_exported_but_not_reviewable(store):
    d, r = headline_reports()[0]
    write_document(store, d, [dataclasses.replace(r, coding_rules=("unnamed_doer", "civilians_hit"))])
    [rec] = list(report_records(store))
    assert rec["coding_rules"] == ["unnamed_doer", "civilians_hit"]
    with pytest.raises(UsageError, match="coding_rules"):
        review(store, rec["event_id_cnty"], {"coding_rules": "[]"}, by="ana")


def test_reopening_a_store_keeps_its_data_and_migrations(store_url):
    with open_store(store_url) as s:
        d, r = headline_reports()[0]
        write_document(s, d, [r])
    with open_store(store_url) as s:
        assert count(s, reports) == 1


def test_three_differently_worded_reports_of_one_strike_become_one_incident(store):
    for d, r in headline_reports():
        write_document(store, d, [r])
    inc = only_incident(store)
    figures = sorted((c["claimant"], c["killed"]) for c in inc["claims"])
    assert figures == [
        ("Syrian Health Ministry", 62),
        ("Syrian Observatory for Human Rights", 80),
        ("local residents", 12),
    ]
    assert (inc["fatalities"], inc["fatalities_low"], inc["fatalities_high"]) == (12, 12, 80)
    assert inc["fatalities_best"] == 62
    assert inc["contested"] is True
    assert inc["grade"] == "fair" and "3 independent sources" in inc["grade_reason"]
    assert len(inc["report_ids"]) == 3 and all(rid.startswith("SYR") for rid in inc["report_ids"])
    with store.read() as conn:
        links = conn.execute(select(incident_reports).order_by(incident_reports.c.report_id)).mappings().all()
    assert links[0]["features"] == {"new_incident": True}
    assert links[1]["matched_report_id"] == links[0]["report_id"]
    assert "same sub_event_type" in links[1]["features"]["type"]


def test_a_syndicated_copy_is_kept_but_counts_as_one_source(store):
    (a, ra), (b, rb), _ = headline_reports()
    text = a.text
    copy = doc("yahoo-1", text, url="https://news.example/yahoo-copy", source="Yahoo News")
    copy_report = dataclasses.replace(
        ra,
        doc_id="yahoo-1",
        claims=(claim("Syrian Health Ministry", 62, doc_id="yahoo-1", blames="Military Forces of Russia"),),
    )
    assert write_document(store, a, [ra]).status == "new"
    assert write_document(store, copy, [copy_report]).status == "copy"
    with store.read() as conn:
        canon = conn.execute(
            select(documents.c.canonical_doc_id).where(documents.c.doc_id == "yahoo-1")
        ).scalar()
        first = conn.execute(select(documents.c.id).where(documents.c.doc_id == "reuters-1")).scalar()
    assert canon == first
    inc = only_incident(store)
    assert inc["n_sources"] == 1 and inc["grade"] == "weak"
    write_document(store, b, [rb])
    inc = only_incident(store)
    assert inc["n_sources"] == 2 and inc["grade"] == "fair"
    assert len(inc["report_ids"]) == 3


def test_a_changed_article_replaces_its_reports_and_keeps_reviewed_fields(store):
    d, r = headline_reports()[0]
    write_document(store, d, [r])
    event = list(report_records(store))[0]["event_id_cnty"]
    review(store, event, {"actor1": "Military Forces of Syria"}, by="ana", reason="footage shows Syrian jets")
    updated = dataclasses.replace(d, text=d.text + " The toll rose to 70.")
    new_report = dataclasses.replace(
        r,
        notes="Toll rises to 70.",
        extractor_version="test-2",
        claims=(claim("Syrian Health Ministry", 70, doc_id="reuters-1"),),
    )
    assert write_document(store, updated, [new_report]).status == "updated"
    [rec] = list(report_records(store))
    assert rec["event_id_cnty"] == event
    assert rec["actor1"] == "Military Forces of Syria"  # reviewed: kept
    assert rec["notes"] == "Toll rises to 70."  # not reviewed: replaced
    assert [c["killed"] for c in rec["claims"]] == [70]
    assert count(store, reports) == 1 and count(store, claims) == 1
    assert only_incident(store)["fatalities"] == 70


def test_a_reviewed_report_with_no_match_is_kept_and_flagged_orphaned(store):
    d, r = headline_reports()[0]
    write_document(store, d, [r])
    event = list(report_records(store))[0]["event_id_cnty"]
    review(store, event, {"fatalities": "60"}, by="ana")
    protest = strike(
        "reuters-1",
        event_type="Protests",
        sub="Peaceful protest",
        notes="A protest.",
        lat=33.5,
        lon=36.3,
        location="Damascus",
        version="test-2",
    )
    result = write_document(store, dataclasses.replace(d, text="Now about a protest."), [protest])
    assert result.orphaned == 1
    recs = {rec["event_id_cnty"]: rec for rec in report_records(store)}
    assert recs[event]["orphaned"] is True and recs[event]["fatalities"] == 60
    assert len(recs) == 2
    [inc] = list(incident_records(store))
    assert inc["event_type"] == "Protests"


def test_an_unreviewed_report_with_no_match_is_replaced(store):
    d, r = headline_reports()[0]
    write_document(store, d, [r])
    protest = strike(
        "reuters-1", event_type="Protests", sub="Peaceful protest", notes="A protest.", version="test-2"
    )
    write_document(store, dataclasses.replace(d, text="Now about a protest."), [protest])
    assert [rec["event_type"] for rec in report_records(store)] == ["Protests"]
    assert count(store, incidents) == 1


def test_a_denial_does_not_enter_the_range(store):
    (a, ra), (b, rb), _ = headline_reports()
    denial = claim("Russian Defence Ministry", None, doc_id="reuters-1", stance="denies_event")
    write_document(store, a, [dataclasses.replace(ra, claims=(*ra.claims, denial))])
    write_document(store, b, [rb])
    inc = only_incident(store)
    assert (inc["fatalities"], inc["fatalities_low"], inc["fatalities_high"]) == (62, 62, 80)
    assert inc["contested"] is False
    assert any(c["stance"] == "denies_event" for c in inc["claims"])


def test_background_reports_never_count_or_start_an_incident(store):
    (a, ra), (b, _), _ = headline_reports()
    old = strike(
        "sohr-1",
        background=True,
        day=ra.event_date.replace(year=2013),
        claims=(claim("SOHR", 1400, doc_id="sohr-1"),),
    )
    write_document(store, b, [old])
    assert count(store, incidents) == 0
    assert list(incident_records(store)) == []
    write_document(store, a, [ra])
    again = dataclasses.replace(
        ra, doc_id="sohr-2", is_background=True, claims=(claim("SOHR", 500, doc_id="sohr-2"),)
    )
    write_document(store, doc("sohr-2", "Recalling the strike...", source="SOHR"), [again])
    inc = only_incident(store)
    assert inc["fatalities_high"] == 62 and inc["n_sources"] == 1 and len(inc["report_ids"]) == 1
    with_bg = list(incident_records(store, ExportFilter(include_background=True)))
    assert len(with_bg[0]["report_ids"]) == 2
    assert len(list(report_records(store))) == 1
    assert len(list(report_records(store, ExportFilter(include_background=True)))) == 3


def test_two_strikes_on_the_same_day_200_km_apart_stay_two_incidents(store):
    (a, ra), (b, rb), _ = headline_reports()
    far = dataclasses.replace(rb, latitude=34.73, longitude=38.45, location="Palmyra", admin1="Homs")
    write_document(store, a, [ra])
    write_document(store, b, [far])
    assert count(store, incidents) == 2


def test_review_writes_the_audit_trail_and_history_returns_it(store):
    for d, r in headline_reports():
        write_document(store, d, [r])
    event = list(report_records(store))[0]["event_id_cnty"]
    entries = review(store, event, {"fatalities": "15", "grade": "discounted"}, by="ana", reason="checked")
    assert [(e.field, e.before, e.after) for e in entries] == [
        ("fatalities", 62, 15),
        ("grade", None, "discounted"),
    ]
    review(store, event.lower(), {"fatalities": "16"}, by="bo")
    trail = history(store, event)
    assert [(e.by, e.field, e.before, e.after) for e in trail] == [
        ("ana", "fatalities", 62, 15),
        ("ana", "grade", None, "discounted"),
        ("bo", "fatalities", 15, 16),
    ]
    inc = only_incident(store)
    assert inc["grade"] == "discounted" and inc["grade_reason"] == "set by review: checked"
    numeric = list(report_records(store))[0]["report_id"]
    assert len(history(store, numeric)) == 3


def test_reviewed_fields_survive_reingesting_a_new_extractor_version(store):
    d, r = headline_reports()[0]
    write_document(store, d, [r])
    event = list(report_records(store))[0]["event_id_cnty"]
    review(store, event, {"location": "Idlib city", "is_background": "false"}, by="ana")
    assert write_document(store, d, [dataclasses.replace(r, extractor_version="test-9")]).status == "updated"
    [rec] = list(report_records(store))
    assert rec["location"] == "Idlib city" and rec["extractor_version"] == "test-9"
    assert rec["reviewed_fields"] == ["location", "is_background"]


def test_ingest_driver_summarises_documents_events_and_skips(store):
    from conflictlens.models import Skip
    from conflictlens.store.ingest import ingest

    @dataclasses.dataclass(frozen=True)
    class Coded:
        reports: tuple
        tallies: tuple = ()
        skipped: str | None = None

    pairs = dict((d.doc_id, r) for d, r in headline_reports())
    items = [d for d, _ in headline_reports()] + [Skip("empty.txt", "empty file"), doc("blank", " ")]

    def code(d):
        return Coded((pairs[d.doc_id],)) if d.doc_id in pairs else Coded((), skipped="empty text")

    summary = ingest(store, items, code, extractor_version="test-1")
    assert summary.documents == 4 and summary.events == 3 and summary.statuses["new"] == 4
    assert summary.skipped_reasons() == {"empty file": 1, "empty text": 1}
    again = ingest(store, items, code, extractor_version="test-1")
    assert again.statuses == {"unchanged": 4} and again.events == 0
