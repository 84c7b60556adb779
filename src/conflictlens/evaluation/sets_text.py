"""Readers for the document-level sets: MUC-4 role-filling JSON and IndiaPoliceEvents sentences.

Neither carries ACLED-style event records; their gold lives in `GoldDoc.labels` and is scored by
`evaluate_text` (incident detection and roles; sentence-level police actions).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from conflictlens.evaluation.gold import GoldDoc
from conflictlens.models import Document

MUC_ROLES = (
    "perp_individual_id",
    "perp_organization_id",
    "hum_tgt_name",
    "phys_tgt_id",
    "incident_instrument_id",
)
IPE_LABELS = ("KILL", "ARREST", "FORCE", "FAIL", "ANY_ACTION")
STORY_DATE = re.compile(r"this story is from\s+([A-Za-z]+\s+\d{1,2},\s*\d{4})", re.IGNORECASE)


def read_muc4(path: Path, seed: int = 0) -> tuple[list[GoldDoc], list[str]]:
    """MUC-4 JSON `{doc_id: {"doc": text, "roles": {role: [[mention, ...], ...]}}}` (uppercase FBIS text).

    Labels: `roles` (each role a list of entities, each entity a list of coreferent mentions) and
    `relevant` (False when every role is empty: the document reports no incident). No dates, places or
    counts are annotated; documents get no publication date."""
    del seed
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object {doc_id: {doc, roles}}")
    docs: list[GoldDoc] = []
    notes: list[str] = []
    for doc_id, item in data.items():
        if not isinstance(item, dict) or not isinstance(item.get("doc"), str):
            notes.append(f"{doc_id}: no doc text, skipped")
            continue
        raw_roles = item.get("roles") or {}
        roles = {
            r: tuple(tuple(str(m) for m in ent) for ent in raw_roles.get(r) or [] if ent) for r in MUC_ROLES
        }
        relevant = any(roles.values())
        doc = Document(doc_id=str(doc_id), text=item["doc"], origin=f"{path.name}:{doc_id}")
        docs.append(GoldDoc(doc=doc, labels={"roles": roles, "relevant": relevant}))
    return docs, notes


def _ipe_rows(path: Path) -> list[tuple[str, int, str, frozenset[str]]]:
    rows: list[tuple[str, int, str, frozenset[str]]] = []
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                labels = frozenset(
                    k for k in IPE_LABELS if str(row.get(k, "0")).strip() in ("1", "1.0", "True")
                )
                rows.append((str(row["doc_id"]), int(row["sent_id"]), row["sent_text"], labels))
        return rows
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            labels = frozenset(str(x) for x in obj.get("sent_labels") or [])
            rows.append((str(obj["doc_id"]), int(obj["sent_id"]), str(obj["sent_text"]), labels))
    return rows


def story_date(text: str) -> dt.date | None:
    """The date in "This story is from March 10, 2002" (the only date cue in IndiaPoliceEvents)."""
    m = STORY_DATE.search(text)
    if not m:
        return None
    try:
        return dt.datetime.strptime(" ".join(m.group(1).replace(",", ", ").split()), "%B %d, %Y").date()
    except ValueError:
        return None


def read_ipe(path: Path, seed: int = 0) -> tuple[list[GoldDoc], list[str]]:
    """IndiaPoliceEvents `sents.jsonl` (`doc_id, sent_id, sent_text, sent_labels`) or `sents.csv` (0/1
    columns KILL, ARREST, ANY_ACTION, FAIL, FORCE). Sentences are grouped by doc_id in sent_id order and
    joined into the document text; labels keep each sentence's character span and labels. Published =
    the "This story is from <date>" line, when there is one."""
    del seed
    by_doc: dict[str, list[tuple[int, str, frozenset[str]]]] = defaultdict(list)
    for doc_id, sent_id, text, labels in _ipe_rows(path):
        by_doc[doc_id].append((sent_id, text, labels))
    docs: list[GoldDoc] = []
    for doc_id, sents in by_doc.items():
        sents.sort(key=lambda s: s[0])
        text, spans = _join_sentences(sents)
        published = next((d for _, s, _ in sents[:3] if (d := story_date(s))), None)
        doc = Document(
            doc_id=f"ipe-{doc_id}",
            text=text,
            published=published,
            source="Times of India",
            origin=f"{path.name}:doc {doc_id}",
        )
        docs.append(GoldDoc(doc=doc, labels={"sentences": tuple(spans)}))
    return docs, []


def _join_sentences(sents: list[tuple[int, str, frozenset[str]]]) -> tuple[str, list[dict[str, Any]]]:
    parts: list[str] = []
    spans: list[dict[str, Any]] = []
    pos = 0
    for _, sent, labels in sents:
        if parts and not parts[-1][-1:].isspace():
            parts.append(" ")
            pos += 1
        spans.append({"start": pos, "end": pos + len(sent), "text": sent, "labels": sorted(labels)})
        parts.append(sent)
        pos += len(sent)
    return "".join(parts), spans
