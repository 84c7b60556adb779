"""A reviewer's fatalities count (design.md §4.1): a report's reviewed `fatalities` (or `injured`) enters
the incident's reconciliation as the reviewer's claim for that report's source, replacing that figure of the
report's own claims; audited, and kept through re-extraction. On SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

from builders import claim, doc, headline_reports, strike
from conflictlens.export.ucdp import ged_row
from conflictlens.store import write_document
from conflictlens.store.detail import incident_detail
from conflictlens.store.records import incident_records, report_records
from conflictlens.store.review import history, review


def incident(store) -> dict:
    [rec] = list(incident_records(store))
    return rec


def figures(rec: dict) -> tuple:
    return rec["fatalities"], rec["fatalities_low"], rec["fatalities_best"], rec["fatalities_high"]


def event_of(store, doc_id: str) -> str:
    return next(r["event_id_cnty"] for r in report_records(store) if r["doc_id"] == doc_id)


def test_a_reviewed_fatalities_replaces_that_reports_claims_in_the_incident(store):
    for d, r in headline_reports():  # 62 (Reuters), 80 (SOHR), "dozens" = 12 (Enab Baladi)
        write_document(store, d, [r])
    before = incident(store)
    assert figures(before) == (12, 12, 62, 80)
    review(store, event_of(store, "sohr-1"), {"fatalities": "41"}, by="ana", reason="hospital list")
    after = incident(store)
    assert figures(after) == (12, 12, 41, 62)  # 80 is gone; the sources now say 62, 41, 12
    assert after["grade"] == before["grade"] and after["n_sources"] == 3
    review(store, event_of(store, "local-1"), {"fatalities": "45"}, by="bo", reason="names counted")
    assert figures(incident(store)) == (41, 41, 45, 62)
    trail = history(store, event_of(store, "sohr-1"))
    assert [(e.field, e.before, e.after, e.by, e.reason) for e in trail] == [
        ("fatalities", 80, 41, "ana", "hospital list")
    ]
    detail = incident_detail(store, int(after["incident_id"]))
    reviewed = {r["doc_id"]: r["reviewed_figures"] for r in detail["reports"]}
    assert [(f["field"], f["value"], f["by"], f["reason"]) for f in reviewed["sohr-1"]] == [
        ("fatalities", 41, "ana", "hospital list")
    ]
    assert reviewed["reuters-1"] == []
    assert (detail["fatalities_best"], detail["fatalities_high"]) == (45, 62)


def test_the_reviewed_figure_survives_re_extraction(store):
    pairs = headline_reports()
    for d, r in pairs:
        write_document(store, d, [r])
    review(store, event_of(store, "sohr-1"), {"fatalities": "41"}, by="ana", reason="hospital list")
    d, r = pairs[1]
    recoded = dataclasses.replace(
        r, extractor_version="test-9", claims=(claim("Syrian Observatory for Human Rights", 90, doc_id="sohr-1"),)
    )
    assert write_document(store, d, [recoded]).status == "updated"
    [sohr] = [rec for rec in report_records(store) if rec["doc_id"] == "sohr-1"]
    assert sohr["fatalities"] == 41 and [c["killed"] for c in sohr["claims"]] == [90]  # new claims, kept figure
    assert figures(incident(store)) == (12, 12, 41, 62)  # 90 does not count: the reviewer's 41 does
    row = ged_row(sohr)  # a report-level UCDP row takes the reviewed figure too, not its claims'
    assert row is not None and (row["best"], row["low"], row["high"]) == (41, 41, 41)


def test_a_report_with_no_claim_gets_its_reviewed_figure_counted(store):
    write_document(store, doc("afp-2", "Gunfire was heard."), [strike("afp-2", notes="Gunfire in Idlib.")])
    assert figures(incident(store)) == (0, None, None, None)
    event = event_of(store, "afp-2")
    review(store, event, {"fatalities": "3", "fatalities_low": "2", "fatalities_high": "5", "injured": "7"},
           by="ana", reason="morgue")
    rec = incident(store)
    assert figures(rec) == (3, 2, 3, 5)
    assert rec["injured"] == 7
    review(store, event, {"fatalities": "0"}, by="bo", reason="no one died after all")
    assert incident(store)["fatalities"] == 0
