"""Printing and JSON for eval results, and the gate (floors per data set per metric, `eval/floors.toml`).

Floors file::

    data_dir = "../shared/data/dev"   # relative to the repo root; $CONFLICTLENS_DEV_DATA wins
    seed = 0
    draws = 500

    [sets.acled2020]
    path = "acled_2020_dev.csv"       # relative to data_dir
    limit = 300                       # a fixed seeded sample
    floors = { f1 = 0.40 }            # the score may not fall below
    ceilings = { false_current_bg_ge100 = 0 }   # the score may not rise above
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from conflictlens.errors import UsageError
from conflictlens.evaluate import Score, SetScores


@dataclass(frozen=True)
class GateSet:
    key: str
    path: Path
    limit: int | None
    floors: Mapping[str, float]
    ceilings: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Gate:
    sets: tuple[GateSet, ...]
    seed: int = 0
    draws: int = 500


def _repo_root(start: Path) -> Path:
    for parent in (start, *start.parents):
        if (parent / "pyproject.toml").is_file():
            return parent
    return start


def load_gate(path: str | Path) -> Gate:
    """Read a floors file; data paths resolve against $CONFLICTLENS_DEV_DATA, else `data_dir` (relative to
    the repo root that holds the floors file)."""
    p = Path(path)
    try:
        raw = tomllib.loads(p.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(
            f"cannot read floors file {p}: {exc}", "pass a TOML file like eval/floors.toml"
        ) from exc
    env = os.environ.get("CONFLICTLENS_DEV_DATA")
    base = Path(env) if env else _repo_root(p.resolve().parent) / str(raw.get("data_dir", "."))
    sets = []
    for key, spec in (raw.get("sets") or {}).items():
        if not isinstance(spec, dict) or "path" not in spec:
            raise UsageError(f"floors file {p}: set {key!r} has no path", 'add path = "<file>" under the set')
        limit = spec.get("limit")
        sets.append(
            GateSet(
                key=key,
                path=base / str(spec["path"]),
                limit=int(limit) if limit else None,
                floors={k: float(v) for k, v in (spec.get("floors") or {}).items()},
                ceilings={k: float(v) for k, v in (spec.get("ceilings") or {}).items()},
            )
        )
    return Gate(sets=tuple(sets), seed=int(raw.get("seed", 0)), draws=int(raw.get("draws", 500)))


def check_floors(result: SetScores, gs: GateSet) -> list[str]:
    """One message per score below its floor (or above its ceiling); a missing score fails too."""
    failures = []
    for metric, floor in gs.floors.items():
        s = result.scores.get(metric)
        if s is None or s.value is None:
            failures.append(f"{gs.key}: {metric} not measured (floor {floor:g})")
        elif s.value < floor:
            failures.append(f"{gs.key}: {metric} {s.value:.3f} < floor {floor:g}")
    for metric, ceiling in gs.ceilings.items():
        s = result.scores.get(metric)
        if s is not None and s.value is not None and s.value > ceiling:
            failures.append(f"{gs.key}: {metric} {s.value:.3f} > ceiling {ceiling:g}")
    return failures


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
    from conflictlens.extract import Extractor

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
    from conflictlens.evalsets import read_eval_set
    from conflictlens.evaluate import predict, score_set

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


def run_gate(
    gate: Gate,
    *,
    make_extractor: Any = None,
    model_path: str | None = None,
) -> tuple[list[SetScores], list[str]]:
    """Run every set listed in the floors file with its limit; return the results and the failures."""
    from conflictlens.evalsets import read_eval_set
    from conflictlens.evaluate import predict, score_set

    sets = [(gs, read_eval_set(gs.path, limit=gs.limit, seed=gate.seed)) for gs in gate.sets]
    extractor = (make_extractor or default_extractor)(model_path)
    results: list[SetScores] = []
    failures: list[str] = []
    for gs, es in sets:
        res = score_set(es, predict(es.docs, extractor), draws=gate.draws, seed=gate.seed)
        results.append(res)
        failures.extend(check_floors(res, gs))
    return results, failures
