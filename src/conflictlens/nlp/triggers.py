"""Event triggers: which sub-event types a sentence mentions, where, and whether the mention is real.

Not events (taxonomy.md §1): threats, plans, warnings, hypotheticals and negated mentions. Those are dropped
here, so later stages only see asserted events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conflictlens.nlp.lexicon import any_trigger, trigger_rules


@dataclass(frozen=True)
class Trigger:
    key: str
    event_type: str
    sub_event_type: str
    priority: int
    kind: str
    start: int  # offsets within the sentence
    end: int
    text: str


# Words shortly before a trigger that make it unreal: a threat, plan, condition or negation. The modal "may" is
# lower-case and not followed by a number, so the month ("On 6 May 2020, protests ...") does not count.
_UNREAL_BEFORE = re.compile(
    r"\b(?:threat(?:en(?:ed|s)?)? (?:of|to)|threatening to|plan(?:s|ned|ning)? to|vow(?:ed|s)? to|"
    r"warn(?:ed|s)? (?:of|that|against)|"
    r"would|could|might|(?-i:may)(?! \d)|will|if|unless|ready to|prepared to|intend(?:s|ed)? to|no|not|never|without|"
    r"fear(?:s|ed)? (?:of|that)|risk of|calls? for|called for|demand(?:ed|s|ing)? (?:an? |the )?(?:end to|halt to)|"
    r"to prevent|prevent(?:ing)?|ban(?:ned|s)? on|"
    r"pull(?:ed)? back|withdraw|observe|respect|urged|accus(?:ed|ing) \w+ of planning)\b(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)
_NEGATED_EVENT = re.compile(
    r"\bno (?:\w+ )?(?:attack|fighting|clash(?:es)?|strike|shelling)s? (?:took place|occurred|happened)\b", re.I)


def has_trigger(sentence: str) -> bool:
    return bool(any_trigger().search(sentence))


def find_triggers(sentence: str) -> list[Trigger]:
    """Asserted event mentions in one sentence, in text order (overlaps resolved by priority)."""
    if _NEGATED_EVENT.search(sentence):
        return []
    found: list[Trigger] = []
    for rule in trigger_rules():
        if not rule.any.search(sentence) or (rule.context is not None and not rule.context.search(sentence)):
            continue
        for pattern in rule.patterns:
            for m in pattern.finditer(sentence):
                if _is_unreal(sentence, m.start()):
                    continue
                found.append(
                    Trigger(rule.key, rule.event_type, rule.sub_event_type, rule.priority, rule.kind,
                            m.start(), m.end(), m.group(0))
                )
    found.sort(key=lambda t: (t.start, -t.priority))
    return _drop_overlaps(_drop_outranked_weak(found, sentence))


def _is_unreal(sentence: str, start: int) -> bool:
    before = sentence[max(0, start - 60) : start]
    return bool(_UNREAL_BEFORE.search(before))


# Event types whose specific triggers silence a weak (victim-read) trigger of another type in the sentence.
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Protests", "Riots", "Violence against civilians"})


# A sentence that quotes someone ("Police said four people were killed"): in an article, a casualty figure of an
# event told elsewhere, so a weak trigger there names no event of its own (the figure still reaches the event).
_ATTRIBUTED = re.compile(r"\b(?:said|says|say|told|according to|quoted)\b", re.I)


def _drop_outranked_weak(triggers: list[Trigger], sentence: str) -> list[Trigger]:
    """A weak trigger ("two soldiers were killed") only names the event when no specific trigger of another violent
    type does ("... in an air strike"); a weak Battles trigger (armed victims) still outranks an attack on civilians.
    In a quoted sentence a weak trigger names nothing."""
    if any(t.kind == "weak" for t in triggers) and _ATTRIBUTED.search(sentence):
        return [t for t in triggers if t.kind != "weak"]
    strong = [t for t in triggers if t.kind != "weak" and t.event_type in _VIOLENT_TYPES]
    if not strong:
        return triggers
    out = []
    for t in triggers:
        if t.kind == "weak" and any(
            u.event_type != t.event_type
            and not (t.event_type == "Battles" and u.event_type == "Violence against civilians")
            for u in strong
        ):
            continue
        out.append(t)
    return out


def _drop_overlaps(triggers: list[Trigger]) -> list[Trigger]:
    """Where two triggers overlap in the text, keep the one of higher priority."""
    kept: list[Trigger] = []
    for t in sorted(triggers, key=lambda t: -t.priority):
        if any(t.start < k.end and k.start < t.end for k in kept):
            continue
        kept.append(t)
    return sorted(kept, key=lambda t: t.start)
