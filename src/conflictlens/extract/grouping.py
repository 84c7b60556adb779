"""Grouping: one sentence's trigger words grouped into the events the sentence tells.

Rules (why, not what):
- A sentence may hold several events: its triggers are split by clause ("shelling killed civilians in X and air
  strikes hit Y" are two events), then each goes with the place nearest to it, and triggers sharing a place form
  one event whose type follows the taxonomy's hierarchy (`choose_primary`: an air strike or shelling inside a
  ground battle is a Battles event; otherwise the higher-priority trigger wins).
- A placeless clause of a type another clause has is the same event; what an event provoked ("..., prompting
  air strikes") with no place of its own is not coded.
- Each figure goes to the event of its own clause, else of the nearest clause before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from conflictlens.extract.sentence_rules import recode_triggers
from conflictlens.geo.countries import normalise
from conflictlens.geo.namewords import NEIGHBOURHOOD_WORDS
from conflictlens.geo.nesting import prominent
from conflictlens.taxonomy import BATTLES, EXPLOSIONS, LOOTING, VIOLENCE_AGAINST_CIVILIANS

if TYPE_CHECKING:
    from conflictlens.extract.context import ArticleContext, SentenceFacts
    from conflictlens.geo.geocode import PlaceMention
    from conflictlens.models import Location
    from conflictlens.nlp.numbers import Count
    from conflictlens.nlp.sentences import Sentence
    from conflictlens.nlp.triggers import Trigger

HARM = frozenset({BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS})


# "..., prompting Russian airstrikes": what an event provoked is another event, told in a clause of its own
CONSEQUENCE = re.compile(r",\s+(?:prompting|triggering|sparking|provoking|drawing)\s+(?:an?\s+|the\s+)?"
                         r"(?:[\w-]+\s+){0,2}?[\w-]*(?:strikes?|attacks?|raids?|operations?|offensive|shelling|bombing|bombardment|"
                         r"clashes|fighting|reprisals?)\b")
CLAUSE = re.compile(r";|,\s+(?:while|as|whereas|but)\s|\s+and\s+|,\s+and\s+|" + CONSEQUENCE.pattern)


Group = tuple["Trigger", "Location | None", "list[Count] | None"]


def group_triggers(facts: SentenceFacts, ctx: ArticleContext, after_crowd: bool = False) -> list[Group]:
    """One (trigger, location, counts) per event the sentence holds: triggers are split by clause
    ("shelling killed civilians in X and air strikes hit Y" are two events), then by nearest place."""
    s = facts.sentence
    triggers = recode_triggers(list(facts.triggers), facts, after_crowd)
    located = [(m, ctx.locate(m)) for m in facts.places]
    located = [(m, loc) for m, loc in located if loc is not None]
    if any(loc.place.kind != "country" for _, loc in located):  # a town beats a country named beside it
        located = [(m, loc) for m, loc in located if loc.place.kind != "country"]
    located = _beside_held(_not_journeys_ends(located, s))
    cuts = [0] + [m.start() for m in CLAUSE.finditer(s.text)] + [len(s.text) + 1]
    by_place: dict[tuple[int, str], list[Trigger]] = {}
    place_of: dict[tuple[int, str], Location | None] = {}
    def clause_of(pos: int) -> int:
        return max(i for i, c in enumerate(cuts) if c <= pos)

    # Places in clauses that hold no trigger ("fired mortars, missiles and heavy machine guns at positions near
    # X": the list's "and" split off the place) belong to the triggers before them.
    busy = {clause_of(t.start) for t in triggers}
    orphans = [(m, loc) for m, loc in located if clause_of(m.start - s.start) not in busy]
    for t in triggers:
        clause = clause_of(t.start)
        lo, hi = s.start + cuts[clause], s.start + cuts[clause + 1]
        # else a place in a clause without an event: after this clause (a list split off), else the one before it
        # ("in Coatzacoalcos, Veracruz, a man was burned and his body was found ...")
        here = ([(m, loc) for m, loc in located if lo <= m.start < hi] or (located if len(triggers) == 1 else [])
                or [(m, loc) for m, loc in orphans if m.start >= lo] or [(m, loc) for m, loc in orphans][-1:])
        if any(loc.local for _, loc in here):  # a town beats a province named in the same clause
            here = [(m, loc) for m, loc in here if loc.local]
        key: tuple[int, str] = (clause, "")
        loc = None
        if here:
            m, loc = min(here, key=lambda ml: _distance(t.start + s.start, ml[0].start, ml[0].end))
            # triggers placed by one place outside their clauses are one event, keyed by the place's clause
            key = (clause if lo <= m.start < hi else clause_of(m.start - s.start), loc.place.name)
        by_place.setdefault(key, []).append(t)
        place_of[key] = loc
    for key in [k for k in by_place if not k[1] and CONSEQUENCE.match(s.text, cuts[k[0]])]:
        # what the event provoked, with no place of its own ("..., prompting retaliatory air strikes"): told too
        # vaguely to code, and not the type of the event that provoked it
        del by_place[key]
        place_of.pop(key, None)
    _fold_placeless(by_place, place_of)
    # Each figure goes to the event of its own clause, else of the nearest clause before it.
    keys = list(by_place)
    counts: dict[tuple[int, str], list[Count]] = {k: [] for k in keys}
    for c in facts.counts:
        clause = max(i for i, cut in enumerate(cuts) if cut <= c.start)
        usable = [k for k in keys if k[1]] or keys  # a located event takes the figures first
        before = [k for k in usable if k[0] <= clause]
        counts[max(before, key=lambda k: k[0]) if before else usable[0]].append(c)
    return [(choose_primary(by_place[k]), place_of.get(k), counts[k] or None if i else counts[k])
            for i, k in enumerate(keys)]


def _beside_held(located: list[tuple[PlaceMention, Location]]) -> list[tuple[PlaceMention, Location]]:
    """A town whose area is named beside it ("in Trujillo, La Libertad") is surely placed: another small place in
    the sentence that resolves to another province or country ("nurses of the Belen Hospital") is a namesake."""
    sure = [loc.place for m, loc in located if m.held]
    if not sure:
        return located
    return [(m, loc) for m, loc in located if m.held or any(
        loc.place.country == p.country and (loc.place.admin1 == p.admin1 or _prominent_by_name(m, loc)) for p in sure)]


# "pilgrims travelling to Karbala", "a convoy bound for Goma", "a bus carrying workers to Quetta", "returning from
# Kabul": where the victims were going or coming from
_JOURNEY_END_BEFORE = re.compile(
    r"\b(?:(?:travell?(?:ing|ed)|head(?:ing|ed)|bound|en route|on (?:its|their|his|her|the) way(?: back)?|going|"
    r"driving|walking|returning|fleeing|coming|(?:carrying|taking|transporting|ferrying)(?: [\w-]+){1,3}?)"
    r"\s+(?:back\s+)?(?:to|for|towards?|from)|bound for)\s+(?:the\s+)?(?:(?:town|city|village|capital) of\s+)?$", re.I)


_AT_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|outside|around|inside|outskirts of)\s+(?:the\s+)?$", re.I)


def _not_journeys_ends(located: list[tuple[PlaceMention, Location]], s: Sentence
                       ) -> list[tuple[PlaceMention, Location]]:
    """'Five passengers on their way to Peshawar were shot dead near Kohat': the place a journey led to or from
    is not where the event was, when the sentence names another place it happened at ("near", "in")."""
    def before(m: PlaceMention, pattern: re.Pattern[str]) -> bool:
        return bool(pattern.search(s.text, max(0, m.start - s.start - 60), m.start - s.start))

    ends = [(m, loc) for m, loc in located if before(m, _JOURNEY_END_BEFORE)]
    rest = [(m, loc) for m, loc in located if (m, loc) not in ends]
    return rest if ends and any(before(m, _AT_PLACE_BEFORE) for m, _ in rest) else located


def _prominent_by_name(m: PlaceMention, loc: Location) -> bool:
    """A big place named by its own name; not one reached by an alternate name ("Porto" for Santana) nor a
    neighbourhood ("Colonia del Valle")."""
    words = normalise(m.text).split()
    return (prominent((loc.place,)) and normalise(loc.place.name) == normalise(m.text)
            and bool(words) and words[0] not in NEIGHBOURHOOD_WORDS)


def _fold_placeless(by_place: dict[tuple[int, str], list[Trigger]], place_of: dict) -> None:
    """A placeless clause whose event type another clause already has is the same event ("clashes erupted
    in X and fighting continued"); a placeless clause of a new type stays its own event."""
    for key in [k for k in by_place if not k[1]]:
        kinds = {t.event_type for t in by_place[key]}
        twin = next((k for k in by_place if k[1] and kinds & {t.event_type for t in by_place[k]}), None)
        if twin is None and kinds & HARM:
            # "gunmen killed seven people and stole hundreds of cows in X": the looting or burning told beside a
            # killing is part of the attack, which names the event
            twin = next((k for k in by_place if k[1] and all(t.sub_event_type == LOOTING for t in by_place[k])), None)
        if twin is not None:
            by_place[twin] += by_place.pop(key)
            place_of.pop(key, None)


def _distance(pos: int, start: int, end: int) -> int:
    # A place after its trigger ("shelled Marinka", "fighting near X") is the usual order: favour it.
    return start - pos if start >= pos else (pos - end) * 2


def choose_primary(triggers: list[Trigger]) -> Trigger:
    """The taxonomy's hierarchy: territory change or a clash beats remote violence inside one battle;
    otherwise the highest priority (chemical > suicide > air > shelling > IED > grenade; attack > abduction)."""
    battles = [t for t in triggers if t.event_type == BATTLES]
    remote = [t for t in triggers if t.event_type == EXPLOSIONS]
    if battles and remote and not any(t.key == "chemical" for t in remote):
        return max(battles, key=lambda t: t.priority)
    return max(triggers, key=lambda t: t.priority)
