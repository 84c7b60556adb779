"""Term kinds (resources/agreements.toml): what kind of incident breaks a term, and whether a text calls an
event a breach."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from conflictlens.nlp.lexicon import load_resource


@dataclass(frozen=True)
class TermKind:
    name: str
    description: str
    event_types: frozenset[str] = frozenset()
    sub_event_types: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    words: re.Pattern[str] | None = None
    all_words: bool = False
    populated: bool = False
    civilians: bool = False
    blamed: bool = False

    @property
    def textual_only(self) -> bool:
        return not (self.event_types or self.sub_event_types or self.tags or self.words)


@cache
def _resource() -> dict[str, Any]:
    return load_resource("agreements.toml")


@cache
def term_kinds() -> dict[str, TermKind]:
    out = {}
    for name, spec in _resource()["kinds"].items():
        out[name] = TermKind(
            name=name,
            description=spec.get("description", ""),
            event_types=frozenset(spec.get("event_types", ())),
            sub_event_types=frozenset(spec.get("sub_event_types", ())),
            tags=frozenset(spec.get("tags", ())),
            words=re.compile(spec["words"], re.I) if spec.get("words") else None,
            all_words=bool(spec.get("all_words")),
            populated=bool(spec.get("populated")),
            civilians=bool(spec.get("civilians")),
            blamed=bool(spec.get("blamed")),
        )
    return out


def violent_types() -> frozenset[str]:
    return frozenset(_resource()["violent"])


@cache
def _violation_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    spec = _resource()["violation_words"]
    return re.compile(spec["pattern"], re.I), re.compile(spec["agreement"], re.I)


def calls_violation(sentence: str) -> bool:
    """'in another breach of the deal', 'a clear violation of the truce': a breach word and an agreement word."""
    breach, agreement = _violation_patterns()
    return bool(breach.search(sentence)) and bool(agreement.search(sentence))


def kind_matches(kind: TermKind, event_type: str, sub_event_type: str, tags: tuple[str, ...], text: str,
                 populated: bool, civilians: bool) -> str:
    """Why the incident is of the kind the term forbids ("" when it is not)."""
    typed = ""
    if sub_event_type in kind.sub_event_types:
        typed = sub_event_type
    elif event_type in kind.event_types:
        typed = event_type
    tagged = next((t for t in tags if t in kind.tags), "")
    worded = ""
    if kind.words is not None and (m := kind.words.search(text)):
        worded = f"'{m.group(0)}'"
    if kind.all_words:
        hit = f"{typed} with {worded}" if typed and worded else ""
    else:
        parts = [typed, f"tagged {tagged}" if tagged else "", f"evidence says {worded}" if worded else ""]
        hit = "; ".join(p for p in parts if p)
    if not hit:
        return ""
    if kind.populated and not populated:
        return ""
    if kind.civilians and not civilians:
        return ""
    return hit
