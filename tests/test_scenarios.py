"""Three end-to-end scenarios from different conflicts, each from articles written for the tests and one
agreement file (issue 13): the right suspected violations, access denials and control changes come out, on
SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from builders import HOUTHI_FORCES
from conflictlens.agreements.control import control_timeline
from conflictlens.agreements.harm import harm_table
from conflictlens.agreements.listing import counts_per_party_day, list_violations
from conflictlens.agreements.refresh import refresh
from conflictlens.agreements.repo import store_agreement
from conflictlens.agreements.yamlfile import load_agreement
from conflictlens.ingest import read_inputs
from conflictlens.store import write_document
from conflictlens.store.records import incident_records

SCENARIOS = Path(__file__).parent / "fixtures" / "scenarios"


def load(store, extractor, name: str) -> None:
    for item in read_inputs([str(SCENARIOS / f"{name}-1.txt")]):
        result = extractor.code(item)
        write_document(store, item, result.reports, result.tallies)
    store_agreement(store, load_agreement(SCENARIOS / f"{name}.yaml"))
    refresh(store)


def found(store) -> list[tuple[str, str, str, str, bool]]:
    return [(v["event_date"], v["term"], v["party"], v["location"], v["called_violation_in_text"])
            for v in list_violations(store)]


def test_yemen_port_truce_access_denied_and_a_coalition_strike_inside_the_zone(store, extractor):
    load(store, extractor, "yemen")
    assert found(store) == [
        ("2024-04-19", "port-access", "Houthis", "Hodeida", True),
        ("2024-04-20", "ceasefire", "Saudi-led coalition", "Hodeida", False),
        ("2024-04-20", "no-air-strikes", "Saudi-led coalition", "Hodeida", False),
    ]  # the strike in Saada, outside the 30 km zone, breaks nothing
    access = [r for r in incident_records(store) if "access-denied" in r["tags"]]
    assert [(r["actor1"], r["location"]) for r in access] == [(HOUTHI_FORCES, "Hodeida")]
    counts = counts_per_party_day(list_violations(store))
    assert [(c["party"], c["event_date"], c["violations"]) for c in counts] == [
        ("Houthis", "2024-04-19", 1), ("Saudi-led coalition", "2024-04-20", 1)]


def test_ukraine_heavy_weapons_line_shelling_inside_the_polygon_and_control_of_a_village(store, extractor):
    load(store, extractor, "ukraine")
    assert found(store) == [
        ("2015-09-09", "heavy-weapons", "Donetsk People's Republic", "Marinka", False),
        ("2015-09-10", "no-advance", "Ukraine", "Shyrokyne", False),
        ("2015-09-11", "no-advance", "Donetsk People's Republic", "Shyrokyne", False),
    ]  # the mortar fire in Kramatorsk, outside the polygon, breaks nothing
    (marinka,) = list_violations(store, party="DNR", agreement="heavy-weapons-line")[:1]
    assert "'122-mm'" in marinka["reason"] and "inside the polygon" in marinka["reason"]
    timeline = control_timeline(store, "Shyrokyne")
    assert [(str(c.event_date), c.gained_by) for c in timeline] == [
        ("2015-09-10", "Military Forces of Ukraine"), ("2015-09-11", "Donetsk People's Republic")]


def test_sudan_humanitarian_truce_strike_called_a_violation_convoy_blocked_and_darfur_outside(store, extractor):
    load(store, extractor, "sudan")
    assert found(store) == [
        ("2023-05-24", "ceasefire", "Sudanese army", "Khartoum", True),
        ("2023-05-25", "aid-passage", "RSF", "Khartoum North", False),
    ]  # the attack in El Fasher (North Darfur) is outside the truce's area
    (rsf,) = harm_table(store, actor="Rapid Support Forces")
    assert (rsf.incidents, rsf.killed_min, rsf.killed_max) == (1, 0, 5)  # one weak source: only in the maximum


def test_eval_scores_agreements_and_the_violations_reported(extractor):
    from conflictlens.evaluation.agreements import agreement_counts
    from conflictlens.evaluation.gold import GoldDoc

    (item,) = list(read_inputs([str(SCENARIOS / "sudan-1.txt")]))
    gold = {"name": "Khartoum truce", "parties": ["Military Forces of Sudan", "Rapid Support Forces"],
            "start": "2023-05-22", "end": "2023-05-29",
            "terms": ["stop attacks", "free movement of humanitarian convoys"],
            "violations_reported": ["army air strikes in southern Khartoum (2023-05-24)",
                                    "aid convoy blocked in Khartoum North (2023-05-25)",
                                    "a strike nobody reported (2023-05-27)", "monitors noted violations"]}
    gd = GoldDoc(doc=item, events=({"country": "Sudan"},), labels={"agreements": [gold]})
    c = agreement_counts(gd, extractor.code(item).reports)
    assert (c["ag_gold"], c["ag_pred"], c["ag_tp"]) == (1, 0, 0)  # the text names no truce of its own
    assert (c["vr_gold"], c["vr_hit"]) == (3, 2)
    # the country-wide gold truce also binds the RSF attack in El Fasher, a day from a reported violation
    assert c["vp_hit"] == c["vp_pred"] == 3
