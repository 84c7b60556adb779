"""Event triggers: which sub-event types a sentence mentions, where, and whether the mention is real.

Not events (docs/taxonomy.md §1): threats, plans, warnings, hypotheticals and negated mentions. Those are dropped
here, so later stages only see asserted events.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from conflictlens.nlp.claims import speaks_of_itself, teller_span
from conflictlens.nlp.lexicon import (
    PatternRef,
    alternation,
    kin_of_armed,
    pattern_index,
    trigger_rules,
    word_starts,
)
from conflictlens.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VIOLENCE_AGAINST_CIVILIANS


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
    rules: tuple[str, ...] = ()  # the recode rules that rewrote it (extract/recode.py)


# Words shortly before a trigger that make it unreal: a threat, plan, condition or negation. The modal "may" is
# lower-case and not followed by a number, so the month ("On 6 May 2020, protests ...") does not count.
_UNREAL_BEFORE = re.compile(
    r"\b(?:threat(?:en(?:ed|s)?)? (?:of|to)|threatening to|plan(?:s|ned|ning)? to|vow(?:ed|s)? to|"
    # "decided to protest anyway", "are expected to protest on Monday", "are due to march": a decision or a forecast
    r"decid(?:e|es|ed|ing) to|resolv(?:e|es|ed) to|(?:is|are|was|were) (?:set|expected|due|scheduled|slated) to|"
    r"warn(?:ed|s)? (?:of|that|against)|"
    r"would|could|might|(?-i:may)(?! \d)|will|if|unless|ready to|prepared to|intend(?:s|ed)? to|"
    r"no(?! (?:fewer|less|more) than)|not|never|without|"
    r"fear(?:s|ed)? (?:of|that)|risk of|calls? for|called for|demand(?:ed|s|ing)? (?:an? |the )?(?:end to|halt to)|"
    r"to prevent|prevent(?:ing)?|(?:prevented|stopped) (?:\w+ ){0,2}from|ban(?:ned|s)? on|"
    r"pull(?:ed)? back|withdraw|observe|respect|urged|accus(?:ed|ing) \w+ of planning|"
    # "called off a planned raid", "cancelled the offensive", "aborted an air strike": it did not happen
    r"call(?:ed|s|ing)? off|cancel(?:l?ed|s|l?ing)?|abort(?:ed|s|ing)?|postpon(?:ed|es|ing)|shelv(?:ed|es|ing)|"
    # "denied firing on Marinka", "denies carrying out the attack": the denial is a claim about an event, not one
    r"den(?:y|ies|ied|ying)(?: (?:any|having|ever|carrying out|responsibility for|involvement in|a role in|"
    # "denied reports that its troops had shelled villages": the report denied is not told as fact
    r"(?:the )?(?:reports?|claims?|allegations?|accusations?|charges?)(?: that)?))?|"
    # "preparing an offensive to retake Kidal", "prepares to storm the town": not yet done
    r"prepar(?:ing|es) (?:for|to)|preparing)"
    r"\b(?:\W+\w+){0,3}\W*$",
    re.IGNORECASE,
)
_NEGATED_EVENT = re.compile(
    r"\bno (?:\w+ )?(?:attack|fighting|clash(?:es)?|strike|shelling)s? (?:took place|occurred|happened)\b", re.I)


def _candidate_patterns(sentence: str) -> list[PatternRef]:
    """The patterns that can match `sentence` (see lexicon.pattern_index), in rule then pattern order."""
    by_word, always, requires = pattern_index()
    starts = word_starts(sentence)
    todo = set(always)
    for word in starts:
        todo.update(by_word.get(word, ()))
    return sorted(ref for ref in todo if all(not words.isdisjoint(starts) for words in requires.get(ref, ())))


def has_trigger(sentence: str) -> bool:
    """Whether any trigger pattern occurs in `sentence` (no context, unreal or negation checks)."""
    rules = trigger_rules()
    return any(rules[ri].patterns[pi].search(sentence) for ri, pi in _candidate_patterns(sentence))


def find_triggers(sentence: str) -> list[Trigger]:
    """Asserted event mentions in one sentence, in text order (overlaps resolved by priority). The words naming who
    tells the sentence ("..., a protest organiser said") are read as blanks, so neither a trigger nor a rule's
    context comes from them, unless nothing else in the sentence tells an event ("Organisers of the march said
    5,000 took part")."""
    told = _without_teller(sentence)
    return (_triggers_in(told) if told != sentence else []) or _triggers_in(sentence)


def _without_teller(sentence: str) -> str:
    """The sentence with the teller's words blanked (same length), unless the teller speaks of itself ("Protesters
    said police beat them")."""
    span = teller_span(sentence)
    if span is None or speaks_of_itself(sentence[span[1]:]):
        return sentence
    return sentence[: span[0]] + " " * (span[1] - span[0]) + sentence[span[1]:]


def _triggers_in(sentence: str) -> list[Trigger]:
    if _NEGATED_EVENT.search(sentence):
        return []
    found: list[Trigger] = []
    rules = trigger_rules()
    rule_ok: dict[int, bool] = {}  # per rule, once per sentence: its context holds and its `unless` does not
    calm = _without_aftermath(sentence)
    crowd = _without_planned_protests(calm)  # what protest rules read: no aftermath, no protest still to come
    for ri, pi in _candidate_patterns(sentence):
        rule = rules[ri]
        # most patterns match nothing: the rule's context (a scan as long as theirs) is read only after a match
        matches = list(rule.patterns[pi].finditer(crowd if rule.event_type == PROTESTS else sentence))
        if not matches:
            continue
        if ri not in rule_ok:
            context = crowd if rule.event_type == PROTESTS else calm
            rule_ok[ri] = (rule.context is None or bool(rule.context.search(context))) and (
                rule.unless is None or not rule.unless.search(sentence))
        if not rule_ok[ri]:
            continue
        for m in matches:
            if _is_unreal(sentence, m.start()):
                continue
            found.append(Trigger(rule.key, rule.event_type, rule.sub_event_type, rule.priority, rule.kind,
                                 m.start(), m.end(), m.group(0)))
    found = [_without_a_fight(t) if t.kind == "territory" and (_WITHOUT_A_FIGHT.match(sentence, t.end)
                                                               or _WITHOUT_A_FIGHT_FIRST.match(sentence[:t.start]))
             else t for t in found]
    found = _drop_places_taken_before(found, sentence)  # before overlaps: "attacking a recently captured base"
    found.sort(key=lambda t: (t.start, -t.priority))
    out = _drop_sides_of_a_clash(_drop_grievances(_drop_overlaps(_drop_outranked_weak(found, sentence)), sentence),
                                 sentence)
    out = _drop_diplomatic_protests(out, sentence)  # after its grievance is dropped
    out = _drop_fighting_a_deal_ends(_drop_harmless_storming(out, sentence), sentence)
    out = _drop_arms_handed_over(_drop_fought_over(out, sentence), sentence)
    out = _drop_time_references([t for t in out if not _fighting_named_only(t, sentence)], sentence)
    if any(t.event_type != PROTESTS for t in out):  # "Organisers of the march said 5,000 took part": the march
        out = [t for t in out if not _names_a_person(t, sentence)]
    out = _drop_spates(out, sentence)
    out = [t for t in out if t.kind == "weak" or not _over_a_span(sentence, t)]
    if not any(t.event_type in _VIOLENT_TYPES for t in found) and _KILLING.search(sentence):
        # no trigger, or only one that harms no one: the killing is read from its figure. Beside a siege or an
        # arrest, only a killing someone did ("laid siege on fishermen ..., killing 13 of them"); "One man died
        # and the other was arrested" tells of the event before
        figure = _drop_outranked_weak(_killed_figure(sentence), sentence)
        if found:
            figure = [t for t in figure if _DONE_KILLING.search(sentence, max(0, t.start - 40), t.start)]
        out = sorted(out + figure, key=lambda t: t.start)
    return out


# "Eleven people, including two activists, were killed in separate incidents in Karachi", "There were 10 deaths",
# "gunmen burst into his home, killing him": a killing told with no event word is read from its victim figure (a
# weak trigger, as "two soldiers were killed" is), when the figure names its victims or is itself a killing and
# is no cumulative tally; accidents and quoted figures are dropped as for every weak trigger.
_KILLING = re.compile(r"\b(?:killed|killing|dead|died|deaths|slain|murdered|massacred|gunned down|lost|losing|"
                      r"martyred|(?:claimed|claiming|cost|costing|took|taking) (?:the )?lives|"
                      r"paid the (?:supreme|ultimate) price|made the (?:supreme|ultimate) sacrifice|"
                      r"laid down their lives)\b", re.I)
_DONE_KILLING = re.compile(r"\b(?:killing|killed|kills|executing|executed|massacring|massacred|shooting dead|"
                           r"shot dead)\s+(?:at\s+least\s+|some\s+|about\s+|all\s+)?$", re.I)
_KILLING_FIGURE = re.compile(r"\b(?:deaths|dead|killing|killed|bodies|fatalities)\b", re.I)


@cache
def _armed_victims() -> re.Pattern[str]:
    return re.compile(r"\b" + alternation("armed_victims") + r"\b", re.I)


# "three al-Shabaab members", "two suspected CV operatives": people counted as a group's are armed when it is
_OF_A_GROUP = re.compile(r"\b(?:members?|operatives?|cadres?|loyalists?|elements|affiliates)$", re.I)
_OF_GROUP_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[^,.;()]{1,60}")


def _killed_figure(sentence: str) -> list[Trigger]:
    from conflictlens.nlp.actors import names_an_armed_group
    from conflictlens.nlp.numbers import find_counts

    for c in find_counts(sentence):
        if c.kind != "killed" or c.tally or not (c.who or _KILLING_FIGURE.search(c.text)):
            continue
        if c.value == 0:
            continue
        # "three al-Shabaab members", "five members of Al-Shabaab": the group may follow in an "of" phrase
        owner = _OF_GROUP_AFTER.match(sentence, c.end)
        armed = (_armed_victims().search(c.who or c.text) or (_OF_A_GROUP.search(c.who) and names_an_armed_group(
            c.who + (owner.group(0) if owner else "")))) and not kin_of_armed(sentence, c.start)
        return [_weak("armed_clash_victims" if armed else "attack_victims", c.start, c.end, c.text)]
    return []


def _weak(key: str, start: int, end: int, text: str) -> Trigger:
    """A weak trigger of the rule `key` (triggers.toml) over text[start:end] of the sentence."""
    rule = next(r for r in trigger_rules() if r.key == key)
    return Trigger(rule.key, rule.event_type, rule.sub_event_type, rule.priority, "weak", start, end, text)


# "Two days after the air strike, soldiers set fire to a village", "Following the massacre, militiamen looted shops":
# an event named with "the" after "after", "since", "following" dates the sentence's other event; it is no new one
_TIME_REFERENCE = re.compile(
    r"\b(?:after|since|following|before|ahead\s+of|in\s+the\s+wake\s+of)\s+(?:the|this|that|these|last\s+\w+'s|"
    r"[A-Z]\w+day's)\s+(?:[\w-]+\s+){0,2}$", re.I)


_VERB_FORM = re.compile(r"^\w+ed\b", re.I)


def _drop_time_references(found: list[Trigger], sentence: str) -> list[Trigger]:
    def other(t: Trigger) -> bool:
        return any(o.kind != "weak" and o.sub_event_type != t.sub_event_type and not t.start <= o.start < t.end
                   for o in found)
    # a noun only: "a clash after the police arrested a leader" tells the arrest in a clause of its own
    return [t for t in found
            if not (_TIME_REFERENCE.search(sentence, max(0, t.start - 60), t.start) and not _VERB_FORM.search(t.text)
                    and other(t))]


# "clashes between soldiers and Shabaab militants ... killed nine": the sides of the clash, not armed men who
# attacked (the attack pattern reads "militants ... killed")
_BETWEEN_SIDES = re.compile(r"\s+between\s+[^.;]{1,80}?\s+and\s+(?:[\w'’-]+\s+){0,3}", re.I)


def _drop_sides_of_a_clash(found: list[Trigger], sentence: str) -> list[Trigger]:
    sides = [(t.end, m.end()) for t in found if t.event_type == BATTLES
             if (m := _BETWEEN_SIDES.match(sentence, t.end))]
    if not sides:
        return found
    return [t for t in found if not (t.event_type == VIOLENCE_AGAINST_CIVILIANS
                                     and any(a <= t.start <= b for a, b in sides))]


# "Gunmen stormed a boarding school and seized 80 students": a place stormed to take people, with no one hurt, is the
# abduction; the attack outranks it only when someone is harmed ("stormed the village, killed four and seized ten").
_STORMED = re.compile(r"\b(?:stormed|raided|attacked|invaded|swooped on|burst into)$", re.I)
_HARM_DONE = re.compile(r"\b(?:kill\w*|shot|shooting|wounded|wounding|injur\w*|dead|died|beat|beaten|beating|stabb\w*|"
                        r"hack\w*|tortur\w*|rap(?:ed|ing)|massacr\w*|murder\w*|execut\w*|behead\w*)\b", re.I)


def _drop_harmless_storming(found: list[Trigger], sentence: str) -> list[Trigger]:
    if not any(t.sub_event_type == "Abduction/forced disappearance" for t in found) or _HARM_DONE.search(sentence):
        return found
    return [t for t in found if not (t.sub_event_type == "Attack" and _STORMED.search(t.text))]


# "Rebels entered the town and fought soldiers for several hours before pulling back", "stormed Djibo but withdrew
# after a gun battle with troops", "overran the base but were driven out": a town entered and fought over but not
# kept is the fight, not a takeover; a storming with no one harmed but the fighters is the fight too ("Militants
# stormed Kaya and fought troops for four hours").
_UNDONE = re.compile(r"\b(?:before|then|later|but|and|until)\s+(?:later\s+|eventually\s+|quickly\s+|soon\s+)?"
                     r"(?:(?:they|were|was|had\s+to|being)\s+){0,2}(?:pull(?:ed|ing)\s+(?:back|out)|withdr[ae]w\w*|"
                     r"retreat\w*|(?:driven|pushed|forced|chased|beaten)\s+(?:back|out)|repel+ed|repulsed|"
                     r"fall(?:ing)?\s+back|fell\s+back)\b", re.I)


# "handing over 12 firearms, including M16 rifles and a 60mm mortar", "seized a mortar and 300 rounds": a list of
# arms that changed hands, up to the end of its clause
@cache
def _arms_inventory() -> re.Pattern[str]:
    clause_end = r"(?=[.;]|$|,\s+(?!including\b)\w+ing\b|\s+(?:before|after|when|while|as|but|then|which)\b)"
    return re.compile(r"\b" + alternation("arms_given_up") + r"\s+(?:[\w,-]+\s+){0,4}?" + alternation("arms")
                      + r"\b[^.;]{0,120}?" + clause_end, re.I)


def _drop_inside(found: list[Trigger], sentence: str, pattern: re.Pattern[str], event_type: str) -> list[Trigger]:
    """The triggers less those of `event_type` that start inside a match of `pattern` in the sentence."""
    if not any(t.event_type == event_type for t in found):
        return found
    spans = [m.span() for m in pattern.finditer(sentence)]
    return [t for t in found if not (t.event_type == event_type and any(a <= t.start < b for a, b in spans))]


def _drop_arms_handed_over(found: list[Trigger], sentence: str) -> list[Trigger]:
    """"14 fighters surrendered to the army, handing over 12 firearms, including a 60mm mortar": a weapon named in a
    list of arms handed over, seized or found (words.toml [arms_given_up], [arms]) was not fired; the sentence's
    other triggers stand."""
    return _drop_inside(found, sentence, _arms_inventory(), EXPLOSIONS)


# "attacked a recently captured base", "shelled the newly recaptured town of Kadugli", "the liberated village": a
# participle before its noun describes a place taken earlier, not a taking now
_TAKEN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|this|that|these|those|recently|newly|freshly|once|previously|"
                           r"formerly|only|just)\s+(?:(?:recently|newly|freshly|once|previously|formerly|only|just)"
                           r"\s+)?$", re.I)
_PARTICIPLE = re.compile(r"(?:re)?(?:captured|taken|seized|liberated|overrun|occupied|freed)\s+"
                         r"(?!by\b|from\b|on\b|in\b|at\b|after\b|last\b|earlier\b|during\b|when\b|and\b|or\b)[a-z]",
                         re.I)


def _drop_places_taken_before(found: list[Trigger], sentence: str) -> list[Trigger]:
    """"Militants attacked a recently captured base outside Buulobarde": a territory trigger on a participle
    before its noun names the place, taken some time before; the sentence's own event stands."""
    return [t for t in found if not (t.kind == "territory" and _PARTICIPLE.match(sentence, t.start)
                                     and _TAKEN_BEFORE.search(sentence, max(0, t.start - 40), t.start))]


def _drop_fought_over(found: list[Trigger], sentence: str) -> list[Trigger]:
    if not any(t.event_type == BATTLES and t.kind != "territory" for t in found):
        return found
    undone = _UNDONE.search(sentence)
    harmless = not _HARM_DONE.search(sentence)
    return [t for t in found if not (
        (t.kind == "territory" and undone is not None and undone.start() > t.end)
        or (harmless and t.sub_event_type == "Attack" and _STORMED.search(t.text)))]


# "accepted a ceasefire ... after two days of fighting", "concluded a peace pact after weeks of clashes", "a truce to
# end the fighting": the fighting a deal ends is its background, told as such; the deal is the sentence's event.
_FIGHTING_ENDED = re.compile(r"\b(?:after|following|ending|to end|ended|ends|to halt|halting|to stop|stopping|"
                             r"amid)\b(?:\s+[\w'-]+){0,4}\s+$", re.I)


# "families displaced by earlier fighting", "the longest lull in fighting since the war began", "a pause in the
# clashes": fighting named as what drove people out before, or as what paused, is no event of the sentence
_FIGHTING_NAMED_BEFORE = re.compile(
    r"\b(?:(?:displaced|uprooted|driven\s+out|made\s+homeless)\s+by\s+(?:the\s+)?(?:earlier|previous|past|recent|"
    r"years\s+of|months\s+of|weeks\s+of|last\s+year['’]s)|(?:lull|pause|halt|respite|let-?up|cessation|break)\s+"
    r"(?:in|to|from)(?:\s+the)?)\s+(?:[\w-]+\s+)?$", re.I)


def _fighting_named_only(t: Trigger, sentence: str) -> bool:
    """'families displaced by earlier fighting had sheltered there', 'prolonging the longest lull in fighting since
    the war began': a battle word named as a past cause or as what paused."""
    return (t.event_type == BATTLES and t.kind != "territory"
            and bool(_FIGHTING_NAMED_BEFORE.search(sentence, max(0, t.start - 60), t.start)))


def _drop_fighting_a_deal_ends(found: list[Trigger], sentence: str) -> list[Trigger]:
    if not any(t.sub_event_type == "Agreement" for t in found):
        return found
    return [t for t in found if not (t.event_type == BATTLES and t.kind != "territory"
                                     and _FIGHTING_ENDED.search(sentence, max(0, t.start - 45), t.start))]


# What a force did to a crowd, told after it: "Police dispersed them", "Taliban fighters fired into the air and beat
# some participants" (extract/sentence_rules.py: a protest's next sentence)
CROWD_FORCE = (r"\b(?:intervened|dispers(?:ed|e|ing)|detained|arrested|broke up|break up|baton|lathi|tear ?gas|"
               r"water cannons?|rubber(?:-coated)? bullets|stun grenades|pepper[- ]?spray|skunk water|beat|removed|"
               r"charged|fired (?:\w+ ){0,2}(?:in|into) the air|cleared|opened fire|live (?:rounds|ammunition|bullets)|"
               r"shot dead)\b")
_CROWD_FORCE = re.compile(CROWD_FORCE, re.I)


def tells_crowd_force(sentence: str) -> bool:
    return bool(_CROWD_FORCE.search(sentence))


# What a protest is about: "protested against the arrest of an activist suspected of murder", "blocked roads to
# demand an investigation into a killing". Violence named there is the grievance, not an event of the sentence.
_GRIEVANCE = re.compile(
    r"\b(?:against|over|to demand|demand(?:ed|ing|s)?|to denounce|denouncing|condemning|to condemn|"
    r"call(?:ed|ing)? for|to call for|"
    r"in protest (?:at|of|against|over)|to protest|protesting|justice for|in solidarity with)\b", re.I)
_GRIEVANCE_END = re.compile(r"[;.]|,\s+(?:and|while|but|as|when)\b")
_HARM_TYPES = frozenset({BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS})
# a killing the protest is about ("demanding a probe into the encounter in which 20 woodcutters were gunned down by
# police") is no force used on it
_EXCESSIVE_FORCE = "Excessive force against protesters"


def _grievance_words(triggers: Sequence[Trigger], sentence: str) -> Iterator[tuple[Trigger, re.Match[str], int, int]]:
    """Each grievance word told after a protest trigger: its protest, the word, and the start and end of what closes
    its clause (the sentence's end when nothing does)."""
    for p in triggers:
        if p.event_type == PROTESTS:
            for g in _GRIEVANCE.finditer(sentence, p.end):
                close = _GRIEVANCE_END.search(sentence, g.end())
                yield p, g, *((close.start(), close.end()) if close else (len(sentence), len(sentence)))


def grievance_spans(triggers: Sequence[Trigger], sentence: str) -> list[tuple[int, int]]:
    """Where a protest's grievance is told, after its trigger ("rallied in Paris to protest against the war in
    Gaza": from "to protest" to the end of the clause); none when the sentence holds no protest. The first
    grievance word after each protest opens its span. Whom a protest stands with is told anywhere in its
    sentence, before the trigger too: "protesters in solidarity with Gaza marched in Cairo", "Gaza solidarity
    protesters blocked a road" (the names after "in solidarity with", "in support of", or before "solidarity")."""
    if not any(t.event_type == PROTESTS for t in triggers):
        return []
    spans: dict[Trigger, tuple[int, int]] = {}
    for p, g, close_start, _ in _grievance_words(triggers, sentence):
        if not _SIDE_TAKEN.match(sentence, g.start()):  # told by its names alone, below
            spans.setdefault(p, (g.start(), close_start))
    return [*spans.values(), *_sides_taken(sentence)]


# "in solidarity with the people of Gaza", "in support of Palestinians in Gaza": the side a protest takes, told by
# the names after the phrase (or before "solidarity": "Gaza solidarity protesters")
_SIDE_TAKEN = re.compile(r"\b(?:in|to show|to express|showing|expressing) (?:their |its )?(?:solidarity|support) "
                         r"(?:with|for|of)\b|\bin support of\b")
_SIDE_WORD = re.compile(r"\s+(?:[A-Z][\w'’-]*|the|people|of|in|and|residents|civilians|victims|protesters|"
                        r"students|workers|detainees|prisoners)\b")
_NAMED_SOLIDARITY = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?=\s+solidarity\b)")


def _sides_taken(sentence: str) -> Iterator[tuple[int, int]]:
    for m in _SIDE_TAKEN.finditer(sentence):
        end = m.end()
        while word := _SIDE_WORD.match(sentence, end):
            end = word.end()
        yield m.start(), end
    for m in _NAMED_SOLIDARITY.finditer(sentence):
        yield m.span()


# "police detained Levan Gogoladze, one of the organisers of the nightly protests", "arrested a leader of last
# week's rally": a protest that only says who a person is (an organiser or leader of it) is no event of a sentence
# that tells another
_PERSON_OF = re.compile(r"\b(?:organi[sz]ers?|leaders?|coordinators?|figureheads?|instigators?|ringleaders?|"
                        r"spokesm[ae]n|spokesperson|faces?) of (?:the |a |an |these |those |this |that |last \w+['’]s "
                        r"|\w+day['’]s |\w+['’]s )?(?:[\w-]+ ){0,2}$", re.I)


def _names_a_person(t: Trigger, sentence: str) -> bool:
    return t.event_type == PROTESTS and bool(_PERSON_OF.search(sentence, max(0, t.start - 80), t.start))


# "in a spate of attacks on farming villages", "a series of raids", "a wave of bombings": many events told as one
_SPATE = re.compile(r"\b(?:a|an|the|another|this|last\s+week['’]s|recent)\s+(?:[\w-]+\s+)?(?:spate|series|wave|"
                    r"string|spree|rash|flurry|succession|surge|cycle|run)\s+of\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:attacks|raids|strikes|air\s?strikes|killings|bombings|blasts|explosions|ambushes|assaults|"
                    r"clashes|kidnappings|abductions|shootings|massacres)\b", re.I)


# a period of several days: "since Sunday", "this week", "over the past month", "in recent days" (not "the first
# elections since US troops withdrew")
_OVER_DAYS = re.compile(
    r"\b(?:since\s+(?:(?-i:[A-Z])[a-z]+day|(?-i:[A-Z])[a-z]+\s+\d|\d{1,2}\s+(?-i:[A-Z])|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|last|the\s+(?:start|beginning|weekend)|early|mid|"
    r"late)|over\s+the\s+(?:past|last)|in\s+(?:the\s+)?(?:past|last|recent)|this\s+(?:week|month|year)|"
    r"in\s+recent\s+(?:days|weeks|months)|during\s+the\s+(?:past|last)|for\s+(?:the\s+)?(?:past|last)|"
    r"so\s+far\s+this)\b", re.I)


def _spates(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence names events by the many over several days ("in a spate of attacks ... since Sunday");
    none when it names no period of days ("a series of bombings across Baghdad killed 25" on one day is one
    coordinated event)."""
    return [(m.start(), m.end()) for m in _SPATE.finditer(sentence)] if _OVER_DAYS.search(sentence) else []


def _drop_spates(found: list[Trigger], sentence: str) -> list[Trigger]:
    """'At least 22 people have been killed in a spate of attacks on farming villages since Sunday', 'a series of
    attacks across the north this week': events named by the many over several days, as a whole, are no event of
    their own, nor is the toll counted across them (a weak trigger of the sentence); an event the sentence tells
    besides stays ("Gunmen killed five in Zurmi, the latest in a series of attacks"), and so does a series on one
    day (`_spates`)."""
    spans = _spates(sentence)
    spates = [t for t in found if any(a < t.end and t.start < b for a, b in spans)]
    if not spates:
        return found
    return [t for t in found if t not in spates and t.kind != "weak"]


def _drop_grievances(found: list[Trigger], sentence: str) -> list[Trigger]:
    """Harm told in a protest's grievance (after a grievance word, before its clause closes) is no event of the
    sentence."""
    words = [(g.start(), g.end(), close_end) for _, g, _, close_end in _grievance_words(found, sentence)]
    if not words:
        return found
    return [t for t in found if not (
        (t.event_type in _HARM_TYPES or t.sub_event_type == _EXCESSIVE_FORCE)
        and any(start < t.start and end <= t.start < close_end for start, end, close_end in words))]


# "Soldiers killed five villagers, prompting protests by residents", "shot dead a councillor, sparking protests in
# the town": a protest the violence set off is told as its aftermath. It does not code the violence, nor give a
# protest context to it ("shot dead" at a protest is excessive force). Passives ("protests sparked by ...") and a
# protest set off by no violence told before it ("a fuel price hike sparked protests") are the event itself.
_AFTERMATH = re.compile(r"\b(?:(?:prompt|spark|trigger|provok|fuell?|ignit)(?:ed|ing)|(?:set|setting) off|"
                        r"(?:led|leading) to)\b(?! by\b)", re.I)
_AFTERMATH_END = re.compile(r"[;.]|,\s+(?:and|while|but|when)\b")
_HARM_WORD = re.compile(r"\b(?:killed|killing|shot|wounded|injured|attacked|bombed|shelled|struck|stabbed|"
                        r"beat|beaten|murdered|massacred|abducted|kidnapped|clashed|clashes|fighting)\b", re.I)


def _without_aftermath(sentence: str) -> str:
    """The sentence with each aftermath clause that follows a harm word blanked (same length)."""
    out = sentence
    for m in _AFTERMATH.finditer(sentence):
        if not _HARM_WORD.search(sentence, 0, m.start()):
            continue
        end = _AFTERMATH_END.search(sentence, m.end())
        stop = end.start() if end is not None else len(sentence)
        out = out[: m.start()] + " " * (stop - m.start()) + out[stop:]
    return out


# "ahead of a planned rally", "the organisers of an upcoming protest": a protest still to come is no protest, and no
# context for one (the arrests before it are the event). Only for protests: "a well-planned attack" happened.
_PLANNED_PROTEST = re.compile(
    r"\b(?:planned|upcoming|proposed|forthcoming|scheduled)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:protests?|rall(?:y|ies)|march(?:es)?|demonstrations?|sit-?ins?|strikes?)\b", re.I)


_WENT_AHEAD = re.compile(r"\b(?:joined|went ahead|took part|attended|held|staged|marched)\b", re.I)


# "lodged a strong protest with the embassy", "summoned the envoy to register its protest", "a protest note": a
# government's word to another, no crowd. Dropped after what it is about is read as its grievance ("over the shooting
# near Sotk" is no event of the sentence).
_DIPLOMATIC_PROTEST = re.compile(
    r"\b(?:lodg|regist|fil|sen[dt]|deliver|hand|conve|issu|mak|made)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:(?:strong|strongly[- ]worded|formal|official|diplomatic|stern|vigorous|written|verbal|firm|sharp)\s+){0,2}"
    r"protests?\b(?=\s+(?:with|to|against|over|at|about)\b|\s*[.,;]|\s*$)"
    r"|\b(?:protest|demarche)\s+notes?\b|\bnotes?\s+of\s+protest\b|\bdiplomatic\s+protests?\b"
    r"|\bsummon\w*\s+[^.;]{0,80}?\b(?:to|in)\s+protest\b", re.I)


def _drop_diplomatic_protests(found: list[Trigger], sentence: str) -> list[Trigger]:
    return _drop_inside(found, sentence, _DIPLOMATIC_PROTEST, PROTESTS)


def _without_planned_protests(text: str) -> str:
    """The text with each protest still to come blanked (same length); not when the sentence says it took place
    ("thousands joined the planned march")."""
    if _WENT_AHEAD.search(text):
        return text
    return _PLANNED_PROTEST.sub(lambda m: " " * len(m.group(0)), text)


# "took the town of Jurm without a fight", "marched into Jalalabad unopposed", "took over the base after the
# peacekeepers withdrew": a town taken in the same clause without a fight, or after the other side left, is a
# non-violent transfer ([nonviolent_transfer]), not a battle for it
_NO_FIGHT = r"without (?:firing )?(?:a |any )?(?:fight|shot|resistance|fighting)|unopposed"
_WITHOUT_A_FIGHT = re.compile(
    # (one comma may come first: "walked into Kamanyola on Monday, hours after the army withdrew")
    # (a bracketed district and province, or a country after a comma, may stand between: "entered Kherson city
    # (Khersonskyi, Kherson) after", "moved into Boni, Mali, after")
    r"(?:\([^().;]{0,40}\)|,\s+(?:on |late on |early on )?(?-i:[A-Z])[\w'’-]*|[^.;,()]){0,60}?(?:,\s+)?\b(?:"
    + _NO_FIGHT + "|"
    # "took over the former UN base in Tessalit after the peacekeepers withdrew": the other side had left
    r"(?:(?:hours|days|a day|shortly|soon|just|minutes|weeks) )?"
    r"after (?:the |its |their )?(?:[\w'’-]+ ){0,3}(?:withdrew|had withdrawn|pulled out|had pulled out|"
    r"left|had left|departed|vacated|had vacated|abandoned|had abandoned|retreated|had retreated|"
    # "after Russian forces completed their withdrawal", "after the army's withdrawal"
    r"(?:completed |finished |ended )?(?:its |their )?withdrawal)\b)", re.I)
# the same told first: "Without firing a shot, Taliban fighters entered the city"
_WITHOUT_A_FIGHT_FIRST = re.compile(r"^\W*(?:" + _NO_FIGHT + r")\b[^.;]{0,80}$", re.I)


def _without_a_fight(t: Trigger) -> Trigger:
    """The take as a non-violent transfer, keeping its rank (armed men who "marched into" a town are no march)."""
    return replace(t, key="nonviolent_transfer", event_type=STRATEGIC,
                   sub_event_type="Non-violent transfer of territory", kind="")


# The crime someone is held for, wanted for or accused of: "arrested two men suspected of carrying out the grenade
# attack", "a commander wanted for planning suicide bombings", "accused of kidnapping migrants". It is told as the
# reason for an arrest (or a charge), not as an event of the sentence; "gunmen suspected of being herdsmen killed
# five" still is one (the killing is not what they are suspected of). "Suspected"/"accused of" count only after an
# arrest told before them: "soldiers were accused of raping detained women" is how abuse is reported.
_CHARGE_REASON = (r"(?!being\b|having been\b)(?:(?:carrying out|carried out|staging|organi[sz]ing|planning|"
                  r"masterminding|plotting|involvement in|links to|taking part in|participating in|being behind)\s+)?"
                  r"(?:[\w'-]+\W+){0,3}$")
_CHARGED_WITH = re.compile(
    r"\b(?:wanted|charged|convicted|jailed|sentenced|arrested|detained|held|tried|indicted|prosecuted) "
    r"(?:for|of|over|with|in connection with) " + _CHARGE_REASON, re.IGNORECASE)
# "on a warrant for kidnapping charges", "on charges of murder and kidnapping": the crime a charge or warrant names
_CHARGE_NOUN = re.compile(r"\b(?:warrants?|charges?|counts?) (?:for|of|over|in connection with) " + _CHARGE_REASON,
                          re.IGNORECASE)
_SUSPECTED_OF = re.compile(r"\b(?:suspected|accused) (?:of|over|in connection with) " + _CHARGE_REASON, re.IGNORECASE)
_ARREST_WORD = re.compile(r"\b(?:arrest\w*|detain\w*|custody|captured|nabbed|caught|apprehended|charged|jailed|"
                          r"sentenced|court)\b", re.IGNORECASE)


def _is_unreal(sentence: str, start: int) -> bool:
    before = sentence[max(0, start - 60) : start]
    return bool(_UNREAL_BEFORE.search(before) or _CHARGED_WITH.search(before) or _CHARGE_NOUN.search(before)
                or (_SUSPECTED_OF.search(before) and _ARREST_WORD.search(sentence, 0, start)))


# "Gangs have fought over Jamundi for years", "Fighting has engulfed the outskirts of Kalemie for a week": a perfect
# told over a span of weeks or years is the state of a war, not an event with a day
_PERFECT_BEFORE = re.compile(r"\b(?:have|has|had)(?:\s+been)?\s+(?:[\w-]+\s+){0,1}$", re.I)
_PERFECT_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:have|has|had)\s+(?:been\s+)?[\w-]+", re.I)
_FOR_SPAN = re.compile(
    r"[^,;.]{0,90}?\bfor\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:(?:several|many|more\s+than|over|nearly|almost|about|some|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d+|a|a\s+few|a\s+couple\s+of)\s+)*"
    r"(?:years?|months?|weeks?|decades?)\b", re.I)


def _over_a_span(sentence: str, t: Trigger) -> bool:
    before = sentence[max(0, t.start - 30):t.start]
    return bool((_PERFECT_BEFORE.search(before) or _PERFECT_AFTER.match(sentence, t.end))
                and _FOR_SPAN.match(sentence, t.end))


# Event types whose specific triggers silence a weak (victim-read) trigger in the sentence.
_VIOLENT_TYPES = frozenset({BATTLES, EXPLOSIONS, PROTESTS, RIOTS, VIOLENCE_AGAINST_CIVILIANS})


# A weak trigger after "X said" or inside a quotation ("Police said four people were killed"): in an article, a
# casualty figure of an event told elsewhere, so it names no event of its own (the figure still reaches the event).
# An attribution after the report ("Gunmen killed five farmers, police said") leaves the event standing.
_ATTRIBUTED = re.compile(r"\b(?:said|says|say|told|according to|quoted)\b", re.I)
_QUOTES = ('"', "\u201c", "\u201d")


# Deaths that are no violence at all ("killed in a road accident"): a weak trigger there names nothing.
_MISHAP = re.compile(
    r"\b(?:accidents?|crash(?:ed|es)?|collision|drown(?:ed|ing)|stampede|floods?|flooding|landslides?|earthquake|"
    r"illness|disease|heart attack|electrocuted|lightning)\b", re.I)


# An active verb with its doer and a place ("the army said troops had killed six militants near Gao") reports an
# event, even after "X said"; a victim-first passive there ("police said four people were killed") or a claim
# with no place ("the group said its fighters had killed 30 soldiers") is a figure of an event told elsewhere.
_ACTIVE = re.compile(r"(?:killed|killing|shot|wounded|injured|attacked|ambushed|gunned|stabbed|beat|beaten|"
                     r"assaulted|hacked|tortured|murdered|opened fire|fired)\b", re.I)


_PLACE_AFTER = re.compile(r"\b(?:in|near|outside|at|around)\s+(?:the\s+)?(?:\w+\s+of\s+)?[A-Z]")


def _quoted_figure(sentence: str, t: Trigger) -> bool:
    active = _ACTIVE.match(t.text) and not re.search(r"\b(?:was|were|been|be|being)\s+$", sentence[:t.start])
    if active and _PLACE_AFTER.search(sentence, t.end):
        return False
    return bool(_ATTRIBUTED.search(sentence[:t.start])) or any(q in sentence for q in _QUOTES)


def reported_killing(sentence: str) -> list[Trigger]:
    """'Police said one tribal elder was killed in Dawlatabad district': the weak trigger of a killing told only
    by its figure after "X said", for a short note that names no event in any other way (its one figure is its
    event, not the figure of an event told elsewhere); nothing beside an accident."""
    if not _KILLING.search(sentence) or _MISHAP.search(sentence) or _NEGATED_EVENT.search(sentence) \
            or _spates(sentence):
        return []  # "killed in a series of attacks this week": a toll across many events
    return _killed_figure(sentence)


def _drop_outranked_weak(triggers: list[Trigger], sentence: str) -> list[Trigger]:
    """A weak trigger ("two soldiers were killed") only names the event when no specific violent trigger does ("... in
    an air strike"; "clashed ..., and four soldiers were killed" keeps the clash as the anchor for its actors); a
    weak Battles trigger (armed victims) still outranks an attack on civilians.
    A weak trigger in a quoted figure or beside an accident names nothing."""
    mishap = bool(_MISHAP.search(sentence))
    triggers = [t for t in triggers if t.kind != "weak" or not (mishap or _quoted_figure(sentence, t))]
    triggers = _drop_armed_in_clause(_kin_victims(triggers, sentence), sentence)
    if any(t.kind == "weak" and t.event_type == BATTLES for t in triggers):  # armed victims make it a clash
        triggers = [t for t in triggers if not (t.kind == "weak" and t.event_type == VIOLENCE_AGAINST_CIVILIANS)]
    strong = [t for t in triggers if t.kind != "weak" and t.event_type in _VIOLENT_TYPES]
    if not strong:
        return triggers
    out = []
    for t in triggers:
        if t.kind == "weak" and any(
            not (t.event_type == BATTLES and u.event_type == VIOLENCE_AGAINST_CIVILIANS) for u in strong
        ):
            continue
        out.append(t)
    return out


_CLAUSE_OPEN = re.compile(r",|\b(?:who|whose)\b", re.I)


def _kin_victims(triggers: list[Trigger], sentence: str) -> list[Trigger]:
    """'The wife of a police officer was shot dead': the armed noun names the victim's kin; she is a civilian, so
    the weak clash trigger is a weak attack on her."""
    return [_weak("attack_victims", t.start, t.end, t.text)
            if t.kind == "weak" and t.event_type == BATTLES and kin_of_armed(sentence, t.start) else t
            for t in triggers]


def _drop_armed_in_clause(triggers: list[Trigger], sentence: str) -> list[Trigger]:
    """'A cleric who had preached against the insurgents was shot dead': the armed noun inside the victim's
    relative (or comma) clause is read as a victim by the armed pattern; the victim is the cleric, so that weak
    clash trigger goes when a weak attack trigger spans it from before the clause."""
    attacks = [t for t in triggers if t.kind == "weak" and t.event_type == VIOLENCE_AGAINST_CIVILIANS]
    if not attacks:
        return triggers

    def inside(b: Trigger) -> bool:
        return any(a.start < b.start and b.end <= a.end and _CLAUSE_OPEN.search(sentence, a.start, b.start)
                   for a in attacks)

    return [t for t in triggers if not (t.kind == "weak" and t.event_type == BATTLES and inside(t))]


def _drop_overlaps(triggers: list[Trigger]) -> list[Trigger]:
    """Where two triggers overlap in the text, keep the one of higher priority."""
    kept: list[Trigger] = []
    for t in sorted(triggers, key=lambda t: -t.priority):
        if any(t.start < k.end and k.start < t.end for k in kept):
            continue
        kept.append(t)
    return sorted(kept, key=lambda t: t.start)
