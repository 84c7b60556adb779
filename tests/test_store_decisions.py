"""A reviewer's decisions in the store: stale edits refused, merges and splits that survive re-linking and
re-extraction, retracted documents that leave incidents, counts and exports (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from builders import claim, doc, headline_reports, strike
from conflictlens.cli import main
from conflictlens.store import write_document
from conflictlens.store.decisions import merge_incidents, restore_document, retract_document, split_report
from conflictlens.store.detail import document_detail, incident_detail
from conflictlens.store.records import incident_records, report_records
from conflictlens.store.review import StaleEdit, review
from conflictlens.store.search import find_events, find_incidents


def headline(store) -> int:
    for d, r in headline_reports():
        write_document(store, d, [r])
    (incident,) = find_incidents(store).items
    return incident["id"]


def members(store, incident_id: int) -> list[str]:
    return sorted(r["doc_id"] for r in incident_detail(store, incident_id)["reports"])


def incident_of(store, doc_id: str) -> int:
    return [e["incident_id"] for e in find_events(store).items if e["doc_id"] == doc_id][0]


def test_a_stale_edit_is_refused_with_the_current_values(store):
    headline(store)
    event = find_events(store).items[0]
    assert event["version"] == 1
    review(store, event["id"], {"fatalities": "70"}, by="ana", expected_version=1)
    with pytest.raises(StaleEdit) as err:
        review(store, event["id"], {"fatalities": "75"}, by="ben", expected_version=1)
    assert err.value.current["fatalities"] == 70 and err.value.current["version"] == 2
    review(store, event["id"], {"fatalities": "75"}, by="ben", expected_version=2)


def test_a_split_survives_relinking_and_reextraction(store):
    first = headline(store)
    detail = incident_detail(store, first)
    sohr = [r for r in detail["reports"] if r["doc_id"] == "sohr-1"][0]
    split = split_report(
        store, sohr["report_id"], by="ana", reason="a different strike", expected_version=detail["version"]
    )
    own = incident_of(store, "sohr-1")
    assert own != first and own in split.incident_ids and members(store, first) == ["local-1", "reuters-1"]
    assert incident_detail(store, own)["reports"][0]["link"]["features"]["manual"].startswith("split out")
    # a review of a linking field re-links the report: it stays apart
    review(store, sohr["report_id"], {"location": "Idlib city"}, by="ana")
    assert incident_of(store, "sohr-1") != first
    # so does a re-extraction of its document by a new extractor version
    d, r = headline_reports()[1]
    write_document(store, d, [dataclasses.replace(r, extractor_version="test-2")])
    assert incident_of(store, "sohr-1") != first and members(store, first) == ["local-1", "reuters-1"]
    audit = incident_detail(store, first)["audit"]
    assert any(a["field"] == "incident" and a["by"] == "ana" and a["reason"] == "a different strike" for a in audit)


def test_a_merge_survives_relinking_and_a_stale_merge_is_refused(store):
    write_document(store, doc("a-1", "Strike on Idlib."), [strike("a-1")])
    far = strike("b-1", lat=36.20, lon=37.16, location="Aleppo", notes="A strike hit Aleppo.")
    write_document(store, doc("b-1", "Strike on Aleppo."), [far])
    one, two = sorted(i["id"] for i in find_incidents(store).items)
    versions = {i["id"]: i["version"] for i in find_incidents(store).items}
    with pytest.raises(StaleEdit):
        merge_incidents(store, one, two, by="ana", expected_versions={one: versions[one] - 1})
    merge_incidents(store, one, two, by="ana", reason="same raid", expected_versions=versions)
    assert [i["id"] for i in find_incidents(store).items] == [one] and members(store, one) == ["a-1", "b-1"]
    b_report = incident_detail(store, one)["reports"][1]["report_id"]
    review(store, b_report, {"latitude": "36.21"}, by="ben")  # re-links the Aleppo report
    assert members(store, one) == ["a-1", "b-1"]
    write_document(store, doc("b-1", "Strike on Aleppo."), [dataclasses.replace(far, extractor_version="test-2")])
    assert members(store, one) == ["a-1", "b-1"]
    assert {a["reason"] for a in incident_detail(store, one)["audit"]} >= {"same raid"}


def test_a_retracted_document_leaves_incidents_counts_and_exports_until_restored(store):
    first = headline(store)
    before = incident_detail(store, first)
    assert before["n_reports"] == 3 and before["fatalities_high"] == 80
    retract_document(store, "sohr-1", by="ana", reason="the outlet withdrew it")
    after = incident_detail(store, first)
    assert after["n_reports"] == 2 and after["fatalities_high"] == 62
    assert "sohr-1" not in [e["doc_id"] for e in find_events(store).items]
    assert "sohr-1" not in {r["doc_id"] for r in report_records(store)}
    assert all("sohr-1" not in str(rec["claims"]) for rec in incident_records(store))
    assert any(a["field"] == "retracted" and a["after"] is True for a in after["audit"])
    # re-extracting a retracted document keeps it out
    d, r = headline_reports()[1]
    write_document(store, d, [dataclasses.replace(r, extractor_version="test-2")])
    assert incident_detail(store, first)["n_reports"] == 2
    restore_document(store, "sohr-1", by="ben", reason="confirmed after all")
    assert incident_detail(store, first)["n_reports"] == 3
    trail = document_detail(store, "sohr-1")["audit"]
    assert [(a["after"], a["by"]) for a in trail] == [(False, "ben"), (True, "ana")]


def test_export_geojson_from_the_store(store, store_url, capsys):
    write_document(store, doc("a-1", "Strike on Idlib."), [strike("a-1", claims=(claim("SOHR", 5, doc_id="a-1"),))])
    assert main(["export", "--format", "geojson", "--db", store_url]) == 0
    out = json.loads(capsys.readouterr().out)
    (feature,) = out["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.63, 35.93]}
    assert feature["properties"]["fatalities"] == 5 and feature["properties"]["incident_id"]
