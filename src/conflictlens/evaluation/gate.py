"""The CI gate: floors (and ceilings) per data set per metric, read from `eval/floors.toml`.

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

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conflictlens.errors import UsageError
from conflictlens.evaluation import report
from conflictlens.evaluation.score import SetScores, predict, score_set
from conflictlens.evaluation.sets import read_eval_set


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


def run_gate(
    gate: Gate,
    *,
    make_extractor: Any = None,
    model_path: str | None = None,
) -> tuple[list[SetScores], list[str]]:
    """Run every set listed in the floors file with its limit; return the results and the failures."""

    sets = [(gs, read_eval_set(gs.path, limit=gs.limit, seed=gate.seed)) for gs in gate.sets]
    extractor = (make_extractor or report.default_extractor)(model_path)
    results: list[SetScores] = []
    failures: list[str] = []
    for gs, es in sets:
        res = score_set(es, predict(es.docs, extractor), draws=gate.draws, seed=gate.seed)
        results.append(res)
        failures.extend(check_floors(res, gs))
    return results, failures
