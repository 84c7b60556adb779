"""Training examples for a user's own sub-type classifier (`conflictlens train`), read from gold files."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from conflictlens.evaluation.sets import read_eval_set


def training_records(paths: Sequence[str | Path]) -> list[tuple[str, str]]:
    """(text, sub_event_type) examples from ACLED-style CSVs or article gold JSONL (sets with sub-types)."""
    pairs: list[tuple[str, str]] = []
    for path in paths:
        es = read_eval_set(path)
        for gd in es.docs:
            events = [e for e in gd.events if e.get("sub_event_type") and not e.get("is_background")]
            if es.fmt == "articles":
                pairs.extend((str(e.get("notes") or ""), str(e["sub_event_type"])) for e in events)
            elif len(events) == 1:
                pairs.append((gd.doc.text, str(events[0]["sub_event_type"])))
    return [p for p in pairs if p[0].strip()]
