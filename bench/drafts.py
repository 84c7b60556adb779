"""Draft merging at growing document sizes: one synthetic document of N event sentences (a long report or a
concatenated feed dump), coded end to end. Each sentence is an event in one of 48 towns (one in four names no
place) on one of 20 days, three sentences to a paragraph, so mentions of one place and day merge across the
document as in a real feed dump.
Prints seconds per 1,000 sentences for the whole extraction and for the drafting stage alone (absorb, lone
event, fold), and each size's figure as a ratio of the smallest size's: linear merging keeps the ratios near 1.
The document is coded as one window (the window size raised above its length), so all its drafts meet in one
merge, the case this measures; by default a text over 100,000 characters is coded in windows.

    python bench/drafts.py [--sizes 1000 5000 20000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from conflictlens.config import load_settings
from conflictlens.extract import drafts as drafts_mod
from conflictlens.extract import fold as fold_mod
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

TOWNS = (
    "Kano", "Maiduguri", "Kaduna", "Jos", "Mogadishu", "Kismayo", "Baidoa", "Goma", "Beni", "Bunia", "Kabul",
    "Kandahar", "Herat", "Jalalabad", "Aleppo", "Idlib", "Homs", "Mosul", "Kirkuk", "Sanaa", "Aden", "Taiz",
    "Gao", "Mopti", "Timbuktu", "Benghazi", "Sirte", "Tripoli", "Juba", "Malakal", "Bentiu", "Karachi",
    "Quetta", "Peshawar", "Lahore", "Mandalay", "Yangon", "Manila", "Cotabato", "Marawi", "Bogota", "Cali",
    "Medellin", "Culiacan", "Tijuana", "Kharkiv", "Donetsk", "Mariupol",
)
EVENTS = (
    "Gunmen killed {n} people in {town} on {day} May.",
    "An air strike hit {town} on {day} May.",
    "Troops clashed with rebels in {town} on {day} May.",
    "Protesters marched in {town} on {day} May.",
    "A bomb killed {n} soldiers in {town} on {day} May.",
    "Police arrested {n} men in {town} on {day} May.",
    "Fighting resumed there on {day} May.",
    "Rebels shelled the town, killing {n}.",
)


def document(n: int, seed: int = 1) -> Document:
    """N event sentences, three to a paragraph, each at most ~48 characters (N=20,000: about 800,000)."""
    rng = random.Random(seed)
    paragraphs, sentences = [], []
    for i in range(n):
        sentences.append(rng.choice(EVENTS).format(n=rng.randint(2, 9), town=rng.choice(TOWNS),
                                                   day=rng.randint(1, 20)))
        if len(sentences) == 3 or i == n - 1:
            paragraphs.append(" ".join(sentences))
            sentences = []
    text = "\n\n".join(paragraphs)
    return Document(f"bench-drafts-{n}", text, dt.date(2020, 5, 31), source="Bench Wire")


class _Timed:
    """Wraps the drafting functions the extractor calls, summing the seconds spent in them."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def wrap(self, fn):  # noqa: ANN001, ANN202
        def timed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - t0
        return timed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = ap.parse_args()
    from conflictlens.extract import extractor as extractor_mod

    timer = _Timed()
    for module, name in ((drafts_mod, "absorb"), (fold_mod, "place_lone_event"), (fold_mod, "fold_lead")):
        setattr(extractor_mod, name, timer.wrap(getattr(module, name)))
    ex = Extractor(load_settings().with_overrides(max_chars=10**9))  # one window: every draft in one merge
    ex.code(document(50))  # model, gazetteer and index loads
    base_total = base_drafts = None
    print(f"{'sentences':>9} {'chars':>9} {'events':>7} {'s/1k total':>11} {'ratio':>6} {'s/1k drafts':>12} "
          f"{'ratio':>6}")
    for n in args.sizes:
        doc = document(n)
        timer.seconds = 0.0
        t0 = time.perf_counter()
        result = ex.code(doc)
        total = (time.perf_counter() - t0) / n * 1000
        drafting = timer.seconds / n * 1000
        base_total, base_drafts = base_total or total, base_drafts or drafting
        print(f"{n:>9,} {len(doc.text):>9,} {len(result.reports):>7,} {total:>11.3f} {total / base_total:>6.2f} "
              f"{drafting:>12.3f} {drafting / base_drafts:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
