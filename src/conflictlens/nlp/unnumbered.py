"""Deaths a sentence tells without a figure: one victim named by a noun, a title or a name ("killing the man",
"gunmen killed Ernesto Salgado Nava, a city councillor"), one person named by nationality ("an Iraqi was killed"),
"She died in hospital" after a shooting, and a household counted by its members ("a family of six").

`numbers.find_counts` asks these only when the sentence gives no killed figure of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from conflictlens.models import MAX_COUNT
from conflictlens.nlp.actors import named_groups
from conflictlens.nlp.count import Count
from conflictlens.nlp.lexicon import alternative_requirements, may_match
from conflictlens.nlp.number_words import NUMBER_SIMPLE, to_int

# the manner verbs read with "to death" ("hacked to death", "stoned to death")
TO_DEATH_VERBS = r"(?:burned|burnt|hacked|stabbed|clubbed|bludgeoned|stoned|beaten|axed|macheted|knifed|strangled)"

# One victim named without a figure, as terse notes and crime reports write it: "killing the man", "a woman
# was shot dead", "the victim died", "the body of a man was found", "fatally shot a guard", "resulting in his
# death". Only when the sentence gives no killed figure of its own.
_ONE = r"(?:a|an|the|one|another)\s+(?:[\w-]+\s+){0,2}?"
_ONE_NOUN = (r"(?:man|woman|boy|girl|child|person|civilian|officer|policeman|policewoman|soldier|driver|victim|"
             r"farmer|trader|merchant|journalist|inmate|prisoner|student|teacher|leader|militiaman|member|guard|"
             r"worker|resident|villager|passenger|shopkeeper|herder|youth|teenager|suspect|fighter|militant|"
             r"commander|activist|priest|pastor|imam|chief|official|doctor|nurse|motorcyclist|vendor|businessman|"
             r"councillor|councilor|mayor|lawyer|judge|trooper|ranger|gunman|dealer|employee|director|governor|"
             r"lawmaker|legislator|politician|candidate|chairman|spokesman|minister|secretary|reporter|presenter|"
             r"photographer|cameraman|editor|engineer|contractor|headman|elder|cleric|preacher|scholar|blogger|"
             r"lecturer|academic|professor|head|muezzin|commissioner|sheikh|shaykh|rabbi|bishop|prosecutor|nominee|"
             r"principal|headteacher|headmaster|broadcaster|chieftain|"
             # trades, kin and other people a wire report names its victims by
             r"shepherd|goatherd|fisherman|peasant|hunter|nomad|hawker|customer|migrant|refugee|pilgrim|worshipper|"
             r"tourist|pharmacist|mechanic|tailor|butcher|carpenter|labou?rer|mason|porter|boatman|paramedic|"
             r"surgeon|midwife|missionary|catechist|banker|cashier|clerk|schoolboy|schoolgirl|pupil|toddler|infant|"
             r"baby|son|daughter|wife|husband|brother|sister|mother|father|grandmother|grandfather|bystander|"
             r"pedestrian|motorist|cyclist|protester|demonstrator|footballer|singer|musician|artist|poet|writer|"
             r"critic|opponent|supporter|dissident|sympathi[sz]er|"
             # whom a crowd lynches: "lynched a suspected thief", "beat a robber to death"
             r"thief|robber|burglar|kidnapper|rustler|rapist|murderer|sorcerer|witch|"
             # one armed man who crossed a line: "shooting dead a heavily armed intruder"
             r"intruder|infiltrator|"
             r"colonel|brigadier|lieutenant|sergeant|captain)")
# "the mayor of Iguala was shot dead", "the deputy director of the information service was killed"
_OF_PHRASE = r"(?:\s+of\s+(?:the\s+)?(?:[\w'’()-]+\s+){0,5}?[\w'’()-]+)?"
# "Journalist Maria Lopez was shot dead": a title and a name
_TITLED = r"\b" + _ONE_NOUN + r"\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}"
# "the deputy governor of Kandahar, Abdul Rahim, was killed", "Atiqullah Raufi, head of the court, has been
# killed": a name set beside the title between commas
_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}"
_APPOSED = (r"(?:" + _ONE + _ONE_NOUN + _OF_PHRASE + r",\s+" + _NAME + r"|\b" + _NAME
            + r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?" + _ONE_NOUN + _OF_PHRASE + r"),\s+")
# "a radio presenter, who had criticised the militia, was killed", "a cleric who had preached against them was
# shot dead", "a school principal working for the council was killed": what may stand between victim and verb
_CLAUSE_GAP = (r"(?:\s+(?!(?:and|or|was|were|has|had|who|whose|that|which)\b)[\w'’-]+){0,5}?"
               r"(?:\s*,[^,.;]{1,120},|\s+(?:who|whose)\s+[^,.;]{1,100}?)?")
KILL_VERB = (r"(?:killed|shot dead|shot and killed|shot to death|" + TO_DEATH_VERBS + r" to death|gunned down|"
              r"murdered|beheaded|lynched|executed|found dead|martyred|"
              r"strangled|decapitated|fatally (?:shot|stabbed|wounded|injured))")
# "was last week Thursday killed", "was on Sunday night shot dead": the day between auxiliary and verb
_DAY_BETWEEN = (r"(?:(?:on|last|early|late)\s+)?(?:(?:last|this)\s+week\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                r"(?:\s+(?:night|morning|evening|afternoon))?\s+|(?:yesterday|last\s+night)(?:\s+(?:morning|evening))?\s+")
# the verbs by which a victim named by name (and title) was killed
_KILLED_NAMED = (r"(?:killing|killed|shot dead|shooting dead|gunned down|murdered|murdering|assassinated|assassinating|"
                 r"beheaded|executed)\s+")
# one victim named by whose it was ("killing its driver", "shot dead their guard")
_ONE_OWNED = r"(?:a|an|the|one|another|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
_ONE_VICTIM_RX = re.compile(
    r"\b(?:(?:killing|killed|shot dead|gunned down|murdered|assassinated|beheaded|lynched|executed|fatally (?:shot|"
    r"stabbed|wounded|injured))\s+" + _ONE_OWNED + _ONE_NOUN + r"\b"
    # a title and a name after the verb: "shot dead tribal elder Ahmed Shah Rahimi", "murdered Father Joseph Ekka"
    # (not "the killing of writer Avijit Roy" that a protest is against)
    r"|" + _KILLED_NAMED + r"(?:(?!of\b)[\w-]+\s+){0,2}?" + _ONE_NOUN + r"\s+" + _NAME + r"\b"
    # a name and then its title: "gunmen killed Ernesto Salgado Nava, a city councillor in Taxco"
    r"|" + _KILLED_NAMED + _NAME + r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _ONE_NOUN + r"\b"
    r"|(?:" + _ONE + _ONE_NOUN + _OF_PHRASE + _CLAUSE_GAP + r"\s+|" + _TITLED + r"|" + _APPOSED + r")"
    r"(?:was|had been|has been)\s+"
    r"(?:" + _DAY_BETWEEN + r"|(?!(?:not|never)\b)\w+\s+)?"
    + KILL_VERB + r"\b"
    r"|(?:the|a|an)\s+(?:[\w-]+\s+)?" + _ONE_NOUN + _OF_PHRASE
    + r"\s+(?:has\s+|had\s+)?(?:later\s+|subsequently\s+|since\s+)?died\b"
    r"|(?:the\s+)?(?:dead\s+)?body\s+of\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?" + _ONE_NOUN + r"\b"
    r"|(?:killing|killed|shot dead)\s+(?:him|her)\b"
    # "shot him dead", "shot the trader dead"
    r"|(?:shot|shooting)\s+(?:him|her|" + _ONE + _ONE_NOUN + r")\s+dead\b"
    # "hacked a secular blogger to death", "clubbed a teacher to death"
    r"|(?:hacked|clubbed|bludgeoned|battered|beat|beaten|stabbed|shot|stoned|burned|burnt|tortured|axed|macheted|"
    r"knifed|strangled)\s+" + _ONE
    + _ONE_NOUN + r"\s+to\s+death\b"
    r"|resulting\s+in\s+(?:his|her)\s+death\b)",
    re.IGNORECASE,
)


# "Israeli forces shot dead a Palestinian", "an Iraqi was killed": one person named by nationality alone (a
# capitalised word of a demonym's shape, as number_words reads plural peoples)
_DEMONYM_SHAPE = r"(?-i:[A-Z][a-z]+(?:ian|ese|ani|eli|aqi|eni|ali|ari|ini|udi|iti|ghan|can|yan))"  # not Houthi, Taliban
_ONE_NATIONAL = re.compile(
    r"\b(?:killing|killed|kills|shot\s+dead|shooting\s+dead|gunned\s+down|murdered|executed)\s+(?:a|an|one)\s+"
    + _DEMONYM_SHAPE + r"\b(?!-)(?!\s+(?!(?:in|near|at|on|outside|inside|and|after|during|while|"
    r"when|as|from|with|who|whom|overnight|late|early|last|this|yesterday|today)\b)(?-i:[a-z]))"
    r"|\b(?:a|an|one)\s+" + _DEMONYM_SHAPE + r"\s+(?:was|has\s+been|had\s+been)\s+" + KILL_VERB + r"\b",
    re.I)


def _one_national(sentence: str) -> list[Count]:
    m = _ONE_NATIONAL.search(sentence)
    return [Count("killed", 1, 1, 1, None, "", True, m.start(), m.end(), m.group(0))] if m else []


# "She died in hospital that night", "He later succumbed to his injuries": the one person the sentence before told
# was shot or stabbed (the pronoun opens the sentence; "he died in 2010" is a life, not a death toll)
_PRONOUN_DIED = re.compile(
    r"^\W*(?:(?:but|however|and)\W+)?(?:he|she)\s+(?:later\s+|subsequently\s+|eventually\s+|then\s+)?"
    r"(?:died|succumbed\s+to\s+(?:his|her)\s+(?:wounds|injuries)|was\s+(?:later\s+)?(?:pronounced|declared|"
    r"confirmed)\s+dead)\b(?!\s+(?:in|on)\s+(?:\w+\s+)?(?:19|20)\d\d)", re.IGNORECASE)


# "Soldiers shot dead Musa Bello near Maiduguri", "Juma Okello, 24, was shot dead": one person named by a name
# alone, two to four capitalised words (with "al-", "bin", "de" between), which no noun follows ("shot dead Boko
# Haram fighters" named a group)
_NAME_WORD = r"(?-i:[A-Z][a-z][\w'’-]*|(?:al|el|ad|ash|as|az|ar|an)-[A-Z][\w'’-]*)"
_PARTICLE = r"(?-i:(?:al|el|bin|ben|ibn|bint|de|da|del|della|dos|das|van|von|abu|wa)\s+)"
_BARE_NAME = r"(" + _NAME_WORD + r"(?:\s+" + _PARTICLE + r"?" + _NAME_WORD + r"){1,3})(?:,\s+(?:aged\s+)?\d{1,3},)?"
_NAME_ENDS = (r"(?=\s*(?:[,;.]|$)|\s+(?:in|near|at|on|outside|inside|and|after|during|while|when|as|from|with|who|"
              r"whom|whose|overnight|late|early|last|this|yesterday|today|before|in front of)\b)")
_NAME_ALONE = re.compile(
    r"\b" + _KILLED_NAMED + _BARE_NAME + _NAME_ENDS
    # before "was killed", the name opens its clause (not the tail of a longer run of capitalised words)
    + r"|(?<![\w'’-] )(?<![\w'’-])" + _BARE_NAME + r"\s+(?:was|had been|has been)\s+(?:" + _DAY_BETWEEN
    + r"|(?!(?:not|never)\b)\w+\s+)?" + KILL_VERB + r"\b", re.IGNORECASE)


_ANY_DAY = dt.date(2020, 1, 1)  # named_groups' day: any will do to tell whether a name is a group's


def _name_alone(sentence: str) -> re.Match[str] | None:
    """The first killing of one person named by name alone whose name is no armed group's."""
    for m in _NAME_ALONE.finditer(sentence):
        name = m.group(1) or m.group(2)
        if not named_groups(name, "", _ANY_DAY):
            return m
    return None


@cache
def _one_victim_words() -> tuple[tuple[frozenset[str], ...], ...] | None:
    """The words a sentence must hold for `_ONE_VICTIM_RX` to match in it (`lexicon.alternative_requirements`)."""
    return alternative_requirements(_ONE_VICTIM_RX)


def _one_victim_match(sentence: str) -> re.Match[str] | None:
    """`_ONE_VICTIM_RX.search`, not run on a sentence without the words each of its forms needs (the long
    case-insensitive alternations scan slowly, and most sentences asked hold no killing of one)."""
    words = _one_victim_words()
    if words is not None and not may_match(words, sentence):
        return None
    return _ONE_VICTIM_RX.search(sentence)


def one_victim(sentence: str) -> list[Count]:
    m = _one_victim_match(sentence) or _PRONOUN_DIED.search(sentence) or _name_alone(sentence)
    if m is None:
        return _one_national(sentence)
    if re.search(r"\bincluding\s+$", sentence[max(0, m.start() - 12):m.start()]):
        return []
    # "killing the driver and a nurse": each victim named after the verb, one by one
    n, end = 1, m.end()
    while m.group(0).lower().startswith(_VERB_FIRST) and (more := _AND_ONE.match(sentence, end)):
        n, end = n + 1, more.end()
    # (the first named is whom it was aimed at: "killing him and his guard" was an attack on an official, so the
    # count is told by its words)
    civilian = not re.search(r"soldier|officer|police|trooper|ranger|guard|fighter|militant|gunman|militiaman|"
                             r"commander", m.group(0), re.I)
    return [Count("killed", n, n, n, None, "", civilian, m.start(), m.end(), m.group(0))]


_AND_ONE = re.compile(r"\s+and\s+" + _ONE_OWNED + _ONE_NOUN + r"\b", re.I)
_VERB_FIRST = ("killing", "killed", "shot dead", "gunned down", "murdered", "assassinated", "beheaded", "lynched",
               "executed", "fatally")


# A household killed together is counted by its members: "killed a family of six", "a family of seven was
# killed", "a mother and her two daughters were shot dead" (three), "killed a couple and their three children".
_KIN = r"(?:children|sons|daughters|kids|grandchildren|siblings|brothers|sisters|relatives|wives|nephews|nieces)"
_ONE_KIN = (r"son|daughter|child|baby|infant|toddler|wife|husband|brother|sister|mother|father|grandson|granddaughter|"
            r"nephew|niece|grandchild")
_HEAD = r"(?P<head>man|woman|mother|father|farmer|trader|teacher|widow|grandmother|grandfather|couple)"
_HOUSEHOLD = (r"(?:an?\s+(?:entire\s+|whole\s+)?(?:[\w-]+\s+)?family\s+of\s+(?P<fam>" + NUMBER_SIMPLE + r")"
              r"|(?:an?|the|one)\s+(?:[\w-]+\s+)?" + _HEAD + r"\s+and\s+(?:his|her|their)\s+(?:(?P<kin>"
              + NUMBER_SIMPLE + r")\s+(?:[\w-]+\s+)?" + _KIN
              # "a woman and her son", "a farmer and his wife", "a couple and their baby": one more
              + r"|(?:[\w-]+\s+)?(?P<one>" + _ONE_KIN + r")\b(?!['’-])))")
_HOUSEHOLD_RX = re.compile(r"\b" + _HOUSEHOLD, re.IGNORECASE)
_KILLED_BEFORE = re.compile(r"\b(?:killed|killing|kills|wiped\s+out|wiping\s+out|massacred|murdered|shot\s+dead)\s+$",
                            re.IGNORECASE)
_KILLED_AFTER = re.compile(r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?" + KILL_VERB + r"\b",
                           re.IGNORECASE)


def household(sentence: str) -> Count | None:
    """The first household the sentence tells was killed (a killing verb before it, or a passive one after)."""
    for m in _HOUSEHOLD_RX.finditer(sentence):
        before = _KILLED_BEFORE.search(sentence, 0, m.start())
        after = None if before else _KILLED_AFTER.match(sentence, m.end())
        if before is None and after is None:
            continue
        if m.group("fam"):
            n = to_int(m.group("fam"))
        else:
            kin = 1 if m.group("one") else to_int(m.group("kin"))
            n = None if kin is None else kin + (2 if m.group("head").lower() == "couple" else 1)
        if n is None or n > MAX_COUNT:
            return None
        start = before.start() if before else m.start()
        end = after.end() if after else m.end()
        return Count("killed", n, n, n, None, "family", True, start, end, sentence[start:end])
    return None


