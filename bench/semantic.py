"""The semantic fallback (extract/semantic.py): what it adds, and what it costs, measured in one run.

    python bench/semantic.py [--copies 3]

Documents: the fixture snippets of tests/fixtures/semantic_snippets.jsonl (125 one-sentence news snippets,
5 per ACLED sub-type, written for the tests) repeated `--copies` times under distinct ids, plus the bundled
example articles. Prints
- the fixture scores with the fallback off and on: sub-type weighted F1 (a snippet's first current event
  against its label; no event counts as a miss) and the share of snippets with no event;
- sentences/s of the fallback alone (embedding and scoring its candidate sentences);
- documents/s of the whole extraction off and on, and their ratio (the model is loaded before timing).
Needs the `semantic` extra.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from dataclasses import replace
from pathlib import Path

from conflictlens.config import load_settings
from conflictlens.extract import semantic
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "semantic_snippets.jsonl"


def snippets() -> list[dict[str, str]]:
    return [json.loads(line) for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]


def snippet_docs(rows: list[dict[str, str]], copy: int = 0) -> list[Document]:
    return [Document(f"{r['id']}-{copy}", r["text"], dt.date.fromisoformat(r["published"]), source="Bench Wire")
            for r in rows]


def predicted(extractor: Extractor, docs: list[Document]) -> list[str]:
    """Each document's first current event's sub-type ("none" for no event)."""
    out = []
    for result in extractor.code_many(docs):
        current = [r for r in result.reports if not r.is_background] or list(result.reports)
        out.append(current[0].sub_event_type if current else "none")
    return out


def weighted_f1(gold: list[str], pred: list[str]) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, labels=sorted(set(gold)), average="weighted", zero_division=0))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=3, help="times the snippets are repeated for the timing")
    args = ap.parse_args()
    semantic.require()
    rows = snippets()
    gold = [r["sub_event_type"] for r in rows]
    off = Extractor(replace(load_settings(), semantic=False))
    on = Extractor(replace(load_settings(), semantic=True))
    for name, ex in (("off", off), ("on", on)):
        pred = predicted(ex, snippet_docs(rows))  # (also warms up: spaCy, the gazetteer, the model)
        share = sum(p == "none" for p in pred) / len(pred)
        print(f"fixtures, fallback {name}: sub-type weighted F1 {weighted_f1(gold, pred):.3f}, "
              f"no event {share:.1%} of {len(rows)}")

    texts = [r["text"] for r in rows] * args.copies
    t0 = time.perf_counter()
    semantic.propose(texts)
    took = time.perf_counter() - t0
    print(f"fallback alone: {len(texts) / took:.0f} sentences/s ({len(texts)} sentences)")

    articles = [Document(f"ex-{p.stem}", p.read_text(encoding="utf-8"), dt.date(2022, 3, 14), source="Bench Wire")
                for p in sorted((ROOT / "examples").glob("*.txt"))]
    docs = [d for c in range(args.copies) for d in snippet_docs(rows, c)] + articles
    rates = {}
    for name, ex in (("off", off), ("on", on)):
        t0 = time.perf_counter()
        events = sum(len(r.reports) for r in ex.code_many(docs, workers=1))
        took = time.perf_counter() - t0
        rates[name] = len(docs) / took
        print(f"extraction, fallback {name}: {rates[name]:.1f} documents/s ({len(docs)} documents, {events} events)")
    print(f"throughput on/off: {rates['on'] / rates['off']:.2f}")


if __name__ == "__main__":
    main()
