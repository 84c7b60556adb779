"""Recode: the named rules that give an event its type, sub-type and ACLED's actor conventions.

A trigger word proposes a type ("clashed" → Battles / Armed clash); these rules decide what the event is once
more is known. Each rule is a small function whose docstring opens with the sentence it handles; it returns the
changed value, or None when it does not apply. Rules run at two moments:

- **sentence rules** (`sentence_rules`) rewrite one sentence's triggers before its events are grouped and
  merged, and recode a protest from the sentence after it;
- **event rules** (here) run once per event on its `Coding` (type, sub-type, actor1, actor2) after its actors are
  read: `BEFORE` rules in order, then the first `CONVENTIONS` rule that applies, then `AFTER` rules.

Every rule that changes something records its name, in order, in the record's `coding_rules`, so a user sees
why an event got its type, and `conflictlens eval` counts which rules help and which hurt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from conflictlens.extract.sentence_rules import NEXT_SENTENCE_RULES, SENTENCE_RULES
from conflictlens.nlp.actors import ActorMention, Roles, faction_names, government_of
from conflictlens.nlp.claims import not_the_speaker
from conflictlens.nlp.lexicon import alternation
from conflictlens.taxonomy import (
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    STRATEGIC,
    UNIDENTIFIED_GANG,
    VIOLENCE_AGAINST_CIVILIANS,
    Inter,
    civilians,
    forces,
    protesters,
    rioters,
    state_of,
    unidentified_group,
)

if TYPE_CHECKING:
    from conflictlens.extract.context import ArticleContext
    from conflictlens.extract.drafts import Draft

ARMED = ("state", "police", "group", "unidentified", "government")


@dataclass(frozen=True)
class Side:
    name: str = ""
    inter: int | None = None


@dataclass(frozen=True)
class Coding:
    """What the event rules decide: type, sub-type and the two sides; `rules` names the rules that changed it."""

    event_type: str
    sub_event_type: str
    actor1: Side
    actor2: Side
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventView:
    """What the event rules read: the draft, its article, its country and the roles read from its sentence."""

    draft: Draft
    ctx: ArticleContext | None
    country: str
    roles: Roles

    @property
    def unidentified(self) -> Side:
        return Side(unidentified_group(self.country), Inter.POLITICAL_MILITIA)

    @property
    def civilians(self) -> Side:
        return Side(civilians(self.country), Inter.CIVILIANS)

    @property
    def police(self) -> Side:
        """The country's police: who arrests, or fires on a crowd, when the text names no force."""
        return Side(forces(self.country, "Police"), Inter.STATE)

    def texts(self) -> list[str]:
        return [self.draft.sentence.text, *(e.sentence for e in self.draft.evidence)]


EventRule = Callable[[Coding, EventView], "Coding | None"]


def side(m: ActorMention | None, country: str) -> Side:
    """An actor mention as a side: state forces of another country than the event's are external (inter 8)."""
    if m is None:
        return Side()
    inter = m.inter
    if m.kind in ("state", "police") and m.country and country and state_of(m.country) != state_of(country):
        inter = Inter.EXTERNAL
    elif m.kind in ("state", "police"):
        inter = Inter.STATE
    return Side(_of_country(m.name, country), inter)


# Names a sentence gave without a country, where it named none ("... while the army said six soldiers died"), and
# the taxonomy's name for them in a country
_BARE_NAMES: dict[str, Callable[[str], str]] = {
    "Military Forces": forces,
    "Police Forces": lambda country: forces(country, "Police"),
    "Unidentified Armed Group": unidentified_group,
    "Civilians": civilians,
    "Protesters": protesters,
    "Rioters": rioters,
    UNIDENTIFIED_GANG: lambda country: f"{UNIDENTIFIED_GANG} ({country})",
}


def _of_country(name: str, country: str) -> str:
    """A name given without a country takes the event's: "Military Forces" -> "Military Forces of Pakistan"; so
    does a generic side named in a sentence read with another country ("Russian forces shelled Kherson. / Two
    residents were killed": Civilians (Ukraine), not Russia's)."""
    if not country:
        return name
    generic = _GENERIC_OF.match(name)
    if generic is not None:
        name = generic.group(1)
    named = _BARE_NAMES.get(name)
    return named(country) if named is not None else name


# the generic sides ACLED names by the event's country, whoever they are: those whose name in a country is the bare
# name with the country in brackets ("Civilians (Ukraine)"; not "Military Forces of Ukraine")
_GENERIC_OF = re.compile(r"^(" + "|".join(re.escape(name) for name, named in _BARE_NAMES.items()
                                          if named("X") == f"{name} (X)") + r") \(.+\)$")


# ------------------------------------------------------------------------------------------ event rules
def unnamed_doer(c: Coding, v: EventView) -> Coding | None:
    """'A shoot-out took place in the market', 'a car was set on fire': ACLED's convention when nobody is
    named for a battle, remote violence or arson is an unidentified armed group of the country."""
    doers_named = c.event_type in (BATTLES, EXPLOSIONS) or v.draft.trigger.key == "arson"
    if c.actor1.name or not doers_named:
        return None
    return replace(c, actor1=v.unidentified)


@cache
def _demonstration() -> re.Pattern[str]:
    """Words that tell of a demonstration (a riot without them is mob violence)."""
    return re.compile(r"\b" + alternation("demonstration") + r"\b", re.I)


# between a subject and its verb: a few words, no clause ("Soldiers on Monday torched", "troops reportedly set fire")
_SUBJECT_GAP = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+")


def armed_arsonists(c: Coding, v: EventView) -> Coding | None:
    """'Soldiers torched a village in Sagaing and killed 11 residents': a fire set by armed men, with no crowd
    named between them and the fire, is their destruction of property, not a riot of the residents they hit."""
    d = v.draft
    if c.event_type != RIOTS or d.trigger.key != "violent_demonstration_arson":
        return None
    before = [m for m in d.actors if m.kind in ARMED and m.end <= d.trigger_offset]
    if not before or not _SUBJECT_GAP.fullmatch(d.sentence.text, before[-1].end, d.trigger_offset):
        return None  # the armed men must be the ones who set it: "soldiers torched", "troops later set fire"
    if any(n.kind == "killed" and n.value for n in d.counts):  # "... and killed 11 residents": they were attacked
        return replace(c, event_type=VIOLENCE_AGAINST_CIVILIANS, sub_event_type="Attack",
                       actor1=side(before[-1], v.country), actor2=v.civilians)
    return replace(c, event_type=STRATEGIC, sub_event_type="Looting/property destruction",
                   actor1=side(before[-1], v.country), actor2=Side())


_STONES = re.compile(r"\b(?:stones?|rocks|bricks|stone-(?:pelting|throwing))\b", re.I)


def armed_stone_throwers(c: Coding, v: EventView) -> Coding | None:
    """'Israeli settlers hurled stones at Palestinian cars', 'settlers entered the village and threw stones at homes':
    stones thrown by an armed group the parse names as the doer (settlers, a militia) are its attack on the people
    there, not a riot of the people it hit."""
    d = v.draft
    doer = v.roles.actor1
    if c.event_type != RIOTS or d.trigger.key != "riot_clash" or not _STONES.search(d.trigger.text):
        return None
    if doer is None or doer.kind != "group":
        return None
    return replace(c, event_type=VIOLENCE_AGAINST_CIVILIANS, sub_event_type="Attack", actor1=side(doer, v.country),
                   actor2=v.civilians)


def riot_without_demonstration(c: Coding, v: EventView) -> Coding | None:
    """'Villagers threw stones at a passing bus': stones thrown or a clash in a text that tells of no
    demonstration is Mob violence, not a Violent demonstration."""
    if c.event_type != RIOTS or c.sub_event_type != "Violent demonstration" or v.ctx is None:
        return None
    return None if _tells_of_demonstration(v.ctx.text) else replace(c, sub_event_type="Mob violence")


@lru_cache(maxsize=8)
def _tells_of_demonstration(text: str) -> bool:
    """Once per text, not once per riot in it (a long text has many)."""
    return bool(_demonstration().search(text))


# Off duty, retired or former: "an off-duty policeman", "a retired army colonel", "a former police chief"
_OFF_DUTY = re.compile(
    r"\boff[- ]duty\b|\b(?:retired|former|ex-)\s*(?:[\w-]+\s+){0,2}?(?:soldiers?|officers?|policem[ae]n|police|"
    r"army|military|colonel|general|major|captain|lieutenant|sergeant|corporal|brigadier|commander|gendarmes?|"
    r"troopers?|servicem[ae]n|fighters?|militiam[ae]n|combatants?|rebels?)\b", re.I)


def off_duty_victim(c: Coding, v: EventView) -> Coding | None:
    """'Gunmen shot dead an off-duty police officer at his home', 'gunmen assassinated a retired army colonel': an
    off-duty, retired or former soldier, police officer or fighter is attacked as a civilian (Violence against
    civilians / Attack)."""
    d = v.draft
    victims = d.trigger.key == "armed_clash_victims" or c.sub_event_type == "Attack"
    if not (victims and _OFF_DUTY.search(d.sentence.text)):
        return None
    a1 = v.unidentified if not c.actor1.name or c.actor1.inter == Inter.STATE else c.actor1  # the officers named first
    return replace(c, event_type=VIOLENCE_AGAINST_CIVILIANS, sub_event_type="Attack", actor1=a1, actor2=v.civilians)


# What an ambush that hits only civilians hits: a vehicle people travel in, or the people in it
_AMBUSHED_CARRIER = re.compile(
    r"\bambush(?:ed|es|ing)?\s+(?:on\s+)?(?:a|an|the|two|three|several)?\s*(?:[\w-]+\s+){0,2}?(?:bus|buses|minibus(?:es)?|"
    r"coach|taxi|taxis|lorry|lorries|truck|trucks|car|cars|vehicle|vehicles|convoy of (?:traders|travell?ers|"
    r"passengers|civilians|villagers|pilgrims)|passengers|travell?ers|traders|villagers|farmers|pilgrims|"
    r"commuters|motorists|civilians|worshippers|mourners|wedding)\b", re.I)


def ambushed_civilians(c: Coding, v: EventView) -> Coding | None:
    """'Gunmen ambushed a bus carrying traders near Gao, killing seven passengers': an ambush on a vehicle
    people travel in, or on civilians, that names no armed side hit and counts civilians or no one armed among
    the dead, is an attack on civilians (Violence against civilians / Attack), not a clash."""
    d = v.draft
    if c.event_type != BATTLES or "ambush" not in d.trigger.text.lower():
        return None
    doer = c.actor1.name
    if any(m.kind in ("state", "police", "group", "government") and m.name != doer
           for m in [*d.actors, *d.extra_targets]):
        return None
    civilians_hit = any(n.civilians for n in d.counts) or any(m.kind == "civilians" for m in d.actors)
    if not (civilians_hit or any(_AMBUSHED_CARRIER.search(t) for t in v.texts())):
        return None
    if any(n.kind in ("killed", "injured") and n.who and not n.civilians and not _people(n.who) for n in d.counts):
        return None  # "killing three soldiers": someone armed was hit
    return replace(c, event_type=VIOLENCE_AGAINST_CIVILIANS, sub_event_type="Attack",
                   actor1=c.actor1 if c.actor1.name else v.unidentified, actor2=v.civilians)


_HARMS_PROTEST = re.compile(
    r"\b(?:attacked|attacking|stabbed|stabbing|beat|beating|assaulted|hacked|shot|opened fire on|fired on|fired at|"
    r"killed|killing|wounded|wounding)\s+(?:\w+\s+){0,3}?(?:protesters|protestors|demonstrators|marchers|"
    r"the crowd|a rally|the rally|a sit-in|the sit-in|a march|the march|a protest|the protest)\b", re.I)


def armed_men_on_protesters(c: Coding, v: EventView) -> Coding | None:
    """'Unknown assailants opened fire on protesters in Baghdad', 'militiamen attacked demonstrators': armed men who
    are no state force, harming a protest, make an attack on the protesters (Violence against civilians), not the
    state's excessive force nor a peaceful protest. Armed men shooting someone at a rally ('gunmen shot dead a
    candidate at a rally') attack civilians."""
    if c.event_type != PROTESTS or c.sub_event_type not in ("Excessive force against protesters", "Peaceful protest"):
        return None
    d = v.draft
    actors = [*d.actors, *d.extra_actors]
    armed = next((m for m in actors if m.kind in ("group", "unidentified")), None)
    if armed is None or any(m.kind in ("police", "state", "government") for m in actors):
        return None
    if any(_HARMS_PROTEST.search(t) for t in v.texts()):
        victims = Side(protesters(v.country), Inter.PROTESTERS)
    elif c.sub_event_type == "Excessive force against protesters":
        # 'Gunmen shot dead a mayoral candidate as she greeted supporters at a rally': no state force fired, so
        # it is no excessive force; the armed men attacked whom they shot (civilians)
        victims = v.civilians
    else:
        return None
    return replace(c, event_type=VIOLENCE_AGAINST_CIVILIANS, sub_event_type="Attack", actor1=side(armed, v.country),
                   actor2=victims)


def protesters_act(c: Coding, v: EventView) -> Coding | None:
    """'Students protested in the capital; police fired tear gas': protesters are actor1, the forces that
    intervened actor2; with excessive force the forces act on the protesters (taxonomy §1)."""
    if c.event_type != PROTESTS:
        return None
    d = v.draft
    police = next((m for m in [*d.actors, *d.extra_actors] if m.kind in ("police", "state")), None)
    if police is None and c.sub_event_type == "Protest with intervention":  # "RSF fighters dispersed them"
        police = next((m for m in d.extra_actors if m.kind == "group"), None)
    a1 = Side(protesters(v.country), Inter.PROTESTERS)
    a2 = side(police, v.country) if c.sub_event_type != "Peaceful protest" else Side()
    if c.sub_event_type == "Excessive force against protesters":
        a1, a2 = side(police, v.country) if police else v.police, a1
    return replace(c, actor1=a1, actor2=a2)


def rioters_act(c: Coding, v: EventView) -> Coding | None:
    """'A mob set fire to a police station': rioters are actor1; the armed side they hit (else, in mob
    violence, civilians) is actor2; not the one who tells of it ("..., police said")."""
    if c.event_type != RIOTS:
        return None
    d = v.draft
    target = next((m for m in not_the_speaker(d.sentence.text, d.attribution, d.actors) if m.kind in ARMED), None)
    a2 = side(target, v.country) if target else (v.civilians if c.sub_event_type == "Mob violence" else Side())
    return replace(c, actor1=Side(rioters(v.country), Inter.RIOTERS), actor2=a2)


# A victim who belonged to a gang or traded drugs ("an alleged drug dealer", "the victim had charges against him for
# drug trafficking", "a gang member was killed by rival gang members").
_GANG_VICTIM = re.compile(
    r"\b(?:alleged |suspected |a |an |rival )?(?:gang members?|drug (?:dealers?|traffickers?)|members? of (?:a |the )?"
    r"(?:[\w-]+ ){0,3}(?:gang|cartel|criminal group))\b|"
    r"\bvictims? (?:had|has|was|were) (?:\w+ ){0,4}(?:charges?|convicted|records?|involved|members?)\b[^.]{0,60}?"
    r"\b(?:drugs?|trafficking|gangs?|cartel)\b", re.I)


# "Gang members shot dead a bus driver", "Members of the Viv Ansanm gang coalition raided ...", "Gang members armed
# with rifles stormed ...": the gang men who act are the doers, not the victim
_ACTS_AFTER = re.compile(r"(?:\s+(?:coalition|alliance|federation|members?|leaders?|gunmen))?"
                         r"(?:,?\s+(?:armed with|wielding|carrying)(?:\s+[\w-]+){1,5}?,?)?"
                         r"\s+(?:(?:have|has|had|reportedly|allegedly|also|then|later)\s+){0,2}(?:shot|killed|"
                         r"attacked|opened|stormed|abducted|kidnapped|torched|burned|set|ambushed|raided|executed|"
                         r"gunned|murdered|stabbed|beat|hacked|fired|seized|looted)\b", re.I)


def _gang_victim(text: str, doer: tuple[int, int] = (0, 0)) -> bool:
    """A gang member or drug dealer who is not the doer (its words outside the span `doer`) and does not act."""
    return any(not _ACTS_AFTER.match(text, m.end()) and not (m.start() < doer[1] and doer[0] < m.end())
               for m in _GANG_VICTIM.finditer(text))


def gang_member_shot(c: Coding, v: EventView) -> Coding | None:
    """'Gunmen shot dead an alleged drug dealer': the one shot was a gang member or drug trafficker, so it is
    one armed group's violence on another's member (Battles / Armed clash against an unidentified gang). The doer's
    own words ("Suspected gang members in El Salvador shot dead seven men") name no victim."""
    doer = v.roles.actor1
    span = (doer.start, doer.end) if doer is not None else (0, 0)
    if not (c.event_type == VIOLENCE_AGAINST_CIVILIANS and c.sub_event_type == "Attack"
            and (c.actor2.inter in (None, Inter.CIVILIANS) or c.actor2.name.startswith(UNIDENTIFIED_GANG))
            and any(_gang_victim(t, span if t == v.draft.sentence.text else (0, 0)) for t in v.texts())):
        return None
    return replace(c, event_type=BATTLES, sub_event_type="Armed clash", actor1=c.actor1 if c.actor1.name else
                   v.unidentified, actor2=Side(f"{UNIDENTIFIED_GANG} ({v.country})", Inter.POLITICAL_MILITIA))


def armed_target(c: Coding, v: EventView) -> Coding | None:
    """'Militants attacked an army base': when the one attacked is a state force or a named armed group (not
    the attackers themselves), or a later sentence counts a state force's dead ("... stormed a checkpoint. Three
    soldiers were killed"), both sides are armed: Battles / Armed clash."""
    target = v.roles.actor2
    if target is None:  # "Militants stormed a checkpoint near Dori. Three soldiers were killed": whom a later
        # sentence of the event says was hit
        target = next((m for m in v.draft.extra_targets if m.kind in ("state", "police")), None)
    if not (c.event_type == VIOLENCE_AGAINST_CIVILIANS and c.sub_event_type == "Attack" and target is not None
            and target.kind in ("state", "police", "group") and target.name != c.actor1.name):
        return None
    return replace(c, event_type=BATTLES, sub_event_type="Armed clash",
                   actor1=c.actor1 if c.actor1.name else v.unidentified)


def civilians_targeted(c: Coding, v: EventView) -> Coding | None:
    """'Five villagers were abducted from their farms': violence against civilians has civilians as actor2 and
    an unidentified armed group as actor1 when nobody (or only civilians) is named as the doer."""
    if c.event_type != VIOLENCE_AGAINST_CIVILIANS:
        return None
    a1 = v.unidentified if not c.actor1.name or c.actor1.inter == Inter.CIVILIANS else c.actor1
    return replace(c, actor1=a1, actor2=v.civilians)


def civilians_hit(c: Coding, v: EventView) -> Coding | None:
    """'Shelling hit a market, killing six civilians', 'bombs exploded across the city, killing nine people':
    remote violence whose victims are civilians, or people no word makes armed, or victims named by no word at
    all where it hit a civilian site (and no armed side is named after the trigger), has civilians as actor2."""
    if c.event_type != EXPLOSIONS:
        return None
    d = v.draft
    civ_only = not _named_after(d)
    harmed = [n for n in d.counts if n.kind in ("killed", "injured") and not n.tally]
    victims_civilian = any(n.civilians for n in d.counts) or any(m.kind == "civilians" for m in d.actors) or (
        civ_only and any(_people(n.who) for n in harmed))
    # "Government forces shelled a market in Kafranbel, killing nine": a civilian site hit, victims named by no role
    site = civ_only and any(not n.who for n in harmed) and bool(_civilian_site().search(d.sentence.text,
                                                                                         d.trigger_offset))
    if not c.actor2.name or (victims_civilian and c.actor2.inter != Inter.CIVILIANS and civ_only):
        return replace(c, actor2=v.civilians if victims_civilian or (site and not c.actor2.name) else c.actor2)
    return c


def _named_after(d: Draft, kinds: tuple[str, ...] = ARMED) -> bool:
    """The event's sentence names an actor of one of `kinds` after its trigger word (armed ones by default)."""
    return any(m.kind in kinds for m in d.actors if m.start > d.trigger_offset)


@cache
def _civilian_site() -> re.Pattern[str]:
    return re.compile(r"\b(?:a|an|the|two|three|several|\w+['’]s)\s+(?:[\w-]+\s+){0,2}?" + alternation("civilian_sites")
                      + r"\b", re.I)


def _people(who: str) -> bool:
    """'nine people', 'at least 20 persons', 'three others': victims named by no role at all."""
    words = who.lower().split()
    return bool(words) and words[-1] in ("people", "persons", "individuals", "others")


# A takeover undone the same day is a clash (taxonomy §1: a change that lasts a day or less).
_TAKEN_BACK = re.compile(
    r"\b(?:pushed (?:them|the \w+) back|drove (?:them|the \w+) (?:back|out)|were repelled|were repulsed|"
    r"(?:retook|recaptured|regained) (?:it|them|the \w+) (?:by nightfall|hours later|the same day|later that day))\b",
    re.I)


def takeover_undone(c: Coding, v: EventView) -> Coding | None:
    """'Militants stormed the army positions before troops pushed them back': a takeover undone the same day
    is no lasting change of territory: Armed clash."""
    d = v.draft
    if not (c.event_type == BATTLES and d.trigger.kind == "territory"
            and _TAKEN_BACK.search(d.sentence.text[d.trigger_offset:])):
        return None
    return replace(c, sub_event_type="Armed clash")


def territory_by_taker(c: Coding, v: EventView) -> Coding | None:
    """'The army retook the town' / 'Militiamen backed by army helicopters recaptured the village' / 'Rebels
    captured the town': who takes it decides the territory sub-type (Government regains territory for state
    forces or their allies, taxonomy §1; else Non-state actor overtakes territory, also for a faction that
    took power)."""
    if c.event_type != BATTLES or v.draft.trigger.kind != "territory":
        return None
    allied = any(m.kind in ("state", "police") and m.country in ("", v.country) for m in v.roles.assoc1)
    # a faction that took power (the Houthis' council) still overtakes ground; the recognised state regains it
    state = (c.actor1.inter == Inter.STATE and c.actor1.name not in faction_names()) or allied
    sub = "Government regains territory" if state else "Non-state actor overtakes territory"
    return replace(c, sub_event_type=sub)


# "Hayat Tahrir al-Sham arrested three men", "Al-Shabaab has detained two elders": the group makes the arrest
_ARRESTS_AFTER = re.compile(r"\s+(?:(?:has|have|had|also|reportedly|allegedly|later)\s+){0,2}"
                            r"(?:arrested|detained|rounded\s+up|apprehended)\b", re.I)


@cache
def _disappeared() -> re.Pattern[str]:
    return re.compile(r"\b" + alternation("disappeared") + r"\b", re.I)


def unaccounted(text: str) -> bool:
    """The text says nobody knows where someone taken is (words.toml [disappeared])."""
    return bool(_disappeared().search(text))


def disappeared_in_custody(c: Coding, v: EventView) -> Coding | None:
    """'Security agents detained an activist in Harare and his whereabouts remain unknown': an arrest after which
    nobody knows where the person is held is a forced disappearance (Violence against civilians) by the state
    that took them, the police of the country when the text names nobody."""
    if c.sub_event_type != "Arrests" or not any(unaccounted(t) for t in v.texts()):
        return None
    doer = c.actor1 if _state_side(c.actor1) else v.police
    return replace(c, event_type=VIOLENCE_AGAINST_CIVILIANS, sub_event_type="Abduction/forced disappearance",
                   actor1=doer, actor2=v.civilians)


def arrests_by_police(c: Coding, v: EventView) -> Coding | None:
    """'Three men were arrested in the market': arrests are made by the state (the police of the country when
    no state force is named); a group named beside them is the one arrested. A group that holds an area makes
    arrests of its own: one that is the subject of the arrest ('HTS arrested three men in Idleb') keeps it."""
    if c.sub_event_type != "Arrests" or _state_side(c.actor1):
        return None
    doer = v.roles.actor1
    if doer is not None and doer.kind == "group" and _ARRESTS_AFTER.match(v.draft.sentence.text, doer.end):
        return None
    return replace(c, actor1=v.police, actor2=c.actor1 if c.actor1.name else c.actor2)


def _state_side(s: Side) -> bool:
    """A named state force, the country's own or a foreign one."""
    return bool(s.name) and s.inter in (Inter.STATE, Inter.EXTERNAL)


# "Authorities in Manipur imposed a curfew", "the interior ministry banned all rallies", "the junta declared martial
# law": who decides, not who is named beside it
_DECIDES = re.compile(
    r"\b(?:authorities|officials|government|administration|president|prime minister|premier|governor|ministry|minister|"
    r"junta|cabinet|parliament|council|mayor|prefect|district commissioner|state of emergency)\b", re.I)
# "a new battalion arrived in Kaya", "reinforcements were deployed": the state's units on the move
_UNITS = re.compile(r"\b(?:battalions?|brigades?|regiments?|reinforcements|troops|soldiers|contingents?)\b", re.I)


def decided_by_the_state(c: Coding, v: EventView) -> Coding | None:
    """'Authorities in Manipur imposed an indefinite curfew in Imphal', 'The governor declared a state of emergency
    in Cabo Delgado', 'A new battalion of the Rapid Intervention Brigade arrived in Kaya': a change to a group's
    activity (or another strategic development) that names no side is the state's: its government when the
    sentence tells of authorities, a government, a president, a ministry or a governor deciding; its military when
    it tells of its units arriving (the force the sentence names, else its military)."""
    if c.event_type != STRATEGIC or c.sub_event_type not in ("Change to group/activity", "Other") or c.actor1.name:
        return None
    if not v.country:
        return None
    end = v.draft.trigger_offset + len(v.draft.trigger.text)
    upto = v.draft.sentence.text[:end]  # the doer and the verb
    named = [m for m in v.draft.actors if m.kind in ("state", "police") and m.start < end]
    if _DECIDES.search(upto):
        actor1 = Side(government_of(forces(v.country)), Inter.STATE)
    elif named:  # "contingents of police and Rapid Action Battalion members were deployed": the force named
        actor1 = side(named[0], v.country)
    elif _UNITS.search(upto):
        actor1 = Side(forces(v.country), Inter.STATE)
    else:
        return None
    same_side = c.actor2.name in (forces(v.country), forces(v.country, "Police"))
    return replace(c, actor1=actor1, actor2=Side() if same_side else c.actor2)


def agreement_parties(c: Coding, v: EventView) -> Coding | None:
    """'The army and the rebels signed a ceasefire': the parties to an agreement are governments, not their
    forces ("Government of Sudan", not "Military Forces of Sudan")."""
    if c.sub_event_type != "Agreement":
        return None
    return replace(c, actor1=_government(c.actor1), actor2=_government(c.actor2))


def _government(s: Side) -> Side:
    return Side(government_of(s.name), s.inter)


def property_of_civilians(c: Coding, v: EventView) -> Coding | None:
    """'Gunmen set fire to a primary school in Kumbo', 'Army bulldozers demolished dozens of homes': property
    burned, razed or looted with no armed side named after the verb as its owner is civilians' (taxonomy §1).
    Drugs, labs and contraband seized (triggers.toml [seizure]) are no civilians' property."""
    d = v.draft
    if (c.sub_event_type != "Looting/property destruction" or c.actor2.name or not c.actor1.name
            or d.trigger.key == "seizure"):
        return None
    if _named_after(d):
        return None
    return replace(c, actor2=v.civilians)


def arrested_are_civilians(c: Coding, v: EventView) -> Coding | None:
    """'Police in Lahore arrested nine suspects over the killing': people arrested whom no word names as an
    armed side ("suspects", "wanted men") are civilians, as ACLED codes arrests (taxonomy §1); not where an armed
    group is named after the verb ("arrested a commander of the NSCN-K")."""
    d = v.draft
    if c.sub_event_type != "Arrests" or c.actor2.name or _named_after(d, ("group", "unidentified")):
        return None
    return replace(c, actor2=v.civilians)


def no_self_target(c: Coding, v: EventView) -> Coding | None:
    """'The militants clashed among themselves': an actor is not its own target; actor2 is left empty."""
    return replace(c, actor2=Side()) if c.actor2.name and c.actor2.name == c.actor1.name else None


def two_sides_to_a_clash(c: Coding, v: EventView) -> Coding | None:
    """'Police officers traded fire with suspects in Rocinha', 'Gunmen clashed in Cite Soleil overnight': a fight
    has two sides; where the text names only the state's or only unidentified gunmen, the other is an unidentified
    armed group of the country (ACLED leaves no Armed clash without actor2; two unidentified sides are its
    commonest pair after the state's)."""
    if c.sub_event_type != "Armed clash" or c.actor2.name or not v.country:
        return None
    if not (_state_side(c.actor1) or c.actor1.name == v.unidentified.name):
        return None
    return replace(c, actor2=v.unidentified)


# a bomb someone planted or carried, not ordnance left from a war ("unexploded", landmines cleared) nor a drone or
# missile brought down (a state fired those, named by its own words)
_PLANTED_BOMB = re.compile(
    r"\b(?:IEDs?|improvised explosive devices?|explosive devices?|"
    r"(?:roadside |pipe |car |parcel |time |suicide )?bombs?|explosives|suicide (?:vests?|belts?)|booby[- ]traps?)\b",
    re.I)
_OLD_ORDNANCE = re.compile(r"\b(?:unexploded|ordnance|(?:land)?mines|drones?|missiles?|rockets?|shells?)\b", re.I)


def whose_weapon(c: Coding, v: EventView) -> Coding | None:
    """'Police defused a bomb planted by Al-Shabaab near a school', 'Soldiers defused a roadside bomb on the Gao
    road': whose attack was stopped is actor2: the armed group the sentence names, else, for a bomb someone
    planted, an unidentified armed group of the country (not war remnants cleared, nor a drone shot down)."""
    if c.sub_event_type != "Disrupted weapons use" or c.actor2.name or not _state_side(c.actor1):
        return None
    text = v.draft.sentence.text
    named = next((side(m, v.country) for m in v.draft.actors if m.kind in ("group", "unidentified")), None)
    if named is not None and named.name != c.actor1.name:
        return replace(c, actor2=named)
    if v.country and _PLANTED_BOMB.search(text) and not _OLD_ORDNANCE.search(text):
        return replace(c, actor2=v.unidentified)
    return None


BEFORE: tuple[EventRule, ...] = (unnamed_doer, decided_by_the_state, armed_arsonists, armed_stone_throwers,
                                 riot_without_demonstration)
CONVENTIONS: tuple[EventRule, ...] = (
    off_duty_victim, ambushed_civilians, armed_men_on_protesters, protesters_act, rioters_act, gang_member_shot,
    armed_target, civilians_targeted, civilians_hit, takeover_undone, territory_by_taker, disappeared_in_custody,
    arrests_by_police, agreement_parties,
)
AFTER: tuple[EventRule, ...] = (property_of_civilians, arrested_are_civilians, no_self_target,
                                two_sides_to_a_clash, whose_weapon)


def _apply(rule: EventRule, c: Coding, v: EventView) -> Coding | None:
    out = rule(c, v)
    if out is None:
        return None
    changed = (out.event_type, out.sub_event_type, out.actor1, out.actor2) != (
        c.event_type, c.sub_event_type, c.actor1, c.actor2)
    return replace(out, rules=(*c.rules, rule.__name__)) if changed else out


def recode(c: Coding, v: EventView) -> Coding:
    """The event after every rule: BEFORE in order, the first CONVENTIONS rule that applies, AFTER in order."""
    for rule in BEFORE:
        c = _apply(rule, c, v) or c
    for rule in CONVENTIONS:
        out = _apply(rule, c, v)
        if out is not None:
            c = out
            break
    for rule in AFTER:
        c = _apply(rule, c, v) or c
    return c


def rule_names() -> list[str]:
    """Every rule's name, in the order the rules run (what `coding_rules` may hold)."""
    return [r.__name__ for r in (*SENTENCE_RULES, *NEXT_SENTENCE_RULES, *BEFORE, *CONVENTIONS, *AFTER)] + [
        "user_model"]


__all__ = ["Coding", "EventView", "Side", "recode", "rule_names", "side"]
