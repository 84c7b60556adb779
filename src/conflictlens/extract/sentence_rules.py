"""Sentence rules: what one sentence's trigger words are once the sentence is read whole, and what a protest
was once the sentence after it is read.

A trigger word proposes a type ("clashed" → Battles / Armed clash); these rules rewrite a sentence's triggers
before its events are grouped and merged, so what they decide also decides what merges (`SENTENCE_RULES`, run
in order by `recode_triggers`), and recode a protest from the sentence told right after it
(`NEXT_SENTENCE_RULES`: the force that broke it up, or shot at it). Each rule is a small function whose
docstring opens with the sentence it handles; it returns the changed value, or None when it does not apply, and
records its name in the trigger's `rules` (the record's `coding_rules`). The rules that run once per event, after
its actors are read, are in `recode`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from conflictlens.nlp.lexicon import alternation
from conflictlens.nlp.triggers import CROWD_FORCE, Trigger
from conflictlens.taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC, VIOLENCE_AGAINST_CIVILIANS

if TYPE_CHECKING:
    from conflictlens.extract.context import SentenceFacts


# fights whose very name says fire went both ways: "a gunfight", "a firefight", "a shootout", "a gun battle"
_FIRE_FIGHTS = r"gun ?fight|fire ?fight|shoot-?out|gun ?battle"


def _bare_clash(triggers: Sequence[Trigger]) -> bool:
    """The sentence's only battle words are a bare 'clashed'/'fought' (the generic Armed clash rule)."""
    battles = [t for t in triggers if t.event_type == BATTLES]
    return bool(battles) and all(t.key == "armed_clash" for t in battles)


def _as_riots(triggers: list[Trigger], sub_event_type: str, key: str, rule: str) -> list[Trigger]:
    return [replace(t, event_type=RIOTS, sub_event_type=sub_event_type, key=key, rules=(*t.rules, rule))
            if t.event_type == BATTLES else t for t in triggers]


def clash_beside_protest(triggers: list[Trigger], facts: SentenceFacts, after_crowd: bool) -> list[Trigger] | None:
    """'Residents held a demonstration and clashed with police': when a sentence's only battle words are a bare
    'clashed'/'fought' beside a protest (or right after one: "Clashes broke out with police"), the clash is the
    demonstrators' violence (Riots / Violent demonstration)."""
    crowd = after_crowd or any(t.event_type in (PROTESTS, RIOTS) for t in triggers)
    if not (crowd and _bare_clash(triggers)):
        return None
    return _as_riots(triggers, "Violent demonstration", "riot_clash", "clash_beside_protest")


@cache
def _crowd() -> re.Pattern[str]:
    return re.compile(r"\b" + alternation("crowd") + r"\b", re.I)


# "Residents of Beni say fighting has gone on for weeks", "according to villagers": the crowd only speaks
_SPEAKS = re.compile(r"(?:\s+(?:of|in|from)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?\s+(?:say|says|said|told|reported|"
                     r"recalled|described)\b")
_SPOKEN_FOR = re.compile(r"\baccording to (?:\w+ )?$", re.I)


def crowd_clash(triggers: list[Trigger], facts: SentenceFacts, after_crowd: bool) -> list[Trigger] | None:
    """'Two groups of villagers clashed over a land dispute': a bare clash between unarmed crowds, with no state
    force or armed group named, is Riots / Mob violence, not a battle (a crowd that only speaks does not count:
    'Residents of Beni say fighting has gone on for weeks')."""
    text = facts.sentence.text
    crowds = [m for m in _crowd().finditer(text)
              if not _SPEAKS.match(text, m.end()) and not _SPOKEN_FOR.search(text, 0, m.start())]
    if not _bare_clash(triggers) or not crowds:
        return None
    if any(a.kind in ("state", "police", "group", "unidentified") for a in facts.actors):
        return None
    if any(_GUNFIRE.search(t.text) for t in triggers if t.event_type == BATTLES):
        return None  # "a shootout between two groups of young men": those who fire guns are no unarmed crowd
    return _as_riots(triggers, "Mob violence", "mob_clash", "crowd_clash")


_GUNFIRE = re.compile(r"\b(?:(?:" + _FIRE_FIGHTS + r")s?|exchanged? (?:of )?(?:gun)?fire|exchanging (?:gun)?fire|"
                      r"traded (?:gun)?fire|trading (?:gun)?fire)\b", re.I)


def weapon_disrupted(triggers: list[Trigger], facts: SentenceFacts, after_crowd: bool) -> list[Trigger] | None:
    """'Air defences intercepted a ballistic missile over Jazan', 'soldiers defused a car bomb at the
    checkpoint', 'police foiled a suicide attack on a church': the weapon or attack named right after a
    disrupting verb never happened; the event is Disrupted weapons use, not the strike, bombing or attack. An attack
    'thwarted' with attackers killed was fought: the battle stays."""
    stops = [t for t in triggers if t.sub_event_type == "Disrupted weapons use"]
    if not stops:
        return None
    text = facts.sentence.text
    used = [t for t in triggers if t.event_type in (EXPLOSIONS, BATTLES, VIOLENCE_AGAINST_CIVILIANS)
            and any(_right_after(text, t, d) or _disrupted_before(text, t, d) or _listed_after(text, t, d)
                    for d in stops)]
    if not used:
        return None
    if any(t.event_type == BATTLES for t in used) and any(c.kind == "killed" for c in facts.counts):
        # "troops thwarted an attack on a military base, killing 11 insurgents": the attack was fought off, not
        # stopped before it began: a battle
        return [replace(t, rules=(*t.rules, "attack_fought_off")) if t in used else t for t in triggers
                if t not in stops]
    return [replace(t, rules=(*t.rules, "weapon_disrupted")) if t in stops else t for t in triggers if t not in used]


# "recovered a cache of arms in Kangpokpi, including two rocket launchers", "seized a truck loaded with mortar shells"
_LISTING = re.compile(r"\b(?:including|containing|such as|along with|together with|loaded with|packed with|laden with|"
                      r"comprising|among them)\b", re.I)
_NEW_CLAUSE = re.compile(r";|,\s+(?:while|whereas|but|as|and then)\b|\s(?:after|before|when)\s", re.I)


def _right_after(text: str, weapon: Trigger, stop: Trigger) -> bool:
    """'Soldiers defused a car bomb', 'intercepted a ballistic missile over Jazan': the weapon a few words after the
    verb, in its clause ("seized weapons in Gao, while militants shelled Kidal": the shelling is another event)."""
    return 0 <= weapon.start - stop.end <= 40 and not _NEW_CLAUSE.search(text, stop.end, weapon.start)


def _listed_after(text: str, weapon: Trigger, stop: Trigger) -> bool:
    """'Security forces recovered a cache of arms in Kangpokpi on Monday, including two rocket launchers and 14
    rifles': a weapon in the list of what was seized is the seizure's object, not a weapon used."""
    if not 0 <= weapon.start - stop.end <= 160:
        return False
    gap = text[stop.end:weapon.start]
    return bool(_LISTING.search(gap)) and not _NEW_CLAUSE.search(gap)


def _disrupted_before(text: str, weapon: Trigger, stop: Trigger) -> bool:
    """'Soldiers stopped a car packed with explosives and defused the device', 'a rocket fired at the embassy was
    intercepted': the weapon told before the verb that disrupted it, the verb passive or taking the weapon up
    again as its object ('the device', 'it'), in the same clause run."""
    if not 0 <= stop.start - weapon.end <= 160 or ";" in text[weapon.end:stop.start]:
        return False
    before = text[max(weapon.end, stop.start - 24):stop.start]
    after = text[stop.start:stop.end + 30]
    passive = re.search(r"\b(?:was|were|had been|has been|have been)(?: \w+)? $", before, re.I)
    anaphor = re.match(r"\w+ (?:it|them|the (?:device|devices|bomb|bombs|explosives?|charge|shells?|rockets?|missiles?|"
                       r"drones?|mines?))\b", after, re.I)
    return bool(passive or anaphor)


_RELEASED = re.compile(r"\b(?:release|releasing|released|free|freeing|freed|exchange|exchanging|swap|swapping|return|"
                       r"handover|hand(?:ed|s|ing)? over)\b[^.;]{0,40}$", re.I)


def hostages_in_a_deal(triggers: list[Trigger], facts: SentenceFacts, after_crowd: bool) -> list[Trigger] | None:
    """'Negotiators reached a deal in Doha to release 50 hostages': hostages a deal frees or exchanges are the
    deal's terms, not a kidnapping told in the sentence; the event is the Agreement."""
    if not any(t.sub_event_type == "Agreement" for t in triggers):
        return None
    text = facts.sentence.text
    freed = [t for t in triggers if t.key == "abduction" and re.fullmatch(r"hostages?", t.text, re.I)
             and _RELEASED.search(text[max(0, t.start - 60):t.start])]
    if not freed:
        return None
    return [replace(t, rules=(*t.rules, "hostages_in_a_deal")) if t.sub_event_type == "Agreement" else t
            for t in triggers if t not in freed]


# "threw stones and other projectiles", "pelted police with missiles", "hurled projectiles": thrown by hand
_THROWN = re.compile(r"\b(?:threw|thrown|throwing|throw|throws|hurl(?:ed|ing|s)?|pelt(?:ed|ing|s)?|lobb(?:ed|ing)|"
                     r"flung|fling(?:ing)?)\b[^.;]{0,60}$", re.I)


def thrown_by_a_crowd(triggers: list[Trigger], facts: SentenceFacts, after_crowd: bool) -> list[Trigger] | None:
    """'Youths burned tyres and threw projectiles at gendarmes', 'Demonstrators threw stones and other missiles at
    riot police': projectiles or missiles a crowd throws are stones and bottles, not artillery; the crowd's violent
    demonstration is the event, not a shelling."""
    if not any(t.event_type in (PROTESTS, RIOTS) for t in triggers):
        return None
    text = facts.sentence.text
    thrown = [t for t in triggers if t.event_type == EXPLOSIONS and re.fullmatch(r"(?:projectiles?|missiles?)", t.text,
                                                                                  re.I)
              and _THROWN.search(text, max(0, t.start - 60), t.start)]
    if not thrown:
        return None
    return [_threw(t) for t in triggers if t not in thrown]


def _threw(t: Trigger) -> Trigger:
    """The crowd's trigger once it is known to have thrown things at people: a peaceful protest is violent ("Protesters
    hurled projectiles at police"); other triggers are left as they are."""
    if t.event_type not in (PROTESTS, RIOTS):
        return t
    if t.sub_event_type == "Peaceful protest":
        return replace(t, event_type=RIOTS, sub_event_type="Violent demonstration", key="violent_demonstration_acts",
                       rules=(*t.rules, "thrown_by_a_crowd"))
    return replace(t, rules=(*t.rules, "thrown_by_a_crowd"))


# "shot dead four gunmen in an exchange of fire", "killed three robbers during a shootout": the fight the killing
# happened in, right after it
_IN_THE_FIGHT = re.compile(r"^[^.;]{0,60}?\b(?:in|during|after)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?$", re.I)


# a fight whose words say fire went both ways (not an ambush, nor a crossfire whose victims were caught in it)
_BOTH_WAYS = re.compile(r"\b(?:exchange|" + _FIRE_FIGHTS + ")", re.I)


def killed_in_a_fight(triggers: list[Trigger], facts: SentenceFacts, after_crowd: bool) -> list[Trigger] | None:
    """'Police shot dead four gunmen in an exchange of fire', 'killed three suspected kidnappers in a gunfight':
    people killed in a fight the sentence names right after the killing were fighting back; the fight is the event,
    not an attack on civilians."""
    text = facts.sentence.text
    fights = [t for t in triggers
              if t.sub_event_type == "Armed clash" and t.kind != "weak"
              and _BOTH_WAYS.search(text, max(0, t.start - 6), t.end)]  # ("gun battle": the trigger is "battle")
    kills = [t for t in triggers if t.sub_event_type == "Attack" and t.kind != "weak"
             and any(f.start > t.end and _IN_THE_FIGHT.match(text[t.end:f.start]) for f in fights)]
    if not kills:
        return None
    return [replace(t, rules=(*t.rules, "killed_in_a_fight")) if t in fights else t for t in triggers
            if t not in kills]


SENTENCE_RULES = (clash_beside_protest, crowd_clash, weapon_disrupted, hostages_in_a_deal, thrown_by_a_crowd,
                  killed_in_a_fight)


def recode_triggers(triggers: list[Trigger], facts: SentenceFacts, after_crowd: bool = False) -> list[Trigger]:
    """A sentence's triggers after the sentence rules, in order (each rule sees the previous one's output)."""
    for rule in SENTENCE_RULES:
        triggers = rule(triggers, facts, after_crowd) or triggers
    return triggers


# ------------------------------------------------------------------------------------------ next sentence
# "The police intervened and arrested the MP", "Police dispersed them", "Several arrests were made", "Around 20
# people were arrested". Not "He was arrested in connection with a case" (the arrest the protest was about).
_INTERVENED = re.compile(
    r"\b(?:police|policemen|officers|security forces|security personnel|gendarmes|troops|soldiers|forces|army|"
    r"authorities|national guard\w*)\b[^.]{0,60}?" + CROWD_FORCE + r"|"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|some|many|dozens|scores|hundreds|a few)\b"
    r"[^.]{0,50}?\bwere (?:\w+ ){0,2}(?:arrested|detained)\b|\barrests were made\b|"
    r"\b(?:protest[eo]rs|demonstrators|participants|marchers|they) were (?:\w+ ){0,2}(?:arrested|detained)\b", re.I)


def protest_with_intervention(protest: Trigger, facts: SentenceFacts, right_after: bool) -> Trigger | None:
    """'Hundreds marched to the governor's office. Police dispersed them with tear gas.': a peaceful protest
    whose next sentence (no place of its own, no other event) tells of police intervening or of protesters
    arrested was a Protest with intervention."""
    if protest.sub_event_type != "Peaceful protest" or facts.places or not right_after:
        return None
    if any(t.event_type not in (PROTESTS, STRATEGIC) for t in facts.triggers):
        return None
    if _LETHAL.search(facts.sentence.text) and any(
            t.sub_event_type == "Excessive force against protesters" for t in facts.triggers):
        return None  # "opened fire on the crowd, killing four": its own event, told with its toll
    if not (_INTERVENED.search(facts.sentence.text) or _armed_used_force(facts)):
        return None
    return replace(protest, key="protest_intervention", sub_event_type="Protest with intervention",
                   rules=(*protest.rules, "protest_with_intervention"))


def protest_met_lethal_force(protest: Trigger, facts: SentenceFacts, right_after: bool) -> Trigger | None:
    """'Demonstrators tried to enter the airport in Juliaca. Police fired tear gas and live rounds; at least 17
    people were killed.': a protest whose next sentence (no place of its own, only violence against civilians)
    tells a state or police force shooting or killing met excessive force (taxonomy §1), one event with the
    toll, not a peaceful protest beside an attack by the police."""
    if protest.sub_event_type not in ("Peaceful protest", "Protest with intervention") or facts.places:
        return None
    if not right_after or any(t.event_type != VIOLENCE_AGAINST_CIVILIANS for t in facts.triggers):
        return None
    text = facts.sentence.text
    if not (_LETHAL.search(text) and any(a.kind in ("state", "police") for a in facts.actors)):
        return None
    return replace(protest, key="excessive_force", sub_event_type="Excessive force against protesters",
                   rules=(*protest.rules, "protest_met_lethal_force"))


_LETHAL = re.compile(r"\b(?:shot dead|shot and killed|gunned down|opened fire|live (?:rounds|ammunition|bullets|fire)|"
                     r"killed|killing|fatally)\b", re.I)


def _armed_used_force(facts: SentenceFacts) -> bool:
    """"Taliban fighters fired into the air and beat some participants", "Carabineros dispersed them": a force the
    sentence names (state, police or an armed group), then within a few words what it did to the crowd."""
    text = facts.sentence.text
    return any(a.kind in ("state", "police", "group") and _FORCE_AFTER.match(text, a.end) for a in facts.actors)


_FORCE_AFTER = re.compile(r"[^.;]{0,60}?" + CROWD_FORCE, re.I)


NEXT_SENTENCE_RULES = (protest_met_lethal_force, protest_with_intervention)

__all__ = ["NEXT_SENTENCE_RULES", "SENTENCE_RULES", "protest_met_lethal_force", "protest_with_intervention",
           "recode_triggers"]
