"""Reader for WikiEvents (Li, Ji and Han 2021): real news articles with KAIROS event mentions and their
role arguments, annotated sentence by sentence.

One document a line: `doc_id`, `tokens`, `text`, `sentences` (each `[[word, start, end], ...], text]`),
`entity_mentions` (`id`, `sent_idx`, `start`, `end` token offsets, `entity_type`, `text`), `event_mentions`
(`event_type`, `trigger` with `sent_idx`, `arguments` [{`entity_id`, `role`, `text`}]).

The corpus's `text` field runs the sentences together with no space ("...in SyriaThe desert ..."), so the
document text is rebuilt from `sentences`: one space between sentences that were one character apart in the
original and end in a full stop, a blank line otherwise (wider gaps were line breaks; a sentence with no
closing punctuation is a headline or a heading). The labels keep every sentence's character span in that
text, so the scorer can place our events' evidence in gold sentences. The corpus has no publication dates: a
dateline at the top of the text dates the document as `conflictlens code` would date the same text, else
`UNDATED` (a fixed day, so scores do not drift with the calendar).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from conflictlens.evaluation.gold import GoldDoc
from conflictlens.ingest.text import find_dateline
from conflictlens.models import Document

UNDATED = dt.date(2020, 1, 1)
_CLOSERS = ".!?\"'”’)»"


def _separator(prev: Sequence[Any], nxt: Sequence[Any], prev_text: str) -> str:
    """' ' between two sentences of one paragraph, '\n\n' after a line break or a headline."""
    try:
        gap = int(nxt[0][0][1]) - int(prev[0][-1][2])
    except (IndexError, TypeError, ValueError):
        gap = 1
    ends = prev_text.rstrip()[-1:] in _CLOSERS and any(c in ".!?" for c in prev_text.rstrip()[-3:])
    return " " if gap <= 1 and ends else "\n\n"


def rebuild_text(sentences: Sequence[Sequence[Any]]) -> tuple[str, list[tuple[int, int]]]:
    """The document text from the corpus's sentences, and each sentence's (start, end) in it."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, sent in enumerate(sentences):
        text = str(sent[1]).strip()
        if i:
            sep = _separator(sentences[i - 1], sent, str(sentences[i - 1][1]))
            parts.append(sep)
            pos += len(sep)
        spans.append((pos, pos + len(text)))
        parts.append(text)
        pos += len(text)
    return "".join(parts), spans


def _arg_offsets(
    ent: Mapping[str, Any], sentences: Sequence[Sequence[Any]], first_token: Sequence[int]
) -> tuple[int, int] | None:
    """Character span of an entity mention inside its sentence's text (None if the offsets disagree)."""
    si = int(ent.get("sent_idx", -1))
    if not 0 <= si < len(sentences):
        return None
    toks = sentences[si][0]
    a, b = int(ent["start"]) - first_token[si], int(ent["end"]) - first_token[si]
    if not (0 <= a < b <= len(toks)):
        return None
    base = int(toks[0][1])
    start, end = int(toks[a][1]) - base, int(toks[b - 1][2]) - base
    text = str(sentences[si][1])
    return (start, end) if text[start:end] == str(ent.get("text", "")) else None


def _mentions(obj: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    sentences = obj["sentences"]
    first_token, n = [], 0
    for sent in sentences:
        first_token.append(n)
        n += len(sent[0])
    ents = {str(e["id"]): e for e in obj.get("entity_mentions") or []}
    out = []
    for m in obj.get("event_mentions") or []:
        args = []
        for a in m.get("arguments") or []:
            ent = ents.get(str(a.get("entity_id")), {})
            args.append(
                {
                    "role": str(a.get("role", "")),
                    "text": str(a.get("text", "")),
                    "entity_type": str(ent.get("entity_type", "")),
                    "sent": int(ent.get("sent_idx", m["trigger"].get("sent_idx", -1))),
                    "span": _arg_offsets(ent, sentences, first_token) if ent else None,
                }
            )
        out.append(
            {
                "id": str(m.get("id", "")),
                "event_type": str(m.get("event_type", "")),
                "sent": int(m["trigger"].get("sent_idx", -1)),
                "trigger": str(m["trigger"].get("text", "")),
                "arguments": tuple(args),
            }
        )
    return tuple(out)


def read_wikievents(path: Path, seed: int = 0) -> tuple[list[GoldDoc], list[str]]:
    """WikiEvents JSONL -> one GoldDoc per article; labels `sentences` ((start, end, text) per gold sentence)
    and `mentions` (event type, sentence index, trigger, arguments with entity type and in-sentence span)."""
    del seed
    docs: list[GoldDoc] = []
    notes: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        obj = json.loads(line)
        if not isinstance(obj, dict) or not isinstance(obj.get("sentences"), list) or "doc_id" not in obj:
            notes.append(f"line {n}: not a WikiEvents document, skipped")
            continue
        text, spans = rebuild_text(obj["sentences"])
        sents = tuple((s, e, text[s:e]) for s, e in spans)
        doc = Document(
            doc_id=str(obj["doc_id"]),
            text=text,
            published=find_dateline(text) or UNDATED,
            origin=f"{path.name}:{n}",
        )
        docs.append(GoldDoc(doc=doc, labels={"sentences": sents, "mentions": _mentions(obj)}))
    return docs, notes
