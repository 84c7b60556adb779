"""The extractor: one Document in, its events (Reports) and cumulative tallies out.

Flow per document (design.md §3): split sentences -> find places over the whole text (country priors) ->
keep the sentences that can hold an event or a figure -> spaCy NER on those only -> per sentence: triggers,
actors, date, figures, claimant -> event drafts, merged when they describe the same event -> Reports.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from conflictlens import EXTRACTOR_VERSION
from conflictlens.config import Settings, load_settings
from conflictlens.drafts import Draft, absorb, fold_lead
from conflictlens.finalize import finalize
from conflictlens.models import Document, Report, Tally
from conflictlens.nlp.sentences import Sentence, split_sentences


@dataclass(frozen=True)
class CodeResult:
    document: Document
    reports: tuple[Report, ...]
    tallies: tuple[Tally, ...]
    skipped: str | None = None
    seconds: float = 0.0


class Extractor:
    """Codes documents into ACLED-style events. Loads spaCy and the gazetteer lazily, once."""

    def __init__(self, settings: Settings | None = None, model_path: str | None = None) -> None:
        self.settings = settings or load_settings()
        self.model_path = model_path
        self._model = None
        self.version = EXTRACTOR_VERSION if not model_path else f"{EXTRACTOR_VERSION}+model"

    def code(self, document: Document) -> CodeResult:
        return next(iter(self.code_many([document])))

    def code_many(self, documents: Iterable[Document]) -> Iterator[CodeResult]:
        for doc in documents:
            started = time.perf_counter()
            if not doc.text.strip():
                yield CodeResult(doc, (), (), skipped="empty text")
                continue
            reports, tallies = self._code_text(doc)
            yield CodeResult(doc, tuple(reports), tuple(tallies), seconds=time.perf_counter() - started)

    def _code_text(self, doc: Document) -> tuple[list[Report], list[Tally]]:
        from conflictlens.context import ArticleContext

        published = doc.published or dt.date.today()
        text = doc.text
        sentences = split_sentences(text)
        ctx = ArticleContext.build(doc, text, sentences, published)
        facts = ctx.sentence_facts(self.settings.batch_size)
        drafts: list[Draft] = []
        tallies: list[Tally] = []
        for fact in facts:
            tallies.extend(fact.tallies)
            drafts = absorb(drafts, fact, ctx)
        reports = [finalize(d, ctx, self.version) for d in fold_lead(drafts)]
        reports = [r for r in reports if r is not None]
        if self.model_path:
            reports = self._apply_model(reports)
        return reports, tallies

    def _apply_model(self, reports: list[Report]) -> list[Report]:
        """Re-label sub-event types with a user's own trained classifier (conflictlens train)."""
        from dataclasses import replace

        from conflictlens.taxonomy import EVENT_TYPE_OF

        if self._model is None:
            from conflictlens.train import load

            self._model = load(self.model_path)  # type: ignore[arg-type]
        texts = [" ".join(e.sentence for e in r.evidence) for r in reports]
        if not texts:
            return reports
        labels = self._model.predict(texts)  # type: ignore[attr-defined]
        return [replace(r, sub_event_type=lab, event_type=EVENT_TYPE_OF.get(lab, r.event_type))
                for r, lab in zip(reports, labels, strict=True)]


__all__ = ["CodeResult", "Extractor", "Sentence"]
