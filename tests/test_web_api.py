"""The REST API through FastAPI's in-process client, on SQLite and PostgreSQL: filters, cursor pages,
GeoJSON, one incident with its evidence, writes with tokens and stale versions, one error shape, the
ACLED-style read endpoint, downloads, and hostile strings shown as text on every page."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from builders import DAY, claim, damascus_protest, doc, headline_reports, strike
from conflictlens.cli import main
from conflictlens.models import Document, Evidence
from conflictlens.store import write_document
from conflictlens.store.schema import api_tokens
from conflictlens.store.tokens import create_token
from conflictlens.web import create_app
from conflictlens.web.common import WebSettings

HOSTILE = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>']


def fill(store) -> None:
    for d, r in headline_reports():
        write_document(store, d, [r])
    protest = damascus_protest()
    write_document(
        store,
        doc("afp-9", "Hundreds marched.", source="AFP"),
        [dataclasses.replace(protest, admin1="Damascus", inter1=6)],
    )


@pytest.fixture
def client(store):
    fill(store)
    with TestClient(create_app(store)) as c:
        yield c


def test_incidents_filter_page_and_geojson(client):
    everything = client.get("/api/incidents").json()
    assert len(everything["items"]) == 2 and everything["next_cursor"] is None
    protests = client.get("/api/incidents", params={"event_type": "Protests"}).json()["items"]
    assert [i["location"] for i in protests] == ["Damascus"]  # the lead report's place comes along
    first = client.get("/api/incidents", params={"limit": 1}).json()
    second = client.get("/api/incidents", params={"limit": 1, "cursor": first["next_cursor"]}).json()
    assert first["next_cursor"] and second["next_cursor"] is None
    assert {first["items"][0]["id"], second["items"][0]["id"]} == {i["id"] for i in everything["items"]}
    geo = client.get("/api/incidents", params={"format": "geojson", "contested": "true"}).json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 1
    assert geo["features"][0]["geometry"]["coordinates"] == [36.63, 35.93]
    assert (
        client.get("/api/events", params={"q": "marched", "format": "geojson"}).json()["features"][0]["properties"][
            "doc_id"
        ]
        == "afp-9"
    )


def test_incident_has_claims_evidence_link_explanation(client):
    inc = [i for i in client.get("/api/incidents").json()["items"] if i["n_reports"] == 3][0]
    detail = client.get(f"/api/incidents/{inc['id']}").json()
    claimants = {c["claimant"] for r in detail["reports"] for c in r["claims"]}
    assert claimants == {"Syrian Health Ministry", "Syrian Observatory for Human Rights", "local residents"}
    assert all(r["evidence"] and r["link"] for r in detail["reports"])
    assert sum(1 for r in detail["reports"] if r["link"]["features"].get("new_incident")) == 1
    assert {d["doc_id"] for d in detail["documents"]} == {"reuters-1", "sohr-1", "local-1"}
    assert (detail["fatalities_low"], detail["fatalities_best"], detail["fatalities_high"]) == (12, 62, 80)


def test_stats_map_actors_places_documents(client):
    stats = client.get("/api/stats", params={"by": "week", "stack": "event_type"}).json()
    assert {(s["stack"], s["count"]) for s in stats} == {("Explosions/Remote violence", 1), ("Protests", 1)}
    points = client.get("/api/map/points", params={"country": "SYR"}).json()
    assert points["total"] == 2 and len(points["points"][0]) == len(points["columns"])
    assert client.get("/api/actors", params={"prefix": "prot"}).json() == [{"name": "Protesters (Syria)", "reports": 1}]
    assert client.get("/api/places", params={"prefix": "dam"}).json()[0]["name"] == "Damascus"
    docs = client.get("/api/documents").json()
    assert [d["doc_id"] for d in docs][:2] == ["reuters-1", "sohr-1"]
    assert "Observatory" in client.get("/api/documents/sohr-1").json()["text"]


def test_review_write_stale_edit_and_audit(client):
    event = client.get("/api/events", params={"q": "marched"}).json()["items"][0]
    ok = client.post(
        f"/api/events/{event['id']}/review",
        json={"changes": {"fatalities": 2}, "by": "ana", "reason": "two died", "version": event["version"]},
    )
    assert ok.status_code == 200 and ok.json()["version"] == event["version"] + 1
    stale = client.post(
        f"/api/events/{event['id']}/review",
        json={"changes": {"fatalities": 3}, "by": "ben", "version": event["version"]},
    )
    assert stale.status_code == 409
    body = stale.json()["error"]
    assert body["code"] == "stale" and body["current"]["fatalities"] == 2
    detail = client.get(f"/api/incidents/{ok.json()['incident_ids'][0]}").json()
    assert [r["fatalities"] for r in detail["reports"]] == [2]
    assert (detail["fatalities"], detail["fatalities_best"]) == (2, 2)  # the reviewer's figure counts
    assert [(f["value"], f["by"]) for f in detail["reports"][0]["reviewed_figures"]] == [(2, "ana")]
    page = client.get(f"/incidents/{detail['id']}").text
    assert 'id="reviewed-figures"' in page and "reviewer ana" in page
    assert [(a["field"], a["before"], a["after"], a["by"], a["reason"]) for a in detail["audit"]] == [
        ("fatalities", 0, 2, "ana", "two died")
    ]


def test_merge_split_retract_restore_through_the_api(client):
    ids = sorted(i["id"] for i in client.get("/api/incidents").json()["items"])
    merged = client.post(f"/api/incidents/{ids[0]}/merge", json={"other": ids[1], "by": "ana", "reason": "same day"})
    assert merged.status_code == 200
    assert [i["id"] for i in client.get("/api/incidents").json()["items"]] == [ids[0]]
    afp = client.get("/api/events", params={"q": "marched"}).json()["items"][0]
    assert client.post(f"/api/events/{afp['id']}/split", json={"by": "ana"}).status_code == 200
    assert len(client.get("/api/incidents").json()["items"]) == 2
    assert client.post("/api/documents/sohr-1/retract", json={"by": "ana", "reason": "withdrawn"}).status_code == 200
    assert "sohr-1" not in {e["doc_id"] for e in client.get("/api/events").json()["items"]}
    again = client.post("/api/documents/sohr-1/retract", json={"by": "ana"})
    assert again.status_code == 400 and again.json()["error"]["message"].endswith("already retracted")
    assert client.post("/api/documents/sohr-1/restore", json={"by": "ben"}).status_code == 200
    assert client.post("/api/events/SYR999/split", json={"by": "ana"}).status_code == 404


def test_writes_need_a_token_once_one_exists(store):
    fill(store)
    event_id = 1
    with TestClient(create_app(store)) as c:
        assert (
            c.post(f"/api/events/{event_id}/review", json={"changes": {"notes": "open"}, "by": "ana"}).status_code
            == 200
        )
        token = create_token(store, "ana")
        refused = c.post(f"/api/events/{event_id}/review", json={"changes": {"notes": "x"}, "by": "ana"})
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "unauthorized"
        wrong = c.post(
            f"/api/events/{event_id}/review",
            json={"changes": {"notes": "x"}, "by": "ana"},
            headers={"Authorization": "Bearer cl_wrong"},
        )
        assert wrong.status_code == 401
        good = c.post(
            f"/api/events/{event_id}/review",
            json={"changes": {"notes": "x"}, "by": "ana"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert good.status_code == 200
        assert c.get("/api/incidents").status_code == 200  # reads stay open
    with store.read() as conn:
        stored = conn.execute(select(api_tokens.c.token_hash)).scalar_one()
    assert stored == hashlib.sha256(token.encode()).hexdigest() and token not in stored
    with TestClient(create_app(store, WebSettings(private=True))) as c:
        assert c.get("/api/incidents").status_code == 401
        assert c.get("/api/acled/read").status_code == 401
        assert c.get("/api/incidents", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        assert c.post("/login", data={"token": token}, follow_redirects=False).status_code == 303
        assert c.get("/").status_code == 200  # the cookie the login set


def test_one_error_shape_cors_off_and_openapi(client):
    for url, status in (
        ("/api/incidents/999", 404),
        ("/api/incidents?limit=0", 422),
        ("/api/incidents?cursor=!!", 400),
        ("/api/nowhere", 404),
        ("/api/stats?by=colour", 422),
    ):
        r = client.get(url)
        assert r.status_code == status, url
        assert set(r.json()["error"]) == {"status", "code", "message", "hint", "current"}, url
    bad = client.post("/api/events/1/review", json={"changes": {"fatalities": "many"}, "by": "ana"})
    assert bad.status_code == 400 and "fatalities" in bad.json()["error"]["message"]
    pre = client.options(
        "/api/incidents", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "GET"}
    )
    assert "access-control-allow-origin" not in pre.headers
    assert (
        "access-control-allow-origin"
        not in client.get("/api/incidents", headers={"Origin": "http://evil.example"}).headers
    )
    spec = client.get("/api/openapi.json").json()
    assert {"/api/incidents", "/api/incidents/{incident_id}", "/api/acled/read", "/api/stats", "/api/export"} <= set(
        spec["paths"]
    )


def test_acled_read_conventions(client):
    r = client.get(
        "/api/acled/read",
        params={
            "key": "k",
            "email": "me@example.org",
            "country": "Syria",
            "event_date": f"{DAY}|{DAY}",
            "event_date_where": "BETWEEN",
            "fields": "event_id_cnty|event_date|event_type|inter1|fatalities",
        },
    )
    body = r.json()
    assert body["status"] == 200 and body["success"] is True and body["count"] == 2
    assert set(body["data"][0]) == {"event_id_cnty", "event_date", "event_type", "inter1", "fatalities"}
    assert {row["inter1"] for row in body["data"]} == {"8", "6"}  # numeric inter codes, as strings like ACLED's
    assert client.get("/api/acled/read", params={"event_type": "Protests|Riots"}).json()["count"] == 1
    assert client.get("/api/acled/read", params={"iso": "760", "actor1": "russia"}).json()["count"] == 1
    assert (
        client.get("/api/acled/read", params={"sub_event_type": "Air/drone strike"}).json()["data"][0]["fatalities"]
        == "12"
    )
    pages = [client.get("/api/acled/read", params={"limit": 1, "page": p}).json()["data"] for p in (1, 2, 3)]
    assert [len(p) for p in pages] == [1, 1, 0] and pages[0] != pages[1]
    rows = list(
        csv.DictReader(io.StringIO(client.get("/api/acled/read", params={"_format": "csv", "country": "Syria"}).text))
    )
    assert len(rows) == 2 and rows[0]["iso"] == "760"
    assert client.get("/api/acled/read", params={"event_date": "yesterday"}).status_code == 400


def test_downloads_follow_the_filters(client):
    csv_text = client.get("/api/export", params={"format": "acled-csv", "event_type": "Protests"}).text
    assert [r["location"] for r in csv.DictReader(io.StringIO(csv_text))] == ["Damascus"]
    lines = client.get("/api/export", params={"format": "jsonl", "level": "report"}).text.splitlines()
    assert len(lines) == 4 and json.loads(lines[0])["doc_id"]
    geo = client.get("/api/export", params={"format": "geojson", "contested": "true"})
    assert geo.headers["content-disposition"].startswith("attachment") and len(geo.json()["features"]) == 1


def test_hostile_strings_are_shown_as_text_everywhere(store):
    bad_a, bad_b = HOSTILE
    text = f"Gunmen {bad_a} attacked {bad_b} the village."
    document = Document(doc_id="evil-1", text=text, url="javascript:alert(1)", source=bad_b, title=bad_a, published=DAY)
    report = dataclasses.replace(
        strike("evil-1", claims=(claim(bad_b, 3, doc_id="evil-1"),), notes=bad_a, actor1=bad_b),
        evidence=(Evidence(doc_id="evil-1", url=None, sentence=text, start=0, end=len(text)),),
        location=bad_a,
    )
    write_document(store, document, [report])
    with TestClient(create_app(store)) as c:
        c.post("/api/events/1/review", json={"changes": {"notes": bad_b}, "by": bad_a, "reason": bad_b})
        for url in ("/", "/incidents/1", "/documents/1", f"/?actor={bad_b}"):
            html = c.get(url).text
            for bad in HOSTILE:
                assert bad not in html, url
            assert "&lt;script&gt;" in html or "&#34;&gt;&lt;img" in html, url
            assert 'href="javascript:' not in html
        assert "script-src 'self'" in c.get("/").headers["content-security-policy"]


def test_token_command_and_serve_warning(store_url, capsys, monkeypatch):
    assert main(["token", "create", "ana", "--db", store_url]) == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith("cl_") and len(token) > 30
    assert main(["token", "create", "ana", "--db", store_url]) == 2  # one token a name
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    assert main(["token", "revoke", "ana", "--db", store_url]) == 0
    assert main(["serve", "--host", "0.0.0.0", "--port", "8123", "--db", store_url]) == 0
    assert "warning: listening on 0.0.0.0 with no API token" in capsys.readouterr().err
    assert calls == [{"host": "0.0.0.0", "port": 8123, "log_level": "warning"}]
    assert main(["serve", "--db", store_url]) == 0
    assert "warning" not in capsys.readouterr().err


def test_pages_work_and_say_so_without_the_npm_assets(client, monkeypatch, tmp_path):
    import conflictlens.web.common as common

    monkeypatch.setattr(common, "VENDOR", tmp_path / "no-vendor")
    html = client.get("/").text
    assert 'id="assets-missing"' in html and "/static/vendor/" not in html
    assert "Damascus" in html  # the incident list is rendered on the server
    assert client.get("/api/meta").json()["assets_missing"]
    inc = client.get("/api/incidents").json()["items"][0]["id"]
    assert "Review" in client.get(f"/incidents/{inc}").text


def test_an_empty_filter_form_means_no_filter(client):
    blank = "since=&until=&country=&admin1=&event_type=&sub_event_type=&actor=&q=&min_confidence=&bbox="
    assert client.get("/?" + blank).status_code == 200
    assert len(client.get("/api/incidents?" + blank).json()["items"]) == 2
    assert client.get("/api/incidents?since=2024-02-30").status_code == 422
