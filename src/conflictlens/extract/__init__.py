"""Extraction: one Document in, its events (Reports) and cumulative tallies out.

The stages, in the order a document meets them: `context` (the article's sentences, places, actors and
dates, read once) → `drafts` (sentence facts grouped into one draft per real event) → `finalize` (a draft
becomes a Report: type, actors, place, date, claims) → `notes` (the ACLED-style note). `extractor` runs them
over batches of documents; `batch` reads inputs and numbers the events (`conflictlens code`); `classifier` is
a user's own trained sub-type model (`conflictlens train`, `--model`).
"""

from conflictlens.extract.extractor import CodeResult, Extractor

__all__ = ["CodeResult", "Extractor"]
