"""Fuzz every reader and parser with hypothesis' fuzz mode (issue 15); each crash is kept as a test input.

    python bench/fuzz.py [--inputs 100000] [--seed 0] [--only jsonl html ...]

The targets and their properties are tests/fuzz_targets.py. Each input is a random byte buffer that
hypothesis turns into a structured input (a seed of the format with hostile edits, random bytes, random
text) through the target's strategy; a buffer whose input breaks a property is saved under
tests/fuzz_corpus/TARGET/ (tests/test_fuzz.py replays them all). The inputs run are shared among the targets
in proportion to their weights (the HTML and feed parsers are slow). Prints inputs, crashes and seconds per
target; exits 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from fuzz_targets import SAVE_CRASHES, TARGETS, strategy  # noqa: E402

WEIGHTS = {"text": 3, "jsonl": 3, "json": 2, "sniff": 2, "html": 1, "feed": 1, "warc": 2, "numbers": 2,
           "dates": 2, "claims": 2}


RAN: Counter[str] = Counter()  # inputs that reached the target (a buffer too short for the strategy does not)


def fuzz_entry(name: str):  # noqa: ANN201 - a hypothesis-wrapped test
    @settings(database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(strategy(name))
    def run(data: bytes) -> None:
        RAN[name] += 1
        TARGETS[name](data)

    return run.hypothesis.fuzz_one_input


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inputs", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--only", nargs="*", default=None, help="target names (default: all)")
    args = ap.parse_args()
    os.environ[SAVE_CRASHES] = "1"
    names = args.only or sorted(TARGETS)
    total_weight = sum(WEIGHTS.get(n, 1) for n in names)
    rng = random.Random(args.seed)
    crashes: Counter[str] = Counter()
    kinds: dict[str, Counter[str]] = {}
    done = 0
    for name in names:
        share = args.inputs * WEIGHTS.get(name, 1) // total_weight
        if name == names[-1]:
            share = args.inputs - done
        entry = fuzz_entry(name)
        started = time.perf_counter()
        buffers = 0
        while RAN[name] < share and buffers < 3 * share:  # until `share` inputs reached the target
            buffers += 1
            buffer = rng.randbytes(rng.choice((16, 64, 256, 1024, 4096)))
            try:
                entry(buffer)
            except Exception as exc:  # noqa: BLE001 - counted; the input was saved by crash_guard
                crashes[name] += 1
                kinds.setdefault(name, Counter())[f"{type(exc).__name__}: {str(exc)[:80]}"] += 1
        done += share
        print(f"{name:>8}: {buffers:>7,} buffers, {RAN[name]:>7,} inputs run, {crashes[name]:>4} crashes, "
              f"{time.perf_counter() - started:7.1f} s", flush=True)
        for kind, n in (kinds.get(name) or Counter()).most_common(5):
            print(f"          {n} x {kind}")
    print(f"total: {sum(RAN.values()):,} inputs run, {sum(crashes.values())} crashes")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
