"""Printing and JSON for eval results, and running the extractor over dev files (`evaluate_files`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from conflictlens.evaluation.score import Score, SetScores


# ------------------------------------------------------------------------------------------ output
def _fmt(x: float | None) -> str:
    if x is None:
        return "n/a"
    return f"{x:.3f}" if abs(x) < 1000 else f"{x:.0f}"


def _interval(s: Score) -> str:
    return "" if s.low is None or s.high is None else f"[{_fmt(s.low)}, {_fmt(s.high)}]"


def render(results: Sequence[SetScores], console: Any, confusion_rows: int = 12) -> None:
    """Rich tables: one per set (and variant), scores with 95 % intervals, then the sub-event confusion."""
    from rich.table import Table

    for res in results:
        title = f"{res.name} ({res.fmt}, {res.variant}): {res.docs} of {res.total_docs} documents"
        table = Table(title=title, title_justify="left")
        for col, just in (("metric", "left"), ("value", "right"), ("95% interval", "right"), ("n", "right")):
            table.add_column(col, justify=just)  # type: ignore[arg-type]
        for key, s in res.scores.items():
            table.add_row(res.labels.get(key, key), _fmt(s.value), _interval(s), str(s.n))
        console.print(table)
        if res.confusion:
            console.print(confusion_table(res, confusion_rows))
        if res.rules:
            console.print(rules_table(res))
        for note in res.notes:
            console.print(f"note: {note}")


def confusion_table(res: SetScores, rows: int = 12) -> Any:
    """Per gold sub-type: how many, how many right, what it was taken for most often."""
    from rich.table import Table

    table = Table(title=f"{res.name}: sub_event_type confusion (gold -> predicted)", title_justify="left")
    for col in ("gold sub_event_type", "gold", "right", "missed", "most common predictions"):
        table.add_column(col)
    ordered = sorted(res.confusion.items(), key=lambda kv: -sum(kv[1].values()))
    for gold, preds in ordered[:rows]:
        wrong = [(p, n) for p, n in preds.items() if p not in (gold, "(missed)")][:3]
        table.add_row(
            gold,
            str(sum(preds.values())),
            str(preds.get(gold, 0)),
            str(preds.get("(missed)", 0)),
            ", ".join(f"{p} {n}" for p, n in wrong),
        )
    return table


def rules_table(res: SetScores) -> Any:
    """Per recode rule: events it changed that matched gold (and how many got the right sub-type), and
    predictions it changed that matched nothing."""
    from rich.table import Table

    table = Table(title=f"{res.name}: recode rules (extract/recode.py)", title_justify="left")
    for col in ("rule", "matched", "sub-type right", "unmatched"):
        table.add_column(col, justify="left" if col == "rule" else "right")
    for name, row in res.rules.items():
        right = f"{row['right']} ({row['right'] / row['matched']:.0%})" if row["matched"] else "0"
        table.add_row(name, str(row["matched"]), right, str(row["unmatched"]))
    return table


def to_json(results: Sequence[SetScores], failures: Sequence[str] = ()) -> dict[str, Any]:
    out: dict[str, Any] = {"sets": []}
    for res in results:
        d = asdict(res)
        d["scores"] = {k: asdict(v) for k, v in res.scores.items()}
        out["sets"].append(d)
    if failures:
        out["gate_failures"] = list(failures)
    return out


def write_json(results: Sequence[SetScores], path: str | Path, failures: Sequence[str] = ()) -> None:
    Path(path).write_text(
        json.dumps(to_json(results, failures), indent=2, ensure_ascii=False), encoding="utf-8"
    )


# ------------------------------------------------------------------------------------------ running
def default_extractor(model_path: str | None = None) -> Any:
    """The shipped extractor (imported here, not at module load: it loads spaCy)."""
    from conflictlens.extract.extractor import Extractor

    return Extractor(model_path=model_path)


def evaluate_files(
    paths: Sequence[str | Path],
    *,
    limit: int | None = None,
    seed: int = 0,
    draws: int = 500,
    model_path: str | None = None,
    make_extractor: Any = None,
) -> list[SetScores]:
    """Score the extractor on each file (rules; and the user's model as well when `model_path` is given)."""
    from conflictlens.evaluation.score import predict, score_set
    from conflictlens.evaluation.sets import read_eval_set

    sets = [read_eval_set(p, limit=limit, seed=seed) for p in paths]  # read all first: fail fast on bad input
    variants: list[tuple[str, str | None]] = [("rules", None)]
    if model_path:
        variants.append(("model", model_path))
    results = []
    for variant, mp in variants:
        extractor = (make_extractor or default_extractor)(mp)
        for es in sets:
            preds = predict(es.docs, extractor)
            results.append(score_set(es, preds, draws=draws, seed=seed, variant=variant))
    return results
