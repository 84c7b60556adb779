"""spaCy NER on word windows around capitals (nlp/pipeline.py): real model, texts written for the project."""

from __future__ import annotations

from pathlib import Path

from conflictlens.nlp.pipeline import _windows, entity_spans
from conflictlens.nlp.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent


def test_windows_keep_the_words_around_capitals_and_drop_long_lower_case_stretches():
    text = ("the talks went on for many long hours and then for several more days before anyone agreed "
            "to anything at all in Geneva last week")
    (only,) = _windows(text, 4)
    assert text[only[0]:only[1]] == "anything at all in Geneva last week"
    assert _windows(text, None) == [(0, len(text))]
    assert _windows("no capitals here at all", 4) == []


def test_windowed_entities_match_whole_sentence_entities_on_the_examples():
    sentences = [s.text for p in sorted((ROOT / "examples").glob("*.txt"))
                 for s in split_sentences(p.read_text(encoding="utf-8"))]
    windowed = entity_spans(sentences)
    whole = entity_spans(sentences, window=None)
    same = sum(a == b for a, b in zip(windowed, whole, strict=True))
    assert same / len(sentences) >= 0.9, same / len(sentences)
    assert sum(map(len, whole)) > 100
