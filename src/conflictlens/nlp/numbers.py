"""Victim figures in a sentence: who was killed, injured, affected, abducted or arrested, and how many.

Rules (docs/taxonomy.md §3; each has a test in tests/test_numbers.py):

- `value` is the figure ACLED would code. Vague words: "dozens" 12, "hundreds" 100, "tens" 10, "a few" 3,
  "a dozen" 12, "scores" 20; "several"/"many" give 3 with `vague_word` set so a caller can scale a large
  event to 10. Vague figures leave `low`/`high` unset.
- "more than N", "at least N", "over N", "N+" -> value N, low N. "up to N", "as many as N" -> value N, high N
  (ACLED codes "up to 10" as 10). "nearly N", "almost N", "fewer than N" -> value N, high N, low None: the
  stated figure is the best one, only its upper bound is known. "about N" -> value N, no bounds. An exact
  figure has low = high = value; a range "10 to 15" has value 10, low 10, high 15.
- "No one was killed", "nobody died", "no casualties" -> a killed Count with value 0.
- A figure after "including" is a part of the count before it (`part=True`): never add it to a total.
- Bodies found beside a figure of the dead ("five people were killed, but only three bodies had been found")
  are some of those dead: `part=True`.
- Two objects of one verb ("killed scores of militants and two soldiers") are both counted.
- "Casualties" alone is wounded-or-killed: no Count. Objects, distances, calibres, ages, years, money,
  unit sizes, populations and the displaced have no victim noun and no victim verb, so they give nothing.
- A figure over a period ("229 civilians have been killed since April 30") is a tally: `tally=True`, and
  `find_tally` returns it. Tallies are claims about a period, never an event's toll.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from conflictlens.ingest.dateline import MONTH_WORD
from conflictlens.models import MAX_COUNT
from conflictlens.nlp.count import KINDS, Count, TallyFigure
from conflictlens.nlp.dates import find_dates
from conflictlens.nlp.figure_asides import blank_ages_and_repeats, bodies_among_the_dead
from conflictlens.nlp.lexicon import alternation
from conflictlens.nlp.number_words import CIVILIAN_NOUNS, NUMBER, NUMBER_SIMPLE, VAGUE, VICTIM_NOUN, to_int
from conflictlens.nlp.unnumbered import TO_DEATH_VERBS, household, one_victim
from conflictlens.taxonomy import DatePrec, TimePrecision

__all__ = ["KINDS", "Count", "TallyFigure", "find_counts", "find_tally", "to_int", "total"]


_QUAL = (
    r"(?:(?P<qual>more\s+than|at\s+least|no[t]?\s+(?:less|fewer)\s+than|over|nearly|almost|up\s+to|as\s+many\s+as|"
    r"about|around|some|"
    r"approximately|roughly|an\s+estimated|fewer\s+than|less\s+than|under|in\s+excess\s+of|close\s+to|"
    r"at\s+most|a\s+total\s+of|all|another|a\s+further|only)\s+)?"
)
_HI = r"(?:(?(between)\s+and\s+|\s*(?:-|–|to|or)\s*)(?P<hi>" + NUMBER_SIMPLE + r"))?"
_NUM_RX = re.compile(
    r"(?<![\w$£€.,'’-])(?<!\bno\s)(?P<between>between\s+)?" + _QUAL + r"(?:" + NUMBER + r"|(?P<art>an?))"
    + r"(?P<plus>\+)?" + _HI
    + r"(?![\w%-]|[.,]\d|\s*(?:per\s*cent|percent|km|kilomet|mile|met(?:re|er)|mm|kg|hours?|days?|weeks?|"
    r"months?|years?|minutes?|dollars|euros|naira|a\.m\.|p\.m\.)\b)",
    re.I,
)
_MOD_STOP = frozenset((
    "were", "was", "had", "have", "has", "are", "is", "be", "been", "and", "or", "in", "on", "at", "by",
    "when", "who", "which", "that", "said", "says", "killed", "wounded", "injured", "died", "dead", "to",
    "from", "with", "after", "for", "of", "as", "but", "than", "the", "a", "an", "lost",
))
# "Two of the wounded later died", "one of the injured soldiers": some of those hurt (the `who` of their figure)
OF_THE_WOUNDED = r"(?:the|those)\s+(?:wounded|injured)(?:\s+" + VICTIM_NOUN + r")?"
# "Two of the wounded later succumbed", "one of the injured soldiers died in hospital": a figure that adds to the dead
OF_THE_WOUNDED_DIED = (r"\bof\s+" + OF_THE_WOUNDED + r"\s+(?:[\w-]+\s+){0,3}?(?:died|succumbed|passed\s+away|"
                       r"did\s+not\s+survive)\b")
_NP_RX = re.compile(
    r"[\"”’']?\s+[\"“']?(?:of\s+(?P<pron>them|us|whom|" + OF_THE_WOUNDED + r")\b"
    r"|(?:of\s+(?:the\s+|its\s+|their\s+|his\s+|our\s+|those\s+)?)?"
    r"(?P<mods>(?:(?!(?:" + "|".join(sorted(_MOD_STOP)) + r")\b)(?!\d)[\w'’.-]+\s+){0,3})"
    r"(?P<noun>" + VICTIM_NOUN + r")\b)",
    re.I,
)
_AUX = (
    r"(?:were|was|have|has|had|been|are|is|being|be|reportedly|also|later|all|allegedly|both|initially|"
    r"subsequently|confirmed|reported|believed\s+to\s+have|said\s+to\s+have|feared|now|either|among|the|"
    r"those|killed\s+and|dead\s+and|"
    # "five men were on Thursday killed", "were yesterday shot dead": the day between auxiliary and verb
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|overnight)"
)
# Verbs a killing is done "to death" with ("stoned to death"), for the figures and for one victim
_PART_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+$", re.I)
_TO_DEATH_AFTER = re.compile(r"\s+to\s+death\b", re.I)
_MANNER_VERB = re.compile(TO_DEATH_VERBS + r"|beat")  # before a figure, read only with "to death" after it
_PASSIVE_VERB = (
    r"(?P<verb>shot\s+dead|shot\s+and\s+killed|brought\s+(?:in\s+)?dead|(?:pronounced|declared|found)\s+dead|"
    + TO_DEATH_VERBS + r"\s+to\s+death|"
    r"lost\s+their\s+lives|(?:embraced|attained)\s+(?:martyrdom|shahadat)|martyred|"
    # the forces' own words for their dead: "two soldiers paid the supreme price", "made the ultimate sacrifice"
    r"paid\s+the\s+(?:supreme|ultimate)\s+price|made\s+the\s+(?:supreme|ultimate)\s+sacrifice|"
    r"laid\s+down\s+their\s+lives|"
    # "four of its heroes fell in the attack", "two soldiers fell in combat": the dead in their side's words
    r"fell\s+(?:in\s+(?:battle|combat|action|the\s+(?:attack|fighting|clashes|clash|ambush|battle|assault))|"
    r"as\s+martyrs?|martyrs?)|"
    # "a third officer succumbed to his injuries", "two of the wounded later succumbed" (not "to pressure")
    r"succumbed(?:\s+to\s+(?:his|her|their|the)\s+(?:wounds|injuries)|\b(?!\s+to\b))|"
    # "Seventeen terrorists were neutralised", "twelve of whom were neutralised": an army's word for enemies killed
    r"neutrali[sz]ed|eliminated|"
    r"killed|dead|died|perished|slain|executed|massacred|beheaded|lynched|"
    r"wounded|injured|hurt|treated\s+for|hospitali[sz]ed|affected|poisoned|abducted|kidnapped|"
    r"taken\s+hostage|taken\s+captive|seized|snatched|arrested|detained|taken\s+into\s+custody|rounded\s+up)"
)
_GAP_CHAR = r"(?:(?!\b(?:that|which|who|whom|when|where|after|before|while|as)\b)[^,.;\d])"
_PASSIVE_RX = re.compile(
    # a parenthetical between commas; one that lists the victims may hold commas of its own ("35 persons,
    # including the district head, his brother and a police inspector, were killed")
    r"[\"”’']?(?P<gap>(?:\s*,\s*(?:including|among\s+them|among\s+whom|most\s+of\s+(?:them|whom)|mostly)\b"
    r"[^.;\d]{1,120}?,|\s*,[^,.;\d]{1,70},"
    # the same list with its closing comma left out ("Three people, including a tribal chief were killed")
    r"|\s*,\s*(?:including|among\s+them|among\s+whom)\b(?:(?!\b(?:who|whom|which|that)\b)[^,.;\d]){1,80}?"
    r"(?=\s+(?:were|was|have\s+been|has\s+been|"
    r"had\s+been)\s))?(?:\s+(?:from|of|in|on|at|inside|near|among|across|around|aboard|en\s+route|bound\s+for|"
    r"(?:working|employed|serving|travell?ing|returning|heading|headed|going|driving|walking|fleeing)\s+"
    r"(?:for|by|with|in|at|to|from|into|towards?)"
    # "Two men accused of theft were beaten to death", "a man described as a local leader was shot dead"
    r"|(?:accused|suspected|convicted|charged)\s+(?:of|with)|(?:described|known|identified)\s+as)\b"
    + _GAP_CHAR + r"{0,90}?)?)"
    r"\s+(?P<aux>(?:" + _AUX + r"\s+){0,4})" + _PASSIVE_VERB + r"\b"
    r"(?P<obj>\s+[\"“']?(?:a|an|the|his|her|their|its|all|at\s+least|more\s+than|\d+)\b)?",
    re.I,
)
_ACTIVE_RX = re.compile(
    r"\b(?P<verb>killed|killing|kills|kill|shot\s+dead|shooting\s+dead|gunned\s+down|wounded|wounding|"
    r"injured|injuring|hurt|hurting|left|leaving|claimed|claiming|executed|executing|massacred|massacring|"
    r"beheaded|lynched|lynching|abducted|abducting|kidnapped|kidnapping|seized|seizing|took|taking|arrested|arresting|"
    r"detained|detaining|destroyed|destroying|neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating|"
    r"rounded\s+up|including|among\s+them|among\s+whom|bodies\s+of|remains\s+of|"
    # "claimed the lives of 12 worshippers", "cost the lives of at least 30 villagers"
    r"(?:claimed|claiming|claims|took|taking|takes|cost|costing|costs)\s+(?:the\s+)?lives\s+of|"
    # "the army said it lost 12 soldiers in an ambush": a side's own dead
    r"lost|losing|loses|"
    # "hacked to death 18 villagers": the manner and "to death" before the figure
    r"(?:" + TO_DEATH_VERBS + r"|beat|hacking|stabbing|burning|beating)\s+to\s+death|"
    # "macheted three farmers to death": a manner verb, read only with "to death" after its figure
    + TO_DEATH_VERBS + r"|beat|"
    # "put the death toll at 25", "put the number of dead at 11", "the death count rose to 9"
    r"(?:(?:death\s+)?(?:toll|count)|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims|(?:people\s+|those\s+)?"
    r"killed))\s+(?:\w+\s+){0,3}?(?:at|to|of|reached|hit|is|was))"
    # 'its troops had "neutralised" seven insurgents': a verb in quotes, as army statements word it
    r"[\"”’']?\s+(?:the\s+)?[\"“']?$",
    re.I,
)
_ZERO_RX = re.compile(
    r"\b(?:(?:no\s+one|no-one|nobody|none(?:\s+of\s+(?:them|the\s+\w+))?)\s+(?:\w+\s+){0,2}?"
    r"(?P<verb>killed|hurt|injured|wounded|died|dead|harmed|detained|arrested)"
    r"|(?:no|without(?:\s+any)?)\s+(?P<noun>deaths|casualties|fatalities|injuries))\b",
    re.I,
)
_CONFLICT_WORDS = r"(?:war|conflict|insurgency|rebellion|uprising|violence|fighting|crisis|unrest|jihadist\s+campaign)"
_PERIOD_RX = re.compile(
    r"\b(?:since\s+(?!then\b)|so\s+far\b|to\s+date\b|this\s+year\b|in\s+the\s+first\s+\w+\s+months\b|"
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|weeks?|decades?)\b|"
    # "during the week, 45 militants were killed", "over the month": a bulletin's total for its period
    r"(?:over|during|throughout|across)\s+the\s+(?:week|month|year)\b(?!['’-]|\s+(?:of|before|after|when)\b)|"
    r"(?:during|throughout)\s+the\s+(?:war|conflict|insurgency)\b|in\s+(?:19|20)\d\d\b(?!\s*,)|"
    # "The conflict in Casamance, which began in 1982, has killed", "the insurgency, which erupted in 2009, has":
    # the whole war told from its start, the subject of its toll
    r"(?:the|this|a)\s+(?:[\w-]+\s+){0,2}?" + _CONFLICT_WORDS + r"\b[^,;.]{0,60}?,?\s*(?:which|that)\s+"
    r"(?:(?:first|only)\s+)?(?:began|started|erupted|broke\s+out|flared(?:\s+up)?|escalated)\s+"
    r"(?:again\s+)?(?:(?:in|on)\s+)?(?:\w+\s+){0,2}?(?:19|20)\d\d\b|"
    # "ended a two-year war in which some 600,000 people died": the war's dead as a whole
    r"\b" + _CONFLICT_WORDS + r",?\s+in\s+which\b)",
    re.I,
)
_EVENT_WORD = re.compile(
    r"\b(?:attack|strike|bomb|blast|raid|ambush|massacre|clash|fighting|battle|explosion|shelling|shootout)",
    re.I,
)
_PERIOD_END = re.compile(r"[,;.](?:\s|$)|\s(?:according|said|says|and\s+(?:that|the))\b|\"|$")
_BARE_OK = frozenset({"killed", "killing", "kills", "kill", "wounded", "wounding", "injured", "injuring",
                      "hurt", "hurting", "executed", "executing", "arrested", "arresting", "detained",
                      "detaining", "abducted", "abducting", "kidnapped", "kidnapping", "shot dead",
                      "shooting dead", "gunned down", "massacred", "massacring", "bodies of", "remains of"})
_MONTH_BEFORE = re.compile(r"\b" + MONTH_WORD + r"\s+$")
_MONTH_AFTER = re.compile(r"\s+" + MONTH_WORD + r"\b")
# "November 8, 2023 - ADF rebels killed ...", "6 March 2024 -": a year after its day and month
_DAY_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?|\d{{1,2}}(?:st|nd|rd|th)?\s+"
                               rf"{MONTH_WORD},?)\s+$")
_KILL_NOUNS = frozenset({"bodies", "corpses", "fatalities", "deaths", "murders", "homicides", "killings",
                         "body", "corpse", "fatality", "death"})
# People a side "lost" are its dead ("lost 12 soldiers"); members, seats or votes a party lost are not
_LOST_NOUNS = frozenset({"soldiers", "soldier", "troops", "servicemen", "serviceman", "policemen", "policeman",
                         "police officers", "officers", "personnel", "fighters", "militants", "rebels", "men",
                         "guards", "marines", "peacekeepers", "civilians", "people", "children", "militiamen",
                         "troopers", "commanders", "crew", "pilots", "sailors", "airmen"})
_SINGULAR_OK = re.compile(r"(?<!s)$|(?:ss)$")
_PLURAL_IRREGULAR = frozenset({
    "people", "men", "women", "children", "police", "personnel", "staff", "taliban", "crew", "family",
    "militiamen", "gunmen", "policemen", "servicemen", "fishermen", "relatives", "others",
})
# "District authorities confirmed two deaths; community leaders reported three", "the army said 12 soldiers died,
# while the group claimed 40", "; the local civil society put the figure at 11": a bare figure another voice gives
# in a clause of its own counts what the figure before it counted
_ECHO_BEFORE = re.compile(
    r"(?:;|,?\s+(?:while|whereas|but))\s+[^;,.\d]{2,60}?\b(?:said|says|reported|reports|claimed|claims|counted|"
    r"gave|estimated|put\s+(?:it|the\s+(?:figure|number|toll|count))\s+at)\s+(?:it\s+was\s+)?"
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|some|as\s+many\s+as)\s+)?$", re.I)
_COORD_RX = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as|plus)\s+", re.I)
# "killing six people, and hundreds of residents fled": the figure after "and" is the subject of a clause of its own
_NEW_CLAUSE = re.compile(r"\s+(?:(?:also|later|then|had|have|were|was|are)\s+)?(?:fled|escaped|left|ran|sought|"
                         r"took\s+refuge|flocked|gathered|returned|remain(?:ed|s)?|went|moved|packed|crossed|abandoned|"
                         r"evacuated|(?:were|was|have\s+been|had\s+been)\s+(?:displaced|forced|evacuated|left|uprooted|"
                         r"stranded|sheltering))\b", re.I)
_ADDITION_RX = re.compile(
    r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:killed|dead|died|wounded|injured|hurt)?,?\s*"
    r"(?:in\s+addition\s+to|besides|along\s+with|together\s+with|as\s+well\s+as)\s+(?:the\s+)?", re.I)
_AFTER_LEFT = re.compile(r"\s+(?P<verb>dead|wounded|injured|hurt)\b", re.I)
_NEEDS_NOUN = ("seiz", "took", "taking", "destroy", "neutrali", "eliminat", "claim", "left", "leaving")


@dataclass(frozen=True)
class _Num:
    value: int
    low: int | None
    high: int | None
    vague: str | None
    article: bool


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _parse_num(m: re.Match[str]) -> _Num | None:
    if m.group("art"):
        return _Num(1, 1, 1, None, True)
    qual = _norm(m.group("qual"))
    vague = _norm(m.group("vague")) or None
    value = VAGUE[vague] if vague else to_int(m.group("digits") or m.group("words") or m.group("both") or "")
    if value is None or value > MAX_COUNT:  # "10000000000000000000000 people": a misreading, no count
        return None
    hi = to_int(m.group("hi")) if m.group("hi") else None
    hi = hi if hi is None or hi <= MAX_COUNT else None
    if hi is not None and hi > value and not vague:
        return _Num(value, value, hi, None, False)
    if m.group("plus") or qual in ("more than", "at least", "over", "in excess of", "another", "a further",
                                   "not less than", "no less than", "not fewer than", "no fewer than"):
        return _Num(value, value, None, vague, False)
    if qual in ("up to", "as many as", "at most", "nearly", "almost", "fewer than", "less than", "under",
                "close to"):
        return _Num(value, None, value, vague, False)
    if vague or qual in ("about", "around", "some", "approximately", "roughly", "an estimated"):
        return _Num(value, None, None, vague, False)
    return _Num(value, value, value, None, False)


def _is_toll(verb: str) -> bool:
    return "toll" in verb or "number of" in verb or "count" in verb


def _verb_kind(verb: str) -> str | None:
    v = _norm(verb)
    if _is_toll(v) or v.startswith((
        "kill", "shot dead", "shooting dead", "shot and killed", "gunned", "dead", "died", "perish", "slain",
        "execut", "massacr", "behead", "lynch", "lost their", "burned", "burnt", "hacked", "stabbed", "clubbed",
        "bludgeoned", "stoned", "beaten to death", "axed", "macheted", "knifed", "strangled", "destroy",
        "neutrali", "eliminat", "bodies", "remains", "claim", "left", "leaving", "brought", "pronounced dead",
        "declared dead", "found dead", "beat to death", "beating to death", "martyr", "embraced martyrdom",
        "attained martyrdom", "embraced shahadat", "attained shahadat", "paid the supreme", "paid the ultimate",
        "made the supreme", "made the ultimate", "laid down their", "succumbed", "fell",
    )):
        return "killed"
    if v.startswith(("wound", "injur", "hurt", "treated", "hospital")):
        return "injured"
    if v.startswith(("affected", "poisoned")):
        return "affected"
    if v.startswith(("abduct", "kidnap", "taken hostage", "taken captive", "seiz", "snatch", "took", "tak")):
        return "abducted"
    if v.startswith(("arrest", "detain", "taken into", "rounded")):
        return "arrested"
    return None


def _noun_phrase(sentence: str, pos: int, article: bool) -> re.Match[str] | None:
    np = _NP_RX.match(sentence, pos)
    if np is None:
        return None
    mods = np.group("mods") or ""
    if any(w.lower().strip(".") in _MOD_STOP for w in mods.split()):
        return None
    noun = (np.group("noun") or "").lower()
    if article and (np.group("pron") or noun in _PLURAL_IRREGULAR or not _SINGULAR_OK.search(noun)):
        return None
    if article and _thing_after().match(sentence, np.end()):  # "destroyed a jihadist base": nobody
        return None
    return np


@cache
def _thing_after() -> re.Pattern[str]:
    return re.compile(r"\s+" + alternation("things_after_a_people_word") + r"\b", re.I)


_THEN_KILLED = re.compile(r"(?:\s+[^.;,]{1,60}?)?\s+(?:and|then|before\s+being)\s+(?:(?:then|later|subsequently|"
                          r"allegedly|reportedly)\s+){0,2}(?:killed|executed|murdered|beheaded|shot\s+dead)\b", re.I)
_AND_THEN = re.compile(r"\b(?:and|then|before|but)\s*$", re.I)
_BE_FORMS = frozenset({"were", "was", "are", "is", "been", "being", "be"})


def _passive_kind(sentence: str, pos: int, depth: int = 0) -> str | None:
    """The participle after a subject figure: "12 people were killed", "seven wounded", "A and B died"."""
    m = _PASSIVE_RX.match(sentence, pos)
    # Without an auxiliary, "N men ... shot dead a reporter" is active voice: the figure counts the doers.
    # "one of its fighters had killed more than 60": 'had' with an object after the verb is the active perfect
    perfect = bool(m is not None and m.group("obj") and m.group("aux").split()
                   and all(w.lower() in ("had", "has", "have") for w in m.group("aux").split()))
    # "detained 12 villagers near Bunia and later killed five of them": after "and" with no form of "be", the verb
    # is the doer's second act, not the figure's passive
    coordinated = bool(m is not None and _AND_THEN.search(m.group("gap") or "")
                       and not any(w.lower() in _BE_FORMS for w in m.group("aux").split()))
    # "died", "perished" have no active reading: "members of a local militia died" after any gap
    intransitive = m is not None and " ".join(m.group("verb").lower().split()).startswith((
        "died", "perished", "lost their lives", "paid the", "made the", "laid down", "succumbed", "fell"))
    if m is not None and not coordinated and (
            (m.group("aux") and not perfect) or intransitive or not (m.group("gap") or m.group("obj"))):
        kind = _verb_kind(m.group("verb"))
        if kind in ("abducted", "arrested") and _THEN_KILLED.match(sentence, m.end("verb")):
            return "killed"  # "Two journalists were abducted and killed": the taken were then killed
        return kind
    coord = _COORD_RX.match(sentence, pos)
    if coord is None or depth > 2:
        return None
    nxt = _NUM_RX.match(sentence, coord.end())
    if nxt is not None:  # "12 soldiers and 3 civilians were killed"
        np = _noun_phrase(sentence, nxt.end(), bool(nxt.group("art")))
    else:  # "17 soldiers and auxiliaries had been killed": one figure for the people of both nouns
        np = _noun_phrase(sentence, coord.end() - 1, False)
    return None if np is None else _passive_kind(sentence, np.end(), depth + 1)


# What names a toll ("the death toll", "the casualty count", "the number of victims", "the number of those killed")
# and the verbs that raise one ("has risen to", "climbed to"): shared with extract/finalize.py, where a risen toll
# supersedes the figure told before it
TOLL_NOUNS = (r"(?:(?:death|casualty)\s+toll|toll|(?:death|casualty|body)\s+count|fatalities|number\s+of\s+(?:the\s+)?"
              r"(?:people\s+|persons\s+|those\s+)?(?:killed|dead|deaths|fatalities|victims))")
TOLL_RISEN = r"(?:rose|risen|rising|climbed|increased|jumped|grew|grown|reached|mounted)"
# "bringing the toll to six", "raising the death toll to nine", "taking the number of dead to 14": a toll raised by
# the news before it, verb first
TOLL_RAISED = (r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed|lifting|"
               r"lifts|lifted)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + TOLL_NOUNS + r"\s+(?:[\w-]+\s+){0,3}?to\s+")

# "The death toll in an attack on a mall in Nairobi has risen to 59", "the number of deaths remained at 11": a
# toll told with the event between it and its figure
_TOLL_NOW = re.compile(
    rf"(?:\b{TOLL_NOUNS}\b[^.;]{{0,140}}?\b(?:has\s+|have\s+|had\s+)?(?:{TOLL_RISEN}|remained|remains|stood|stands)"
    rf"\s+(?:to|at)\s+|{TOLL_RAISED})(?:at\s+least\s+|more\s+than\s+|over\s+)?$",
    re.I)

# the words every toll above opens with, looked for first ("count" as a word, not inside "country")
_TOLL_WORD = re.compile(r"\b(?:toll|count|number\s+of|fatalities)\b", re.I)

# what may follow a toll's bare figure ("has risen to 59.", "rose to 17 on Monday"): no noun of things
_TOLL_END = re.compile(r"\s*(?:[.,;:)\]]|$)|\s+(?:on|in|at|after|by|as|and|while|with|from|according|since|following|"
                       r"officials?|police|sources?|said|says)\b", re.I)


def latest_toll(sentence: str, counts: Sequence[Count]) -> list[Count]:
    """The figures of one voice that still stand: "The ministry initially said 16 people were killed; by evening the
    toll had risen to 23" tells 23, not 16 and 23 added up. A figure a risen toll reports supersedes those told before
    it in the sentence (`counts`: in text order)."""
    last = max((i for i, c in enumerate(counts) if i and _toll_before(sentence, c.start)), default=0)
    return list(counts[last:])


def risen_toll(sentence: str, counts: Sequence[Count]) -> list[Count]:
    """The figures a risen toll reports ("the toll rose to six after a young man died": six), none if none."""
    return [c for c in counts if _toll_before(sentence, c.start)]


def _toll_before(sentence: str, start: int) -> bool:
    """A toll that rose to (or stands at) the figure at `start` is told in the 200 characters before it."""
    lo = max(0, start - 200)
    return bool(_TOLL_WORD.search(sentence, lo, start) and _TOLL_NOW.search(sentence, lo, start))


def _active_kind(sentence: str, start: int, np: re.Match[str] | None, np_end: int) -> tuple[str | None, bool]:
    """(kind, part) from the verb before an object figure: "killed 12", "left 5 dead", "including three"."""
    m = _ACTIVE_RX.search(sentence, max(0, start - 60), start)
    if m is None:
        toll = _toll_before(sentence, start)
        counted = (_norm(np.group("noun")) in _KILL_NOUNS | {"people", "persons"} if np is not None and np.group("noun")
                   else bool(_TOLL_END.match(sentence, np_end)))
        return ("killed" if toll and counted else None), False
    verb = _norm(m.group("verb"))
    if verb in ("including", "among them", "among whom"):
        return "part", True
    noun = _norm(np.group("noun")) if np is not None and np.group("noun") else ""
    if verb.startswith(("left", "leaving")):
        after = _AFTER_LEFT.match(sentence, np_end)
        return (_verb_kind(after.group("verb")) if after else None), False
    if verb.endswith("lives of"):
        return "killed", False
    if _MANNER_VERB.fullmatch(verb):
        return ("killed" if _TO_DEATH_AFTER.match(sentence, np_end) else None), False
    if verb in ("lost", "losing", "loses"):
        return ("killed" if noun in _LOST_NOUNS else None), False
    if verb.startswith("claim"):
        return ("killed" if noun == "lives" else None), False
    if np is None and (verb.startswith(_NEEDS_NOUN) or verb not in _BARE_OK) and not _is_toll(verb):
        return None, False
    if noun in _KILL_NOUNS | {"lives", "casualties"}:
        return None, False
    return _verb_kind(verb), False


def _classify(sentence: str, m: re.Match[str], num: _Num, prev: Count | None) -> tuple[str, bool, int] | None:
    """(kind, part, end of the noun phrase) for one figure, or None when it counts no victims."""
    np = _noun_phrase(sentence, m.end(), num.article)
    np_end = np.end() if np is not None else m.end()
    noun = _norm(np.group("noun")) if np is not None and np.group("noun") else ""
    if num.article and np is None:
        return None
    if np is None and m.group("digits") and 1900 <= num.value <= 2100 and "," not in m.group("digits"):
        return None  # a year
    if m.group("digits") and (_MONTH_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
                              or _MONTH_AFTER.match(sentence, m.end())):
        return None  # "on February 18", "between 15 July and 5 August": a day of the month
    if m.group("digits") and 1900 <= num.value <= 2100 and _DAY_MONTH_BEFORE.search(sentence, max(0, m.start() - 20),
                                                                                      m.start()):
        return None  # "November 8, 2023 - rebels killed ...": a year
    if noun == "casualties":
        return None
    kind = _passive_kind(sentence, np_end)
    part = False
    if kind is not None and prev is not None and _PART_BEFORE.search(sentence, max(0, m.start() - 24), m.start()):
        return prev.kind, True, np_end  # "Eleven villagers including four children have been killed": a share
    if kind is None:
        kind, part = _active_kind(sentence, m.start(), np, np_end)
        if part:
            kind = prev.kind if prev is not None else _passive_kind(sentence, np_end)
    coordinated = prev is not None and _COORD_RX.fullmatch(sentence, prev.end, m.start())
    if kind is None and prev is not None and np is not None and coordinated \
            and not _NEW_CLAUSE.match(sentence, np_end):
        kind = prev.kind  # "neutralised scores of militants and two soldiers": two objects of one verb
    if kind is None and prev is not None and np is not None and _ADDITION_RX.fullmatch(sentence, prev.end, m.start()):
        kind = prev.kind  # "four people were killed in addition to the two bombers": both figures count
    if kind is None and noun in _KILL_NOUNS:
        kind = "killed"
    if kind is None and np is None and prev is not None and _ECHO_BEFORE.search(sentence, max(0, m.start() - 90),
                                                                              m.start()):
        kind = prev.kind  # "the army said four people were killed; residents said nine": another voice's figure
    return None if kind is None else (kind, part, np_end)


def _who(np: re.Match[str] | None) -> str:
    if np is None:
        return ""
    if np.group("pron"):
        return np.group("pron")
    noun = np.group("noun") or ""
    if noun.lower() in _KILL_NOUNS or noun.lower() == "lives":
        return ""
    return " ".join(((np.group("mods") or "") + noun).split())


def _is_civilian(who: str) -> bool:
    words = who.lower().split()
    return bool(words) and (words[-1] in CIVILIAN_NOUNS or "civilian" in words)


def _zero_counts(sentence: str) -> list[Count]:
    out = []
    for m in _ZERO_RX.finditer(sentence):
        word = _norm(m.group("verb") or m.group("noun"))
        kind = {"deaths": "killed", "casualties": "killed", "fatalities": "killed",
                "injuries": "injured"}.get(word) or _verb_kind(word)
        if kind:
            out.append(Count(kind, 0, 0, 0, None, "", False, m.start(), m.end(), m.group(0)))
    return out


_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|biggest|largest|most\s+(?:deadly|serious|violent))\b[^.;,]{0,70}$", re.I)


def _period_spans(sentence: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PERIOD_RX.finditer(sentence):
        if m.group(0).lower().startswith("in ") and m.group(0)[3:].isdigit() and _EVENT_WORD.search(sentence):
            continue  # "in 2017, an attack killed 80": a dated event, not a yearly total
        if _SUPERLATIVE_BEFORE.search(sentence, max(0, m.start() - 80), m.start()):
            continue  # "in the deadliest attack in the region this year": the period ranks the event, totals nothing
        end = _PERIOD_END.search(sentence, m.end())
        spans.append((m.start(), end.start() if end else len(sentence)))
    return spans


# what may stand before a period that opens the figure's clause: nothing, a reported clause's "that" or colon and a
# quotation mark, "in total"
_OPENS_CLAUSE = re.compile(r"(?:^|\bthat\s|:\s)\s*[\"“]?\s*(?:(?:in\s+total|in\s+all|overall|altogether),?\s*)?$", re.I)


# "a war in which some 600,000 people died": the figure right after the war's "in which"
_IN_WHICH = re.compile(r"\bin\s+which\s+(?:(?:some|about|around|an\s+estimated|more\s+than|at\s+least|over|nearly|"
                       r"up\s+to|almost|roughly)\s+)?$", re.I)


def _in_tally(count_start: int, count_end: int, periods: list[tuple[int, int]], sentence: str) -> bool:
    for p_start, _p_end in periods:
        if p_start >= count_end and ";" not in sentence[count_end:p_start] and p_start - count_end < 120:
            return True
        if p_start < count_start and (_OPENS_CLAUSE.search(sentence[:p_start]) or _IN_WHICH.search(
                sentence, p_start, count_start)):
            # "Since 2014, at least 1,595 civilians have died", 'it said that "in total, during the week, 45 ..."'
            return True
    return False


@cache
def _kin_word() -> re.Pattern[str]:
    return re.compile(r"\b" + alternation("kin") + r"$", re.I)


def _kin_of_prev(sentence: str, prev: Count, start: int) -> bool:
    """The figure before names kin ('Two children', 'Three relatives') and this one follows it after 'of'."""
    return bool(re.fullmatch(r"\s+of\s+", sentence[prev.end:start])) and bool(_kin_word().search(prev.who))


def find_counts(sentence: str) -> list[Count]:
    """Every victim figure in one sentence, in order (see the module docstring for the rules)."""
    original, sentence = sentence, blank_ages_and_repeats(sentence)
    out: list[Count] = []
    periods = _period_spans(sentence)
    prev: Count | None = None
    for m in _NUM_RX.finditer(sentence):
        num = _parse_num(m)
        if num is None:
            continue
        found = _classify(sentence, m, num, prev)
        if found is None:
            continue
        kind, part, end = found
        who = _who(_noun_phrase(sentence, m.end(), num.article))
        tally = _in_tally(m.start(), end, periods, sentence)
        if prev is not None and prev.tally and _COORD_RX.fullmatch(sentence, prev.end, m.start()):
            tally = True  # "54 people have been killed since the coup and more than 1,700 detained"
        count = Count(kind, num.value, num.low, num.high, num.vague, who, _is_civilian(who), m.start(), end,
                      original[m.start():end], tally=tally, part=part)
        if prev is not None and _kin_of_prev(sentence, prev, m.start()):
            continue  # "Two children of a soldier were killed": the soldier only says whose children
        out.append(count)
        if not part:
            prev = count
    out.extend(_zero_counts(sentence))
    family = household(sentence)
    if family is not None:  # "a couple and their three children were killed": five, not three
        out = [c for c in out if not (c.kind == "killed" and family.start <= c.start < family.end)]
        out.append(family)
    if not any(c.kind == "killed" for c in out):
        out.extend(_killed_them(sentence) or one_victim(sentence))
    return bodies_among_the_dead(sentence, _wounded_among_the_dead(sorted(out, key=lambda c: c.start)))


_OF_THE_WOUNDED_WHO = re.compile(OF_THE_WOUNDED + "$", re.I)


def of_the_wounded(c: Count) -> bool:
    """A figure of those of the wounded who died ("two of the wounded later succumbed")."""
    return c.kind == "killed" and bool(_OF_THE_WOUNDED_WHO.match(c.who))


def _wounded_among_the_dead(counts: list[Count]) -> list[Count]:
    """'raised the toll to 11 dead, saying two of the wounded had died': a toll told beside them holds them, so
    their figure is a share of it (`part`), not more dead."""
    if not any(c.kind == "killed" and not c.part and not of_the_wounded(c) for c in counts):
        return counts
    return [replace(c, part=True) if of_the_wounded(c) else c for c in counts]


# "seized two aid workers near Bunia and killed them", "forced seven men outside and shot them dead": "them"
# are the people of the figure before it
_THEM_KILLED = re.compile(
    r"\b(?:and|then|before)\s+(?:(?:then|later|subsequently|have|had|allegedly|reportedly)\s+){0,2}"
    r"(?P<verb>killed|executed|murdered|beheaded|lynched|shot\s+dead|shot|burned|burnt)\s+(?:all\s+of\s+|both\s+of\s+)?"
    r"them\b(?P<dead>\s+(?:dead|alive))?",
    re.I)


def _killed_them(sentence: str) -> list[Count]:
    them = _THEM_KILLED.search(sentence)
    if them is None or (them.group("verb").lower() in ("shot", "burned", "burnt") and not them.group("dead")):
        return []
    last = None
    for m in _NUM_RX.finditer(sentence, 0, them.start()):
        num = _parse_num(m)
        np = _noun_phrase(sentence, m.end(), num.article) if num is not None else None
        if num is not None and np is not None and not np.group("pron") and ";" not in sentence[np.end():them.start()]:
            last = (m, num, np)
    if last is None:
        return []
    m, num, np = last
    who = _who(np)
    return [Count("killed", num.value, num.low, num.high, num.vague, who, _is_civilian(who), m.start(), np.end(),
                  sentence[m.start():np.end()])]


def _since(period: str, published: dt.date | None) -> str:
    base = published or dt.date(9999, 12, 31)
    for mention in find_dates(period, base):
        if published is None and not re.search(r"\d{4}", mention.mention):
            continue
        if mention.date_prec == DatePrec.YEAR:
            return str(mention.date.year)
        if mention.date_prec == DatePrec.MONTH and mention.time_precision == TimePrecision.MONTH:
            return mention.date.isoformat()[:7]
        return mention.date.isoformat()
    return ""


def find_tally(
    sentence: str, published: dt.date | None = None, counts: Sequence[Count] | None = None
) -> TallyFigure | None:
    """The cumulative killed figure over a period in `sentence`, or None (`counts`: its find_counts, if known).

    `since` needs `published` to resolve a year-less start ("since ... began on April 30"); without it only
    a start with its year ("since 2014", "in April 2014") is given.
    """
    for count in find_counts(sentence) if counts is None else counts:
        if not (count.tally and count.kind == "killed" and count.value and not count.part):
            continue
        for p_start, p_end in _period_spans(sentence):
            if p_start >= count.end or p_start < count.start:
                period = sentence[p_start:p_end].strip()
                start, end = min(p_start, count.start), max(p_end, count.end)
                return TallyFigure(count.value, period, start, end, _since(period, published),
                                   sentence[start:end])
    return None


def total(counts: Iterable[Count], kind: str = "killed") -> int | None:
    """The sum of one claim's event figures of `kind`: parts ("including three children") and tallies are
    left out. None when no figure of that kind was stated."""
    values = [c.value for c in counts if c.kind == kind and not (c.part or c.tally) and c.value is not None]
    return sum(values) if values else None
