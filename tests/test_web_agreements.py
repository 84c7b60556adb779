"""The agreements in the web app (issue 13), through FastAPI's in-process client on SQLite and PostgreSQL: the
violations API with per-party counts and the dashboard's filters, an incident's agreements (a suspected
violation flagged with its term and party, none applying said plainly), the violations page, a review in the
web re-checking violations, and hostile strings in agreement names, parties and terms shown as text."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from builders import claim, doc, strike
from conflictlens.agreements.refresh import refresh
from conflictlens.agreements.repo import store_agreement
from conflictlens.agreements.yamlfile import parse_agreement
from conflictlens.store import write_document
from conflictlens.store.schema import reports
from conflictlens.web import create_app

HOSTILE = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>']
AGREEMENT_ID = 'march-truce"><u>'


def fill(store) -> None:
    """A March truce in Syria whose coalition party (a hostile name) has Russia as a member; two Russian
    strikes inside it (7 and 3 killed), a Turkish clash inside it, one strike in Iraq (outside its area)."""
    store_agreement(store, parse_agreement({
        "id": AGREEMENT_ID, "name": HOSTILE[0] + " March truce",
        "parties": [{"name": HOSTILE[1], "members": ["Russia"]}, "Turkey"],
        "area": {"countries": ["Syria"]}, "start": "2024-03-01", "end": "2024-03-31",
        "terms": [{"id": "no-strikes", "kind": "no_air_strikes", "description": "No air strikes " + HOSTILE[0]}],
    }))
    one = strike("s-1", notes="Russian jets struck a market in Idlib city.", claims=(claim("SOHR", 7, doc_id="s-1"),))
    two = strike("s-2", day=dt.date(2024, 3, 20), lat=35.64, lon=36.67, location="Maarrat al-Numan",
                 notes="Russian jets bombed a bakery in Maarrat al-Numan.", claims=(claim("SOHR", 3, doc_id="s-2"),))
    clash = dataclasses.replace(
        strike("clash", day=dt.date(2024, 3, 14), notes="Turkish troops fought Islamic State fighters near Sarmada.",
               sub="Armed clash", event_type="Battles", actor1="Military Forces of Turkey", lat=36.18, lon=36.71,
               location="Sarmada"), actor2="Islamic State (Syria)")
    iraq = dataclasses.replace(
        strike("iraq", day=dt.date(2024, 3, 18), notes="Russian jets struck a depot near Mosul.", lat=36.34,
               lon=43.13, location="Mosul"), country="Iraq", iso=368, iso3="IRQ", admin1="Ninewa")
    for report in (one, two, clash, iraq):
        write_document(store, doc(report.doc_id, report.notes, source=report.doc_id), [report])
    refresh(store)


def incident_of(store, doc_id: str) -> int:
    with store.read() as conn:
        return conn.execute(select(reports.c.incident_id).where(reports.c.doc_id == doc_id)).scalar_one()


@pytest.fixture
def client(store):
    fill(store)
    with TestClient(create_app(store)) as c:
        yield c


def test_violations_with_per_party_counts_follow_the_filters(client):
    body = client.get("/api/violations").json()
    assert [(v["party"], v["location"], v["fatalities"]) for v in body["items"]] == [
        (HOSTILE[1], "Idlib", 7), (HOSTILE[1], "Maarrat al-Numan", 3)]
    (count,) = body["parties"]
    assert (count["agreement_id"], count["party"], count["incidents"], count["fatalities"]) == (
        AGREEMENT_ID, HOSTILE[1], 2, 10)
    assert [(d["event_date"], d["violations"]) for d in body["days"]] == [("2024-03-12", 1), ("2024-03-20", 1)]
    later = client.get("/api/violations", params={"since": "2024-03-15", "country": "SYR"}).json()
    assert [(c["incidents"], c["fatalities"]) for c in later["parties"]] == [(1, 3)]
    assert client.get("/api/violations", params={"country": "Iraq"}).json()["items"] == []
    assert client.get("/api/violations", params={"party": HOSTILE[1]}).json()["parties"] == [count]
    assert client.get("/api/violations", params={"party": "Turkey"}).json()["items"] == []
    assert client.get("/api/violations", params={"agreement": "no-such"}).json() == {
        "items": [], "parties": [], "days": []}
    bad = client.get("/api/violations", params={"since": "March"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid"
    (listed,) = client.get("/api/agreements").json()
    assert listed["agreement_id"] == AGREEMENT_ID and listed["violations"] == 2


def test_an_incidents_agreements_flag_a_violation_or_say_none_applies(client, store):
    (broken,) = client.get(f"/api/incidents/{incident_of(store, 's-1')}/agreements").json()
    assert broken["agreement_id"] == AGREEMENT_ID and broken["violation"] is True
    (v,) = broken["violations"]
    assert (v["term"], v["kind"], v["party"]) == ("no-strikes", "no_air_strikes", HOSTILE[1])
    assert "(member Russia)" in v["reason"]
    assert broken["bound"] == [{"party": HOSTILE[1], "actor": "Military Forces of Russia (member Russia)",
                                "role": "did it"}]
    (kept,) = client.get(f"/api/incidents/{incident_of(store, 'clash')}/agreements").json()
    assert kept["violation"] is False and [b["party"] for b in kept["bound"]] == ["Turkey"]
    assert client.get(f"/api/incidents/{incident_of(store, 'iraq')}/agreements").json() == []
    missing = client.get("/api/incidents/999999/agreements")
    assert missing.status_code == 404 and set(missing.json()["error"]) == {"status", "code", "message", "hint",
                                                                           "current"}


def test_the_incident_page_has_the_agreements_panel(client, store):
    page = client.get(f"/incidents/{incident_of(store, 's-1')}").text
    panel = page.split('id="agreements"', 1)[1].split("</section>", 1)[0]
    assert "suspected violation" in panel and "no-strikes" in panel and "Military Forces of Russia" in panel
    assert 'href="/violations?agreement=march-truce%22%3E%3Cu%3E"' in panel
    clash = client.get(f"/incidents/{incident_of(store, 'clash')}").text
    assert "no violation found" in clash and 'class="badge violation"' not in clash
    iraq = client.get(f"/incidents/{incident_of(store, 'iraq')}").text
    assert 'id="no-agreements"' in iraq and "No agreement (stored or proposed from the news) was in force" in iraq


def test_the_violations_page_counts_per_party_and_keeps_the_filters(client):
    page = client.get("/violations").text
    counts = page.split('class="party-counts"', 1)[1].split("</table>", 1)[0]
    assert '<td class="incidents">2</td><td class="fatalities">10</td>' in counts
    assert page.count('<tr class="violation"') == 2 and 'href="/incidents/' in page
    filtered = client.get("/violations", params={"since": "2024-03-15", "country": "Syria"}).text
    assert filtered.count('<tr class="violation"') == 1 and 'value="2024-03-15"' in filtered
    assert 'href="/?since=2024-03-15&amp;country=Syria"' in filtered  # the same filters on the map
    none = client.get("/violations", params={"country": "Iraq"}).text
    assert "No suspected violation of this agreement for these filters." in none
    assert 'id="nav-violations" href="/violations?country=Iraq"' in client.get("/", params={"country": "Iraq"}).text


def test_hostile_agreement_strings_are_text_on_every_page(client, store):
    pages = [client.get("/violations").text, client.get(f"/incidents/{incident_of(store, 's-1')}").text,
             client.get(f"/violations?agreement={AGREEMENT_ID}").text]
    for html in pages:
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "<u>" not in html
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
        assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


def test_a_review_in_the_web_checks_the_incidents_violations_again(client, store):
    with store.read() as conn:
        event_id = conn.execute(select(reports.c.event_id_cnty).where(reports.c.doc_id == "s-1")).scalar_one()
    answer = client.post(f"/api/events/{event_id}/review",
                         json={"changes": {"event_date": "2024-04-02"}, "by": "tester", "reason": "after the truce"})
    assert answer.status_code == 200, answer.text
    assert [v["location"] for v in client.get("/api/violations").json()["items"]] == ["Maarrat al-Numan"]
    assert client.get(f"/api/incidents/{incident_of(store, 's-1')}/agreements").json() == []
