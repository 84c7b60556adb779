"""bench/errors.py: the hand labels name known kinds, and the cue-word rules classify what they claim to."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def _errors() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_errors", REPO / "bench" / "errors.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_errors"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_every_hand_label_is_a_known_kind() -> None:
    mod = _errors()
    labels = mod.load_labels(REPO / "bench" / "error_kinds.toml")
    assert set(labels) <= set(mod.FILES)
    used = {kind for table in labels.values() for kind in table.values()}
    assert used and used <= set(mod.KINDS)


def test_rules_on_written_sentences() -> None:
    mod = _errors()
    err = mod.Error("wikievents", "d/E1/uncovered", "uncovered", "", "", "Related: blast kills five in a market")
    assert mod.guess_role(err) == "6"
    err = mod.Error("wikievents", "d/E2/uncovered", "uncovered", "", "",
                    "Police said the explosion shattered the windows of a shop.")
    assert mod.guess_role(err, doc_has_events=True) == "5"
    assert mod.guess_role(err, doc_has_events=False) == "?"
    claim = {"claimant": "the army", "killed": 5, "quote": "The army said five soldiers died."}
    later = {"evidence": [{"sentence": "Gunmen attacked a base on Monday."}]}
    assert mod.guess_claim(claim, later) == "5"  # a figure in a follow-up sentence we did not attach
