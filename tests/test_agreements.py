"""Agreements as data (issue 13): the YAML format, the store (SQLite and PostgreSQL), and suspected violations
checked per incident — a ceasefire restricting one party, a strike inside (a violation) and outside (none), an
aid convoy turned back, a text that calls an event a breach, re-checks when an agreement or an event changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from builders import doc, strike
from conflictlens.agreements.areas import date_interval, in_polygon, inside, overlaps
from conflictlens.agreements.listing import counts_per_party_day, list_violations
from conflictlens.agreements.model import Area, Party
from conflictlens.agreements.parties import match_party
from conflictlens.agreements.refresh import refresh
from conflictlens.agreements.repo import get_agreement, set_status, store_agreement
from conflictlens.agreements.yamlfile import load_agreement, parse_agreement
from conflictlens.errors import InputError
from conflictlens.models import Evidence
from conflictlens.store import write_document
from conflictlens.store.records import incident_records
from conflictlens.store.review import review

FIXTURES = Path(__file__).parent / "fixtures" / "agreements"
DAY = dt.date(2024, 3, 12)


def outside_idlib(report):
    """The same strike in Aleppo province, 60 km away."""
    return dataclasses.replace(report, admin1="Aleppo", location="Aleppo", latitude=36.2, longitude=37.16)


def convoy_denial(doc_id: str, sentence: str, actor1: str = "Houthi Movement"):
    return dataclasses.replace(
        strike(doc_id, notes=sentence, sub="Other", event_type="Strategic developments", actor1=actor1),
        actor2="", inter1=2, inter2=None, country="Yemen", iso=887, iso3="YEM", admin1="Taizz", location="Taiz",
        latitude=13.5795, longitude=44.0209, tags=("access-denied",),
    )


def ingest(store, doc_id, report, text=None):
    write_document(store, doc(doc_id, text or report.notes, source=doc_id), [report])


def test_a_strike_by_the_restricted_party_inside_the_area_and_period_is_a_suspected_violation(store):
    store_agreement(store, load_agreement(FIXTURES / "idlib-air-truce.yaml"))
    ingest(store, "in-1", strike("in-1", notes="Russian jets struck a market in Idlib city."))
    refresh(store)
    found = list_violations(store)
    assert [(v["term"], v["party"], v["event_date"]) for v in found] == [
        ("no-russian-air-strikes", "Russia", "2024-03-12")
    ]
    v = found[0]
    assert "Air/drone strike by Military Forces of Russia" in v["reason"] and "in Idlib" in v["reason"]
    assert v["evidence"][0]["sentence"] == "Russian jets struck a market in Idlib city."
    assert not v["called_violation_in_text"] and not v["proposed"]
    # copied to the incident's record in the export
    (record,) = incident_records(store)
    assert record["violations"] == [{
        "agreement_id": "idlib-air-truce-test", "term": "no-russian-air-strikes", "reason": v["reason"],
        "party": "Russia", "called_violation_in_text": False, "proposed": False,
    }]


def test_strikes_outside_the_area_or_period_or_by_an_unbound_party_are_not_violations(store):
    store_agreement(store, load_agreement(FIXTURES / "idlib-air-truce.yaml"))
    ingest(store, "out-place", outside_idlib(strike("out-place", notes="Jets struck Aleppo.")))
    ingest(store, "out-time", strike("out-time", day=dt.date(2024, 3, 25), notes="Jets struck Idlib again."))
    ingest(store, "syria", strike("syria", actor1="Military Forces of Syria", notes="Syrian jets hit Idlib."))
    refresh(store)
    assert list_violations(store) == []


def test_a_clash_between_the_parties_breaks_the_cessation_and_one_with_a_third_party_does_not(store):
    store_agreement(store, load_agreement(FIXTURES / "idlib-air-truce.yaml"))
    clash = dataclasses.replace(
        strike("clash", notes="Turkish troops clashed with HTS fighters near Idlib.", sub="Armed clash",
               event_type="Battles", actor1="Military Forces of Turkey"), actor2="Hayat Tahrir al-Sham")
    other = dataclasses.replace(clash, doc_id="other", actor2="Islamic State (Syria)", latitude=35.6,
                                longitude=36.8, location="Maarrat al-Numan")
    ingest(store, "clash", clash)
    ingest(store, "other", other, "Turkish troops fought Islamic State fighters near Maarrat al-Numan.")
    refresh(store)
    assert [(v["term"], v["party"], v["location"]) for v in list_violations(store)] == [
        ("ceasefire", "Turkey", "Idlib")
    ]


def test_an_aid_convoy_turned_back_breaks_the_access_term_of_the_party_blamed(store):
    store_agreement(store, load_agreement(FIXTURES / "taiz-access.yaml"))
    ingest(store, "convoy", convoy_denial("convoy", "Houthi fighters turned back a UN aid convoy bound for Taiz."))
    refresh(store)
    found = list_violations(store, party="Houthi Movement")
    assert [(v["term"], v["party"]) for v in found] == [("access-taiz", "Houthis")]
    assert "tagged access-denied" in found[0]["reason"] and "km from Taiz" in found[0]["reason"]
    assert list_violations(store, party="Saudi-led coalition") == []


def test_a_coalition_term_binds_its_members(store):
    store_agreement(store, load_agreement(FIXTURES / "taiz-access.yaml"))
    uae = dataclasses.replace(
        strike("uae", notes="Emirati jets bombed a bridge in Taiz.",
               actor1="Military Forces of the United Arab Emirates"),
        country="Yemen", iso=887, iso3="YEM", admin1="Taizz", location="Taiz", latitude=13.58, longitude=44.02)
    ingest(store, "uae", uae)
    refresh(store)
    (v,) = list_violations(store, party="Saudi-led coalition")
    assert v["term"] == "no-coalition-strikes" and "(member United Arab Emirates)" in v["reason"]


def test_a_text_that_calls_the_event_a_breach_is_recorded(store):
    store_agreement(store, load_agreement(FIXTURES / "taiz-access.yaml"))
    sentence = "In another breach of the truce, Houthi gunmen stormed a government post east of Taiz."
    clash = dataclasses.replace(
        convoy_denial("breach", sentence), event_type="Battles", sub_event_type="Armed clash", tags=(),
        actor2="Military Forces of Yemen")
    ingest(store, "breach", clash)
    refresh(store)
    (v,) = list_violations(store)
    assert v["term"] == "other-commitments" and v["party"] == "Houthis" and v["called_violation_in_text"]


def test_violations_follow_a_reviewed_event_and_a_changed_agreement(store):
    store_agreement(store, load_agreement(FIXTURES / "idlib-air-truce.yaml"))
    ingest(store, "in-1", strike("in-1", notes="Russian jets struck a market in Idlib city."))
    refresh(store)
    assert len(list_violations(store)) == 1
    (record,) = incident_records(store)
    review(store, record["event_id_cnty"], {"event_date": "2024-03-20"}, by="analyst")
    refresh(store)
    assert list_violations(store) == []
    ag = load_agreement(FIXTURES / "idlib-air-truce.yaml")
    store_agreement(store, dataclasses.replace(ag, end=dt.date(2024, 3, 31)))  # extended: checked again
    refresh(store)
    assert [v["event_date"] for v in list_violations(store)] == ["2024-03-20"]


def test_a_proposed_agreement_is_checked_marked_proposed_until_accepted_or_rejected(store):
    ag = dataclasses.replace(load_agreement(FIXTURES / "idlib-air-truce.yaml"), status="proposed", origin="text")
    store_agreement(store, ag)
    ingest(store, "in-1", strike("in-1", notes="Russian jets struck a market in Idlib city."))
    refresh(store)
    assert [v["proposed"] for v in list_violations(store)] == [True]
    set_status(store, ag.id, "accepted", by="analyst")
    refresh(store)
    assert [v["proposed"] for v in list_violations(store)] == [False]
    set_status(store, ag.id, "rejected", by="analyst")
    refresh(store)
    assert list_violations(store) == [] and get_agreement(store, ag.id).status == "rejected"


def test_counts_per_party_per_day():
    rows = [{"party": "A", "event_date": "2024-03-12", "incident_id": "1"},
            {"party": "A", "event_date": "2024-03-12", "incident_id": "2"},
            {"party": "A", "event_date": "2024-03-12", "incident_id": "2"},
            {"party": "B", "event_date": "2024-03-13", "incident_id": "3"}]
    assert [(c["party"], c["event_date"], c["violations"]) for c in counts_per_party_day(rows)] == [
        ("A", "2024-03-12", 2), ("B", "2024-03-13", 1)]


def test_a_month_precision_date_overlaps_when_any_day_of_the_month_does():
    assert overlaps(date_interval(dt.date(2024, 3, 15), 3), dt.date(2024, 3, 30), None)
    assert not overlaps(date_interval(dt.date(2024, 3, 15), 1), dt.date(2024, 3, 30), None)
    assert overlaps(date_interval(dt.date(2024, 3, 15), 2), dt.date(2024, 3, 18), dt.date(2024, 3, 20))


def test_inside_a_polygon_a_province_or_a_named_place_and_never_by_a_province_capital_point():
    square = (((36.0, 35.0), (37.0, 35.0), (37.0, 36.0), (36.0, 36.0), (36.0, 35.0)),)
    assert in_polygon(36.5, 35.5, square) and not in_polygon(37.5, 35.5, square)
    area = Area(polygons=(square,))
    where = dict(iso3="SYR", country="Syria", admin1="Idlib", latitude=35.5, longitude=36.5)
    assert inside(area, geo_precision=1, **where) == "inside the polygon"
    assert inside(area, geo_precision=3, **where) == ""  # a province-level event is not at the capital's point
    assert inside(Area(admin1=("Idlib",)), geo_precision=3, **where) == "in Idlib"


def test_parties_match_actors_by_canonical_names_and_aliases():
    assert match_party(Party("Houthis"), "Houthi Movement") == "itself"
    assert match_party(Party("Government of Ukraine"), "Military Forces of Ukraine (2014-2019)") == "itself"
    assert match_party(Party("RSF"), "Rapid Support Forces") == "itself"
    assert match_party(Party("Saudi-led coalition"), "Military Forces of Saudi Arabia") == "member Saudi"
    assert match_party(Party("Houthis"), "Military Forces of Yemen") == ""


def test_a_state_named_by_its_forces_own_name_is_that_state():
    """Dictionary entries for a state's own forces ("IDF", "Frontier Corps") are the state, not a group; a
    faction in brackets stays a party of its own."""
    assert match_party(Party("ANDSF"), "Military Forces of Afghanistan") == "itself"
    assert match_party(Party("Government of Afghanistan"), "Military Forces of Afghanistan (2014-)") == "itself"
    assert match_party(Party("India"), "Police Forces of India") == "itself"
    assert match_party(Party("GNA"), "Military Forces of Libya") == ""


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"parties": ["A"], "start": "2024-01-01", "terms": ["other"]}, "no name"),
        ({"name": "x", "parties": ["A"], "start": "2024-01-01", "terms": ["no_drones_please"]}, "unknown term kind"),
        ({"name": "x", "parties": ["A"], "start": "soon", "terms": ["other"]}, "not a date"),
        ({"name": "x", "parties": ["A"], "start": "2024-01-01", "terms": [{"kind": "other", "parties": ["B"]}]},
         "not a party"),
        ({"name": "x", "parties": ["A"], "start": "2024-01-01", "area": {"countries": ["Atlantis"]},
          "terms": ["other"]}, "unknown country"),
    ],
)
def test_a_bad_agreement_file_says_what_is_wrong(data, words):
    with pytest.raises(InputError, match=words):
        parse_agreement(data)


def test_the_cli_adds_lists_shows_and_lists_violations(tmp_path, capsys):
    from conflictlens.cli import main
    from conflictlens.store import open_store

    url = f"sqlite:///{tmp_path / 'events.db'}"
    with open_store(url) as store:
        ingest(store, "in-1", strike("in-1", notes="Russian jets struck a market in Idlib city."))
    assert main(["agreements", "add", str(FIXTURES / "idlib-air-truce.yaml"), "--db", url]) == 0
    assert "suspected violations: 1" in capsys.readouterr().out
    assert main(["agreements", "list", "--db", url]) == 0
    assert "idlib-air-truce-test: Idlib air truce (test) | 2024-03-10 to 2024-03-17" in capsys.readouterr().out
    assert main(["agreements", "show", "idlib-air-truce-test", "--db", url]) == 0
    assert "term no-russian-air-strikes: no_air_strikes" in capsys.readouterr().out
    assert main(["violations", "--format", "jsonl", "--party", "Military Forces of Russia", "--db", url]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["record_type"] for r in lines] == ["violation", "violation_count"]
    assert lines[1] == {"record_type": "violation_count", "party": "Russia", "event_date": "2024-03-12",
                        "violations": 1}
    assert main(["violations", "--country", "Syria", "--until", "2024-03-12", "--db", url]) == 0
    assert "idlib-air-truce-test  Russia: 1 incidents, 0 fatalities" in capsys.readouterr().out
    assert main(["violations", "--since", "2024-03-13", "--db", url]) == 0
    assert capsys.readouterr().out.strip() == "no suspected violations"
    assert main(["violations", "--since", "March", "--db", url]) == 2
    assert main(["agreements", "add", str(tmp_path / "missing.yaml"), "--db", url]) == 3
    assert main(["agreements", "accept", "nope", "--by", "me", "--db", url]) == 2


def test_evidence_sentence_after_the_event_can_call_it_a_breach(store):
    store_agreement(store, load_agreement(FIXTURES / "taiz-access.yaml"))
    first = "Houthi gunmen stormed a government post east of Taiz on Tuesday."
    text = first + " The government called the assault a flagrant violation of the truce."
    clash = dataclasses.replace(
        convoy_denial("after", first), event_type="Battles", sub_event_type="Armed clash", tags=(),
        actor2="Military Forces of Yemen", evidence=(Evidence("after", None, first, 0, len(first)),))
    ingest(store, "after", clash, text)
    refresh(store)
    assert [v["called_violation_in_text"] for v in list_violations(store)] == [True]


def _incident_of(store, doc_id: str) -> int:
    from sqlalchemy import select

    from conflictlens.store.schema import reports

    with store.read() as conn:
        return conn.execute(select(reports.c.incident_id).where(reports.c.doc_id == doc_id)).scalar_one()


def _idlib_week(store) -> None:
    """Two Russian strikes inside the Idlib air truce (7 and 3 killed), a Turkish clash with a third party inside
    it (the truce binds Turkey but protects only HTS from it), and a Russian strike outside it, in Aleppo."""
    from builders import claim

    store_agreement(store, load_agreement(FIXTURES / "idlib-air-truce.yaml"))
    ingest(store, "in-1", strike("in-1", notes="Russian jets struck a market in Idlib city.",
                                 claims=(claim("SOHR", 7, doc_id="in-1"),)))
    ingest(store, "in-2", strike("in-2", day=dt.date(2024, 3, 16), lat=35.64, lon=36.67, location="Maarrat al-Numan",
                                 notes="Russian jets bombed a bakery in Maarrat al-Numan.",
                                 claims=(claim("SOHR", 3, doc_id="in-2"),)))
    clash = dataclasses.replace(
        strike("clash", day=dt.date(2024, 3, 14), notes="Turkish troops fought Islamic State fighters near Sarmada.",
               sub="Armed clash", event_type="Battles", actor1="Military Forces of Turkey", lat=36.18, lon=36.71,
               location="Sarmada"), actor2="Islamic State (Syria)")
    ingest(store, "clash", clash)
    ingest(store, "aleppo", outside_idlib(strike("aleppo", notes="Russian jets struck Aleppo.")))
    refresh(store)


def test_violations_follow_the_dashboard_filters_and_count_incidents_and_fatalities_per_party(store):
    from conflictlens.agreements.listing import counts_per_party
    from conflictlens.store.search import Filters

    _idlib_week(store)
    everything = list_violations(store)
    assert [(v["party"], v["location"], v["fatalities"], v["iso3"]) for v in everything] == [
        ("Russia", "Idlib", 7, "SYR"), ("Russia", "Maarrat al-Numan", 3, "SYR")]
    (count,) = counts_per_party(everything)
    assert (count["agreement_id"], count["party"], count["incidents"], count["fatalities"]) == (
        "idlib-air-truce-test", "Russia", 2, 10)
    assert (count["first"], count["last"], count["called_in_text"]) == ("2024-03-12", "2024-03-16", 0)
    later = list_violations(store, flt=Filters(since=dt.date(2024, 3, 13)))
    assert [(c["incidents"], c["fatalities"]) for c in counts_per_party(later)] == [(1, 3)]
    assert len(list_violations(store, flt=Filters(country="Syria"))) == 2
    assert len(list_violations(store, flt=Filters(country="syr", until=dt.date(2024, 3, 12)))) == 1
    assert list_violations(store, flt=Filters(country="IRQ")) == []


def test_an_incidents_agreements_say_which_bind_it_and_which_it_is_suspected_of_breaking(store):
    from conflictlens.agreements.incident import incident_agreements
    from conflictlens.errors import NotFound

    _idlib_week(store)
    (broken,) = incident_agreements(store, _incident_of(store, "in-1"))
    assert broken["agreement_id"] == "idlib-air-truce-test" and broken["violation"]
    assert broken["where"] == "in Idlib" and broken["when"].startswith("2024-03-12 within 2024-03-10")
    assert {"party": "Russia", "actor": "Military Forces of Russia", "role": "did it"} in broken["bound"]
    (v,) = broken["violations"]
    assert (v["term"], v["kind"], v["party"]) == ("no-russian-air-strikes", "no_air_strikes", "Russia")
    assert v["description"] == "No Russian air strikes on Idlib province" and "Air/drone strike" in v["reason"]
    (kept,) = incident_agreements(store, _incident_of(store, "clash"))
    assert not kept["violation"] and kept["violations"] == []
    assert [(b["party"], b["role"]) for b in kept["bound"]] == [("Turkey", "did it")]
    assert incident_agreements(store, _incident_of(store, "aleppo")) == []  # outside the area: none applies
    with pytest.raises(NotFound):
        incident_agreements(store, 999_999)


def test_an_area_named_in_another_spelling_of_its_province_holds_the_event() -> None:
    """A truce over "Idlib" holds an event coded in "Idleb" (ACLED's spelling); "Nineveh" one in "Ninewa"."""
    from conflictlens.agreements.areas import inside
    from conflictlens.agreements.model import Area

    for written, coded in (("Idlib", "Idleb"), ("Nineveh", "Ninewa"), ("North Kivu", "Nord-Kivu")):
        area = Area(admin1=(written,))
        assert inside(area, iso3="", country="", admin1=coded, latitude=None, longitude=None, geo_precision=3)
    assert not inside(Area(admin1=("Idlib",)), iso3="", country="", admin1="Hama", latitude=None, longitude=None,
                      geo_precision=3)
