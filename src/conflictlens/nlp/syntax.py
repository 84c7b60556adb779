"""Who did what to whom, from the dependency parse of an event sentence.

The actor scan (actors.py) finds who a sentence names; this module decides their roles from the sentence's
syntax around the event's trigger word: the subject of the trigger verb (or the passive agent, or the
possessor or "of"/"by"-phrase of a trigger noun) did it; its object (or passive subject, or the "on"/
"against" phrase) was hit. Only event sentences are parsed, once each, with spaCy's parser (NER excluded: it
ran already). When the parse names no doer, the caller keeps the word-order rules.

    aircraft of the Saudi-led coalition bombed a market  -> actor1 the coalition's leading state
    a strike by the U.S.-led coalition hit a school       -> actor1 the United States
    Eleven soldiers were killed when jihadists attacked   -> actor1 the jihadists, actor2 the soldiers
    Rwandan troops said they had killed 11 insurgents     -> actor1 Rwandan troops (they), actor2 insurgents
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from conflictlens.nlp.actors import ActorMention, Roles, state_forces, state_of_word
from conflictlens.nlp.lexicon import word_list, word_set

ARMED = ("state", "police", "group", "unidentified", "government")
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Words that report rather than act: their subject is the claimant, not the doer of the clause they report.
SPEECH = frozenset({"say", "said", "says", "tell", "told", "report", "reported", "claim", "claimed", "confirm",
                    "confirmed", "announce", "announced", "state", "stated", "add", "added", "accuse", "accused",
                    "blame", "blamed", "allege", "alleged", "deny", "denied", "insist", "insisted"})
TARGET_PREPS = frozenset({"on", "against", "at", "into", "upon", "targeting"})
PRONOUNS = frozenset({"they", "it", "we", "its", "their", "our"})
# A noun attached to the doer by these relations names the doer more exactly ("fighters of the Hashd",
# "Russian jets", "the group's fighters"); a clause hung on it ("backed by army helicopters") does not.
OWNERS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp", "appos", "punct", "parataxis"})
# A mine is set off by its victims: "their patrol triggered a landmine", "a boy stepped on a mine", "the truck ran
# over an explosive device". The subject of these verbs with a mine as object is hit, it did not act.
SETS_OFF = frozenset({"trigger", "triggered", "triggers", "triggering", "step", "stepped", "steps", "stepping",
                      "run", "ran", "runs", "running", "drive", "drove", "drives", "driving", "struck", "strike",
                      "strikes", "hit", "hits", "touched"})
ONTO = frozenset({"on", "over", "onto", "upon"})  # "stepped on a mine", "ran over an explosive device"
MINES = frozenset({"mine", "mines", "landmine", "landmines", "ied", "ieds", "device", "devices", "bomb", "bombs",
                   "explosive", "explosives", "ordnance", "booby", "trap"})


@cache
def load_parser() -> Any:
    """spaCy's tagger and parser (no NER), loaded once per process on first use."""
    import spacy

    from conflictlens.nlp.pipeline import MODEL

    return spacy.load(MODEL, exclude=["ner", "lemmatizer", "senter"])


@lru_cache(maxsize=2048)
def parse(text: str) -> Any:
    """The parsed sentence (cached: an event sentence is parsed once however many events it holds)."""
    return load_parser()(text)


@dataclass(frozen=True)
class _Slots:
    """The tokens that fill the event's roles: the doer's head token, the target's, and the speech verb the
    clause hangs from (whose subject a pronoun doer may stand for)."""

    doer: Any = None
    target: Any = None
    speech: Any = None
    set_off: bool = False  # the target set off a mine ("their patrol triggered a landmine")
    lost: bool = False  # the target is the side that lost people ("the army lost four soldiers"): no doer named
    aimed: Any = None  # what the main clause hit, when the victims a result clause counts name no side


CountryOf = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Parsed:
    """The roles the parse reads; `unnamed`: the parse shows that nobody is named as the doer ("A missile struck
    a market", "the village was shelled"), so word order must not supply one."""

    roles: Roles
    unnamed: bool = False
    co_doers: tuple[ActorMention, ...] = ()  # other armed actors the doer's phrase names (`_co_doers`)
    allied: bool = False  # the co-doers fight beside the doer: the fight names its other side ("clashed with ...")


def syntactic_roles(text: str, mentions: Sequence[ActorMention], start: int, end: int,
                    country: str, country_of: CountryOf, violent: bool = True) -> Parsed | None:
    """actor1/actor2 of the event whose trigger spans text[start:end] as the parse reads them (either may be
    None: "Twelve soldiers were killed by a roadside bomb" names the target only); None when the parse finds
    neither and cannot tell that nobody is named."""
    doc = parse(text)
    head = _trigger_head(doc, start, end)
    if head is None:
        return None
    as_subject = head.dep_ == "aux" and _subject(head.head) is None  # "Shelling hit ..." read as an auxiliary
    if as_subject:
        verb = head.head
        slots = _Slots(target=_child(verb, "dobj") or _prep_object(verb, TARGET_PREPS), speech=_speech_verb(verb))
    elif head.pos_ in ("VERB", "AUX"):
        mine = _child(head, "dobj") or _mine_under(head)
        setter = _setter_off(mine) if mine is not None else None
        slots = _Slots(target=_subject(head), speech=_speech_verb(head), set_off=True) if setter == head else (
            _verb_slots(head))
    else:
        slots = _noun_slots(head)
    # "A bomb exploded outside a police station, killing four policemen": the verb's subject is the weapon the
    # trigger names with it, no doer
    weapon = head.pos_ in ("VERB", "AUX") and slots.doer is not None and start <= slots.doer.idx < end \
        and slots.doer.lower_ in _WEAPONS and not any(m.start <= slots.doer.idx < m.end for m in mentions)
    if weapon:  # but "a bomb planted by Al Shabaab militants went off": who planted it
        slots = replace(slots, doer=_by_phrase(slots.doer))
    # "coalition warplanes struck", "Israeli jets bombed": the trigger word is the actor's own word
    own = next((m for m in mentions if m.kind in ARMED and m.start <= head.idx < m.end
                and not (start <= m.start and m.end <= end)), None)  # more than the trigger's own words
    other_side = slots.target if slots.target is not None and slots.target.dep_ == "conj" else None
    doer = own or (_mention_at(slots.doer, doc, mentions, country, country_of, armed=True, without=other_side)
                   if slots.doer else None)
    if doer is None and head.pos_ in ("NOUN", "PROPN"):
        # "Saudi-led coalition airstrikes hit", "the US-led coalition air raids": an armed actor named in the event
        # noun's own modifiers (lower-case words the slots above do not take)
        left = head.left_edge.idx
        doer = next((m for m in mentions if m.kind in ARMED and left <= m.start and m.end <= head.idx
                     and not (start <= m.start and m.end <= end)), None)  # not the trigger's own words
    if doer is None:  # "Ukrainian shelling killed two", whatever the parse made of it: the demonym on the event word
        doer = _demonym_before(doc, start, country, country_of)
    if (doer is None or doer.kind == "unidentified") and slots.speech is not None and _self_reference(slots.doer):
        speaker = _subject(slots.speech)  # "the Arakan Army said its fighters captured": the speaker acts
        said = _mention_at(speaker, doc, mentions, country, country_of, armed=True) if speaker is not None else None
        doer = said or doer
    target = _mention_at(slots.target, doc, mentions, country, country_of, armed=False) if slots.target else None
    if target is None and slots.set_off and slots.target is not None:
        target = _mention_at(_carried(slots.target), doc, mentions, country, country_of, armed=False) or (
            _force_vehicle_of(slots.target, doc, country, country_of))
    if target is None and slots.target is not None and (holder := _holder(slots.target)) is not None:
        target = _mention_at(holder, doc, mentions, country, country_of, armed=False)
    if slots.doer is not None and slots.doer.head.lower_ == "between" and other_side is None and not own:
        # "between the army and Arakan Army rebels", parsed as one phrase: its two sides in text order
        ranks = _phrase(slots.doer)
        sides = sorted({m for m in mentions if m.kind in ARMED and _mention_tokens(doc, m) & ranks.keys()},
                       key=lambda m: m.start)
        if len(sides) >= 2 and sides[0].name != sides[1].name:
            doer, target = sides[0], sides[1]
    if slots.set_off and target is not None and target.kind in ("group", "unidentified"):
        doer, target = target, None  # "Maoist rebels triggered a landmine that killed five policemen"
    if target is None and slots.aimed is not None:
        target = _mention_at(slots.aimed, doc, mentions, country, country_of, armed=False)
    if target is None:
        target = _victims_of_main_clause(head, doc, mentions, country, country_of)
    if target is None and slots.target is not None and head.pos_ == "NOUN" and head.dep_ in SUBJECTS \
            and head.head.pos_ in ("VERB", "AUX"):
        # "An Israeli drone strike on a car killed a Hezbollah fighter": the thing struck names nobody; whom the
        # strike's verb killed is the target
        victims = _child(head.head, "dobj")
        target = _mention_at(victims, doc, mentions, country, country_of, armed=False) if victims is not None \
            and victims is not slots.target else None
    if target is None and weapon:  # "A bomb exploded ..., killing four policemen": whom the result clause names
        victims = next((_child(c, "dobj") for c in head.children if c.dep_ in ("advcl", "conj", "xcomp")
                        and c.lower_ in _RESULT_VERBS), None)
        target = _mention_at(victims, doc, mentions, country, country_of, armed=False) if victims is not None else None
    if target is None and violent and (passing := _passing(head)) is not None:
        # "A bomb went off as a police patrol was passing", "exploded while an army convoy was travelling"
        target = _mention_at(passing, doc, mentions, country, country_of, armed=False)
    if target is not None and target.kind == "unidentified":
        target = _whose_place(head, doc, mentions, country, country_of, doer) or target
    if target is not None and doer is not None and target.name == doer.name:
        target = None
    # only violence has victims in the subject: "troops were deployed" names the deployed as the doer; and who
    # laid the mine a vehicle set off goes unnamed ("A Russian armoured vehicle struck a mine, killing three")
    unnamed = violent and doer is None and (as_subject or weapon or slots.set_off or _names_nobody(head, slots))
    if doer is None and target is None and not unnamed:
        return None
    backers = _backers(slots.doer, doc, mentions) if slots.doer is not None else ()
    co = _co_doers(slots.doer, doer, doc, mentions, other_side) if doer is not None and slots.doer is not None else ()
    # "fighting with Malian soldiers and Wagner mercenaries": the other armed actors of the fight's "with" phrase
    # are on the target's side (Roles.assoc2), never a doer named in the sentence
    fought = _prep_object(head, frozenset({"with"})) if head.pos_ in ("NOUN", "PROPN") else None
    co_targets: tuple[ActorMention, ...] = ()
    if fought is not None and target is not None:
        # (only when the target's side is of that phrase: in "killed in an encounter with police" it names the doer)
        ranks = _phrase(fought)
        if any(m.name == target.name and _mention_tokens(doc, m) & ranks.keys() for m in mentions):
            co_targets = tuple(m for m in _co_doers(fought, target, doc, mentions)
                               if doer is None or m.name != doer.name)
    # "soldiers and police clashed with TPNPB fighters", "police and soldiers exchanged fire with gunmen": a fight
    # whose other side stands in its own "with" phrase makes the doer's co-subjects its allies
    allied = False
    if co and head.pos_ in ("VERB", "AUX") and (opponent := _opponent(head)) is not None:
        ranks = _phrase(opponent)
        others = [m for m in mentions if m.kind in ARMED and m not in co and m.name != doer.name
                  and _mention_tokens(doc, m) & ranks.keys()]
        if others:
            allied = True
            target = target if target is not None and target not in co else others[0]
    return Parsed(Roles(doer, target, backers, co_targets), unnamed, co, allied)


_FOUGHT_PREPS = frozenset({"with", "against"})


def _opponent(verb: Any) -> Any:
    """The other side a fight's verb names in a phrase of its own: "clashed with TPNPB fighters", "exchanged fire
    with gunmen", "fought against the rebels"."""
    found = _prep_object(verb, _FOUGHT_PREPS)
    obj = _child(verb, "dobj") if found is None else None
    return _prep_object(obj, _FOUGHT_PREPS) if obj is not None else found


def _co_doers(tok: Any, doer: ActorMention, doc: Any, mentions: Sequence[ActorMention],
              without: Any = None) -> tuple[ActorMention, ...]:
    """'Former combatants of the Seleka and the anti-balaka killed a dozen people', 'Boko Haram and ISWAP
    fighters attacked a village': the other armed actors the doer's phrase names. They acted with it in a
    one-sided attack; in a fight ("Indian and Pakistani troops exchanged fire") they are the other side."""
    ranks = _phrase(tok, without)
    if tok.dep_ in SUBJECTS:  # a second subject the parse hangs on the verb itself
        for other in tok.head.children:
            if other.dep_ in SUBJECTS and other.i != tok.i:
                ranks |= _phrase(other)
    return tuple(m for m in mentions if m.kind in ARMED and m.name != doer.name
                 and any(i in ranks for i in _mention_tokens(doc, m)))


def _names_nobody(head: Any, slots: _Slots) -> bool:
    """The event word is itself the subject ("A missile struck a market", "Shelling hit the town"), or the side
    that lost people is ("the army lost four soldiers in an ambush"), and no doer slot was found. (A passive with
    no agent says nothing: its doer is often named after it, "following an attack by ...".)"""
    return slots.doer is None and (slots.lost or (head.pos_ not in ("VERB", "AUX") and head.dep_ in SUBJECTS))


def _self_reference(tok: Any) -> bool:
    """'they', or a generic noun with 'its'/'their' before it ('its fighters')."""
    if tok is None:
        return False
    poss = _child(tok, "poss")
    return tok.lower_ in PRONOUNS or (poss is not None and poss.lower_ in PRONOUNS)


def _trigger_head(doc: Any, start: int, end: int) -> Any:
    span = [t for t in doc if t.idx < end and t.idx + len(t.text) > start]
    if not span:
        return None
    inside = {t.i for t in span}
    heads = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    # "militants shot": the trigger's verb, not the noun before it, carries the event
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")]
    head = (verbs or heads or span)[0]
    # "A Russian missile strike hit ...", "an Israeli rocket attack", "an improvised explosive device killed ...": a
    # weapon word that modifies the event noun; the phrase is the noun's
    while head.dep_ in ("compound", "amod") and head.head.i != head.i and head.head.pos_ == "NOUN":
        head = head.head
    return head


def _child(tok: Any, *deps: str) -> Any:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _subject(verb: Any) -> Any:
    return _child(verb, "nsubj", "csubj")


def _speech_verb(tok: Any) -> Any:
    """The verb of saying a clause is reported by ("the ministry said on Monday that gunmen killed 14")."""
    while tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "ccomp" and head.lower_ in SPEECH:
        return head
    return None


def _prep_object(tok: Any, preps: frozenset[str]) -> Any:
    """The object of the first of `tok`'s prepositions in `preps` that names no time ("threw a grenade on Saturday
    at a police post": the post, not Saturday)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            obj = _child(c, "pobj")
            if obj is not None and obj.lower_ not in _TIME_NOUNS:
                return obj
    return None


_COME = frozenset({"came", "come", "comes", "coming"})


def _verb_slots(verb: Any) -> _Slots:
    """'gunmen killed 14 villagers' / 'the convoy was hit by a roadside bomb' / 'rebels stormed the base and
    killed 12' (a conjoined verb shares its subject)."""
    speech = _speech_verb(verb)
    under = _prep_object(verb, frozenset({"under"})) if verb.lower_ in _COME else None
    if under is not None:  # "the patrol came under fire from militants": the subject was attacked
        attacker = _prep_object(under, frozenset({"from", "by"})) or _prep_object(verb, frozenset({"from", "by"}))
        return _Slots(doer=attacker, target=_subject(verb), speech=speech)
    # "the army lost four soldiers in an ambush by JNIM", "four soldiers died in an attack": the subject's side was hit
    if verb.lower_ in _LOSE or verb.lower_ in _DYING:
        return _Slots(doer=_prep_object(verb, frozenset({"to"})) or _cause_doer(verb), target=_subject(verb),
                      speech=speech, lost=True)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        agent = _child(verb, "agent")
        doer = _child(agent, "pobj") if agent is not None else None
        target = _child(verb, "nsubjpass")
    else:
        doer = _subject(verb)
        target = _child(verb, "dobj") or _prep_object(verb, TARGET_PREPS)
    holder = verb
    while doer is None and not passive and holder.dep_ in ("conj", "xcomp", "advcl") and holder.head.i != holder.i:
        # "stormed the village and killed 12", "went on to attack", "..., killing 12 people"
        holder = holder.head
        doer = _subject(holder)
    if doer is None and passive:
        doer = _when_clause_subject(verb) or _cause_doer(verb)
    return _Slots(doer=doer, target=target, speech=speech)


_LOSE = frozenset({"lost", "lose", "loses", "losing"})


def _cause_doer(verb: Any) -> Any:
    """'Two soldiers were killed following an attack by Taliban militants', 'were wounded in an ambush by
    bandits': the doer named in the phrase that gives the passive's cause."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("following", "after", "in", "during", "amid", "by"):
            noun = _child(c, "pobj")
            doer = _by_phrase(noun) if noun is not None else None
            if doer is not None:
                return doer
    return None


def _by_phrase(noun: Any) -> Any:
    """Who a noun says did it: 'an attack by X', 'shells fired by X', 'clashes between X and Y' (X); but a mine
    'between Boni and Hombori' lay on the road between two towns."""
    doer = _prep_object(noun, frozenset({"by"} if noun.lower_ in MINES else {"by", "between"}))
    if doer is not None:
        return doer
    # "shells fired by alleged LNA forces", "a bomb planted by militants"
    return next(_participle_agents(noun), None) or _side_fired_from(noun)


_FIRED = frozenset({"fired", "launched", "lobbed", "shot"})


def _side_fired_from(noun: Any) -> Any:
    """'shells fired from the Azerbaijani side': the side they were fired from (read as the verb's subject too:
    "Rockets fired from the Lebanese side struck ..."); not a place they came from ("fired from Gaza")."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.lower_ in _FIRED]
    if noun.dep_ in SUBJECTS and noun.head.lower_ in _FIRED:
        verbs.append(noun.head)
    for verb in verbs:
        side = _prep_object(verb, frozenset({"from"}))
        if side is not None and side.lower_ == "side":
            return side
    return None


def _participle_agents(noun: Any, verbs: Collection[str] | None = None) -> Iterator[Any]:
    """Who the participles hung on a noun name after "by" ("a bomb planted by militants"), in order; only those
    of `verbs` when given ("a position held by the PMF", "fighters backed by army helicopters")."""
    for c in noun.children:
        if c.dep_ == "acl" and (verbs is None or c.lower_ in verbs):
            agent = _child(c, "agent")
            obj = _child(agent, "pobj") if agent is not None else None
            if obj is not None:
                yield obj


def _when_clause_subject(verb: Any) -> Any:
    """'Eleven soldiers were killed when jihadists attacked their patrol': a passive with no agent whose
    'when'/'as'/'after' clause says who attacked: that clause's subject did it."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.lower_ in ("when", "as", "after") for m in c.children
                                     if m.dep_ in ("advmod", "mark")):
            subject = _subject(c)
            if subject is not None:
                return subject
    return None


# what "on" may name after an event noun that is a time, not a target
_TIME_NOUNS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
                         "afternoon", "evening", "night", "dawn", "dusk", "weekend", "day", "eve"})


def _noun_slots(noun: Any) -> _Slots:
    """'a strike by the coalition hit a school', 'Russian air strikes on Idlib', 'killed in an air strike by
    the army', 'the coalition carried out air strikes on the port'."""
    doer = _by_phrase(noun) or _child(noun, "poss")
    if doer is None:  # "Israeli air strikes", and on a weapon word before the noun: "Ukrainian mortar rounds"
        mods = [*noun.children, *(g for c in noun.children if c.dep_ == "compound" for g in c.children)]
        doer = next((c for c in mods if c.dep_ in ("amod", "compound", "nmod")
                     and c.pos_ in ("PROPN", "ADJ", "NOUN") and c.text[:1].isupper()), None)
    # "an attack of the militants"; but "Russian shelling of Kherson": with a doer before the noun, "of" is the target
    # "Troops killed five members of Al-Shabaab": the "of" phrase of the people a verb killed is their side, hit
    killed = noun.dep_ == "dobj" and noun.head.lower_ in _RESULT_VERBS
    if doer is None and not killed:  # "killed 17 militants in an exchange of fire": what was fired is no side (with
        # "with terrorists" after it, the other side is named and the old reading stands)
        doer = _prep_object(noun, frozenset({"of", "from"}))
        if doer is not None and doer.lower_ in word_set("fired_things") and _prep_object(noun, frozenset({"with"})) \
                is None:
            doer = None
    if doer is None and noun.dep_ in SUBJECTS and noun.head.pos_ in ("VERB", "AUX"):
        # "Clashes broke out between ISWAP and the army": the sides hang from the verb
        doer = _prep_object(noun.head, frozenset({"between"}))
    # "clashes between X and Y": Y is the other side
    other_side = _child(doer, "conj") if doer is not None and doer.head.lower_ == "between" else None
    target = other_side or _prep_object(noun, TARGET_PREPS)
    if target is not None and target.lower_ in _TIME_NOUNS:  # "an exchange of fire ... on Tuesday": when, not whom
        target = None
    governor = noun.head
    setter = _setter_off(noun)
    if doer is None and setter is not None:
        return _Slots(target=_subject(setter), speech=_speech_verb(setter), set_off=True)
    if doer is None and noun.dep_ == "pobj" and governor.dep_ in ("prep", "agent") and governor.head.pos_ in (
            "VERB", "AUX"):
        # "Rwandan troops said they had killed 11 insurgents in a clash", "were killed in an air strike": the
        # verb the event noun hangs from has the roles
        slots = _verb_slots(governor.head)
        return _Slots(doer=slots.doer, target=target or slots.target, speech=slots.speech, lost=slots.lost)
    if doer is None and noun.dep_ == "pobj" and governor.lower_ == "of" and governor.head.dep_ == "dobj" and (
            governor.head.head.lower_ in word_list("fight_starters")):
        # "Jihadists attacked an army post, setting off hours of fighting with soldiers": who set it off (the
        # subject of the verb whose object measures the fighting, or of the clause that verb hangs from)
        doer = _verb_slots(governor.head.head).doer
    if noun.dep_ in SUBJECTS and governor.pos_ in ("VERB", "AUX"):
        target = target or _child(governor, "dobj") or _prep_object(governor, TARGET_PREPS)
    elif noun.dep_ == "dobj" and doer is None and governor.lower_ in _LOSE:  # "lost four soldiers": its victims
        return _verb_slots(governor)
    elif noun.dep_ == "dobj" and doer is None and governor.lower_ in _RESULT_VERBS:
        # "Gunmen fired grenades at a police station, killing two officers": the victims of the result clause,
        # whose doer is the main verb's subject; what that verb hit names their side when they name none
        main = governor.head if governor.dep_ in ("advcl", "conj", "xcomp") else None
        verb = main is not None and main.pos_ in ("VERB", "AUX")  # "fired grenades at a station": not the grenades
        aimed = (_prep_object(main, TARGET_PREPS) or _verb_slots(main).target) if verb else None
        slots = _verb_slots(governor)
        if slots.doer is None and governor.dep_ == "acl":  # "Assailants on motorbikes ..., killing two", misparsed
            slots = replace(slots, doer=governor.head)  # with the result clause hung on the doer's noun
        return replace(slots, aimed=aimed)
    elif noun.dep_ == "dobj" and doer is None:  # "carried out / launched / conducted an attack on ..."
        doer = _subject(governor)
        target = target or _prep_object(governor, TARGET_PREPS)
    return _Slots(doer=doer, target=target, speech=_speech_verb(governor))


def _setter_off(noun: Any) -> Any:
    """The verb by which a victim sets off a mine ("their patrol triggered a landmine", "stepped on a mine",
    "the truck ran over an explosive device"), or None."""
    if noun.lower_ not in MINES:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ in ("prep", "prt") and verb.lower_ in ONTO:
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    return verb if verb.lower_ in SETS_OFF and verb.pos_ in ("VERB", "AUX") else None


def _mine_under(verb: Any) -> Any:
    """The device a verb went over or onto ("drove over a roadside bomb"), not the day it did ("On 12 March")."""
    for c in verb.children:
        obj = _child(c, "pobj") if c.dep_ == "prep" and c.lower_ in ONTO else None
        if obj is not None and obj.lower_ in MINES:
            return obj
    return None


def _holder(place: Any) -> Any:
    """'a position held by the PMF', 'a convoy escorted by Wagner mercenaries': the side that holds what was hit
    (not where people live: 'neighbourhoods controlled by loyalist troops')."""
    if place.lower_ in word_list("inhabited_places"):
        return None
    return next(_participle_agents(place, word_list("holder_verbs")), None)


def _carried(vehicle: Any) -> Any:
    """Who rode in the vehicle that set off a mine: "a vehicle carrying FDS personnel ran over a mine"."""
    verb = next((c for c in vehicle.children if c.dep_ == "acl" and c.lower_ in _CARRY), None)
    return _child(verb, "dobj") if verb is not None else None


_CARRY = frozenset({"carrying", "transporting", "ferrying", "taking"})


def _force_vehicle_of(vehicle: Any, doc: Any, country: str, country_of: CountryOf) -> ActorMention | None:
    """Whose forces rode in a force's own vehicle that set off a mine: "a Turkish armoured vehicle hit a mine
    near Zakho" (Turkey's, in Iraq), "an Israeli army jeep triggered an explosive device"; not a demonym's bus."""
    words = {c.lower_ for c in vehicle.children if c.dep_ in ("amod", "compound")}
    if vehicle.lower_ not in word_set("force_vehicles") and not words & word_set("force_vehicle_modifiers"):
        return None
    return _demonym_state(vehicle, _phrase(vehicle), doc, country, country_of)


def _whose_place(head: Any, doc: Any, mentions: Sequence[ActorMention], country: str, country_of: CountryOf,
                 doer: ActorMention | None) -> ActorMention | None:
    """"Troops attacked an al-Shabaab camp near Jilib, killing 12 militants": the fighters killed at a named group's
    camp, base or positions, struck by the clause the result hangs on, are that group's."""
    verb = head.head if head.dep_ == "dobj" else head  # the trigger may be the victims' words ("12 militants")
    if verb.lower_ not in _RESULT_VERBS or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    struck = _child(verb.head, "dobj") or _prep_object(verb.head, TARGET_PREPS)
    if struck is None or struck.lower_ not in word_set("things_after_a_people_word"):
        return None
    owner = _mention_at(struck, doc, mentions, country, country_of, armed=True)
    return owner if owner is not None and owner.kind == "group" and (doer is None or owner.name != doer.name) \
        else None


def _victims_of_main_clause(head: Any, doc: Any, mentions: Sequence[ActorMention], country: str,
                            country_of: CountryOf) -> ActorMention | None:
    """'Eleven soldiers were killed when jihadists attacked their patrol', 'two policemen died when their car
    was struck by a roadside bomb': the victims of the clause the event clause explains are its target."""
    clause = head
    while clause.dep_ not in ("advcl",) and clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ != "advcl":
        return None
    main = clause.head
    # "were killed and six wounded when ...", "died and two were injured when ...": the first verb's victims too
    for verb in (main, main.head) if main.dep_ == "conj" else (main,):
        victims = _victims_of(verb)
        found = _mention_at(victims, doc, mentions, country, country_of, armed=False) if victims is not None else None
        if found is not None:
            return found
    return None


_WEAPONS = frozenset({"bomb", "bombs", "mine", "mines", "landmine", "landmines", "ied", "ieds", "device", "devices",
                      "explosive", "explosives", "shell", "shells", "mortar", "mortars", "rocket", "rockets",
                      "missile", "missiles", "grenade", "grenades", "blast", "blasts", "explosion", "explosions"})
_RESULT_VERBS = frozenset({"killing", "wounding", "injuring", "kills", "killed", "wounded", "injured"})
_DYING = frozenset({"died", "die", "dies", "perished", "perish"})  # the parser runs without a lemmatizer


_WHILE = frozenset({"as", "while", "when"})


def _passing(head: Any) -> Any:
    """The subject of an "as" / "while" clause in the progressive of the event's verb: whom it struck on their way ("A
    bomb went off as a police patrol was passing", "An explosive device detonated while an army convoy was
    travelling", "opened fire as worshippers were leaving the mosque")."""
    verbs = [head, *(c for c in head.children if c.dep_ == "acl")]
    if head.dep_ in SUBJECTS:
        verbs.append(head.head)
    for verb in verbs:
        for clause in verb.children:
            # (a clause in the progressive: "as police killed nine" is no one passing by)
            if clause.dep_ == "advcl" and clause.tag_ == "VBG" and any(c.dep_ == "aux" for c in clause.children) \
                    and any(c.dep_ == "mark" and c.lower_ in _WHILE for c in clause.children):
                subject = _subject(clause)
                if subject is not None and subject.pos_ != "PRON":
                    return subject
    return None


def _victims_of(verb: Any) -> Any:
    """Who a clause says suffered: the passive subject ('were killed'), the object, or the subject of 'died'."""
    victims = _child(verb, "nsubjpass") or _child(verb, "dobj")
    if victims is None and verb.lower_ in _DYING:  # "two policemen died when their car was struck"
        victims = _child(verb, "nsubj")
    return victims


def _mention_tokens(doc: Any, m: ActorMention) -> set[int]:
    return {t.i for t in doc if t.idx < m.end and t.idx + len(t.text) > m.start}


def _phrase(tok: Any, without: Any = None) -> dict[int, int]:
    """The tokens of the noun phrase headed by `tok`, each with its rank: 0 the head, 1 what names it more
    exactly (possessor, modifier, 'of'/'by' phrase), 2 the rest; clauses hung on it left out, and the phrase
    `without` (the other side of "clashes between X and Y")."""
    ranks = {tok.i: 0}
    todo = [(c, 1 if (c.dep_ in OWNERS or (c.dep_ == "prep" and c.lower_ in ("of", "by"))) else 2)
            for c in tok.children if c.dep_ not in CLAUSES and c != without]
    while todo:
        t, rank = todo.pop()
        ranks.setdefault(t.i, rank)
        todo.extend((c, rank) for c in t.children if c.dep_ not in CLAUSES)
    return ranks


def _mention_at(tok: Any, doc: Any, mentions: Sequence[ActorMention], country: str, country_of: CountryOf,
                armed: bool, without: Any = None) -> ActorMention | None:
    """The actor the phrase headed by `tok` names: a named one beats a generic noun ("fighters of the Hashd"),
    one nearer the head beats one further in; a demonym on a weapon or force noun names that state's
    forces ("Ukrainian shells")."""
    if tok is None:
        return None
    ranks = _phrase(tok, without)
    found = []
    for m in mentions:
        if armed and m.kind not in ARMED:
            continue
        rank = min((ranks[i] for i in _mention_tokens(doc, m) if i in ranks), default=None)
        if rank is not None:
            generic = m.kind == "unidentified" or m.text.islower()
            found.append((generic, rank, m.start, m))
    if found:
        return min(found, key=lambda f: f[:3])[3]
    if not armed:
        return None
    return _demonym_state(tok, ranks, doc, country, country_of)


def _demonym_state(tok: Any, ranks: dict[int, int], doc: Any, country: str,
                   country_of: CountryOf) -> ActorMention | None:
    for i in sorted(ranks, key=lambda i: (ranks[i], i)):
        t = doc[i]
        if t.dep_ in ("amod", "compound", "poss") and t.text[:1].isupper():
            state = country_of(t.text.removesuffix("'s"))
            if state:
                return state_forces(state, country, t.idx, t.idx + len(t.text), t.text)
    return None


# "Ukrainian shelling", "Saudi-led airstrikes", "U.S. drone strikes": a demonym right before the event word (not
# before a victim, "a Colombian activist was killed", nor a place before a verb, "a bus in Iraq killed 51")
_DEMONYM_BEFORE = re.compile(r"(?<![\w.-])(?P<dem>U\.S\.|[A-Z][A-Za-z]+)(?:[- ]led)?\s+$")
_EVENT_WORD = re.compile(r"(?i:shelling|bombardments?|bombings?|(?:air ?|drone |missile |rocket )?strikes?|"
                         r"airstrikes?|air ?raids?|raids?|attacks?|offensive|assaults?|barrages?|fire|gunfire|"
                         r"rockets?|missiles?|drones?|artillery|mortars?|shells|jets|warplanes|aircraft|helicopters?)\b")


def _demonym_before(doc: Any, start: int, country: str, country_of: CountryOf) -> ActorMention | None:
    """The state whose demonym stands right before the trigger, whatever the parse made of the two words."""
    if not _EVENT_WORD.match(doc.text, start):
        return None
    m = _DEMONYM_BEFORE.search(doc.text, max(0, start - 30), start)
    if m is None:
        return None
    state = state_of_word(m.group("dem"), country_of)
    return state_forces(state, country, m.start("dem"), m.end("dem"), m.group("dem")) if state else None


def _backers(tok: Any, doc: Any, mentions: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    """'fighters of the Hashd, backed by army helicopters': who backs the doer is an associate of its side."""
    out = []
    for obj in _participle_agents(tok, _BACKING):
        subtree = {t.i for t in obj.subtree}
        out += [m for m in mentions if m.kind in ARMED and _mention_tokens(doc, m) & subtree]
    return tuple(out)


_BACKING = frozenset({"backed", "supported", "aided", "assisted", "joined"})
