"""Actors: find who is named in a sentence and decide who acted (actor1) and who was targeted (actor2).

Names follow ACLED (docs/taxonomy.md §2): `Military Forces of <Country>`, `Police Forces of <Country>`,
`Civilians (<Country>)`, `Protesters (<Country>)`, `Rioters (<Country>)`, `Unidentified Armed Group
(<Country>)`, named groups from `resources/actors.toml` with their aliases mapped to one name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from conflictlens.nlp.actor_data import actor_dictionary
from conflictlens.nlp.fired_by import countries_that_fired
from conflictlens.nlp.lexicon import alternation, kin_of_armed, literal_alternation, word_list, word_set
from conflictlens.nlp.marks import plain_letters
from conflictlens.nlp.number_words import to_int
from conflictlens.taxonomy import BATTLES, UNIDENTIFIED_GANG, Inter, forces, state_of, unidentified_group, with_article

CountryOf = Callable[[str], "str | None"]  # demonym / country word -> country name


@dataclass(frozen=True)
class ActorMention:
    name: str
    inter: int
    kind: str  # state | police | group | civilians | protesters | rioters | unidentified | government
    start: int
    end: int
    text: str
    country: str = ""  # the state's country for state forces; a named group's home country (actors.toml)


@dataclass(frozen=True)
class _Group:
    name: str
    inter: int
    branch: bool
    generic: bool
    valid: tuple[tuple[str, str, int, str], ...]
    pattern: re.Pattern[str]
    # The first word of each alias, lower-cased: a match's first word is a whole word of the sentence, so a
    # sentence holding none of them is skipped without running the (slow, case-insensitive) pattern.
    first_words: frozenset[str]
    only_in: str = ""  # `local = true` in actors.toml: the alias names this group only in its home country
    # `home` (else `country`) in actors.toml: a state force's own state (inter 8 when it acts abroad)
    home: str = ""
    # `branches` in actors.toml: a branch's own name in a country ("Islamic State (West Africa)" in Nigeria)
    branches: tuple[tuple[str, str], ...] = ()
    # The longest word of each alias (`_needed_words`): a sentence holding the first word of an alias but none of
    # these ("the", "national", "islamic" are many aliases' first words) is skipped without running the pattern.
    needs: frozenset[str] | None = None


def _case_sensitive(alias: str) -> bool:
    """A short acronym ("IS", "NPA", "LNA", "LeT", "JeM") matches only as written: "is", "npa", "let" and
    "jem" are other words."""
    if len(alias) > 5:
        return False
    return alias.isupper() or (" " not in alias and any(ch.isupper() for ch in alias[1:]))


@cache
def _groups() -> tuple[tuple[_Group, ...], dict[str, tuple[int, ...]]]:
    """The dictionary's groups, and the lower-cased first word of each alias -> the indexes of its groups."""
    out = []
    for spec in actor_dictionary()["group"]:
        # matched against text with its accents stripped (named_groups): "Séléka" as "Seleka"
        aliases = [plain_letters(a) for a in spec["aliases"]]
        # whole words, also for aliases that end in a bracket ("CPI (Maoist)")
        ci = [_spelled(a) for a in aliases if not _case_sensitive(a)]
        ci += [_as_modifier(a) for a in aliases if _PLURAL_PEOPLE.search(a) and not _case_sensitive(a)]
        cs = [re.escape(a) for a in aliases if _case_sensitive(a)]
        parts = []
        if ci:
            parts.append(r"(?i:(?<!\w)(?:" + "|".join(sorted(ci, key=len, reverse=True)) + r")(?!\w))")
        if cs:
            parts.append(r"(?<!\w)(?:" + "|".join(cs) + r")(?!\w)")
        # "Daesh fighters", "HTS militants", "LNA warplanes": the generic noun after a name belongs to the name.
        pattern = re.compile("(?:" + "|".join(parts) + ")" + _FOLLOWER)
        out.append(
            _Group(spec["name"], int(spec["inter"]), bool(spec.get("branch")), bool(spec.get("generic")),
                   tuple(tuple(v) for v in spec.get("valid", [])), pattern,
                   # ("Naxalite fighters": an alias read as a modifier is found by its own first word too)
                   frozenset(_WORD.findall(form)[0].lower() for a in aliases for form in _forms(a)),
                   spec.get("country", "") if spec.get("local") else "", spec.get("home", spec.get("country", "")),
                   tuple(sorted(spec.get("branches", {}).items())), _needed_words(aliases))
        )
    index: dict[str, list[int]] = {}
    for i, g in enumerate(out):
        for word in g.first_words:
            index.setdefault(word, []).append(i)
    return tuple(out), {word: tuple(found) for word, found in index.items()}


def _forms(alias: str) -> list[str]:
    """The forms the group pattern reads an alias in: itself, and a plural people's noun as a modifier too
    ("Naxalites" and "Naxalite fighters")."""
    return [alias, alias[:-1]] if _PLURAL_PEOPLE.search(alias) and not _case_sensitive(alias) else [alias]


def _needed_words(aliases: list[str]) -> frozenset[str] | None:
    """The longest word of each alias and of each form the pattern reads it in (lower-cased, never a "the", which
    may be left out): a sentence naming the group holds one of them as a whole word. None if an alias has none."""
    out = set()
    for alias in aliases:
        for form in _forms(alias):
            words = [w.lower() for w in _WORD.findall(form) if w.lower() != "the"]
            if not words:
                return None
            out.add(max(words, key=len))
    return frozenset(out)


# "Group for the Support of Islam and Muslims" for "Group for Support of Islam and Muslims", "Volunteers for Defence
# of the Homeland": a long name's "the" after "for" or "of" comes and goes
_ARTICLE_AFTER = re.compile(r"(\\ (?:for|of)\\ )(?:the\\ )?")


def _spelled(alias: str) -> str:
    """An alias as a pattern in which a "the" after "for" or "of" is optional."""
    return _ARTICLE_AFTER.sub(lambda m: m.group(1) + "(?:the\\ )?", re.escape(alias))


# "Anglophone separatists", "Maoists", "Naxalites": a plural noun for the group's people, which news also writes as
# a modifier of a fighters' noun ("Anglophone separatist fighters", "Maoist rebels", "a Naxalite militia")
_PLURAL_PEOPLE = re.compile(r"\w(?:ist|ite)s$")
_FIGHTERS_AFTER = (r"(?=\s+(?:fighters|militants|rebels|forces|gunmen|militias?|militiamen|insurgents|guerrillas|"
                   r"cadres)\b)")


def _as_modifier(alias: str) -> str:
    return re.escape(alias[:-1]) + _FIGHTERS_AFTER


_WORD = re.compile(r"\w+")
# "the IRA's Belfast brigade", "Hamas's armed wing": a unit of the group named after it is the group.
_FOLLOWER = (r"(?:\s+(?i:rebel (?:forces|fighters)|fighters|militants|rebels|forces|gunmen|members|insurgents|"
             r"jihadists|militia|militiamen|service ?members|servicemen|personnel|"
             r"air force|troops|soldiers|units|warplanes|jets|drones|aircraft|helicopters|gunships|artillery)(?!\w)"
             r"|['’]s(?:\s+[\w-]+){0,2}\s+(?i:brigade|battalion|unit|wing|cell|faction|regiment|division)(?!\w))?")
# "South Sudanese troops", "North Korean artillery": a compass word is part of the demonym
_DEMONYM = (r"(?:(?P<dem>(?:(?:South|North|Central|East|West) )?(?:[A-Z][a-z]+(?:-[a-z]+)?)(?:'s| ?-led| ?-backed)?"
            r"|U\.S\.|US|UAE) )?")


@cache
def _state() -> re.Pattern[str]:
    """'Syrian government forces', 'the junta', 'riot police': a state's forces, with the demonym before them."""
    return re.compile(
        r"(?<![\w'’-])"  # a whole word: "Camarines Norte" holds no marines
        + _DEMONYM
        + r"(?P<mod>(?i:(?:pro-)?" + alternation("state_modifiers") + r")\s)?"
        r"(?P<noun>(?i:" + "|".join(word_list("state_nouns")) + "|"
        # "governmental positions" (as monitors write): positions only with a state word before them
        r"(?:(?<=government )|(?<=governmental )|(?<=army )|(?<=military )|(?<=regime ))positions|"
        # "attacked a patrol": a post or unit nobody else owns ("their patrol" is the subject's)
        r"(?<!their )(?<!its )(?<!his )(?<!her )(?<!whose )(?:" + "|".join(word_list("state_posts")) + r")))\b"
    )


# "opened fire on a Kyrgyz post", "shelled an Israeli position", "a Pakistani border post": a post or position named by
# a state's demonym is that state's forces (a bare "post" is no one's: a job, a message)
_DEMONYM_POST = re.compile(r"(?<![\w'’-])(?P<dem>(?:(?:South|North) )?[A-Z][a-z]+)(?P<mod>) (?:(?:border|frontier|army|"
                           r"military) )?(?P<noun>posts?|positions?)\b(?! (?:office|offices|box|war|election)\b)")
# "mortar rounds fired from the Afghan side", "shells fired from the Azerbaijani side": the side of a border or front
# named by a state's demonym is that state's forces (not "on the Afghan side of the border": a place)
_FROM_THE_SIDE = re.compile(r"(?<=\bfrom the )(?P<dem>(?:(?:South|North) )?[A-Z][a-z]+)(?P<mod>) (?P<noun>side)\b"
                            r"(?! of\b)")


# "military forces of Azerbaijan", "police forces of India and Pakistan": the country (or two) named after the noun.
# The mention covers the country words, so they are not read as the event's place.
@cache
def _not_state() -> re.Pattern[str]:
    """'Colombia's largest guerrilla army', 'rebel troops': a word right before the noun makes it no state's."""
    return re.compile(r"\b" + alternation("not_state_modifiers") + r"\s+$", re.I)


@cache
def _state_of() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<noun>(?i:" + "|".join(word_list("state_of_nouns")) + r") forces) of (?:the )?"
        r"(?P<c1>[A-Z][\w'-]+(?: (?:of )?[A-Z][\w'-]+){0,3})"
        r"(?: and (?:the )?(?P<c2>[A-Z][\w'-]+(?: (?:of )?[A-Z][\w'-]+){0,3}))?"
    )


# "the US-led coalition", "Saudi-led coalition": the leading state acts (docs/taxonomy.md §2).
LED_COALITION = re.compile(r"\b(?P<dem>U\.S\.|US|[A-Z][a-z]+)[- ]led\s+(?:[\w-]+\s+)?coalition\b")
_US = {"U.S.": "United States", "US": "United States", "American": "United States"}


_NONE_BEFORE = re.compile(r"\b(?:no|none\s+of\s+the|not\s+a\s+single|not\s+one)\s+$", re.I)


@cache
def _people_patterns() -> tuple[tuple[re.Pattern[str], str, int, str], ...]:
    """(pattern, kind, inter, ACLED label) for people named by what they are: protesters, rioters, unidentified
    armed men, civilians (resources/words.toml)."""
    people = (
        (alternation("protesters"), "protesters", Inter.PROTESTERS, "Protesters"),
        (alternation("rioters"), "rioters", Inter.RIOTERS, "Rioters"),
        (alternation("unidentified"), "unidentified", Inter.POLITICAL_MILITIA, "Unidentified Armed Group"),
        (alternation("gangs"), "unidentified", Inter.POLITICAL_MILITIA, UNIDENTIFIED_GANG),
        (alternation("civilians"), "civilians", Inter.CIVILIANS, "Civilians"),
    )
    return tuple((re.compile(r"\b" + words + r"\b", re.I), kind, inter, label) for words, kind, inter, label in people)


@cache
def _state_words() -> frozenset[str]:
    """The first words of every state-force noun: a sentence with none of them holds no state-force mention."""
    out = {"positions"} | set(word_list("state_of_nouns")) | word_set("state_posts")
    for entry in word_list("state_nouns"):
        first = re.match(r"[a-z]+s?\??", entry)
        if first:
            word = first.group(0)
            out |= {word.rstrip("?"), word[:-2]} if word.endswith("s?") else {word}
    return frozenset(out)


# "Fulani militias", "Tiv militiamen", "Hawadle clan militia": identity militias named by their people (inter 4).
# "Murle raiders"; "militiamen from the Leelkayse clan" (the people after the noun).
_PEOPLE = r"[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?"
_FROM_CLAN = r" from (?:the )?(?P<people2>" + _PEOPLE + r") (?P<clan2>(?:sub-)?clans?)\b"
# "armed Fulani herdsmen", "armed Misseriya herders": herders a people's name and "armed" make its militia
_ETHNIC_MILITIA = re.compile(
    r"\b(?P<people>" + _PEOPLE + r") (?P<clan>clan |ethnic |communal )?(?P<noun>militias?|militiamen|raiders|tribesmen|"
    r"clansmen|tribal (?:fighters|gunmen|militias?))\b"
    r"(?!" + _FROM_CLAN.replace("?P<people2>", "").replace("?P<clan2>", "") + r")"
    r"|\b(?:militias?|militiamen|fighters)" + _FROM_CLAN
    + r"|(?<=\b[Aa]rmed )(?P<people3>" + _PEOPLE + r") (?:cattle )?(?:herdsmen|herders|pastoralists|nomads)\b")
_GOVERNMENT = re.compile(r"\b(?:(?P<dem>[A-Z][a-z]+)(?:'s)? )?(?:government|authorities)\b")


def find_actor_mentions(sentence: str, country: str, on: dt.date, country_of: CountryOf) -> list[ActorMention]:
    """Every actor named in a sentence, with offsets; overlapping mentions keep the more specific."""
    found: list[ActorMention] = []
    words = {w.lower() for w in _WORD.findall(sentence)}
    named = named_groups(sentence, country, on, words)
    found.extend(named)
    for m in LED_COALITION.finditer(sentence):
        lead = state_of_word(m.group("dem"), country_of)
        if lead:
            found.append(state_forces(lead, country, m.start(), m.end(), m.group(0)))
    if not words.isdisjoint(_state_words()):
        for m in _state().finditer(sentence):
            if not _not_state().search(sentence, max(0, m.start("noun") - 20), m.start("noun")):
                found.append(_state_mention(m, country, country_of))
        for m in _state_of().finditer(sentence):
            found.extend(_state_of_mentions(m, country, country_of))
    found.extend(_state_mention(m, country, country_of) for rx in (_DEMONYM_POST, _FROM_THE_SIDE)
                 for m in rx.finditer(sentence) if state_of_word(m.group("dem"), country_of))
    # "Russia fired missiles at Kharkiv": the country that fired is its forces
    for start, end, name in countries_that_fired(sentence, lambda n: country_of(n) is not None):
        if (state := country_of(name.replace(".", ""))) and not any(n.start <= start < n.end for n in found):
            found.append(state_forces(state, country, start, end, name))
    for m in _ETHNIC_MILITIA.finditer(sentence):
        if any(n.start < m.end() and m.start() < n.end for n in named):
            continue  # "the Kaniyat militia", "Macawisley militiamen": the dictionary names the group
        words = (m.group("people") or m.group("people2") or m.group("people3")).split()
        not_a_people = word_set("not_a_people")
        # "Suspected Fulani militias"; "Four militiamen", "Several tribesmen": a figure, not a people
        while words and (words[0].lower() in not_a_people or to_int(words[0]) is not None):
            words = words[1:]
        if not words or country_of(words[0]) or words[0].lower() in not_a_people:
            continue  # "Syrian militia", "Government militia": not an identity militia's name
        peoples = word_set("peoples")
        if (_opens_sentence(sentence, m.start()) and not m.group("clan")
                and words[0].lower() not in peoples and " ".join(words).lower() not in peoples):
            # "Cattle raiders attacked ...", "Masked militiamen stormed ...": capitalised as the first word ("Hawadle
            # clan militia" says it is a people)
            continue
        people = " ".join(words)
        clan = (m.group("clan") or "").strip().lower() == "clan" or (m.group("noun") or "").lower() == "clansmen"
        kind_word = "Clan" if clan or m.group("clan2") else "Ethnic"
        name = f"{people} {kind_word} Militia ({country})" if country else f"{people} {kind_word} Militia"
        found.append(ActorMention(name, 4, "group", m.start(), m.end(), m.group(0)))
    for rx, kind, inter, label in _people_patterns():
        for m in rx.finditer(sentence):
            if _NONE_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
                continue  # "adding that no civilians were hurt": nobody of them took part
            found.append(ActorMention(f"{label} ({country})" if country else label, inter, kind,
                                      m.start(), m.end(), m.group(0)))
    kept = [m for m in _resolve_overlaps(found)
            if not _NAMES_A_COALITION.search(sentence[max(0, m.start - 40):m.start]) and not _kin_of(sentence, m)
            and not _served(sentence, m) and not _instrument(sentence, m)]
    return _drop_unowned_posts(_drop_generic_owned(kept, sentence))


@cache
def _with_before() -> re.Pattern[str]:
    """"with heavy artillery", "using its helicopters", "with jets and": what comes before a weapon that was
    fired."""
    weapons = "|".join(word_list("weapon_force_nouns"))
    return re.compile(r"\b(?:with|using)\s+(?:(?:the|their|its|his|heavy|long-range|light|and|" + weapons
                      + r"|[\w-]+-made),?\s+)*$", re.I)


def _instrument(sentence: str, m: ActorMention) -> bool:
    """"The occupiers shelled Nikopol with heavy artillery, killing a woman": a state-force noun that is also a
    weapon, after "with" or "using", is what was fired; no side of the event."""
    return (m.kind == "state" and m.text.lower() in word_set("weapon_force_nouns")
            and bool(_with_before().search(sentence, max(0, m.start - 60), m.start)))


# what may stand before a sentence's first word: a dateline's dash, a quotation mark, a bracket
_SENTENCE_OPENERS = frozenset("-–—:\"“‘'(")


def _opens_sentence(sentence: str, start: int) -> bool:
    """Whether the word at `start` opens the sentence, where a capital letter tells no name."""
    before = sentence[:start].rstrip()
    return not before or before[-1] in _SENTENCE_OPENERS


def _kin_of(sentence: str, m: ActorMention) -> bool:
    """'the wife of a police officer': armed people named only as a victim's kin are no side of the event."""
    return m.kind in ("state", "police", "group", "unidentified") and kin_of_armed(sentence, m.start)


# "a military informant", "army informers": people said to serve a force are no side of the event
_SERVES_AFTER = re.compile(r"\s+(?:informants?|informers?|collaborators?|spies|spy)\b", re.I)
# "accusing him of spying for the military", "accused of collaborating with the VDP", "accused of links with the
# former government's security forces": the force a victim is accused of serving
# (the serving named: "accused of stealing cattle were shot dead by soldiers" names the soldiers as the doers)
_ACCUSED_OF_SERVING = re.compile(
    r"\baccus(?:ed|ing|es)\b[^.;]{0,40}?\bof (?:being |having )?(?:spying|informing|collaborating|working|"
    r"cooperating|co-operating|links?|ties|connections?|helping|aiding|supporting|sympathi[sz]ing|fighting|"
    r"passing information|serving)\b[^.;]{0,25}?\b(?:for|with|to)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def _served(sentence: str, m: ActorMention) -> bool:
    """'shot dead a village councillor, accusing him of being a military informant', 'killed three civilians
    accused of collaborating with the VDP': a force the victims are said to have served is no side of it."""
    return m.kind in ("state", "police", "group") and bool(
        _SERVES_AFTER.match(sentence, m.end) or _ACCUSED_OF_SERVING.search(sentence, max(0, m.start - 110), m.start))


def _drop_unowned_posts(mentions: list[ActorMention]) -> list[ActorMention]:
    """'A bomber attacked a patrol in Basra, wounding three British soldiers': a post or unit nobody is said to
    own is the text's state's only when the sentence names no forces of any state; here they are British."""
    posts = [m for m in mentions if m.kind == "state" and m.text.lower() in word_set("state_posts")]
    if posts and any(m.kind in ("state", "police") and m not in posts for m in mentions):
        return [m for m in mentions if m not in posts]
    return mentions


# "the U.S.-led coalition against Islamic State": the enemy named in a coalition's name plays no role here.
_NAMES_A_COALITION = re.compile(r"\bcoalition (?:fighting |battling )?against (?:the )?$", re.I)


@cache
def alias_words() -> frozenset[str]:
    """Every lower-cased word of every group alias after its first ("sahel" of "Islamic State Sahel"): a place
    named so may lie inside a group's name."""
    return frozenset(w.lower() for spec in actor_dictionary()["group"] for a in spec["aliases"]
                     for w in _WORD.findall(a)[1:])


def names_an_armed_group(text: str) -> bool:
    """Whether `text` names a rebel group, militia or gang of the dictionary, of any country ("al-Shabaab members",
    "suspected CV members"): read with no country or date, for the people a figure counts."""
    groups, by_first_word = _groups()
    text = plain_letters(text)
    found = {i for w in _WORD.findall(text) for i in by_first_word.get(w.lower(), ())}
    armed = (Inter.REBELS, Inter.POLITICAL_MILITIA, Inter.IDENTITY_MILITIA)
    return any(groups[i].inter in armed and groups[i].pattern.search(text) for i in found)


def named_groups(sentence: str, country: str, on: dt.date, words: set[str] | None = None) -> list[ActorMention]:
    """The dictionary's named groups in a sentence (`words`: its lower-cased words, if already known), also where
    the sentence spells a name with accents the dictionary leaves out ("the Carlos Patiño front")."""
    plain = plain_letters(sentence)
    words = words if words is not None and plain is sentence else {w.lower() for w in _WORD.findall(plain)}
    groups, by_first_word = _groups()
    out = []
    # a group whose alias holds only in this country first: where two groups share an alias, the country's own wins
    # ("ADF" in Cameroon is the Ambazonia Defence Forces)
    for i in sorted({i for w in words for i in by_first_word.get(w, ())}, key=lambda i: (not groups[i].only_in, i)):
        g = groups[i]
        if g.only_in and g.only_in != country:
            continue
        if g.needs is not None and g.needs.isdisjoint(words):
            continue
        out.extend(replace(_group_mention(g, m, country, on), text=sentence[m.start():m.end()])
                   for m in g.pattern.finditer(plain)
                   if not _names_a_place(sentence, m) and not _ONES_STANCE_AFTER.match(sentence, m.end())
                   and not _AFFILIATION_AFTER.match(sentence, m.end()) and not _in_capitals(sentence, m))
    return out


# the words either side of a match, for telling a heading in capitals
_WORD_BEFORE = re.compile(r"([A-Za-z]{2,})[^A-Za-z]*$")
_WORD_AFTER = re.compile(r"[^A-Za-z]*([A-Za-z]{2,})")
_TOKEN = re.compile(r"[\w/&'’-]*\w")


def _in_capitals(sentence: str, m: re.Match[str]) -> bool:
    """'A CLAIM THAT IS FALSE', 'FACT-CHECK | How many ...': an acronym among words in capitals is a heading's word
    ("is", "fact"), not the group; "KIDAL - FLA rebels" (a dateline, then prose) is the group. The words beside it,
    on whichever sides stand any, are all in capitals."""
    first = _TOKEN.match(m.group(0))  # the acronym with its hyphens and slashes: "SLA-AW", "BH/IS"
    if first is None or not first.group(0).isupper():
        return False
    before = _WORD_BEFORE.search(sentence[max(0, m.start() - 40):m.start()])
    after = _WORD_AFTER.match(sentence, m.start() + first.end())
    sides = [w.group(1) for w in (before, after) if w is not None]
    return bool(sides) and all(w.isupper() for w in sides)


# "al Qaeda-linked militants", "the Islamic State-affiliated ADF", "RSF-aligned fighters": the group a name is tied to
# qualifies the fighters named after it; it is not who acted
_AFFILIATION_AFTER = re.compile(r"-(?:linked|affiliated|allied|aligned|inspired|leaning)\b", re.I)


# "a prominent Hezbollah critic", "Taliban opponents": a person's stance against the group, not the group (a
# party's supporters are its own side: "Amal supporters clashed with ...")
_ONES_STANCE_AFTER = re.compile(r"\s+(?:critics?|opponents?|detractors?|sceptics?|skeptics?)\b", re.I)


@cache
def _place_noun_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(before, after): 'the port town of ' right before an alias; an administrative unit (' region') right after
    it. A settlement noun after the alias is the group's ('the Houthi port city of Hodeidah')."""
    return (re.compile(r"\b(?:" + alternation("place_nouns") + r") of (?:the )?$", re.I),
            re.compile(r" (?:" + alternation("admin_unit_nouns") + r")\b", re.I))


def _names_a_place(sentence: str, m: re.Match[str]) -> bool:
    """'Drones struck an oil depot in the port town of Azov', 'fighting spread across the Amhara region': the
    alias names the place, not the group of that name."""
    before, after = _place_noun_patterns()
    if m.group(0).rsplit(None, 1)[-1].lower() in word_list("admin_unit_nouns"):
        return False  # "Islamic State West Africa Province": the noun is part of the group's name
    return bool(before.search(sentence, max(0, m.start() - 30), m.start()) or after.match(sentence, m.end()))


def home_countries(text: str) -> list[str]:
    """The home countries of the dictionary's groups named in `text`: "the Taliban" places a text in
    Afghanistan as surely as "Afghan" does (a country cue for the geocoder). A group whose alias also means
    something elsewhere (`local = true`, "NAF") is no cue unless it says `cue = true`."""
    return sorted(_home_aliases().found(text))


def rebel_homes(text: str) -> set[str]:
    """The home countries of the non-state armed groups (inter 2 and 3) named in `text`, cue or not: JNIM, which
    fights across the Sahel and so points no text to Mali, still has its ground there."""
    return _rebel_aliases().found(text)


@dataclass(frozen=True)
class _HomeIndex:
    """Aliases and their home countries, found in one pass: a case-insensitive pattern, a case-sensitive one for
    short acronyms, and lower-cased alias -> home country."""

    folded: re.Pattern[str]
    exact: re.Pattern[str]
    homes: dict[str, str]

    def found(self, text: str) -> set[str]:
        text = plain_letters(text)
        return {self.homes[m.group(0).lower()] for rx in (self.folded, self.exact) for m in rx.finditer(text)}


def _home_index(specs: Iterable[tuple[Mapping[str, Any], str]]) -> _HomeIndex:
    """The index of the aliases of `specs`, each with its home country ("" leaves the entry out)."""
    homes: dict[str, str] = {}
    folded, exact = [], []
    for spec, home in specs:
        if not home:
            continue
        for alias in map(plain_letters, spec["aliases"]):
            homes.setdefault(alias.lower(), home)
            if _case_sensitive(alias):
                exact.append(alias)
            else:
                folded.append(alias.lower())

    def whole(aliases: list[str], flags: int) -> re.Pattern[str]:
        return re.compile(r"(?<!\w)" + literal_alternation(aliases) + r"(?!\w)", flags)

    return _HomeIndex(whole(folded, re.I), whole(exact, 0), homes)


@cache
def _rebel_aliases() -> _HomeIndex:
    """The dictionary's non-state armed groups whose aliases mean nothing else (not `local`), with their homes."""
    return _home_index((spec, spec.get("country", "")) for spec in actor_dictionary()["group"]
                       if int(spec["inter"]) in (2, 3) and not spec.get("local")
                       and isinstance(spec.get("country", ""), str))


@cache
def _home_aliases() -> _HomeIndex:
    """All cue aliases (the groups' and the `[[cue]]` entries': parties, institutions, unit words) with their
    homes."""
    resource = actor_dictionary()
    return _home_index((spec, spec.get("country", "") if spec.get("cue", not spec.get("local")) else "")
                       for spec in [*resource["group"], *resource.get("cue", [])])


def _drop_generic_owned(mentions: list[ActorMention], sentence: str) -> list[ActorMention]:
    """'Warplanes of the US-led coalition', 'gunmen from a criminal gang': the generic noun belongs to the actor
    named after it."""
    out = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and m.kind in ("state", "unidentified") and re.fullmatch(
            r"\s+(?:of|from)\s+(?:the\s+|an?\s+)?", sentence[m.end : nxt.start]) and (
                nxt.kind in ("state", "group") or nxt.name.startswith(UNIDENTIFIED_GANG)):
            continue
        out.append(m)
    return out


def _group_mention(g: _Group, m: re.Match[str], country: str, on: dt.date) -> ActorMention:
    name, inter = g.name, g.inter
    if g.branch:
        name = dict(g.branches).get(country) or (f"{g.name} ({country})" if country else g.name)
    if g.generic:
        name = unidentified_group(country) if country else "Unidentified Armed Group"
    for start, end, v_inter, v_name in g.valid:
        if start <= on.isoformat() and (not end or on.isoformat() <= end):
            name, inter = v_name, int(v_inter)
    kind = "police" if name.startswith("Police Forces") else "state" if inter == 1 else "group"
    if kind == "group":
        return ActorMention(name, inter, kind, m.start(), m.end(), m.group(0), "" if g.branch else g.home)
    # a state's forces named by their own name ("IDF", "UPDF") are foreign forces (inter 8) outside their state
    inter = 8 if g.home and country and g.home != state_of(country) else inter
    return ActorMention(name, inter, kind, m.start(), m.end(), m.group(0), g.home)


def _state_mention(m: re.Match[str], country: str, country_of: CountryOf) -> ActorMention:
    dem = m.group("dem") or ""
    word, _, joined = dem.removesuffix("'s").replace(" -", "-").partition("-")
    # "Russian-made jets", "Saudi-backed government forces": the maker or backer is no user of the force
    made = joined.lower() in word_set("maker_suffixes")
    state_country = (state_of_word(word, country_of) or state_of_word(word.split(" ")[-1], country_of)) \
        if dem and not made else ""
    start = m.start() if state_country else m.start("mod") if m.group("mod") else m.start("noun")
    target = state_country or country
    noun = m.group("noun").lower()
    # "police forces" / "Police forces" (a capital at the sentence start is read as a would-be demonym)
    police = ("police" in noun or noun.startswith(("gendarme", "constable"))
              or "police" in ((m.group("mod") or "") + dem).lower())
    label = "Police Forces of" if police else "Military Forces of"
    name = f"{label} {with_article(target)}" if target else label.rsplit(" of", 1)[0]
    inter = 1 if not state_country or not country or state_country == state_of(country) else 8
    return ActorMention(name, inter, "police" if police else "state", start, m.end(), m.group(0), target)


def _state_of_mentions(m: re.Match[str], country: str, country_of: CountryOf) -> list[ActorMention]:
    """'military forces of India and Pakistan' -> both states' forces (the second mention spans its country)."""
    label = "Police Forces of" if m.group("noun").lower().startswith("police") else "Military Forces of"
    kind = "police" if label.startswith("Police") else "state"
    out = []
    for group, start in (("c1", m.start()), ("c2", m.start("c2"))):
        words = (m.group(group) or "").split(" ")
        # The longest run of capitalised words that names a country ("Democratic Republic of Congo", not "India On").
        state, end = None, m.start(group)
        for n in range(len(words), 0, -1):
            state = country_of(" ".join(words[:n])) if words[0] else None
            if state:
                end = m.start(group) + len(" ".join(words[:n]))
                break
        if not state:
            break
        inter = 1 if not country or state == state_of(country) else 8
        out.append(ActorMention(f"{label} {with_article(state)}", inter, kind, start, end,
                                m.string[start:end], state))
    return out


def state_forces(state: str, country: str, start: int, end: int, text: str) -> ActorMention:
    """`state`'s military forces named by `text` (at start:end): the state's own (inter 1) in `country`, an
    external force (inter 8) elsewhere."""
    inter = Inter.STATE if state == state_of(country) else Inter.EXTERNAL
    return ActorMention(forces(state), inter, "state", start, end, text, state)


@cache
def faction_names() -> frozenset[str]:
    """The state-force names with a faction in brackets that a group takes once it rules (`valid` in actors.toml:
    "Military Forces of Yemen (Supreme Political Council)"): another side than the state's own forces, never a
    branch of them."""
    return frozenset(str(period[3]) for spec in actor_dictionary()["group"] for period in spec.get("valid", ())
                     if "(" in str(period[3]))


def government_of(name: str) -> str:
    """The party a state's forces stand for in an agreement: "Military Forces of Sudan" -> "Government of Sudan".
    Forces named with a bracket, a faction or branch ("Military Forces of Yemen (Supreme Political Council)"),
    keep their own name: the recognised government is another party."""
    for prefix in ("Military Forces of ", "Police Forces of "):
        if name.startswith(prefix) and "(" not in name:
            return "Government of " + name.removeprefix(prefix)
    return name


def state_of_word(word: str, country_of: CountryOf) -> str:
    """The country a demonym or short name stands for ("U.S." -> United States, "Saudi" -> Saudi Arabia)."""
    return _US.get(word, "") or country_of(word) or ""


_RANK = {"group": 0, "state": 1, "police": 1, "protesters": 2, "rioters": 3, "unidentified": 4, "civilians": 5}


def _resolve_overlaps(found: list[ActorMention]) -> list[ActorMention]:
    """The more specific of overlapping mentions (by kind, then length), in one pass: the characters kept
    mentions cover are marked, so a candidate is checked against its own span only (linear in the text,
    where comparing with every kept mention was quadratic in a long run of prose)."""
    if not found:
        return []
    if any(a.start >= a.end for a in found):  # an empty match overlaps by position only: compare pairwise
        return _resolve_overlaps_pairwise(found)
    base = min(a.start for a in found)
    covered = bytearray(max(a.end for a in found) - base)
    kept: list[ActorMention] = []
    for a in sorted(found, key=lambda a: (_RANK.get(a.kind, 9), -(a.end - a.start))):
        if covered.find(1, a.start - base, a.end - base) != -1:
            continue
        covered[a.start - base : a.end - base] = b"\x01" * (a.end - a.start)
        kept.append(a)
    return sorted(kept, key=lambda a: a.start)


def _resolve_overlaps_pairwise(found: list[ActorMention]) -> list[ActorMention]:
    kept: list[ActorMention] = []
    for a in sorted(found, key=lambda a: (_RANK.get(a.kind, 9), -(a.end - a.start))):
        if any(a.start < k.end and k.start < a.end for k in kept):
            continue
        kept.append(a)
    return sorted(kept, key=lambda a: a.start)


_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?", re.I)
# "blew up outside a police station", "exploded near a police checkpoint", "went off next to an army patrol": where a
# blast was set off is whom it was aimed at, never who set it off
_AIMED = (r"\b(?:targeting|targeted|against|at|on|into|hit|hitting|struck|rammed|outside|near|beside|next\s+to|"
          r"in\s+front\s+of|close\s+to|opposite)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:\w+\s+){0,1}$")
# "a suicide bomber blew himself up, killing six NATO service members": who is killed is hit
_KILLED = re.compile(r"\b(?:killing|wounding|injuring|kills|wounds)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|"
                     r"about\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_TARGETED = re.compile(_AIMED + "|" + _KILLED.pattern, re.I)
_EITHER = re.compile(r"\s*(?:or|and/or|/)\s*(?:the\s+)?", re.I)
# "shelled by Turkish artillery"; "killed in IS attacks", "died in a Taliban ambush": the attack's own name
_BY = re.compile(r"\b(?:by|(?:killed|wounded|injured|died)\s+in(?:\s+an?|\s+the)?)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
                 re.I)
# "Eight soldiers were killed and six wounded when ...": the actor the sentence says was harmed is no doer
_HARMED = re.compile(r"\s+(?:(?:patrol|convoy|unit|post|base|checkpoint|positions?|vehicle)s?\s+)?"
                     r"(?:(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?(?:killed|martyred|wounded|injured|"
                     r"hurt|shot|abducted|kidnapped|beheaded|executed|ambushed|targeted|attacked)|died|perished|"
                     r"came under|(?:embraced|attained)\s+(?:martyrdom|shahadat))\b", re.I)
_DEAD = re.compile(r"\s+dead\b", re.I)
_BACKED = re.compile(r"\b(?:backed|supported|aided|assisted|joined) by\s+(?:\w+\s+){0,1}$", re.I)


def is_hit(sentence: str, m: ActorMention) -> bool:
    """Whether the sentence's words around an actor make it the one hit: 'crashed into a NATO patrol', 'killing
    two Afghan soldiers', 'Eight soldiers were killed'."""
    return bool(_TARGETED.search(sentence[max(0, m.start - 30) : m.start]) or _HARMED.match(sentence, m.end))


@dataclass(frozen=True)
class Roles:
    actor1: ActorMention | None
    actor2: ActorMention | None
    assoc1: tuple[ActorMention, ...] = ()
    assoc2: tuple[ActorMention, ...] = ()


def assign_roles(sentence: str, mentions: Sequence[ActorMention], trigger_start: int, event_type: str) -> Roles:
    """Pick actor1 (who acted), actor2 (who was targeted) and associates, around the trigger.

    Rules, in order: "X backed by Y" makes Y an associate of X's side; an actor after "by"/"from" is the
    doer; otherwise the nearest armed actor before the trigger acts and the first one after it is the target (with
    no one before it, the first one after it acts, unless the words before it make it the target: "targeting").
    Protests and riots put the crowd first; violence against civilians puts civilians second.
    """
    armed = [m for m in mentions if m.kind in ("state", "police", "group", "unidentified", "government")]
    assoc1 = tuple(m for m in armed if _BACKED.search(sentence[: m.start]))
    armed = [m for m in armed if m not in assoc1]
    doers = [m for m in armed if _BY.search(sentence[max(0, m.start - 30) : m.start])]
    harmed = [m for m in armed if _HARMED.match(sentence, m.end)]
    # "left two soldiers dead": no doer either (but no reason to prefer them as the target over one named)
    dead = harmed + [m for m in armed if _DEAD.match(sentence, m.end)]
    before = [m for m in armed if m.end <= trigger_start and m not in dead]
    after = [m for m in armed if m.start >= trigger_start]
    # "suspected JNIM or ISGS militants": the source could not tell which; the first named acts, the other is no
    # target
    either = {b for a, b in zip(armed, armed[1:], strict=False) if _EITHER.fullmatch(sentence[a.end : b.start])}
    armed = [m for m in armed if m not in either]
    doers = [m for m in doers if m not in either]
    before = [m for m in before if m not in either]
    after = [m for m in after if m not in either]
    if doers:
        actor1: ActorMention | None = doers[0]
    elif before:
        actor1 = before[-1]
        # "LNA and GNA forces clashed", "forces of India and Pakistan exchanged fire": the first named acts.
        while (i := before.index(actor1)) > 0 and _JOINED.fullmatch(sentence[before[i - 1].end : actor1.start]):
            actor1 = before[i - 1]
    else:
        # "an IED exploded, targeting a Govt forces convoy": an actor named as the target does not act
        free = [m for m in after if not _TARGETED.search(sentence[max(0, m.start - 30) : m.start]) and m not in dead]
        # a battle's other side may come after "against" ("fighting against al-Shabaab"), but who a clash
        # killed is not its doer ("A suicide bomber attacked a convoy, killing a British soldier")
        sides = [m for m in after if not _KILLED.search(sentence[max(0, m.start - 30) : m.start]) and m not in dead]
        actor1 = free[0] if free else (sides[0] if sides and event_type == BATTLES else None)
    others = [m for m in armed if actor1 is None or m.name != actor1.name]
    targets = ([m for m in others if m in harmed] or [m for m in others if m.start >= (actor1.end if actor1 else
                                                                                         trigger_start)] or others)
    actor2 = targets[0] if targets else None
    return Roles(actor1, actor2, assoc1, ())


def crowd(mentions: Sequence[ActorMention], kind: str) -> ActorMention | None:
    return next((m for m in mentions if m.kind == kind), None)
