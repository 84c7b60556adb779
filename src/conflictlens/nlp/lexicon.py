"""Loading the packaged lexicons in `resources/` (TOML), compiled once per process on first use."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


def load_resource(name: str) -> dict[str, Any]:
    """A TOML file from conflictlens/resources."""
    with resources.files("conflictlens.resources").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class TriggerRule:
    key: str
    event_type: str
    sub_event_type: str
    priority: int
    kind: str
    patterns: tuple[re.Pattern[str], ...]
    context: re.Pattern[str] | None
    any: re.Pattern[str]  # one alternation of `patterns`: most sentences fail it in one scan


@cache
def trigger_rules() -> tuple[TriggerRule, ...]:
    rules = []
    for key, spec in load_resource("triggers.toml").items():
        flags = 0 if spec.get("case") else re.IGNORECASE
        patterns = tuple(re.compile(p, flags) for p in spec["patterns"])
        rules.append(
            TriggerRule(
                key=key,
                event_type=spec["event_type"],
                sub_event_type=spec["sub_event_type"],
                priority=int(spec["priority"]),
                kind=spec.get("kind", ""),
                patterns=patterns,
                context=re.compile(spec["context"], re.IGNORECASE) if spec.get("context") else None,
                any=re.compile("|".join(f"(?:{p.pattern})" for p in patterns), flags),
            )
        )
    return tuple(rules)


@cache
def any_trigger() -> re.Pattern[str]:
    """One alternation of every trigger pattern: a cheap test whether a sentence can hold an event."""
    parts = [p.pattern for rule in trigger_rules() for p in rule.patterns]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)
