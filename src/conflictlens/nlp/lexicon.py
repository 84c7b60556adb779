"""Loading the packaged lexicons in `resources/` (TOML), checked against their schemas and compiled once per
process on first use (never at import)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from conflictlens.taxonomy import EVENT_TYPE_OF

# Per file: how its tables are laid out ("tables": {name: {...}}, "arrays": {name: [{...}, ...]}), the keys each
# table must have and the keys it may have. An unknown key is an error, not a silently ignored typo.
SCHEMAS: dict[str, dict[str, Any]] = {
    "triggers.toml": {"layout": "tables", "required": {"event_type", "sub_event_type", "priority", "patterns"},
                      "optional": {"kind", "context", "unless", "case"}},
    "words.toml": {"layout": "tables", "required": {"words"}, "optional": {"doc"}},
    "actors.toml": {"layout": "arrays", "arrays": {
        "group": ({"name", "inter", "aliases"},
                  {"branch", "branches", "country", "home", "valid", "local", "cue", "generic"}),
        "cue": ({"country", "aliases"}, set()),
    }},
    "claimants.toml": {"layout": "arrays", "arrays": {"claimant": ({"pattern", "name"}, set())}},
}
TRIGGER_KINDS = frozenset({"", "territory", "weak"})


class ResourceError(ValueError):
    """A packaged or user data file that does not follow its schema."""


def load_resource(name: str) -> dict[str, Any]:
    """A TOML file from conflictlens/resources, checked against its schema (ResourceError names the bad key)."""
    with resources.files("conflictlens.resources").joinpath(name).open("rb") as fh:
        data = tomllib.load(fh)
    check_resource(name, data)
    return data


def check_resource(name: str, data: Mapping[str, Any]) -> None:
    schema = SCHEMAS.get(name)
    if schema is None:
        return
    if schema["layout"] == "tables":
        for key, table in data.items():
            _check_keys(f"{name} [{key}]", table, schema["required"], schema["optional"])
        if name == "triggers.toml":
            for key, table in data.items():
                _check_trigger(key, table)
        return
    arrays = schema["arrays"]
    for key, items in data.items():
        if key not in arrays:
            raise ResourceError(f"{name}: unknown table [[{key}]] (known: {', '.join(sorted(arrays))})")
        required, optional = arrays[key]
        for i, item in enumerate(items):
            _check_keys(f"{name} [[{key}]] #{i + 1} ({item.get('name') or item.get('country') or '?'})", item,
                        required, optional)


def _check_keys(where: str, table: Any, required: set[str], optional: set[str]) -> None:
    if not isinstance(table, Mapping):
        raise ResourceError(f"{where}: expected a table")
    missing, unknown = required - set(table), set(table) - required - optional
    if missing:
        raise ResourceError(f"{where}: missing {', '.join(sorted(missing))}")
    if unknown:
        raise ResourceError(f"{where}: unknown key {', '.join(sorted(unknown))} "
                            f"(allowed: {', '.join(sorted(required | optional))})")


def _check_trigger(key: str, table: Mapping[str, Any]) -> None:
    sub, et = table["sub_event_type"], table["event_type"]
    if EVENT_TYPE_OF.get(sub) != et:
        raise ResourceError(f"triggers.toml [{key}]: {et!r} / {sub!r} is not a type and sub-type of the taxonomy")
    if table.get("kind", "") not in TRIGGER_KINDS:
        raise ResourceError(f"triggers.toml [{key}]: kind {table['kind']!r} (allowed: territory, weak)")


@cache
def _words() -> dict[str, Any]:
    return load_resource("words.toml")


def word_list(name: str) -> tuple[str, ...]:
    """The entries of a list in resources/words.toml (KeyError names the missing list)."""
    table = _words().get(name)
    if table is None:
        raise KeyError(f"resources/words.toml has no list [{name}]")
    return tuple(table["words"])


@cache
def word_set(name: str) -> frozenset[str]:
    """`word_list(name)` as a set, built once: for asking whether a word is in the list."""
    return frozenset(word_list(name))


def alternation(name: str) -> str:
    """A words.toml list as one regex group, in the order written: '(?:a|b|c)'."""
    return "(?:" + "|".join(word_list(name)) + ")"


@cache
def _kin_before() -> re.Pattern[str]:
    kin = alternation("kin")
    return re.compile(r"\b" + kin + r"\s+of\s+(?:(?:an?|the|one|two|three|several)\s+)?(?:[\w-]+\s+){0,2}$"
                      r"|\bwhose\s+(?:[\w-]+\s+)?" + kin + r"\b[^,.;]{0,60}$", re.I)


def kin_of_armed(sentence: str, start: int) -> bool:
    """Whether the armed person named at `start` is named only as a victim's kin: 'the wife of a police officer',
    'A nurse whose husband is a police officer was murdered' (words.toml [kin])."""
    return bool(_kin_before().search(sentence, max(0, start - 80), start))


def literal_alternation(strings: Iterable[str]) -> str:
    """Literal strings as one regex group that tries the longest first, with shared beginnings factored out:
    ['al-Shabaab', 'al-Qaeda', 'AQ'] -> '(?:AQ|al\\-(?:Qaeda|Shabaab))'. Python's `re` tries a flat alternation
    one branch at a time at every position; the factored group rejects a position on its first letter, which
    makes a search over hundreds of aliases about fifteen times faster."""
    trie: dict[str, Any] = {}
    for text in strings:
        node = trie
        for ch in text:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_group(trie) if trie else "(?!)"


def _trie_group(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _trie_group(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in node else group  # greedy: the longer string is tried before the one ending here


@dataclass(frozen=True)
class TriggerRule:
    key: str
    event_type: str
    sub_event_type: str
    priority: int
    kind: str
    patterns: tuple[re.Pattern[str], ...]
    context: re.Pattern[str] | None
    # the rule does not count in a sentence where this occurs ("a bomb they were trying to defuse exploded")
    unless: re.Pattern[str] | None = None
    # Per pattern, the word beginnings one of which a match must start with (None: not known, always run).
    # See `word_starts` and `pattern_index`.
    pattern_anchors: tuple[frozenset[str] | None, ...] = ()
    # Per pattern, more word-beginning sets a match holds a word of each (`pattern_requirements`): where the
    # anchors are common words ("people", "men"), the rest of the pattern's words still have to be there.
    pattern_requires: tuple[tuple[frozenset[str], ...], ...] = ()


# "{words:victim_people}" in a trigger pattern: that words.toml list as one alternation
_WORDS_REF = re.compile(r"\{words:(\w+)\}")


def expand_words(pattern: str, where: str = "triggers.toml") -> str:
    """A pattern with each "{words:NAME}" replaced by the words.toml list NAME as one group."""

    def one(m: re.Match[str]) -> str:
        if m.group(1) not in _words():
            raise ResourceError(f"{where}: {m.group(0)} names no list in resources/words.toml "
                                f"(known: {', '.join(sorted(_words()))})")
        return alternation(m.group(1))

    return _WORDS_REF.sub(one, pattern)


def _compiled(pattern: str | None, where: str) -> re.Pattern[str] | None:
    """A rule's `context` or `unless` (case-insensitive), its word lists expanded as in the patterns."""
    return re.compile(expand_words(pattern, where), re.IGNORECASE) if pattern else None


@cache
def trigger_rules() -> tuple[TriggerRule, ...]:
    rules = []
    for key, spec in load_resource("triggers.toml").items():
        flags = 0 if spec.get("case") else re.IGNORECASE
        patterns = tuple(re.compile(expand_words(p, f"triggers.toml [{key}]"), flags) for p in spec["patterns"])
        each = tuple(pattern_anchors(p) for p in patterns)
        requires = tuple(tuple(words for words in pattern_requirements(p) if words != anchors)
                         for p, anchors in zip(patterns, each, strict=True))
        rules.append(
            TriggerRule(
                key=key,
                event_type=spec["event_type"],
                sub_event_type=spec["sub_event_type"],
                priority=int(spec["priority"]),
                kind=spec.get("kind", ""),
                patterns=patterns,
                context=_compiled(spec.get("context"), f"triggers.toml [{key}] context"),
                unless=_compiled(spec.get("unless"), f"triggers.toml [{key}] unless"),
                pattern_anchors=each,
                pattern_requires=requires,
            )
        )
    return tuple(rules)


# ---- word-start prefilter ------------------------------------------------------------------------------
# Python's `re` has no fast path for a long case-insensitive alternation, so a trigger pattern costs a scan
# of the sentence even when its words are nowhere in it. A pattern whose every match holds a word that starts
# with known letters ("\\b(?:air|drone)\\s?strikes?", "\\b(?:a |the )?(?:huge )?blasts? killed") can only match a
# sentence with such a word: the sentence's word beginnings (`word_starts`) are a set, and a pattern whose
# anchors miss it is skipped without a scan. Patterns with no such word keep None and always run.
ANCHOR_MIN, ANCHOR_MAX = 3, 6
_LETTERS = re.compile(r"[^\W\d_]+")
_MAX_EXPANSIONS = 400
# In the spelled-out forms of a pattern (`_spellings`): characters nothing is known of (they may be letters),
# and a known word edge (a boundary, a space, a digit): letters right after an edge open a word.
_UNKNOWN, _EDGE = "\x00", "\x01"


PatternRef = tuple[int, int]  # (rule index, pattern index) in trigger_rules()


PatternIndex = tuple[
    dict[str, tuple[PatternRef, ...]], tuple[PatternRef, ...], dict[PatternRef, tuple[frozenset[str], ...]]
]


@cache
def pattern_index() -> PatternIndex:
    """Word beginning -> the trigger patterns anchored on it, the patterns with no anchor (always run), and per
    pattern the further word beginnings a sentence must hold one of each of (`TriggerRule.pattern_requires`)."""
    by_word: dict[str, list[PatternRef]] = {}
    always: list[PatternRef] = []
    requires: dict[PatternRef, tuple[frozenset[str], ...]] = {}
    for ri, rule in enumerate(trigger_rules()):
        for pi, anchors in enumerate(rule.pattern_anchors):
            if anchors is None:
                always.append((ri, pi))
            else:
                for word in anchors:
                    by_word.setdefault(word, []).append((ri, pi))
            if rule.pattern_requires and rule.pattern_requires[pi]:
                requires[(ri, pi)] = rule.pattern_requires[pi]
    return {w: tuple(refs) for w, refs in by_word.items()}, tuple(always), requires


def word_starts(sentence: str) -> frozenset[str]:
    """Every word's first 3..6 letters, lower-cased: what pattern anchors are looked up in."""
    out: set[str] = set()
    for word in _LETTERS.findall(sentence.lower()):
        for k in range(ANCHOR_MIN, min(len(word), ANCHOR_MAX) + 1):
            out.add(word[:k])
    return frozenset(out)


def pattern_anchors(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Word beginnings one of which every match of `pattern` holds as the start of a word, or None when that
    cannot be told. Each spelled-out form of the pattern (`_spellings`) gives its longest known word."""
    from re import _parser  # type: ignore[attr-defined]  # the stdlib's own regex parser

    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unusual construct: no prefilter, the pattern always runs
        return None
    return _longest_words(_spellings(list(tree), _parser))


def pattern_requirements(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Word-beginning sets every match of `pattern` holds a word of, one per stretch of the pattern. Spelling out
    a whole pattern stops knowing its words where the forms would pass `_MAX_EXPANSIONS` ("{words:victim_people}
    ... were killed": only the victim words anchor it); here the pattern's top-level items are cut into stretches
    at those points and each stretch is spelled out on its own, so the verbs after the victims count too. A
    stretch's first letters open a word only when every form of the stretch before ends in a known non-letter."""
    from re import _parser  # type: ignore[attr-defined]  # the stdlib's own regex parser

    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unusual construct: nothing known
        return ()
    return _stretch_requirements(list(tree), "", _parser)


def alternative_requirements(pattern: re.Pattern[str]) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """For a pattern that is one alternation (after a leading word boundary), per alternative the word-beginning
    sets a match by it holds a word of each (as `pattern_requirements`): a sentence can match only where every
    set of some alternative meets its `word_starts` (`may_match`). None when the pattern is no alternation or an
    alternative requires nothing."""
    from re import _parser  # type: ignore[attr-defined]  # the stdlib's own regex parser

    try:
        tree = list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unusual construct: nothing known
        return None
    lead = ""
    while tree and tree[0][0] is _parser.AT:
        if tree[0][1] in (_parser.AT_BOUNDARY, _parser.AT_BEGINNING, _parser.AT_BEGINNING_STRING):
            lead = _EDGE
        tree = tree[1:]
    if len(tree) != 1 or tree[0][0] is not _parser.BRANCH:
        return None
    found = tuple(_stretch_requirements(list(alt), lead, _parser) for alt in tree[0][1][1])
    return found if all(found) else None


def may_match(requirements: tuple[tuple[frozenset[str], ...], ...], sentence: str) -> bool:
    """Whether some alternative's word sets (`alternative_requirements`) all meet the sentence's word beginnings."""
    starts = word_starts(sentence)
    return any(all(not words.isdisjoint(starts) for words in alternative) for alternative in requirements)


def _stretch_requirements(items: list, lead: str, p: Any) -> tuple[frozenset[str], ...]:
    """`pattern_requirements` of a sequence of parsed items; `lead`: what is known of the character before it
    (`_EDGE`, or "" for nothing)."""
    stretches: list[frozenset[str] | None] = []
    out = {lead}
    for item in items:
        heads = _spellings([item], p)
        if len(out) * len(heads) > _MAX_EXPANSIONS:
            stretches.append(_longest_words(out))
            edge = all(form and form[-1] != _UNKNOWN and not _LETTERS.match(form[-1]) for form in out)
            out = {_EDGE if edge else _UNKNOWN}
        out = {a + b for a in out for b in heads}
    stretches.append(_longest_words(out))
    return tuple(words for words in stretches if words is not None)


def _longest_words(spellings: set[str]) -> frozenset[str] | None:
    """The first `ANCHOR_MAX` letters of each spelled-out form's longest word known to open a word (`ANCHOR_MIN`
    letters or more), or None when some form holds no such word."""
    anchors = set()
    for spelling in spellings:
        best = ""
        for m in _LETTERS.finditer(spelling):
            opens_a_word = m.start() > 0 and spelling[m.start() - 1] != _UNKNOWN
            if opens_a_word and len(m.group()) >= ANCHOR_MIN and len(m.group()) > len(best):
                best = m.group()
        if not best:
            return None
        anchors.add(best[:ANCHOR_MAX])
    return frozenset(anchors) if anchors else None


def _spellings(items: list, p: Any) -> set[str]:
    """The strings a sequence of parsed items can match, lower-cased, with `_UNKNOWN` for what is not a literal
    and `_EDGE` for a known word edge. A repeat spells out its last round after an unknown stretch, and an
    item whose spellings would pass `_MAX_EXPANSIONS` is unknown: the forms stay true of every match."""
    out = {""}
    for op, av in items:
        if op is p.AT:
            heads = {_EDGE} if av in (p.AT_BOUNDARY, p.AT_BEGINNING, p.AT_BEGINNING_STRING) else {""}
        elif op is p.ASSERT or op is p.ASSERT_NOT:
            heads = {""}  # a look-around takes no characters
        elif op is p.LITERAL:
            heads = {chr(av).lower()}
        elif op is p.SUBPATTERN:
            heads = _spellings(list(av[-1]), p)
        elif op is p.BRANCH:
            heads = set().union(*(_spellings(list(alt), p) for alt in av[1]))
        elif op is p.IN:
            heads = {_EDGE if _no_letters(av, p) else _UNKNOWN}
        elif op is p.MAX_REPEAT or op is p.MIN_REPEAT:
            low, high, sub = av
            once = _spellings(list(sub), p)
            heads = once if high == 1 else {_UNKNOWN + h for h in once}
            if low == 0:
                heads = heads | {""}
        else:
            heads = {_UNKNOWN}
        if len(out) * len(heads) > _MAX_EXPANSIONS:
            heads = {_UNKNOWN}
        out = {a + b for a in out for b in heads}
    return out


def _no_letters(members: list, p: Any) -> bool:
    """Whether a character class ("[- ]", "\\s", "\\d") holds no letter."""
    for op, av in members:
        if op is p.LITERAL and not chr(av).isalpha():
            continue
        if op is p.CATEGORY and av in (p.CATEGORY_SPACE, p.CATEGORY_DIGIT):
            continue
        return False
    return True
