"""Role scores on WikiEvents (mention-level gold): coverage of attack mentions, then attacker and target.

Definitions (docs/quality.md, "WikiEvents role metric"):

- **coverage**: share of gold attack mentions (`Conflict.Attack.*`) whose sentence is an evidence sentence
  of one of our events (any evidence item's character span overlaps the sentence; every event counts,
  background or not: the corpus has no publication dates).
- **attacker**: among covered attack mentions with a usable attacker argument, the share where our actor1
  (of an event covering that sentence) is that argument. Attacker arguments: the mention's own `Attacker`,
  and the `Killer`/`Injurer` of a `Life.Die`/`Life.Injure` mention in the same sentence.
- **target**: the same for actor2 against the mention's `Target` and the `Victim` of a `Life.Die`/
  `Life.Injure` mention in the same sentence (KAIROS attack mentions have no Victim role of their own).
- usable: a person, organisation or polity (`PER`, `ORG`, `GPE`), not a pronoun or anaphor ("they",
  "others"); buildings, vehicles and weapons are no ACLED actor.
- "is that argument": the gold gives head words ("gunmen", "IS", "11"), so they are mapped with our own
  actor normaliser (`nlp.actors.find_actor_mentions`) in their sentence, for the event's country: the actor
  mention that holds the head word (or, for a numeral, starts a few words after it: "11 people"), else the
  head word alone. A
  mapped name matches our actor by `match.actor_match`; a head word the normaliser cannot map (a person's
  name, "bomber") matches only when our actor contains its words (`score_text.mention_match`).
- `args_mapped`: share of usable gold role arguments the normaliser maps at all (its gaps, not ours).
- `events_on_gold`: share of our events with an evidence sentence holding a gold violence mention
  (`Conflict.*`, `Life.Die`, `Life.Injure`, `Justice.ArrestJailDetain`, `ArtifactExistence.Damage...`);
  a rough precision (the corpus annotates mentions, not ACLED events).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from conflictlens.evaluation.gold import GoldDoc
from conflictlens.evaluation.match import actor_match, num
from conflictlens.evaluation.score_text import mention_match

Counts = dict[str, float]
ROLE_METRICS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("coverage", "attack mentions covered by our evidence", "ratio", ("cov_hit", "att_n")),
    ("attacker", "attacker = our actor1 (covered)", "ratio", ("a1_hit", "a1_n")),
    ("target", "target/victim = our actor2 (covered)", "ratio", ("a2_hit", "a2_n")),
    ("args_mapped", "gold role words our normaliser maps", "ratio", ("map_hit", "map_n")),
    ("events_on_gold", "our events on a gold violence sentence", "ratio", ("on_gold", "ev_n")),
)
ACTOR1_ROLES = frozenset(("Attacker", "Killer", "Injurer"))
ACTOR2_ROLES = frozenset(("Target", "Victim"))
USABLE_TYPES = frozenset(("PER", "ORG", "GPE"))
ANAPHORS = frozenset(
    (
        "they", "them", "it", "he", "she", "him", "her", "you", "we", "us", "those", "these", "who", "whom",
        "which", "that", "this", "all", "others", "more", "both", "each",
    )
)
VIOLENCE_PREFIXES = (
    "Conflict.",
    "Life.Die",
    "Life.Injure",
    "Justice.ArrestJailDetain",
    "ArtifactExistence.DamageDestroy",
)
# "11 [wounded] people", "scores of people": a numeral's noun follows it within a few words
_NP_GAP = re.compile(r"[\w\s-]{0,25}")
_NUMERAL = re.compile(
    r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|"
    r"dozens|scores|hundreds|thousands|several|many", re.I)


def is_attack(mention: Mapping[str, Any]) -> bool:
    return str(mention.get("event_type", "")).startswith("Conflict.Attack")


def usable(arg: Mapping[str, Any]) -> bool:
    text = str(arg.get("text", "")).strip()
    return arg.get("entity_type") in USABLE_TYPES and bool(text) and text.lower() not in ANAPHORS


def evidence_sentences(pred: Mapping[str, Any], spans: Sequence[tuple[int, int, str]]) -> set[int]:
    """Gold sentences any of the event's evidence items overlaps (by character span, else by text)."""
    found: set[int] = set()
    for ev in pred.get("evidence") or []:
        if not isinstance(ev, Mapping):
            continue
        start, end = num(ev.get("start")), num(ev.get("end"))
        if start is not None and end is not None and end > start:
            found.update(i for i, (s, e, _) in enumerate(spans) if s < end and start < e)
            continue
        sent = str(ev.get("sentence") or "").strip()
        found.update(i for i, (_, _, t) in enumerate(spans) if sent and (sent in t or t.strip() in sent))
    return found


@cache
def _country_of(word: str) -> str | None:
    from conflictlens.geo import country_by_name

    place = country_by_name(word)
    return place.country if place else None


def normalise_arg(arg: Mapping[str, Any], sentence: str, country: str, on: dt.date) -> str | None:
    """Our actor name for a gold head word: the mention holding it in its sentence, else the word alone."""
    from conflictlens.nlp.actors import find_actor_mentions

    span = arg.get("span")
    if span and sentence:
        a, b = int(span[0]), int(span[1])
        for m in find_actor_mentions(sentence, country, on, _country_of):
            holds = m.start <= a and b <= m.end
            heads = (m.start >= b and _NUMERAL.fullmatch(str(arg.get("text", "")).strip()) is not None
                     and _NP_GAP.fullmatch(sentence[b : m.start]) is not None)
            if holds or heads:
                return m.name
    alone = find_actor_mentions(str(arg.get("text", "")), country, on, _country_of)
    return alone[0].name if alone else None


def _is_argument(actor: Any, arg: Mapping[str, Any], sentence: str, country: str, on: dt.date) -> bool:
    if not str(actor or "").strip():
        return False
    name = normalise_arg(arg, sentence, country, on)
    if name is not None:
        return actor_match(actor, name)
    return mention_match(str(arg.get("text", "")), str(actor))


def _role_args(mention: Mapping[str, Any], same_sentence: Sequence[Mapping[str, Any]], roles: frozenset[str],
               own: frozenset[str]) -> list[Mapping[str, Any]]:
    args = [a for a in mention["arguments"] if a["role"] in roles & own]
    for other in same_sentence:
        if str(other["event_type"]).startswith(("Life.Die", "Life.Injure")):
            args.extend(a for a in other["arguments"] if a["role"] in roles - own)
    return [a for a in args if usable(a)]


def _sentence(spans: Sequence[tuple[int, int, str]], arg: Mapping[str, Any]) -> str:
    i = int(arg.get("sent", -1))
    return spans[i][2] if 0 <= i < len(spans) else ""


def role_counts(gd: GoldDoc, preds: Sequence[Mapping[str, Any]]) -> Counts:
    """Per-document counts for ROLE_METRICS."""
    spans: Sequence[tuple[int, int, str]] = gd.labels.get("sentences", ())
    mentions: Sequence[Mapping[str, Any]] = gd.labels.get("mentions", ())
    on = gd.doc.published or dt.date(2020, 1, 1)
    covering: dict[int, list[Mapping[str, Any]]] = {}
    c: Counts = {"att_n": 0, "cov_hit": 0, "a1_n": 0, "a1_hit": 0, "a2_n": 0, "a2_hit": 0,
                 "map_n": 0, "map_hit": 0, "ev_n": len(preds), "on_gold": 0}
    violent = {int(m["sent"]) for m in mentions if str(m["event_type"]).startswith(VIOLENCE_PREFIXES)}
    for p in preds:
        sents = evidence_sentences(p, spans)
        c["on_gold"] += bool(sents & violent)
        for i in sents:
            covering.setdefault(i, []).append(p)
    seen: set[tuple[int, str, Any]] = set()
    for m in (m for m in mentions if is_attack(m)):
        c["att_n"] += 1
        events = covering.get(int(m["sent"]), [])
        c["cov_hit"] += bool(events)
        same = [o for o in mentions if o["sent"] == m["sent"] and o is not m]
        for key, field, own, roles in (("a1", "actor1", frozenset(("Attacker",)), ACTOR1_ROLES),
                                       ("a2", "actor2", frozenset(("Target",)), ACTOR2_ROLES)):
            args = _role_args(m, same, roles, own)
            for a in args:
                if (a["sent"], a["text"], a["span"]) in seen:
                    continue
                seen.add((a["sent"], a["text"], a["span"]))
                country = str(events[0].get("country") or "") if events else ""
                c["map_n"] += 1
                c["map_hit"] += normalise_arg(a, _sentence(spans, a), country, on) is not None
            if not events or not args:
                continue
            c[f"{key}_n"] += 1
            c[f"{key}_hit"] += any(
                _is_argument(p.get(field), a, _sentence(spans, a), str(p.get("country") or ""), on)
                for p in events for a in args
            )
    return c
