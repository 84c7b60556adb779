"""A short fuzz pass of every reader and parser (issue 15), and every saved crash input replayed.

`bash bench/fuzz.sh` runs the same targets (tests/fuzz_targets.py) for 100,000 inputs in hypothesis' fuzz
mode and saves each input that fails under tests/fuzz_corpus/TARGET/, where this file replays it for good.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from fuzz_targets import CORPUS, TARGETS, strategy

QUICK = settings(max_examples=60, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_a_short_fuzz_pass_finds_no_crash(name):
    @QUICK
    @given(strategy(name))
    def run(data: bytes) -> None:
        TARGETS[name](data)

    run()


SAVED = sorted(CORPUS.glob("*/*.bin"))


@pytest.mark.parametrize("path", SAVED, ids=[f"{p.parent.name}/{p.stem}" for p in SAVED])
def test_every_saved_crash_input_is_handled(path):
    TARGETS[path.parent.name](path.read_bytes())
