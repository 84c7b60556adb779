"""Evaluation sets: one reader per dev format, all returning an `EvalSet` of `GoldDoc`s.

`read_eval_set(path)` sniffs the format from the file name and its first bytes:

- ``acled2020``  ACLED 2020 CSV (lowercase columns, `notes`)       -> `sets_acled.read_acled2020`
- ``acled2015``  legacy ACLED Asia 2015 CSV (UPPERCASE columns)    -> `sets_acled.read_acled2015`
- ``pitf``       PITF atrocities TSV (disclaimer line first)         -> `sets_acled.read_pitf`
- ``muc4``       MUC-4 role-filling JSON (`{doc_id: {doc, roles}}`)  -> `sets_text.read_muc4`
- ``ipe``        IndiaPoliceEvents sents.jsonl / sents.csv           -> `sets_text.read_ipe`
- ``articles``   our article gold JSONL (`id, published, ... events`) -> `read_articles`
                 (also `wire_gold.jsonl`: short wire reports in the same schema)
- ``wikievents`` WikiEvents JSONL (`doc_id, sentences, event_mentions`) -> `sets_wikievents.read_wikievents`

Every gold event is a dict with §4.2 keys (`event_date`, `event_type`, ...). A gold event may carry
`event_type_any` (a list of acceptable event types, e.g. legacy "Riots/Protests" that the text cannot split).
`--limit N` takes a fixed seeded sample of documents (the files are sorted, so the first N would be biased).
"""

from __future__ import annotations

import json
from pathlib import Path

from conflictlens.errors import InputError
from conflictlens.evaluation import sets_acled, sets_text, sets_wikievents
from conflictlens.evaluation.gold import EvalSet, GoldDoc, parse_iso_date, sample_docs
from conflictlens.models import Document

KNOWN_FORMATS: tuple[str, ...] = ("acled2020", "acled2015", "pitf", "muc4", "ipe", "articles", "wikievents")
FORMAT_HINT = (
    "known formats: ACLED 2020 CSV (notes,event_date,...), legacy ACLED 2015 CSV (NOTES,EVENT_DATE,...), "
    "PITF atrocities TSV, MUC-4 JSON ({doc_id: {doc, roles}}), IndiaPoliceEvents sents.jsonl/sents.csv, "
    "article gold JSONL (id, published, text, events), WikiEvents JSONL (doc_id, sentences, event_mentions)"
)


def sniff_format(path: Path) -> str:
    """The format of a dev file, from its name and first bytes; InputError when unknown."""
    if path.is_dir():
        files = ", ".join(sorted(p.name for p in path.iterdir() if p.is_file())[:5])
        raise InputError(f"{path} is a directory", f"pass one of its files: {files}")
    if not path.is_file():
        raise InputError(f"cannot read {path}: no such file", "check the path")
    with path.open("rb") as fh:
        head = fh.read(4096).decode("utf-8", errors="replace")
        fh.seek(0)
        first = fh.readline(1_000_000).decode("utf-8", errors="replace").lstrip("\ufeff")
    if head.lstrip().startswith("{"):
        if '"doc":' in head and '"events"' not in first:
            return "muc4"
        if '"event_mentions"' in first and '"sentences"' in first:
            return "wikievents"
        if '"sent_text"' in first:
            return "ipe"
        if '"events"' in first and '"text"' in first:
            return "articles"
    elif "Political Instability Task Force" in first or "Event Type\t" in head:
        return "pitf"
    elif "notes" in first and "event_date" in first:
        return "acled2020"
    elif "NOTES" in first and "EVENT_DATE" in first:
        return "acled2015"
    elif "sent_text" in first and "doc_id" in first:
        return "ipe"
    raise InputError(f"{path.name}: unknown evaluation format", FORMAT_HINT)


def read_eval_set(path: str | Path, limit: int | None = None, seed: int = 0) -> EvalSet:
    """Read any known dev format; `limit` keeps a seeded sample of that many documents."""
    p = Path(path)
    fmt = sniff_format(p)
    readers = {
        "acled2020": sets_acled.read_acled2020,
        "acled2015": sets_acled.read_acled2015,
        "pitf": sets_acled.read_pitf,
        "muc4": sets_text.read_muc4,
        "ipe": sets_text.read_ipe,
        "articles": read_articles,
        "wikievents": sets_wikievents.read_wikievents,
    }
    try:
        docs, notes = readers[fmt](p, seed)
    except (ValueError, KeyError, json.JSONDecodeError) as exc:
        raise InputError(f"{p.name}: cannot read as {fmt}: {exc}", FORMAT_HINT) from exc
    sample = sample_docs(docs, limit, seed)
    return EvalSet(name=p.stem, fmt=fmt, path=str(p), docs=sample, total_docs=len(docs), notes=tuple(notes))


def read_articles(path: Path, seed: int = 0) -> tuple[list[GoldDoc], list[str]]:
    """Our article gold JSONL: one article a line (`id, published, source, title, text, events,
    cumulative_claims, agreements`). Events are used as they are (the schema is already §4.2)."""
    del seed
    docs: list[GoldDoc] = []
    notes: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        obj = json.loads(line)
        if not isinstance(obj, dict) or "id" not in obj or not isinstance(obj.get("events"), list):
            notes.append(f"line {n}: not an article with events, skipped")
            continue
        doc = Document(
            doc_id=str(obj["id"]),
            text=str(obj.get("text") or ""),
            published=parse_iso_date(obj.get("published")),
            source=obj.get("source"),
            title=obj.get("title"),
            origin=f"{path.name}:{n}",
        )
        events = tuple(e for e in obj["events"] if isinstance(e, dict))
        labels = {"cumulative_claims": obj.get("cumulative_claims") or [], "agreements": obj.get("agreements") or []}
        docs.append(GoldDoc(doc=doc, events=events, labels=labels))
    return docs, notes
