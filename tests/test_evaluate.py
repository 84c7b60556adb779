"""Matching rule, each score on hand-built gold/prediction pairs, bootstrap intervals, the gate."""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conflictlens.evaluation import gate as gate_mod
from conflictlens.evaluation import report as evaluate_report
from conflictlens.evaluation.gold import EvalSet, GoldDoc
from conflictlens.evaluation.match import actor_match, admin1_match, country_match, eligible, greedy
from conflictlens.evaluation.score import bootstrap_scores, score_set
from conflictlens.evaluation.score_roles import role_counts
from conflictlens.evaluation.score_text import ipe_counts, muc_counts
from conflictlens.evaluation.sets import read_eval_set
from conflictlens.models import Document

FIX = Path(__file__).parent / "fixtures" / "eval"
REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """../shared beside this checkout, else beside the checkout this clone came from (as eval/gate.sh does)."""
    import subprocess

    here = REPO.parent / "shared"
    if here.is_dir():
        return here
    common = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--path-format=absolute", "--git-common-dir"],
                            capture_output=True, text=True, check=False).stdout.strip()
    if common and (Path(common).parent.parent / "shared").is_dir():  # a worktree: beside its main checkout
        return Path(common).parent.parent / "shared"
    origin = subprocess.run(["git", "-C", str(REPO), "config", "--get", "remote.origin.url"],
                            capture_output=True, text=True, check=False).stdout.strip()
    return Path(origin).parent / "shared" if origin else here


def ev(**kw: Any) -> dict[str, Any]:
    base = {
        "event_date": "2021-06-12",
        "time_precision": 1,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "latitude": 12.0,
        "longitude": 8.5,
        "geo_precision": 1,
        "fatalities": 5,
        "actor1": "Boko Haram",
        "actor2": "Military Forces of Nigeria (2015-)",
        "country": "Nigeria",
        "admin1": "Kano",
        "is_background": False,
    }
    base.update(kw)
    return base


def one_doc_set(events: Iterable[Mapping[str, Any]], fmt: str = "articles", doc_id: str = "d1") -> EvalSet:
    gd = GoldDoc(doc=Document(doc_id=doc_id, text="x"), events=tuple(events))
    return EvalSet(name="t", fmt=fmt, path="t", docs=(gd,), total_docs=1)


# ------------------------------------------------------------------------------------------- matching
def test_pair_is_eligible_when_types_agree_even_far_apart() -> None:
    assert eligible(ev(latitude=40.0, event_date="2021-01-01"), ev())


def test_pair_with_other_type_needs_same_day_and_place() -> None:
    assert eligible(ev(event_type="Riots"), ev())
    assert not eligible(ev(event_type="Riots", event_date="2021-06-13"), ev())
    assert not eligible(ev(event_type="Riots", latitude=13.0), ev())


def test_greedy_is_one_to_one_and_takes_the_best_pair_first() -> None:
    golds = [ev(sub_event_type="Attack", event_type="Violence against civilians"), ev()]
    preds = [ev(), ev(sub_event_type="Attack", event_type="Violence against civilians"), ev()]
    pairs = greedy(preds, golds)
    assert sorted(pairs) == [(0, 1), (1, 0)]


def test_event_type_any_accepts_either_protests_or_riots() -> None:
    gold = ev(event_type="Protests or Riots", event_type_any=["Protests", "Riots"], sub_event_type="")
    assert eligible(ev(event_type="Riots"), gold) and eligible(ev(event_type="Protests"), gold)


# ------------------------------------------------------------------------------------------- fields
def test_actor_match_drops_ruling_period_and_tolerates_small_differences() -> None:
    assert actor_match("Military Forces of Nigeria", "Military Forces of Nigeria (2015-)")
    assert actor_match("Boko Harram", "Boko Haram")
    assert not actor_match("Police Forces of Nigeria", "Boko Haram")


def test_country_and_admin1_normalisation() -> None:
    assert country_match({"country": "Democratic Republic of Congo"}, {"iso": 180})
    assert not country_match({"country": "Congo"}, {"iso": 180})
    assert admin1_match("Kano State", "Kano") and not admin1_match("Lagos", "Kano")


def test_one_division_in_two_languages_matches() -> None:
    assert admin1_match("Nord-Kivu", "North Kivu") and admin1_match("South Kivu", "Sud-Kivu")
    assert admin1_match("Haut Uele", "Haut-Uele") and not admin1_match("Nord-Kivu", "Sud-Kivu")
    assert not admin1_match("Katanga", "Haut-Katanga")  # a former province is not its part


# ------------------------------------------------------------------------------------------- scores
def test_precision_recall_f1_on_a_known_case() -> None:
    es = one_doc_set([ev(), ev(event_type="Protests", sub_event_type="Peaceful protest", latitude=20.0)])
    preds = {
        "d1": [
            ev(),
            ev(event_type="Riots", sub_event_type="Mob violence", latitude=30.0),
            ev(event_type="Riots", sub_event_type="Mob violence", latitude=31.0),
        ]
    }
    s = score_set(es, preds, draws=50).scores
    assert s["precision"].value == pytest.approx(1 / 3)
    assert s["recall"].value == pytest.approx(1 / 2)
    assert s["f1"].value == pytest.approx(0.4)


def test_field_scores_on_matched_pairs() -> None:
    golds = [
        ev(fatalities=10, injured=3),
        ev(event_date="2021-06-10", fatalities=100, latitude=14.0, injured=None),
    ]
    preds = [
        ev(fatalities=11, injured=3, actor1="Police Forces of Nigeria"),
        ev(event_date="2021-06-09", fatalities=100, latitude=14.0, sub_event_type="Attack", admin1="Lagos"),
    ]
    s = score_set(one_doc_set(golds), {"d1": preds}, draws=50).scores
    assert s["fatalities"].value == pytest.approx(0.5)
    assert s["fatalities_10pct"].value == pytest.approx(1.0)
    assert s["injured"].value == pytest.approx(1.0) and s["injured"].n == 1
    assert s["date"].value == pytest.approx(0.5)
    assert s["sub_event_type"].value == pytest.approx(0.5)
    assert s["actor1"].value == pytest.approx(0.5)
    assert s["admin1"].value == pytest.approx(0.5)
    assert s["loc25km"].value == pytest.approx(1.0) and s["country"].value == pytest.approx(1.0)


def test_claims_recall_counts_gold_death_figures_found_in_matched_claims() -> None:
    gold = ev(claims=[{"killed": 5}, {"killed": 8}, {"killed": None}, {"killed": 0}])
    pred = ev(claims=[{"killed": 8}, {"killed": 2}])
    s = score_set(one_doc_set([gold]), {"d1": [pred]}, draws=20).scores
    assert s["claims_recall"].value == pytest.approx(0.5) and s["claims_recall"].n == 2


def test_past_massacre_reported_as_current_is_counted() -> None:
    gold = [ev(), ev(event_date="2014-11-28", time_precision=3, fatalities=120, is_background=True)]
    leak = [ev(), ev(event_date="2014-11-28", fatalities=120)]
    s = score_set(one_doc_set(gold), {"d1": leak}, draws=20).scores
    assert s["false_current_bg_ge100"].value == 1 and s["bg_detected"].value == 0.0
    ok = [ev(), ev(event_date="2014-11-28", fatalities=120, is_background=True)]
    s = score_set(one_doc_set(gold), {"d1": ok}, draws=20).scores
    assert s["false_current_bg_ge100"].value == 0 and s["bg_predicted_as_bg"].value == 1.0


def test_macro_f1_only_over_sub_types_with_ten_gold_examples() -> None:
    docs = []
    preds: dict[str, list[dict[str, Any]]] = {}
    for i in range(12):
        gd = GoldDoc(doc=Document(doc_id=f"d{i}", text="x"), events=(ev(),))
        docs.append(gd)
        preds[f"d{i}"] = [ev(sub_event_type="Armed clash" if i < 6 else "Attack")]
    docs.append(GoldDoc(doc=Document(doc_id="r", text="x"), events=(ev(sub_event_type="Grenade"),)))
    preds["r"] = [ev(sub_event_type="Attack")]
    res = score_set(EvalSet("t", "acled2020", "t", tuple(docs), 13), preds, draws=50)
    # only "Armed clash" qualifies: tp 6, fn 6, fp 0 -> F1 = 12/18
    assert res.scores["sub_event_macro_f1"].value == pytest.approx(2 / 3)
    assert res.confusion["Armed clash"] == {"Armed clash": 6, "Attack": 6}


def test_bootstrap_interval_contains_the_point_estimate() -> None:
    per_doc = [{"tp": i % 2, "pred": 1, "gold": 1} for i in range(40)]
    s = bootstrap_scores(per_doc, [("precision", "p", "ratio", ("tp", "pred"))], draws=300, seed=3)[
        "precision"
    ]
    assert s.value == pytest.approx(0.5)
    assert s.low is not None and s.high is not None and s.low <= s.value <= s.high and s.low < s.high
    again = bootstrap_scores(per_doc, [("precision", "p", "ratio", ("tp", "pred"))], draws=300, seed=3)
    assert again["precision"] == s


def test_score_with_no_denominator_is_not_measured() -> None:
    s = score_set(one_doc_set([ev()]), {"d1": []}, draws=10).scores
    assert s["recall"].value == 0.0 and s["event_type"].value is None


def test_agrees_with_the_reference_article_scorer() -> None:
    tool = shared_dir() / "tools" / "score_articles.py"
    if not tool.is_file():
        pytest.skip("reference scorer not available")
    spec = importlib.util.spec_from_file_location("score_articles", tool)
    assert spec and spec.loader
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    golds = [
        ev(claims=[{"killed": 5}]),
        ev(event_type="Riots", sub_event_type="Mob violence", latitude=13.0),
        ev(event_date="2010-01-01", is_background=True, fatalities=150),
    ]
    preds = [
        ev(fatalities=4, claims=[{"killed": 5}]),
        ev(event_type="Protests", latitude=13.0),
        ev(event_date="2010-01-01", fatalities=150),
        ev(event_type="Riots", latitude=40.0),
    ]
    es = one_doc_set(golds)
    ours = score_set(es, {"d1": preds}, draws=10).scores
    t, _ = ref.score([{"id": "d1", "events": golds}], {"d1": preds})
    theirs = ref.report(t, 1, 0, 0)
    for key in (
        "precision",
        "recall",
        "f1",
        "bg_detected",
        "bg_predicted_as_bg",
        "bg_predicted_as_current",
        "event_type",
        "sub_event_type",
        "fatalities",
        "date",
        "loc25km",
        "actor1",
        "claims_recall",
        "false_current_bg_ge100",
    ):
        assert round(ours[key].value or 0.0, 3) == pytest.approx(theirs[key]), key


# ------------------------------------------------------------------------------------------- roles
def _on_sentence(gd: GoldDoc, i: int, **kw: Any) -> dict[str, Any]:
    start, end, sent = gd.labels["sentences"][i]
    rec = {"country": "Nigeria", "actor1": "", "actor2": "", "is_background": False}
    rec.update(kw)
    rec["evidence"] = [{"doc_id": gd.doc.doc_id, "sentence": sent, "start": start, "end": end}]
    return rec


def test_wikievents_coverage_and_roles_through_our_actor_normaliser() -> None:
    es = read_eval_set(FIX / "invented_wikievents_small.jsonl")
    gd = es.docs[0]
    right = _on_sentence(gd, 1, actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)")
    c = role_counts(gd, [right])
    # four attack mentions (headline, the attack, the burning, the bomb); only the attack's sentence is covered
    assert (c["att_n"], c["cov_hit"]) == (4, 1)
    # "Gunmen" (Attacker and Killer) -> an unidentified armed group; "11" (Victim of the killing) heads
    # "11 villagers" -> civilians; "They" and the clinic and market are no usable argument
    assert (c["a1_n"], c["a1_hit"], c["a2_n"], c["a2_hit"]) == (1, 1, 1, 1)
    wrong = _on_sentence(gd, 1, actor1="Military Forces of Nigeria", actor2="Civilians (Nigeria)")
    c = role_counts(gd, [wrong])
    assert (c["a1_n"], c["a1_hit"], c["a2_hit"]) == (1, 0, 1)
    background = {**_on_sentence(gd, 3, actor1="Boko Haram"), "is_background": True}
    c = role_counts(gd, [right, background])
    assert c["cov_hit"] == 2 and c["ev_n"] == 2 and c["on_gold"] == 2  # background events count too
    scores = score_set(es, {gd.doc.doc_id: [right]}, draws=20).scores
    assert scores["coverage"].value == pytest.approx(0.25) and scores["attacker"].value == 1.0
    assert scores["coverage"].low is not None and "f1" not in scores


def test_wikievents_evidence_found_by_text_when_offsets_are_missing() -> None:
    gd = read_eval_set(FIX / "invented_wikievents_small.jsonl").docs[0]
    rec = _on_sentence(gd, 3)
    rec["evidence"] = [{"sentence": gd.labels["sentences"][3][2]}]
    assert role_counts(gd, [rec])["cov_hit"] == 1


# ------------------------------------------------------------------------------------------- text sets
def test_muc_detection_and_perpetrator_match() -> None:
    es = read_eval_set(FIX / "invented_muc4_small.json")
    bombing, budget = es.docs
    pred = ev(
        event_type="Explosions/Remote violence", actor1="ELF: Example Liberation Front", actor2="Civilians"
    )
    c = muc_counts(bombing, [pred])
    assert c["det_tp"] and c["perp_n"] == 2 and c["perp_hit"] == 1 and c["instr_hit"] == 1
    c = muc_counts(budget, [pred])
    assert c["det_pred"] and not c["det_gold"] and not c["det_tp"]


def test_ipe_places_events_in_sentences_by_evidence_offset() -> None:
    gd = read_eval_set(FIX / "sents.jsonl").docs[0]
    start = gd.labels["sentences"][1]["start"]
    arrest = ev(
        event_type="Strategic developments",
        sub_event_type="Arrests",
        actor1="Police Forces of India",
        inter1=1,
        fatalities=0,
        evidence=[{"doc_id": "ipe-7", "sentence": "", "start": start + 3, "end": 9}],
    )
    c = ipe_counts(gd, [arrest])
    assert c["ARREST_tp"] == 1 and c["ANY_ACTION_tp"] == 1 and c["KILL_pred"] == 0 and c["doc_tp"]


# ------------------------------------------------------------------------------------------- gate
@dataclass(frozen=True)
class _Rep:
    rec: dict[str, Any]

    def to_record(self) -> dict[str, Any]:
        return self.rec


@dataclass(frozen=True)
class _Res:
    reports: tuple[_Rep, ...]
    tallies: tuple[()] = ()
    skipped: str | None = None


class NoEvents:
    """Returns nothing: every recall is 0."""

    def code_many(self, docs: Iterable[Document]) -> Iterator[_Res]:
        for _ in docs:
            yield _Res(reports=())


def _main(argv: list[str]) -> int:
    from conflictlens.cli import main

    return main(argv)


def test_gate_fails_with_exit_5_naming_the_metric(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text(
        f'data_dir = "{FIX}"\nseed = 0\ndraws = 20\n[sets.acled]\npath = "invented_acled2020_small.csv"\nlimit = 2\n'
        "floors = { recall = 0.5 }\n"
    )
    monkeypatch.delenv("CONFLICTLENS_DEV_DATA", raising=False)
    monkeypatch.setattr(evaluate_report, "default_extractor", lambda model_path=None: NoEvents())
    out = tmp_path / "out.json"
    assert _main(["eval", "--gate", str(floors), "--json", str(out)]) == 5
    err = capsys.readouterr().err
    assert "acled: recall 0.000 < floor 0.5" in err and err.count("\n") == 1
    assert json.loads(out.read_text())["gate_failures"]


def test_gate_fails_when_a_floored_score_is_not_measured(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text('[sets.acled]\npath = "invented_acled2020_small.csv"\nfloors = { precision = 0.0 }\n')
    monkeypatch.setenv("CONFLICTLENS_DEV_DATA", str(FIX))
    monkeypatch.setattr(evaluate_report, "default_extractor", lambda model_path=None: NoEvents())
    assert _main(["eval", "--floors", str(floors)]) == 5
    assert "precision not measured" in capsys.readouterr().err


def test_gate_passes_when_scores_meet_floors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text('[sets.acled]\npath = "invented_acled2020_small.csv"\nfloors = { recall = 0.0 }\n')
    monkeypatch.setenv("CONFLICTLENS_DEV_DATA", str(FIX))
    monkeypatch.setattr(evaluate_report, "default_extractor", lambda model_path=None: NoEvents())
    assert _main(["eval", "--floors", str(floors)]) == 0


def test_eval_unknown_file_exits_3_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(evaluate_report, "default_extractor", lambda model_path=None: NoEvents())
    assert _main(["eval", str(FIX / "unknown.csv")]) == 3
    assert "unknown evaluation format" in capsys.readouterr().err


@pytest.mark.slow
def test_real_gate_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    floors = REPO / "eval" / "floors.toml"
    dev = shared_dir() / "data" / "dev"
    if "CONFLICTLENS_DEV_DATA" not in os.environ and dev.is_dir():
        monkeypatch.setenv("CONFLICTLENS_DEV_DATA", str(dev))
    gate = gate_mod.load_gate(floors)
    if not all(gs.path.is_file() for gs in gate.sets):
        pytest.skip("dev data not found (set CONFLICTLENS_DEV_DATA)")
    _, failures = gate_mod.run_gate(gate)
    assert failures == []


def test_ipe_counts_a_state_force_acting_but_not_a_government_deciding() -> None:
    from conflictlens.evaluation.score_text import event_labels

    curfew = ev(event_type="Strategic developments", sub_event_type="Change to group/activity",
                actor1="Government of India", inter1=1, fatalities=0)
    deployed = ev(event_type="Strategic developments", sub_event_type="Change to group/activity",
                  actor1="Military Forces of India", inter1=1, fatalities=0)
    assert "ANY_ACTION" not in event_labels(curfew)
    assert "ANY_ACTION" in event_labels(deployed)
