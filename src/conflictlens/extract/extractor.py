"""The extractor: one Document in, its events (Reports) and cumulative tallies out.

Flow per document (docs/design.md §3): split sentences -> keep the sentences that can hold an event or a figure ->
spaCy NER on the event sentences only (batched across a chunk of documents) -> places over the whole text
(country priors) -> per sentence: triggers, actors, date, figures, claimant -> event drafts, merged when they
describe the same event -> Reports. With `workers` > 1, chunks are coded in that many processes, output in
input order.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from conflictlens.config import AUTO_WORKERS, Settings, available_cores, load_settings
from conflictlens.extract.agreements import recode_agreements
from conflictlens.extract.draft_index import Drafts
from conflictlens.extract.drafts import Draft, absorb
from conflictlens.extract.finalize import finalize
from conflictlens.extract.fold import adopt_placeless, fold_lead, lone_order, lone_placeable, place_lone_event
from conflictlens.extract.version import extractor_version
from conflictlens.ingest.dateline import filing_day, parse_dateline
from conflictlens.models import Document, Report, Tally
from conflictlens.nlp.sentences import Sentence, split_sentences, summary_items

if TYPE_CHECKING:
    from conflictlens.extract.context import ArticleContext, SentenceFacts

CHUNK = 16  # documents whose event sentences go through NER together (bigger matrices, ~12 % faster)


@dataclass(frozen=True)
class CodeResult:
    document: Document
    reports: tuple[Report, ...]
    tallies: tuple[Tally, ...]
    skipped: str | None = None
    seconds: float = 0.0


def check_user_data() -> None:
    """Read the user's own actors and places files (if any) before any document: a bad file stops the run with
    its error (InputError naming the key), not every document one by one."""
    from conflictlens.geo.sources import custom_place_rows
    from conflictlens.nlp.actor_data import actor_dictionary

    actor_dictionary()
    custom_place_rows()


class Extractor:
    """Codes documents into ACLED-style events. Loads spaCy and the gazetteer lazily, once. `version` (default:
    the rules' own, extract/version.py) is what the records and the store are stamped with."""

    def __init__(
        self, settings: Settings | None = None, model_path: str | None = None, version: str | None = None
    ) -> None:
        self.settings = settings or load_settings()
        self.model_path = model_path
        self._model = None
        version = version or extractor_version()
        version = version if not self.settings.semantic else f"{version}+semantic"
        self.version = version if not model_path else f"{version}+model"

    def code(self, document: Document) -> CodeResult:
        return next(iter(self.code_many([document])))

    def code_many(self, documents: Iterable[Document], workers: int | None = None) -> Iterator[CodeResult]:
        """Results in input order. `workers` (default: settings.workers) > 1 codes chunks in child processes,
        keeping at most two chunks per worker in flight, so an endless feed is streamed, not read whole.
        AUTO_WORKERS (0) means one process per core when the input holds more than one chunk, else one."""
        check_user_data()
        if self.settings.semantic:
            from conflictlens.extract.semantic import require

            require()  # the extra missing: one error line before any document, not one per document
        workers = self.settings.workers if workers is None else workers
        chunks = _chunks(documents, CHUNK)
        if workers == AUTO_WORKERS:
            workers, chunks = _auto_workers(chunks)
        if workers <= 1:
            for chunk in chunks:
                yield from self._code_safely(chunk)
            return
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                 initargs=(self.settings, self.model_path, self.version)) as pool:
            pending: deque[Future[list[CodeResult]]] = deque()
            for chunk in chunks:
                pending.append(pool.submit(_code_in_worker, chunk))
                if len(pending) >= 2 * workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()

    def _code_safely(self, docs: list[Document]) -> list[CodeResult]:
        """`_code_chunk`, but a document whose coding fails is a result with the error as its skip reason
        (the others are coded one by one), so one bad document never stops a batch."""
        try:
            return self._code_chunk(docs)
        except Exception as exc:  # noqa: BLE001 - retried per document below; the failing one is recorded
            if len(docs) == 1:
                return [_failed(docs[0], exc)]
        out = []
        for doc in docs:
            try:
                out.extend(self._code_chunk([doc]))
            except Exception as exc:  # noqa: BLE001 - recorded as the document's skip reason
                out.append(_failed(doc, exc))
        return out

    def _code_chunk(self, docs: list[Document]) -> list[CodeResult]:
        from conflictlens.nlp.language import foreign_language
        from conflictlens.nlp.pipeline import entity_spans

        started = time.perf_counter()
        foreign = {i: reason for i, doc in enumerate(docs) if (reason := foreign_language(doc.text))}
        contexts = {i: self._context(doc) for i, doc in enumerate(docs) if doc.text.strip() and i not in foreign}
        texts = {i: ctx.ner_texts() for i, ctx in contexts.items()}
        whole = [contexts[i].lower_cased for i, ts in texts.items() for _ in ts]
        flat = entity_spans([t for ts in texts.values() for t in ts], self.settings.batch_size, whole=whole)
        spans, at = {}, 0
        for i, ts in texts.items():
            spans[i], at = flat[at : at + len(ts)], at + len(ts)
        shared = (time.perf_counter() - started) / max(1, len(contexts))  # NER time, split evenly
        out = []
        for i, doc in enumerate(docs):
            if i not in contexts:
                out.append(CodeResult(doc, (), (), skipped=foreign.get(i, "empty text")))
                continue
            t0 = time.perf_counter()
            reports, tallies = self._code_context(contexts[i], spans[i])
            out.append(CodeResult(doc, tuple(reports), tuple(tallies), seconds=shared + time.perf_counter() - t0))
        return out

    def _context(self, doc: Document) -> ArticleContext:
        from conflictlens.extract.context import ArticleContext

        # a wire story's days count from the day its dateline says it was filed, a day or two before a feed or a
        # crawl may have published it
        published = filing_day(doc.text, doc.published or dt.date.today())
        return ArticleContext.build(doc, doc.text, split_sentences(doc.text), published)

    def _code_context(self, ctx: ArticleContext, spans: list) -> tuple[list[Report], list[Tally]]:
        """The article's facts (places, countries, names: over the whole text), then its events, drafted and
        merged window by window (one window unless the text is longer than `settings.max_chars`)."""
        facts = ctx.sentence_facts(self.settings.batch_size, spans)
        reports: list[Report | None] = []
        tallies: list[Tally] = []
        for window in windows(facts, self.settings.max_chars):
            tallies.extend(t for fact in window for t in fact.tallies)
            made = self._draft(window, ctx)
            if self.settings.semantic and not any(made):  # no rule coded this text: the fallback may
                from conflictlens.extract.semantic import lowered, with_fallback

                fallback = with_fallback(window, ctx)
                made = [lowered(r) for r in self._draft(fallback, ctx) if r is not None] if fallback else made
            reports += made
        reports = recode_agreements([r for r in reports if r is not None], ctx)
        if self.model_path:
            reports = self._apply_model(reports)
        return reports, tallies

    def _draft(self, window: Sequence[SentenceFacts], ctx: ArticleContext) -> list[Report | None]:
        """One window's facts -> drafts, merged -> Reports (None: a draft that makes no event)."""
        drafts: list[Draft] = []
        for fact in window:
            drafts = absorb(drafts, fact, ctx)
        place_lone_event(drafts, ctx)
        forward = drafts.forward if isinstance(drafts, Drafts) else []
        folded = adopt_placeless(fold_lead(drafts, ctx.published, summary_items(ctx.sentences)), forward, ctx)
        reports = [finalize(d, ctx, self.version) for d in folded]
        if folded and not any(reports) and ctx.one_paragraph:
            # a short note that makes no event for want of a town: its first event, at the country's level
            at = min(range(len(folded)), key=lambda i: lone_order(folded[i]))
            if lone_placeable(folded[at], ctx):
                reports[at] = finalize(folded[at], ctx, self.version, lone=True)
        return reports

    def _apply_model(self, reports: list[Report]) -> list[Report]:
        """Re-label sub-event types with a user's own trained classifier (conflictlens train)."""
        from dataclasses import replace

        from conflictlens.taxonomy import EVENT_TYPE_OF

        if self._model is None:
            from conflictlens.extract.classifier import load

            self._model = load(self.model_path)  # type: ignore[arg-type]
        texts = [" ".join(e.sentence for e in r.evidence) for r in reports]
        if not texts:
            return reports
        labels = self._model.predict(texts)  # type: ignore[attr-defined]
        return [replace(r, sub_event_type=lab, event_type=EVENT_TYPE_OF.get(lab, r.event_type),
                        coding_rules=(*r.coding_rules, "user_model") if lab != r.sub_event_type else r.coding_rules)
                for r, lab in zip(reports, labels, strict=True)]


def windows(facts: Sequence[SentenceFacts], max_chars: int) -> Iterator[Sequence[SentenceFacts]]:
    """Runs of whole paragraphs spanning at most `max_chars` characters. A text within the limit is one
    window, so an article is drafted in one pass; a longer one (a feed dump, a book) costs time in proportion
    to its length, since merging compares a draft with the drafts of its own window only. A window ends where
    the next story begins (a paragraph opening with a dateline) when it can, else at a paragraph end, else
    (a paragraph longer than the limit) at a sentence end: so concatenated articles are coded as they are
    alone (tests/test_linear.py checks that the windows give the events a whole pass gives)."""
    if not facts or facts[-1].sentence.end - facts[0].sentence.start <= max_chars:
        yield facts
        return
    start = 0
    while start < len(facts):
        end = _window_end(facts, start, max_chars)
        yield facts[start:end]
        start = end


def _window_end(facts: Sequence[SentenceFacts], start: int, max_chars: int) -> int:
    """One past the last fact of the window opening at `start`."""
    limit = facts[start].sentence.start + max_chars
    end, paragraph_end, story_end = start + 1, None, None
    while end < len(facts) and facts[end].sentence.end <= limit:
        if facts[end].sentence.paragraph != facts[end - 1].sentence.paragraph:
            paragraph_end = end
            if parse_dateline(facts[end].sentence.text) is not None:
                story_end = end
        end += 1
    if end == len(facts) or (facts[end].sentence.paragraph != facts[end - 1].sentence.paragraph
                             and parse_dateline(facts[end].sentence.text) is not None):
        return end
    return story_end or paragraph_end or end


def _failed(doc: Document, exc: Exception) -> CodeResult:
    return CodeResult(doc, (), (), skipped=f"extraction failed: {type(exc).__name__}: {exc} (please report it)")


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _auto_workers(chunks: Iterator[list[Document]]) -> tuple[int, Iterator[list[Document]]]:
    """Every core when there is a second chunk (a single chunk is not worth starting processes for)."""
    head = list(itertools.islice(chunks, 2))
    workers = available_cores() if len(head) > 1 else 1
    return workers, itertools.chain(head, chunks)


_WORKER: Extractor | None = None


def _init_worker(settings: Settings, model_path: str | None, version: str) -> None:
    global _WORKER
    _WORKER = Extractor(settings, model_path)
    _WORKER.version = version


def _code_in_worker(chunk: list[Document]) -> list[CodeResult]:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER._code_safely(chunk)


__all__ = ["CodeResult", "Extractor", "Sentence"]
