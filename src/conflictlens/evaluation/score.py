"""Score the extractor on the dev sets (docs/design.md §4.4): matching, scores, bootstrap intervals, the gate.

Library use::

    from conflictlens.evaluation.sets import read_eval_set
    from conflictlens.evaluation.score import predict, score_set
    es = read_eval_set("acled_2020_dev.csv", limit=300)
    result = score_set(es, predict(es.docs, Extractor()))
    result.scores["f1"].value, result.scores["f1"].low, result.scores["f1"].high

Every score is computed from per-document counts, so the bootstrap resamples documents (seeded) and
recomputes each score from the summed counts; the interval is the 2.5-97.5 percentile range.
Article-set scores agree with `shared/tools/score_articles.py` (same names, same matching).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from conflictlens.evaluation.gold import EvalSet, GoldDoc
from conflictlens.evaluation.match import (
    actor_match,
    admin1_match,
    claim_killed,
    country_match,
    day,
    fatalities_within,
    greedy,
    is_bg,
    loc_ok,
    num,
    same,
)
from conflictlens.evaluation.score_roles import ROLE_METRICS, role_counts
from conflictlens.evaluation.score_text import ipe_counts, muc_counts

Counts = dict[str, float]
MACRO_MIN_GOLD = 10  # sub-types with fewer gold examples are left to the probe tests

# (name, label, kind, keys). kinds: ratio (a/b), rate (a/b, n = a), f1 (tp, pred, gold), count (a),
# macro (sub-type macro-F1)
MetricSpec = tuple[str, str, str, tuple[str, ...]]
EVENT_METRICS: tuple[MetricSpec, ...] = (
    ("precision", "events: precision (current)", "ratio", ("tp", "pred")),
    ("recall", "events: recall (current)", "ratio", ("tp", "gold")),
    ("f1", "events: F1 (current)", "f1", ("tp", "pred", "gold")),
    ("bg_detected", "background detected", "ratio", ("bg_ok", "bg_total")),
    ("bg_predicted_as_bg", "  background predicted as background", "ratio", ("bg_as_bg", "bg_total")),
    ("bg_predicted_as_current", "  background predicted as current", "count", ("bg_leak",)),
    ("false_current_bg_ge100", "current >=100 dead that gold marks background", "count", ("bg_ge100",)),
    ("event_type", "event_type accuracy (matched)", "ratio", ("et_hit", "m")),
    ("sub_event_type", "sub_event_type accuracy (matched)", "ratio", ("sub_hit", "sub_n")),
    ("sub_event_macro_f1", f"sub_event_type macro-F1 (>= {MACRO_MIN_GOLD} gold)", "macro", ()),
    ("fatalities", "fatalities exact (matched)", "ratio", ("fat_hit", "fat_n")),
    ("fatalities_10pct", "fatalities within 10% (matched)", "ratio", ("fat10_hit", "fat_n")),
    ("injured", "injured exact (matched, gold has it)", "ratio", ("inj_hit", "inj_n")),
    ("claims_recall", "claims recall (killed figures)", "ratio", ("claims_hit", "claims_total")),
    ("country", "country (matched)", "ratio", ("country_hit", "country_n")),
    ("admin1", "admin1 (matched)", "ratio", ("admin1_hit", "admin1_n")),
    ("loc25km", "location <= 25 km (matched)", "ratio", ("loc_hit", "m")),
    ("date", "date exact (matched)", "ratio", ("date_hit", "m")),
    ("actor1", "actor1 (matched)", "ratio", ("a1_hit", "m")),
    ("actor2", "actor2 (matched)", "ratio", ("a2_hit", "m")),
)
MUC_METRICS: tuple[MetricSpec, ...] = (
    ("detect_precision", "incident detection precision", "ratio", ("det_tp", "det_pred")),
    ("detect_recall", "incident detection recall", "ratio", ("det_tp", "det_gold")),
    ("detect_f1", "incident detection F1", "f1", ("det_tp", "det_pred", "det_gold")),
    ("perp_recall", "perpetrators found (actor1)", "ratio", ("perp_hit", "perp_n")),
    (
        "perp_precision",
        "predicted actor1 that are gold perpetrators",
        "ratio",
        ("perp_pred_hit", "perp_pred_n"),
    ),
    ("target_recall", "targets found (actor2)", "ratio", ("tgt_hit", "tgt_n")),
    ("instrument", "instrument consistent with event type", "ratio", ("instr_hit", "instr_n")),
)
IPE_METRICS: tuple[MetricSpec, ...] = (
    ("doc_precision", "documents with police action: precision", "ratio", ("doc_tp", "doc_pred")),
    ("doc_recall", "documents with police action: recall", "ratio", ("doc_tp", "doc_gold")),
    ("doc_f1", "documents with police action: F1", "f1", ("doc_tp", "doc_pred", "doc_gold")),
    *(
        spec
        for lab in ("ANY_ACTION", "ARREST", "FORCE", "KILL", "FAIL")
        for spec in (
            (
                f"{lab.lower()}_precision",
                f"sentences {lab}: precision",
                "ratio",
                (f"{lab}_tp", f"{lab}_pred"),
            ),
            (f"{lab.lower()}_recall", f"sentences {lab}: recall", "ratio", (f"{lab}_tp", f"{lab}_gold")),
        )
    ),
)
SPEED_METRIC: MetricSpec = ("events_per_second", "events/second", "rate", ("events_out", "seconds"))


@dataclass(frozen=True)
class Score:
    value: float | None  # None when there is nothing to score (denominator 0)
    low: float | None
    high: float | None
    n: int  # the denominator (matched pairs, gold events, documents ...)


@dataclass(frozen=True)
class SetScores:
    name: str
    fmt: str
    variant: str  # "rules" or "model"
    docs: int
    total_docs: int
    scores: Mapping[str, Score]
    labels: Mapping[str, str]
    confusion: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    seconds: float = 0.0
    events: int = 0
    # per recode rule (extract/recode.py): on matched events [fired, sub-type right], on unmatched predictions
    rules: Mapping[str, Mapping[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Predictions:
    by_doc: Mapping[str, list[dict[str, Any]]]
    seconds: Mapping[str, float]  # wall time attributed to each document
    reports: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)  # the Reports, for the agreement scores


def predict(docs: Sequence[GoldDoc], extractor: Any) -> Predictions:
    """Run the extractor over the documents (batched `code_many` when it has one), keep event records."""
    inputs = [gd.doc for gd in docs]
    results: Iterable[Any] = (
        extractor.code_many(inputs) if hasattr(extractor, "code_many") else map(extractor.code, inputs)
    )
    by_doc: dict[str, list[dict[str, Any]]] = {}
    seconds: dict[str, float] = {}
    reports: dict[str, tuple[Any, ...]] = {}
    last = time.perf_counter()
    for gd, res in zip(docs, results, strict=True):
        now = time.perf_counter()
        seconds[gd.doc.doc_id], last = now - last, now
        by_doc[gd.doc.doc_id] = [r.to_record() for r in res.reports]
        reports[gd.doc.doc_id] = tuple(res.reports)
    return Predictions(by_doc=by_doc, seconds=seconds, reports=reports)


# ------------------------------------------------------------------------------------- event sets
def _pair_counts(c: Counts, p: Mapping[str, Any], g: Mapping[str, Any]) -> None:
    c["m"] += 1
    c["et_hit"] += same(p, g, "event_type")
    gsub = str(g.get("sub_event_type") or "")
    if gsub:
        c["sub_n"] += 1
        c["sub_hit"] += same(p, g, "sub_event_type")
        psub = str(p.get("sub_event_type") or "")
        if psub.lower() == gsub.lower():
            c[f"sub_tp|{gsub}"] += 1
        else:
            c[f"sub_fn|{gsub}"] += 1
            c[f"sub_fp|{psub}"] += 1
    if num(g.get("fatalities")) is not None:
        c["fat_n"] += 1
        c["fat_hit"] += num(p.get("fatalities")) is not None and num(p.get("fatalities")) == num(
            g.get("fatalities")
        )
        c["fat10_hit"] += fatalities_within(p.get("fatalities"), g.get("fatalities"))
    if num(g.get("injured")) is not None:
        c["inj_n"] += 1
        c["inj_hit"] += num(p.get("injured")) == num(g.get("injured"))
    if g.get("country") or num(g.get("iso")):
        c["country_n"] += 1
        c["country_hit"] += country_match(p, g)
    if g.get("admin1"):
        c["admin1_n"] += 1
        c["admin1_hit"] += admin1_match(p.get("admin1"), g.get("admin1"))
    c["loc_hit"] += loc_ok(p, g, strict=True)
    c["date_hit"] += day(p.get("event_date")) is not None and day(p.get("event_date")) == day(
        g.get("event_date")
    )
    c["a1_hit"] += actor_match(p.get("actor1"), g.get("actor1"))
    c["a2_hit"] += actor_match(p.get("actor2"), g.get("actor2"))


def _background_counts(
    c: Counts,
    p_cur: list[Mapping[str, Any]],
    p_bg: list[Mapping[str, Any]],
    g_bg: list[Mapping[str, Any]],
    used_cur: set[int],
) -> None:
    """Gold background events: first matched to predicted background events, then to the current
    predictions no current gold event took; those last ones leak background out as news."""
    as_bg = {gi for _, gi in greedy(p_bg, g_bg)}
    left_g = [gi for gi in range(len(g_bg)) if gi not in as_bg]
    left_p = [pi for pi in range(len(p_cur)) if pi not in used_cur]
    leak = greedy([p_cur[pi] for pi in left_p], [g_bg[gi] for gi in left_g])
    c["bg_total"] += len(g_bg)
    c["bg_as_bg"] += len(as_bg)
    c["bg_ok"] += len(g_bg) - len(leak)
    c["bg_leak"] += len(leak)
    for lpi, _ in leak:
        f = num(p_cur[left_p[lpi]].get("fatalities"))
        c["bg_ge100"] += f is not None and f >= 100


def event_counts(gd: GoldDoc, preds: Sequence[Mapping[str, Any]]) -> tuple[Counts, list[tuple[str, str]]]:
    """Counts for one document of an event set, and its (gold sub-type, predicted sub-type) pairs
    ("(missed)" for unmatched current gold events)."""
    c: Counts = Counter()
    g_cur = [g for g in gd.events if not is_bg(g)]
    g_bg = [g for g in gd.events if is_bg(g)]
    p_cur = [p for p in preds if not is_bg(p)]
    p_bg = [p for p in preds if is_bg(p)]
    pairs = greedy(p_cur, g_cur)
    c["gold"], c["pred"], c["tp"] = len(g_cur), len(p_cur), len(pairs)
    c["events_out"] = len(preds)
    confusion: list[tuple[str, str]] = []
    for pi, gi in pairs:
        _pair_counts(c, p_cur[pi], g_cur[gi])
        confusion.append(
            (str(g_cur[gi].get("sub_event_type") or ""), str(p_cur[pi].get("sub_event_type") or ""))
        )
    _rule_counts(c, p_cur, g_cur, pairs)
    matched = {gi: pi for pi, gi in pairs}
    for gi, g in enumerate(g_cur):
        have = claim_killed(p_cur[matched[gi]].get("claims")) if gi in matched else set()
        if gi not in matched:
            confusion.append((str(g.get("sub_event_type") or ""), "(missed)"))
        for claim in g.get("claims") or []:
            k = num(claim.get("killed")) if isinstance(claim, Mapping) else None
            if k:  # denials and injury-only claims carry no death figure to recall
                c["claims_total"] += 1
                c["claims_hit"] += k in have
    _background_counts(c, p_cur, p_bg, g_bg, {pi for pi, _ in pairs})
    return dict(c), confusion


def _rule_counts(c: Counts, p_cur: Sequence[Mapping[str, Any]], g_cur: Sequence[Mapping[str, Any]],
                 pairs: Sequence[tuple[int, int]]) -> None:
    """Which recode rules fired on matched events (and whether the sub-type came out right) and on predictions
    that matched no gold event: how each rule helps or hurts."""
    for pi, gi in pairs:
        for name in p_cur[pi].get("coding_rules") or ():
            c[f"rule_matched|{name}"] += 1
            c[f"rule_right|{name}"] += same(p_cur[pi], g_cur[gi], "sub_event_type")
    matched = {pi for pi, _ in pairs}
    for pi, p in enumerate(p_cur):
        if pi not in matched:
            for name in p.get("coding_rules") or ():
                c[f"rule_unmatched|{name}"] += 1


def rule_table(per_doc: Sequence[Mapping[str, float]]) -> dict[str, dict[str, int]]:
    """{rule: {matched, right, unmatched}} summed over documents."""
    out: dict[str, dict[str, int]] = {}
    for counts in per_doc:
        for key, n in counts.items():
            if key.startswith("rule_"):
                kind, name = key.removeprefix("rule_").split("|", 1)
                row = out.setdefault(name, {"matched": 0, "right": 0, "unmatched": 0})
                row[kind] += int(n)
    return dict(sorted(out.items()))


# ------------------------------------------------------------------------------------- metrics
def _metric_values(
    spec: MetricSpec, s: np.ndarray, col: Mapping[str, int], macro: Sequence[str]
) -> np.ndarray:
    """Vectorised over bootstrap draws: `s` is draws x keys (summed counts)."""
    name, _, kind, keys = spec

    def get(k: str) -> np.ndarray:
        return s[:, col[k]] if k in col else np.zeros(s.shape[0])

    with np.errstate(divide="ignore", invalid="ignore"):
        if kind == "count":
            return get(keys[0])
        if kind in ("ratio", "rate"):
            den = get(keys[1])
            return np.where(den > 0, get(keys[0]) / np.where(den > 0, den, 1), np.nan)
        if kind == "f1":
            tp, pred, gold = (get(k) for k in keys)
            p = np.where(pred > 0, tp / np.where(pred > 0, pred, 1), 0.0)
            r = np.where(gold > 0, tp / np.where(gold > 0, gold, 1), 0.0)
            f1 = np.where(p + r > 0, 2 * p * r / np.where(p + r > 0, p + r, 1), 0.0)
            return np.where(gold > 0, f1, np.nan)
        if kind == "macro":
            if not macro:
                return np.full(s.shape[0], np.nan)
            f1s = []
            for lab in macro:
                tp, fp, fn = get(f"sub_tp|{lab}"), get(f"sub_fp|{lab}"), get(f"sub_fn|{lab}")
                den = 2 * tp + fp + fn
                f1s.append(np.where(den > 0, 2 * tp / np.where(den > 0, den, 1), np.nan))
            return np.nanmean(np.vstack(f1s), axis=0)
    raise ValueError(f"unknown metric kind {kind} for {name}")


def _denominator(spec: MetricSpec, total: Mapping[str, float], macro: Sequence[str]) -> int:
    kind, keys = spec[2], spec[3]
    if kind == "ratio":
        return int(total.get(keys[1], 0))
    if kind == "f1":
        return int(total.get(keys[2], 0))
    return len(macro) if kind == "macro" else int(total.get(keys[0], 0))  # count, rate: the numerator


def bootstrap_scores(
    per_doc: Sequence[Mapping[str, float]],
    specs: Sequence[MetricSpec],
    macro_labels: Sequence[str] = (),
    draws: int = 500,
    seed: int = 0,
) -> dict[str, Score]:
    """Point values and 95 % percentile intervals, resampling documents with replacement."""
    keys = sorted({k for c in per_doc for k in c})
    col = {k: i for i, k in enumerate(keys)}
    mat = np.array([[float(c.get(k, 0)) for k in keys] for c in per_doc]) if per_doc else np.zeros((0, 0))
    n = len(per_doc)
    total_vec = mat.sum(axis=0, keepdims=True) if n else np.zeros((1, len(keys)))
    weights = np.zeros((draws, n))
    if n:
        rng = np.random.default_rng(seed)
        idx = rng.integers(0, n, size=(draws, n))
        np.add.at(weights, (np.repeat(np.arange(draws), n), idx.ravel()), 1.0)
    sums = weights @ mat if n else np.zeros((draws, len(keys)))
    total = {k: float(total_vec[0, i]) for k, i in col.items()}
    out: dict[str, Score] = {}
    for spec in specs:
        point = _metric_values(spec, total_vec, col, macro_labels)[0] if keys else np.nan
        if np.isnan(point):
            out[spec[0]] = Score(None, None, None, _denominator(spec, total, macro_labels))
            continue
        vals = _metric_values(spec, sums, col, macro_labels)
        vals = vals[~np.isnan(vals)]
        low, high = np.percentile(vals, [2.5, 97.5]) if vals.size else (point, point)
        out[spec[0]] = Score(float(point), float(low), float(high), _denominator(spec, total, macro_labels))
    return out


def macro_labels(docs: Sequence[GoldDoc], min_gold: int = MACRO_MIN_GOLD) -> list[str]:
    counts = Counter(str(e.get("sub_event_type") or "") for d in docs for e in d.events if not is_bg(e))
    return sorted(k for k, v in counts.items() if k and v >= min_gold)


def _confusion(pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, int]]:
    table: dict[str, Counter[str]] = {}
    for g, p in pairs:
        if g:
            table.setdefault(g, Counter())[p or "(none)"] += 1
    return {g: dict(c.most_common()) for g, c in sorted(table.items())}


def specs_for(fmt: str) -> tuple[MetricSpec, ...]:
    base = {"muc4": MUC_METRICS, "ipe": IPE_METRICS, "wikievents": ROLE_METRICS}.get(fmt, EVENT_METRICS)
    return (*base, SPEED_METRIC)


def score_set(
    es: EvalSet,
    preds: Predictions | Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    draws: int = 500,
    seed: int = 0,
    variant: str = "rules",
) -> SetScores:
    """All scores for one set with bootstrap intervals. `preds` maps doc_id -> event records (or a
    `Predictions` with timings)."""
    by_doc = preds.by_doc if isinstance(preds, Predictions) else preds
    seconds = preds.seconds if isinstance(preds, Predictions) else {}
    count_fn: Callable[[GoldDoc, Sequence[Mapping[str, Any]]], Any] = {
        "muc4": muc_counts,
        "ipe": ipe_counts,
        "wikievents": role_counts,
    }.get(es.fmt, event_counts)
    per_doc: list[Counts] = []
    pairs: list[tuple[str, str]] = []
    reports = preds.reports if isinstance(preds, Predictions) else {}
    with_agreements = es.fmt == "articles" and bool(reports)
    for gd in es.docs:
        got = list(by_doc.get(gd.doc.doc_id, []))
        res = count_fn(gd, got)
        counts, conf = res if isinstance(res, tuple) else (res, [])
        counts = dict(counts)
        if with_agreements:
            from conflictlens.evaluation.agreements import agreement_counts

            counts.update(agreement_counts(gd, reports.get(gd.doc.doc_id, ())))
        counts["events_out"] = len(got)
        counts["seconds"] = float(seconds.get(gd.doc.doc_id, 0.0))
        per_doc.append(counts)
        pairs.extend(conf)
    specs = specs_for(es.fmt)
    if with_agreements:
        from conflictlens.evaluation.agreements import AGREEMENT_METRICS

        specs = (*specs, *AGREEMENT_METRICS)
    labels = macro_labels(es.docs) if es.fmt not in ("muc4", "ipe", "wikievents") else []
    scores = bootstrap_scores(per_doc, specs, labels, draws=draws, seed=seed)
    if not seconds:
        scores = {k: v for k, v in scores.items() if k != "events_per_second"}
    return SetScores(
        name=es.name,
        fmt=es.fmt,
        variant=variant,
        docs=len(es.docs),
        total_docs=es.total_docs,
        scores=scores,
        labels={s[0]: s[1] for s in specs},
        confusion=_confusion(pairs),
        notes=es.notes,
        seconds=float(sum(seconds.values())),
        events=sum(len(v) for v in by_doc.values()),
        rules=rule_table(per_doc),
    )
