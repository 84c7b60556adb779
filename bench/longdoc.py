"""Cost of one long document: seconds per MB of text at 0.1, 1 and 10 MB (issue 15: flat, i.e. linear).

    python bench/longdoc.py [--sizes 0.1 1 10] [--repeat 1]

The document is the bundled examples joined again and again (a feed dump: many articles, each opening with
its dateline), cut to the size. One short document is coded first (model and gazetteer load). Prints, per
size, the events found, the seconds, seconds per MB and the ratio to the smallest size's seconds per MB
(measured in the same run), and the peak RSS.
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
MB = 1_000_000


def long_text(chars: int) -> str:
    texts = [p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "examples").glob("*.txt"))]
    parts: list[str] = []
    size, i = 0, 0
    while size < chars:
        parts.append(texts[i % len(texts)])
        size += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:chars]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 10], help="sizes in MB of text")
    ap.add_argument("--repeat", type=int, default=1, help="time each size this many times, keep the best")
    args = ap.parse_args()
    ex = Extractor()
    ex.code(Document("warm", long_text(5_000), dt.date(2022, 3, 14)))
    base = None
    print(f"window (max_chars): {ex.settings.max_chars:,} characters")
    for size in args.sizes:
        doc = Document(f"long-{size}", long_text(int(size * MB)), dt.date(2022, 3, 14))
        best, events = float("inf"), 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            events = len(ex.code(doc).reports)
            best = min(best, time.perf_counter() - t0)
        per_mb = best / (len(doc.text) / MB)
        base = base or per_mb
        print(f"{size:>6} MB: {events:>6} events, {best:8.1f} s, {per_mb:6.1f} s/MB, "
              f"x{per_mb / base:.2f} of the {args.sizes[0]} MB rate", flush=True)
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
