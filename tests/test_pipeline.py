"""spaCy NER on word windows around capitals (nlp/pipeline.py): real model, texts written for the project."""

from __future__ import annotations

from pathlib import Path

from conflictlens.nlp.pipeline import _windows, entity_spans
from conflictlens.nlp.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent


def test_windows_keep_the_words_around_capitals_and_drop_long_lower_case_stretches():
    text = ("Talks went on for many long hours and then for several more days before anyone agreed "
            "to anything at all in Geneva last week, UN officials said")
    first, second = _windows(text, 4)
    assert text[first[0]:first[1]] == "Talks went on for many"
    assert text[second[0]:second[1]] == "anything at all in Geneva last week, UN officials said"
    assert _windows(text, None) == [(0, len(text))]
    lower = "police fired at a mob in the limbayat area of surat on monday"
    assert _windows(lower, 4) == []
    assert _windows(lower, None) == [(0, len(lower))]


def test_windowed_entities_match_whole_sentence_entities_on_the_examples():
    sentences = [s.text for p in sorted((ROOT / "examples").glob("*.txt"))
                 for s in split_sentences(p.read_text(encoding="utf-8"))]
    windowed = entity_spans(sentences)
    whole = entity_spans(sentences, window=None)
    same = sum(a == b for a, b in zip(windowed, whole, strict=True))
    assert same / len(sentences) >= 0.9, same / len(sentences)
    assert sum(map(len, whole)) > 100


def test_a_lower_cased_document_is_read_whole_by_ner():
    import datetime as dt

    from conflictlens.extract.context import ArticleContext
    from conflictlens.models import Document

    text = ("police fired at a rioting mob in the old city on friday, killing two people, officials said. "
            "the mob had set fire to several shops and vehicles before the police arrived, witnesses said. "
            "a curfew was imposed in several areas of the city after the violence, the state government said.")
    doc = Document("l", text, dt.date(2002, 3, 2))
    ctx = ArticleContext.build(doc, text, split_sentences(text), doc.published)
    assert ctx.lower_cased
    assert len(ctx.ner_texts()) == len(ctx.sentences)
    cased = Document("c", text.capitalize(), dt.date(2002, 3, 2))
    other = ArticleContext.build(cased, cased.text, split_sentences(cased.text), cased.published)
    assert other.lower_cased  # one capital does not make a cased text
    news = "Police fired at rioters in Surat on Friday, killing two people, officials in Gujarat said. " * 3
    assert not ArticleContext.build(doc, news, split_sentences(news), doc.published).lower_cased
