"""Claims: who says a figure (the claimant), whether they report or deny, and whom they blame.

A figure the text states without attribution is claimed by the outlet itself (the document's `source`).
Short references ("the Observatory") resolve to the fullest name used earlier in the article ("the Syrian
Observatory for Human Rights"); generic state bodies get the country ("the military" in a Ukraine article ->
"Military Forces of Ukraine"; "the defence ministry" -> "Ministry of Defence of Russia" when the sentence
says whose).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from conflictlens.nlp.actors import ActorMention

_VERBS = (
    r"said|says|say|told|tells|reported|reports|claimed|claims|put|puts|confirmed|confirms|stated|announced|"
    # ("two men accused of theft were beaten": a participle, no speech)
    r"added|estimated|estimates|wrote|tweeted|posted|counted|recorded|documented|observed|heard|accused(?!\s+of\b)|"
    r"blamed|denied|denies|dismissed|rejected|called|insisted|acknowledged|admitted|alleged|described|quoted|cited|"
    r"(?:has|have|had) (?:said|confirmed|reported|claimed|denied|put)"
)
_AFTER_QUOTE = re.compile(r"[,\"”]\s*(?:(?:an?|the)\s+)?(?P<np>[^,.;\"“”]{2,80}?)\s+(?:" + _VERBS + r")\b", re.I)
_SUBJECT = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:and|but|while|as|when|where|after)\s+)(?P<np>(?:the\s+|an?\s+)?[A-Z][^,;:.\"“”]{1,90}?)\s+"
    r"(?:" + _VERBS + r")\b"
)
_ACCORDING = re.compile(r"\baccording to\s+(?P<np>[^,.;\"“”]{2,90}?)(?=[,.;]|$|\s+(?:who|which|in|on)\b)", re.I)
_SAID_BY = re.compile(r"\b(?:said|says|told)\s+(?P<np>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,4})")
# "The Observatory, a Britain-based monitor, said ...": a name with an apposition before the verb; or an aside on
# how it spoke ("A Fano commander, reached by phone, claimed", "A spokesman, speaking on condition of anonymity,
# said", "The army, in a statement posted on Facebook, said") or its name ("A senior police officer, Ahmed Khan,
# said").
_APPOSED = re.compile(r"^(?P<np>(?:the\s+)?[A-Z][^,;:.\"“”]{1,90}?),\s+"
                      r"(?:(?:an?|the|which|who|whose|citing|quoting|one of|part of|itself)\b"
                      r"|(?:reached|contacted|interviewed|quoted|speaking|writing|talking|"
                      r"in an? (?:statement|interview|post|video|message|briefing)|"
                      r"on (?:condition|its|his|her|their)|via|through)\b"
                      r"|(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,3})(?=,))"
                      r"[^;\"“”]{0,120}?,\s+(?:" + _VERBS + r")\b")
_CLAIMED_BY = re.compile(r"\b(?:claimed|confirmed|reported|announced) by\s+(?P<np>[^,.;]{2,60}?)(?=[,.;]|$)", re.I)

_DENIAL = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|dismissed|refuted|no combat missions|nothing to do with|"
    r"not involved|did not (?:carry out|conduct|fire|target)|never (?:fired|targeted|struck)|fabricat\w*|"
    r"staged|propaganda|false (?:claims?|reports?)|categorically)\b",
    re.I,
)
_DENY_EVENT = re.compile(r"\b(?:fabricat\w*|staged|never happened|did not happen|no such (?:attack|strike)|"
                         r"false (?:claims?|reports?)|hoax)\b", re.I)
_BLAMES = re.compile(r"\b(?:blamed|blaming|accused|accusing|attributed\s+(?:\w+\s+){0,4}to|held)\s+"
                     r"(?P<np>[^,.;]{2,60}?)"
                     r"(?=\s+(?:of|for|responsible)\b|[,.;]|$)", re.I)

_STOP_HEADS = re.compile(
    r"^(?:it|he|she|they|we|i|you|this|that|there|which|who|officials?|sources?|residents|witnesses|people|"
    r"both groups|both sides|the two|figure .*|said .*|while .*|.* fired by .*|at least .*|more than .*|"
    r"nearly .*|up to .*|some .*|about .*|\d.*|(?:which|who|whom|whose) .*|"
    r"a (?:spokesman|spokeswoman|spokesperson)|the agency)$",
    re.I,
)


_EVENT_NOUN = (r"(?:attacks?|bombings?|bombs?|blasts?|explosions?|killings?|assaults?|ambush(?:es)?|strikes?|raids?|"
               r"abductions?|kidnappings?|massacres?|shootings?|operations?|beheadings?|assassinations?|murders?)")
# The words that make it the event told before: "the attack", "this bombing", "Monday's raid"; then up to two words
# and the event noun ("the suicide car bombing")
_TOLD = r"(?:the|this|that|these|both|[A-Z]\w+'s)\s+"
_TOLD_EVENT = r"(?:[\w-]+\s+){0,2}?" + _EVENT_NOUN
# "Al-Shabaab claimed responsibility for the attack", "the BLA claimed Monday's bombing"; not "claimed the strike
# killed 20" (a claim about the event, not of it).
_CLAIMS_IT = re.compile(
    # "claimed responsibility for a car bomb that exploded ...": with 'responsibility' or 'credit' said, any event
    r"\b(?:claimed|claims|claiming|accepted|took|takes)\s+(?:responsibility|credit)\s+for\s+"
    r"(?:" + _TOLD + r"|an?\s+)?" + _TOLD_EVENT + r"\b"
    r"|\b(?:claimed|claims|claiming|accepted|took|takes)\s+(?:for\s+)?"
    r"(?:" + _TOLD + r")?" + _TOLD_EVENT
    + r"\b(?!\s+(?:killed|was|were|had|has|hit|left|wounded|injured|that)\b)", re.I)
_CLAIMED_BY = re.compile(_EVENT_NOUN + r"\s+(?:was|were|has been|have been|had been)\s+claimed\s+by\b", re.I)
# "the Taliban's spokesman claimed they were responsible for the attack", "the group said it was behind the blast",
# "the Pakistani Taliban later said they had carried out the bombing", "a spokesman told reporters the group had
# staged the raid"
_SAID_BEHIND = re.compile(
    r"\b(?:claimed|claims|said|says|admitted|admits|announced|acknowledged|told\s+[\w ]{2,30}?)\s+"
    r"(?:(?:in|on|via|through)\s+[\w ]{2,30}?\s+)?(?:that\s+)?"
    r"(?:it|they|its\s+fighters|their\s+fighters|the\s+(?:group|movement|militants|rebels|organi[sz]ation))\s+"
    # responsible for or behind an event; or did the event told before ("carried out the bombing", not "carried
    # out raids", which is news of its own)
    r"(?:(?:was|were|is|are|had\s+been)\s+(?:responsible\s+for|behind)\s+(?:" + _TOLD + r")?|"
    r"(?:had\s+|has\s+|have\s+)?(?:carried\s+out|conducted|staged|launched|mounted|perpetrated|executed|"
    r"committed)\s+" + _TOLD + r")" + _TOLD_EVENT + r"\b", re.I)
_BLAMED = re.compile(r"\b(?:blamed|blaming|blames|accused|accusing|accuses|attributed)\b", re.I)
# "the attack is widely believed to have been carried out by the Basque group ETA": a third party's attribution
_DONE_BY = re.compile(r"\b(?:believed|thought|suspected|said|assumed|presumed|likely)\s+to\s+have\s+been\s+"
                      r"(?:carried\s+out|committed|perpetrated|staged|planted|orchestrated|behind)\s+by\b", re.I)
# "police said the bombing had been carried out by the Balochistan Liberation Front": the event told before, done by
_EVENT_DONE_BY = re.compile(
    r"\b" + _TOLD + _TOLD_EVENT + r"\s+(?:was|were|had\s+been|"
    r"has\s+been|have\s+been)\s+(?:carried\s+out|perpetrated|committed|staged|launched|mounted|orchestrated|"
    r"conducted|executed)\s+by\b", re.I)
# "The United States carried out the strike, AFRICOM said", "officials said the UAE was behind the attack": named
# right before the words that it did the event told before
_DID_TOLD = re.compile(
    r"\b(?:carried\s+out|conducted|(?:was|were|is|are)\s+behind)\s+" + _TOLD + _TOLD_EVENT + r"\b", re.I)
# "The police, however, concluded that ETA were responsible": named between the verb and "responsible"
_HELD_RESPONSIBLE = re.compile(
    r"\b(?:concluded|believe[sd]?|suspect(?:ed|s)?|think|thought|determined|established|found)\s+(?:that\s+)?"
    r"(?P<np>[^,.;]{2,60}?)\s+(?:was|were|is|are|had\s+been)\s+(?:responsible|behind)\b", re.I)
# "ISGS, which the ministry blamed for the assault, ...": the one blamed is named before the relative clause
_BLAMED_WHICH = re.compile(r",\s+(?:which|whom|who)\s+(?:[\w-]+\s+){1,4}?(?:blamed|blames|accused|accuses)\b", re.I)
# "JNIM said in a statement that its fighters had killed 15 soldiers", "Al Shabaab said its 'martyrdom operation'
# had killed 15 soldiers": a group's word on its own attack
_SELF_CLAIM = re.compile(
    r"\b(?:said|says|claimed|claims|announced|boasted)\b[^.;]{0,60}?\b(?:its|their)\s+(?:(?:fighters|militants|men|"
    r"members|forces|mujahideen|soldiers|units?)\s+(?:had\s+|have\s+)?(?:killed|attacked|ambushed|stormed|raided|"
    r"carried out|struck|overran|captured|shot down|destroyed)|[\"“']?(?:(?:martyrdom|suicide|heroic|blessed|"
    r"jihadi)\s+)?(?:operations?|attacks?|raids?|ambush(?:es)?|assaults?)[\"”']?\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:killed|targeted|hit|struck|left))\b", re.I)

# "The army said it had struck a terrorist gathering", "the military said its jets had targeted a rebel hideout":
# a force's word that it carried out the strike told before (whatever it says it hit)
_OWN_STRIKE = re.compile(
    r"\b(?:said|says|claimed|claims|announced|confirmed|acknowledged|admitted)\s+(?:in\s+[\w ]{2,30}?\s+)?"
    r"(?:that\s+)?(?:it|they|its\s+(?:aircraft|jets|warplanes|planes|drones|helicopters|air\s+force|forces|troops|"
    r"units)|their\s+(?:aircraft|jets|warplanes|planes|drones|helicopters|forces|troops|units))\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:struck|targeted|hit|bombed|shelled|destroyed)\b", re.I)


# "U.S. Africa Command said the strike killed three al Shabaab militants", "the military said the air raid had
# targeted a rebel commander": a force telling what the strike told before did to its enemies' fighters tells its own
# strike (not "the Israeli strike", nor one that killed its own soldiers or civilians)
_STRIKE_TOLD = re.compile(
    r"\b(?:said|says|announced|confirmed|reported)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:the|its|their)\s+"
    r"(?:(?:air|drone|aerial|precision|overnight|latest|night)\s+)?(?:strikes?|airstrikes?|raids?|air\s+raids?|"
    r"bombardment)\b[^.;]{0,120}?\b(?:killed|killing|targeted|eliminated|neutrali[sz]ed|hit|struck)\s+"
    r"(?:[^.;]{0,50}?\s)?(?:militants?|fighters?|terrorists?|insurgents?|jihadists?|bandits|operatives?|commanders?|"
    r"leaders?|members\s+of|rebels?|gunmen|hideouts?|camps?|positions?)\b", re.I)


# "Islamic State's regional branch claimed responsibility in a statement": said right after the event, it is that
# event's, with no event word after it
_CLAIMS_BARE = re.compile(r"\b(?:claimed|claims|claiming|accepted|took|takes)\s+(?:responsibility|credit)\b"
                          r"(?!\s+for\b)", re.I)
# "no group has claimed responsibility", "the Taliban have not claimed the attack"
_NOT_BEFORE = re.compile(r"\b(?:no|not|never|yet\s+to|nobody|none|denied|den(?:y|ies))\b[^.;,]{0,30}$", re.I)


def _claims_it(sentence: str) -> re.Match[str] | None:
    m = _CLAIMS_IT.search(sentence) or _SAID_BEHIND.search(sentence) or _CLAIMS_BARE.search(sentence)
    return None if m is None or _NOT_BEFORE.search(sentence, 0, m.start()) else m


# How a sentence says who did it, in the order they are tried: (what it says, where the party is named beside the
# words, the words). Where: "before" = the last named before them, "group before" = the last group named before
# them, "subject" = the one named right before them (their subject: not "police believe the same gang was behind
# the kidnapping"), "after" = the first named after them, "near after" = the first named within 60 characters after
# them, "np" = the first named inside their 'np' group.
_RESPONSIBILITY: tuple[tuple[str, str, Callable[[str], re.Match[str] | None]], ...] = (
    ("claimed", "before", _claims_it),
    ("claimed", "after", _CLAIMED_BY.search),
    ("claimed", "group before", _SELF_CLAIM.search),
    ("claimed", "before", _OWN_STRIKE.search),
    ("claimed", "before", _STRIKE_TOLD.search),
    ("blamed", "before", _BLAMED_WHICH.search),
    ("blamed", "near after", _DONE_BY.search),
    ("blamed", "near after", _EVENT_DONE_BY.search),
    ("blamed", "subject", _DID_TOLD.search),
    ("blamed", "np", _HELD_RESPONSIBLE.search),
    ("blamed", "near after", _BLAMED.search),
)


def owns_strike(sentence: str) -> bool:
    """Whether a force says in the sentence that it struck ("the army said it had struck a gathering")."""
    return _OWN_STRIKE.search(sentence) is not None


def tells_responsibility(sentence: str) -> bool:
    """Whether a sentence may say who carried out an attack (a cheap test before finding the actors)."""
    return any(find(sentence) for _, _, find in _RESPONSIBILITY)


# what may stand between a subject and its verb: "Russia had conducted the attack", "the group also carried out"
_SUBJECT_GAP = re.compile(r"\s*(?:(?:had|has|have|also|reportedly|allegedly|then|later)\s+)*", re.I)


def _party_at(m: re.Match[str], where: str, named: Sequence[ActorMention]) -> ActorMention | None:
    if where in ("before", "group before"):
        found = [a for a in named if a.end <= m.start() and (where == "before" or a.kind == "group")]
        return found[-1] if found else None
    if where == "subject":
        found = [a for a in named if a.end <= m.start() and _SUBJECT_GAP.fullmatch(m.string, a.end, m.start())]
        return found[-1] if found else None
    if where == "np":
        return next((a for a in named if m.start("np") <= a.start and a.end <= m.end("np")), None)
    reach = m.end() + 60 if where == "near after" else None
    return next((a for a in named if m.end() <= a.start and (reach is None or a.start <= reach)), None)


def responsible_party(sentence: str, mentions: Sequence[ActorMention]) -> tuple[ActorMention, str] | None:
    """The named armed group or state a sentence says carried out an attack, and how it says so: 'claimed'
    ("IS claimed the bombing", "the attack was claimed by JNIM", "JNIM said its fighters had killed 15 soldiers")
    or 'blamed' ("officials blamed the Pakistani Taliban for the blast", "the TTP, which officials blamed for the
    attack, ..."). None when it says neither."""
    named = [m for m in mentions if m.kind in ("group", "state", "police") and not m.name.startswith("Unidentified")]
    if not named:  # no party to find: the words' searches would be in vain
        return None
    for kind, where, find in _RESPONSIBILITY:
        m = find(sentence)
        party = _party_at(m, where, named) if m is not None else None
        if party is not None:
            return party, kind
    return None


@dataclass(frozen=True)
class Attribution:
    claimant: str
    stance: str  # reports | denies_event | denies_responsibility
    blames: str | None
    text: str  # the words naming the claimant


Normalizer = Callable[[str], str]


def find_attribution(sentence: str, normalize: Normalizer) -> Attribution | None:
    """The claimant of a sentence, if the sentence attributes its content to someone."""
    np = _claimant_phrase(sentence)
    if not np:
        return None
    name = normalize(np)
    if not name:
        return None
    return Attribution(name, stance_of(sentence), blames_in(sentence, normalize), np)


_CLAUSE_SUBJECT = re.compile(r"^\s*(?P<np>(?:the\s+|an?\s+)?[\w'’ -]{2,60}?)\s+(?:" + _VERBS + r")\b", re.I)


def clause_attribution(clause: str, normalize: Normalizer) -> Attribution | None:
    """The claimant of a clause inside a sentence ("...; the local council put the toll at 21"): as
    `find_attribution`, and also a lower-case subject at the clause's start."""
    found = find_attribution(clause, normalize)
    return found if found is not None else _subject_voice(clause, normalize, _STOP_HEADS)


_PRONOUN = re.compile(r"^(?:it|he|she|they|we|i|you|this|that|there|which|who)$", re.I)


def other_voice(clause: str, normalize: Normalizer) -> Attribution | None:
    """The speaker of a later clause that gives its own figure ("...; residents said nine", "..., while the group
    claimed 40"): as `clause_attribution`, and also a generic subject ("residents", "the group"), which names no
    claimant of a whole sentence but does tell a second voice from the first."""
    clause = re.sub(r"^\s*(?:while|whereas|but)\s+", "", clause, flags=re.I)
    found = clause_attribution(clause, normalize)
    return found if found is not None else _subject_voice(clause, normalize, _PRONOUN, generic=True)


def _subject_voice(clause: str, normalize: Normalizer, stop: re.Pattern[str],
                   generic: bool = False) -> Attribution | None:
    """The subject before a speech verb at the clause's start, unless `stop` matches it; `generic`: a subject the
    normaliser names nothing for is kept as written."""
    m = _CLAUSE_SUBJECT.match(clause)
    np = clean_phrase(m.group("np")) if m else ""
    if not np or stop.match(np) or _is_number_phrase(np):
        return None
    name = normalize(np) or (np if generic else "")
    return Attribution(name, stance_of(clause), blames_in(clause, normalize), np) if name else None


def _claimant_phrase(sentence: str) -> str | None:
    # A subject at the start of the sentence is the surest (after where it was said: "In Mutwanga, a civil society
    # leader said"); then "according to", then "..., X said".
    opened = _SAID_WHERE.sub("", sentence, count=1)
    spoken = _SAID_IN.sub("", opened, count=1)
    if spoken != opened:  # the speaker now opens the sentence: "the regional governor, who ..., said"
        opened = spoken[:1].upper() + spoken[1:]
    m = _SUBJECT.match(opened) or _APPOSED.match(opened)
    if m:
        np = clean_phrase(m.group("np"))
        if np and not _STOP_HEADS.match(np) and not _is_number_phrase(np):
            return np
    for rx in (_ACCORDING, _CLAIMED_BY, _AFTER_QUOTE, _SUBJECT, _SAID_BY):
        for m in rx.finditer(sentence):
            np = clean_phrase(m.group("np"))
            if np and not _STOP_HEADS.match(np) and not _is_number_phrase(np):
                return np
    return None


# what may stand between a speaker and its verb: "The White Helmets initially reported", "Police now say", "The health
# ministry first said", "officials later also put the toll at"
_AFTER_SPEAKER = re.compile(
    r"\s+(?:also|later|earlier|initially|originally|first|now|then|since|still|again|already|subsequently|"
    r"previously|separately|had|has|have|on \w+day|in a statement)$", re.I)


# "On Wednesday police said", "Late on Friday the army said", "By Thursday evening the Red Crescent said": when it was
# said, before who said it
_WHEN_SAID = re.compile(
    r"^(?:(?:earlier|later|late|early)\s+)?(?:on|by|since|until|last|this|overnight|from)\s+(?:the\s+)?"
    r"(?:\w+day|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|morning|afternoon|"
    r"evening|night|week)(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+", re.I)
# "In Mutwanga, a civil society leader said": where it was said is no speaker (a name of up to three capitalised words)
_PLACE_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
_SAID_WHERE = re.compile(r"^\s*(?:in|at)\s+" + _PLACE_NAME + r",\s+", re.I)
# "In a communique issued on Thursday evening, the coalition, ..., said": the medium it spoke in is no speaker
_SAID_IN = re.compile(r"^\s*(?:in|on|through|via)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:statement|communiqu[eé]|press release|release|post|message|video|bulletin|briefing|"
                      r"interview|report|letter|tweet|broadcast|update)\b[^,;\"“”]{0,60},\s+", re.I)
_WHERE_SAID = re.compile(r"^(?:in|at|near|from)\s+" + _PLACE_NAME + r"$", re.I)


def clean_phrase(np: str) -> str:
    np = _WHEN_SAID.sub("", np.strip())
    if _WHERE_SAID.match(np):
        return ""
    np = re.sub(r"^(?:the|a|an|but|and|also|later|earlier|separately|meanwhile|however)\s+", "", np.strip(), flags=re.I)
    while (cut := _AFTER_SPEAKER.sub("", np)) != np:
        np = cut
    # "Beni civil society, which tracks ..." / "X, a Britain-based monitor" are cut at the comma already.
    return np.strip(" \"'“”")


def _is_number_phrase(np: str) -> bool:
    return bool(_NUMBER_WORD.match(np))


# "Two policemen were reported dead", "No casualties were reported": a count (or none) is what is told, not who tells it
_NUMBER_WORD = re.compile(
    r"^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|no|none|nobody|neither)\b", re.I)


def stance_of(sentence: str) -> str:
    if not _DENIAL.search(sentence):
        return "reports"
    return "denies_event" if _DENY_EVENT.search(sentence) else "denies_responsibility"


def blames_in(sentence: str, normalize: Normalizer) -> str | None:
    m = _BLAMES.search(sentence)
    if not m:
        return None
    return normalize(clean_phrase(m.group("np"))) or None


def resolve_short_name(np: str, earlier: Sequence[str]) -> str:
    """'Observatory' -> 'Syrian Observatory for Human Rights' when the article used the full name before."""
    words = [w for w in re.findall(r"[A-Za-z][\w'-]+", np) if w[0].isupper()]
    if not words:
        return np
    head = words[-1].lower()
    for full in earlier:
        if full != np and len(full) > len(np) and re.search(rf"\b{re.escape(head)}\b", full, re.I):
            return full
    return np


# "the ministry", "the mission", "the agency": a speaker named by its head noun alone, lower-case
_BARE_HEAD = re.compile(r"^(?:the\s+)?(?P<head>ministry|mission|agency|monitor|observatory|commission|council|office|"
                        r"centre|center|directorate|department|authority|authorities|administration|network|"
                        r"organi[sz]ation|committee|service|command)$", re.I)


# "Its statement claimed", "The statement said", "Their latest report put the toll at": a speaker named by what it
# issued
_ISSUED = re.compile(r"^(?:(?:its|their|his|her|the|that|this)\s+)?(?:(?:latest|later|earlier|first|second|written|"
                     r"official|own|new|daily|weekly)\s+)?(?:statement|communiqu[eé]|press\s+release|release|report|"
                     r"bulletin|post|message|update|account|tally|briefing)$", re.I)


def refers_back(np: str, earlier: Sequence[str]) -> str | None:
    """'the ministry' -> 'Ministry of Health of Libya' when that claimant was named before: a speaker named by its
    head noun alone is the claimant named last whose name holds that word (None when none does, or `np` names
    more than a head noun). A speaker named by what it issued ("Its statement", "the report") is the claimant
    named last ("" when none was: the outlet speaks)."""
    if _ISSUED.match(np.strip()):
        return earlier[-1] if earlier else ""
    m = _BARE_HEAD.match(np.strip())
    if m is None:
        return None
    head = m.group("head").lower()
    return next((full for full in reversed(earlier) if re.search(rf"\b{re.escape(head)}\b", full, re.I)), None)


_SURNAME = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr|Gen|Col|Maj|Capt|Lt)\.?\s+)?(?P<name>[A-Z][a-z][\w'’-]+)")


def role_of_surname(np: str, text: str) -> str | None:
    """'Saeedi' -> "The Taliban's spokesman for Panjshir" when the text named him so before ("The Taliban's
    spokesman for Panjshir, Mawlawi Abdul Hakim Saeedi, told ..."): a speaker named by a surname alone is the role
    written before his full name between commas. None when `np` is more than a surname or no such role is found."""
    m = _SURNAME.fullmatch(np.strip())
    if m is None:
        return None
    name = re.escape(m.group("name"))
    role = re.search(r"(?:^|(?<=[.;\n])\s*|(?<=[.;]\s))(?P<role>(?:the\s+|an?\s+)?[A-Za-z][^,.;\"“”\n]{3,80}?),\s+"
                     r"(?:[A-Z][\w'’.-]*\s+){1,5}" + name + r",", text)
    if role is None:
        return None
    found = clean_phrase(role.group("role"))
    return found if found and not _STOP_HEADS.match(found) and not _SURNAME.fullmatch(found) else None


_SELF_REPORT = re.compile(r"^[^.;]{0,40}?\b(?:it|its|they|their|our|we|us)\b", re.I)


def teller_span(sentence: str) -> tuple[int, int] | None:
    """Where the words naming who tells the sentence stand ("..., a vigilante leader said", "according to a member
    of the vigilante group"), or None."""
    np = _claimant_phrase(sentence)
    start = sentence.find(np) if np else -1
    if not np or start < 0:
        return None
    end = start + len(np)
    if _TELLS_AFTER.match(sentence, end) or _ACCORDING_BEFORE.search(sentence, max(0, start - 20), start):
        return start, end
    return None


# the verb right after a teller ("a vigilante leader said", "a commander told reporters"), or "according to" before it
# ("a vigilante leader in Damboa said": where the teller is from may stand between)
_TELLS_AFTER = re.compile(r"(?:\s+(?:in|from|of)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
                          r"\s+(?:(?:also|later|earlier|then|had|has|have)\s+)?(?:said|says|told|reported|added)\b",
                          re.I)
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+(?:(?:a|an|the|one)\s+)?$", re.I)


def speaks_of_itself(after_speaker: str) -> bool:
    """Whether what follows the speaker speaks of it ("the RSF said its fighters took the town")."""
    return bool(_SELF_REPORT.match(after_speaker))


def speaker_span(text: str, att: Attribution | None) -> tuple[int, int] | None:
    """Where in `text` the words naming who speaks stand (None when nobody is named)."""
    if att is None or not att.text or (start := text.find(att.text)) < 0:
        return None
    return start, start + len(att.text)


def not_the_speaker(text: str, att: Attribution | None, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The actors of `text` less the one who only speaks: in "Ukraine's military said shells fired from
    rebel-held areas hit Marinka" the military reports the event, it did not do it. A claimant who speaks of
    itself ("the RSF said its fighters took the town") keeps its role."""
    span = speaker_span(text, att)
    if span is None or speaks_of_itself(text[span[1]:]):
        return list(actors)
    start, end = span
    return [m for m in actors if not (m.start < end and start < m.end)]
