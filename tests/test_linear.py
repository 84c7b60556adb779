"""Linear cost (issue 15): a long text is coded in windows with the events a whole pass gives, and the steps
that were quadratic in a long text (actor overlaps, place-mention lookups) give what the pairwise versions
gave. Speed itself is measured by bench/longdoc.py, not here."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conflictlens.config import load_settings
from conflictlens.extract.context import SentenceFacts
from conflictlens.extract.extractor import Extractor, windows
from conflictlens.geo.spans import Containing, Taken
from conflictlens.models import Document
from conflictlens.nlp.actors import ActorMention, _resolve_overlaps, _resolve_overlaps_pairwise
from conflictlens.nlp.sentences import MAX_SENTENCE_CHARS, Sentence, split_sentences

EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.txt"))


def code(text: str, max_chars: int) -> list[str]:
    extractor = Extractor(load_settings().with_overrides(max_chars=max_chars))
    result = extractor.code(Document("joined", text, dt.date(2022, 3, 14)))
    return [json.dumps(r.to_record(), sort_keys=True) for r in result.reports]


def test_concatenated_articles_coded_in_windows_give_the_events_of_a_whole_pass():
    text = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in EXAMPLES)
    longest = max(len(p.read_text(encoding="utf-8")) for p in EXAMPLES)
    whole = code(text, 10 * len(text))
    assert len(whole) > 40
    assert code(text, longest + 200) == whole  # eight windows or so, each ending where a story begins


def facts_of(text: str) -> list[SentenceFacts]:
    return [SentenceFacts(s) for s in split_sentences(text)]


def test_windows_partition_the_sentences_in_order_and_respect_the_limit():
    text = "\n\n".join(" ".join(f"Sentence {p}.{i} is here." for i in range(1 + p % 7)) for p in range(300))
    facts = facts_of(text)
    parts = list(windows(facts, 500))
    assert [f for part in parts for f in part] == facts
    assert all(part for part in parts)
    assert all(part[-1].sentence.end - part[0].sentence.start <= 500 for part in parts)
    # each window ends with a paragraph (no paragraph here is longer than the limit)
    assert all(a[-1].sentence.paragraph != b[0].sentence.paragraph for a, b in zip(parts, parts[1:], strict=False))
    assert list(windows(facts, len(text))) == [facts]


def test_a_paragraph_longer_than_a_window_is_cut_between_sentences():
    text = " ".join(f"Sentence number {i} of one long paragraph." for i in range(400))
    parts = list(windows(facts_of(text), 1_000))
    assert len(parts) > 10 and all(p[-1].sentence.end - p[0].sentence.start <= 1_000 for p in parts)


def test_a_run_without_sentence_ends_is_cut_into_bounded_sentences():
    text = "the militia attacked the village and " * 3_000  # 111,000 characters, no full stop, no capital
    sentences = split_sentences(text)
    assert len(sentences) > 10 and max(len(s.text) for s in sentences) <= MAX_SENTENCE_CHARS
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert " ".join(s.text for s in sentences).split() == text.split()


def test_a_long_unpunctuated_text_is_coded_not_skipped():
    text = "gunmen killed five people in the market and police said the militia attacked the village " * 150
    assert len(text) > MAX_SENTENCE_CHARS  # one sentence to spaCy before (over its length limit when long)
    [result] = Extractor().code_many([Document("flat", text, dt.date(2022, 3, 14))])
    assert result.skipped is None


KINDS = ["group", "state", "police", "protesters", "rioters", "unidentified", "civilians", "other"]
mentions = st.lists(
    st.builds(lambda s, n, k: ActorMention(k, 1, k, s, s + n, "x" * n),
              st.integers(0, 200), st.integers(0, 30), st.sampled_from(KINDS)),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(mentions)
def test_linear_overlap_resolution_keeps_what_the_pairwise_one_kept(found):
    assert _resolve_overlaps(found) == _resolve_overlaps_pairwise(found)


ranges = st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)).map(lambda t: (t[0], t[0] + t[1])),
                  max_size=30)


@settings(max_examples=300, deadline=None)
@given(ranges, ranges, st.lists(st.sampled_from(["ORG", "PERSON", "GPE"]), min_size=30, max_size=30))
def test_place_span_lookups_answer_what_scanning_every_span_answered(taken, asked, labels):
    spans = [(s, e, labels[i]) for i, (s, e) in enumerate(taken)]
    containing = Containing(spans, frozenset({"ORG", "PERSON"}))
    claimed = Taken(300, taken[: len(taken) // 2])
    for s, e in taken[len(taken) // 2 :]:
        claimed.add(s, e)
    for start, end in asked:
        assert containing(start, end) == any(
            s <= start and end <= e and lab in ("ORG", "PERSON") for s, e, lab in spans)
        assert claimed.overlaps(start, end) == any(s < end and start < e for s, e in taken)


def test_sentence_offsets_of_a_long_cut_are_exact():
    text = ("x" * (MAX_SENTENCE_CHARS + 5)) + " tail."
    [first, second] = split_sentences(text)  # no space before the limit: cut at the limit
    assert isinstance(first, Sentence) and (first.start, first.end) == (0, MAX_SENTENCE_CHARS)
    assert second.text == text[second.start:second.end] == "xxxxx tail."
