"""A text's word tokens, and the countries its demonyms and place names point to.

`tokens` splits a text into words (a possessive "'s" cut off and remembered); the n-gram place scan
(`geocode.find_place_mentions`) and the demonym cues read the same tokens. `demonym_cues` finds country
demonyms ("Syrian", "South Sudanese"), telling apart those naming people's nationality ("two American
soldiers") and those on a weapon that struck ("Israeli jets", `doer_cues`), which say less about where a text
is set. `country_priors` weighs countries over a whole text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from conflictlens.geo.countries import is_demonym, iso3_by_name

if TYPE_CHECKING:
    from conflictlens.geo.geocode import PlaceMention

# Name particles written in lower case inside a place name ("Deir ez-Zor", "Ras al Ain", "Rio de Janeiro").
PARTICLES = frozenset({
    "al", "el", "ez", "es", "ad", "ar", "as", "an", "at", "ash", "az", "ul", "de", "del", "la", "le", "du",
    "des", "di", "da", "do", "dos", "bin", "ibn", "of", "and", "y", "ech", "et", "ed", "en", "em", "e", "i"
})

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’`‘-]*[^\W_])?")
POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    possessive: bool

    @property
    def capitalised(self) -> bool:
        return any(part[:1].isupper() for part in self.text.split("-"))

    @property
    def particle(self) -> bool:
        return self.text.casefold() in PARTICLES and not self.text[:1].isupper()


@lru_cache(maxsize=4)  # a text's tokens serve both the n-gram scan and the country cues
def tokens(text: str) -> tuple[Token, ...]:
    out = []
    for m in _TOKEN.finditer(text):
        word, end = m.group(), m.end()
        possessive = bool(POSSESSIVE.search(word))
        if possessive:
            word, end = word[:-2], end - 2
        if word:
            out.append(Token(m.start(), end, word, possessive))
    return tuple(out)


# "two American soldiers", "a British contractor": people's nationality says less of where than a place does
_PEOPLE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:soldiers?|troops|servicem[ae]n|service ?members|personnel|contractors?|diplomats?|"
    r"nationals?|citizens?|tourists?|journalists?|reporters?|aid workers?|engineers?|hostages?|advis[eo]rs?|"
    r"trainers?|volunteers?|mercenaries|peacekeepers?|pilots?)\b")

# "a French charity said", "a Chinese company's workers", "the French news agency AFP": a demonym on a foreign
# organisation says whose it is, not where the event was
_ORGANISATION_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:charity|charities|NGOs?|non-governmental organi[sz]ations?|aid (?:group|agency|"
    r"organi[sz]ation)s?|relief (?:group|agency|organi[sz]ation)s?|humanitarian (?:group|agency|organi[sz]ation)s?|"
    r"news agency|wire service|company|companies|firms?|contractors?|embassy|consulate)\b")


# "Israeli jets struck a house in Aitaroun", "a Turkish drone hit a car near Kobani", "Russian airstrikes on Ariha":
# a demonym on the aircraft, drone, missile or guns that struck says whose they are, and such strikes often cross a
# border. So do a demonym's tanks, armoured vehicles, jeeps, bulldozers, convoys and patrols ("an Israeli armoured
# vehicle in Jenin", "a Turkish patrol near Tal Abyad"), and its occupiers ("Russian occupiers shelled Kherson"). It
# is a doer cue: weak evidence of where, and it does not make a town of another country a namesake to drop. So is a
# side that fired ("mortar rounds fired from the Afghan side"; not "on the Afghan side of the border"). (On
# ground forces, "the Nigerian army", it stays a cue of where: most armies fight at home.)
_DOER_AFTER = re.compile(
    r"(?:-led)?\s+(?:[a-z-]+\s+){0,2}?(?i:war ?planes?|jets?|aircraft|air ?strikes?|air ?raids?|drones?|missiles?|"
    r"rockets?|helicopters?|gunships?|bombers?|artillery|shells|shelling|mortars?|warships?|navy|air ?force|"
    r"tanks?|vehicles?|jeeps?|bulldozers?|convoys?|patrols?|APCs?|humvees?|occupiers|occupation|occupying|"
    r"side(?! of\b))\b")


@lru_cache(maxsize=4)  # the geocoder and the article's country cues both ask for the same text
def country_doers(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each country named as the one who fired ("Turkey shelled villages near Tal Rifaat"):
    it says whose the weapons were, as a demonym on them does, not where they fell."""
    from conflictlens.nlp.fired_by import countries_that_fired

    return countries_that_fired(text, lambda name: iso3_by_name(name, allow_demonym=False) is not None)


def country_cues(text: str) -> list[str]:
    """Demonyms and country names in `text` ("Syrian", "Libyans"): pass them as `extra_countries`. A demonym
    naming people's nationality ("two American soldiers") is in `nationality_cues` instead."""
    return demonym_cues(text)[0]


def nationality_cues(text: str) -> list[str]:
    """Demonyms that name people's nationality ("two American soldiers", "a British contractor"): weaker
    evidence of where the text is set than a place (pass them as `weak_countries`)."""
    return demonym_cues(text)[1]


def demonym_cues(text: str) -> tuple[list[str], list[str]]:
    """(`country_cues`, `nationality_cues`) of `text` in one pass over it."""
    found = _demonyms(text)
    return [t for t, kind in found if kind == "place"], [t for t, kind in found if kind == "people"]


def doer_cues(text: str) -> list[str]:
    """Demonyms on the weapon that struck ("Israeli jets", "a Turkish drone") and countries named as the one who
    fired ("Turkey shelled"): who did it, which says little of where (pass them as `weak_countries`, never as
    countries the text names)."""
    return [t for t, kind in _demonyms(text) if kind == "doer"] + [name for _, _, name in country_doers(text)]


COMPASS = frozenset({"South", "North", "Central", "East", "West"})
# "north", "northern", "north-east", "southwestern", "central": a part of a country by its direction (an alternation)
COMPASS_WORDS = r"(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?|central"
_COMPASS_NAME = re.compile(rf"(?:{COMPASS_WORDS})(?:[\s-]+(?:{COMPASS_WORDS}))*", re.I)


def compass_name(words: str) -> bool:
    """"the North East" without its article, "NORTH-EAST", "South West", "Central": compass words and nothing else."""
    return bool(_COMPASS_NAME.fullmatch(words.strip()))


@lru_cache(maxsize=4)  # the geocoder and the article's country cues both ask for the same text
def _demonyms(text: str) -> tuple[tuple[str, str], ...]:
    """(demonym, what it names: "place", "people" or "doer") in text order; "South Sudanese" is one demonym, not
    "Sudanese"."""
    out = []
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if not tok.capitalised:
            continue
        word = tok.text
        prev = toks[i - 1] if i else None
        if prev is not None and prev.text in COMPASS and text[prev.end : tok.start] == " ":
            joined = f"{prev.text} {word}"
            word = joined if iso3_by_name(joined) and is_demonym(joined) else word
        if iso3_by_name(word) and is_demonym(word) and not _ORGANISATION_AFTER.match(text, tok.end):
            kind = "doer" if _DOER_AFTER.match(text, tok.end) else "people" if _PEOPLE_AFTER.match(text, tok.end) \
                else "place"
            out.append((word, kind))
    return tuple(out)


def area_priors(mentions: Sequence[PlaceMention]) -> dict[str, float]:
    """"iso3|admin1" -> weight in (0, 1]: the provinces the article's places lie in, each mention that names one
    province of its first candidate's country (a province, or a town no namesake in that country shares:
    "Lucknow") counting once; scaled so the strongest has 1. It tells namesakes in one country apart ("Bijapur"
    in an article on Sukma and Chhattisgarh)."""
    weights: dict[str, float] = {}
    for mention in mentions:
        if not mention.candidates:
            continue
        iso3 = mention.candidates[0].iso3
        areas = {f"{iso3}|{p.admin1}" for p in mention.candidates
                 if p.iso3 == iso3 and p.kind != "country" and p.admin1}
        if len(areas) == 1:
            key = areas.pop()
            weights[key] = weights.get(key, 0.0) + 1.0
    top = max(weights.values(), default=0.0)
    return {key: w / top for key, w in weights.items()} if top else {}


def country_priors(mentions: Sequence[PlaceMention], extra_countries: Sequence[str] = (),
                   weak_countries: Sequence[str] = ()) -> dict[str, float]:
    """iso3 -> weight in (0, 1] from the whole article: country names (2 each), unambiguous places and
    demonyms/`extra_countries` (1 each), places whose top candidate dwarfs the rest (0.5). Scaled so the
    strongest country has 1.
    """
    weights: dict[str, float] = {}

    def add(iso3: str, weight: float) -> None:
        weights[iso3] = weights.get(iso3, 0.0) + weight

    for mention in mentions:
        cands = mention.candidates
        if not cands:
            continue
        if cands[0].kind == "country":
            add(cands[0].iso3, 2.0)
        elif len({p.iso3 for p in cands}) == 1:
            add(cands[0].iso3, 1.0)
        else:
            rivals = [p.population for p in cands[1:] if p.iso3 != cands[0].iso3]
            if cands[0].population >= 10_000 and cands[0].population > 10 * max(rivals, default=0):
                add(cands[0].iso3, 0.5)
    for names, weight in ((extra_countries, 1.0), (weak_countries, 0.5)):
        for name in names:
            iso3 = iso3_by_name(name)
            if iso3:
                add(iso3, weight)
    top = max(weights.values(), default=0.0)
    return {iso3: w / top for iso3, w in weights.items()} if top else {}


# "on the edge of the town", "in the centre of the city", "a tea shop there": a town the text named before; not "the
# town of Tessalit", nor "there were ..."
_TOWN_ANAPHOR = re.compile(r"\b(?:the|that|this)\s+(?:town|city|village|camp|port|capital)\b(?!\s+of\b|['’])"
                           r"|(?<=\w\s)there\b(?!\s+(?:is|are|was|were|have|has|had|will|would|could|may|might|"
                           r"seems?|appears?|remains?)\b)", re.I)


def points_back_to_a_town(text: str) -> bool:
    """Whether a sentence places its event in a town named before it ("on the outskirts of the city")."""
    return bool(_TOWN_ANAPHOR.search(text))


@lru_cache(maxsize=1)
def _office_around() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(before a place, after it): "the deputy governor of Kandahar", "Kirkuk's police chief", "the Mosul mayor";
    where people come from: "five men from Punjab province", "labourers from Bihar"; where they were going: "a bus
    carrying traders to the market in Kantchari", "on their way to Gao"."""
    from conflictlens.nlp.lexicon import alternation

    office = alternation("offices")
    before = re.compile(r"\b(?:(?:former\s+|acting\s+|provincial\s+)?" + office + r"\s+(?:of|for)|"
                        r"(?:men|women|people|workers|labou?rers|passengers|pilgrims|travell?ers|traders|migrants|"
                        r"students|fishermen|tourists|settlers|families|natives)\s+(?:originally\s+)?from"
                        # where people were going: "a bus carrying traders to the market in Kantchari", "on their
                        # way to Gao", "a convoy heading for Kidal"
                        r"|\b(?:carrying|taking|transporting|ferrying|bringing|driving)\s+[^,.;]{1,40}?\s+to"
                        r"|\b(?:on\s+(?:the|their|his|her|its)\s+way|heading|headed|bound|travell?ing|going|en\s+route|"
                        r"returning|making\s+(?:their|its|his|her)\s+way)\s+(?:back\s+)?(?:to|for|towards?))"
                        r"\s+(?:the\s+)?(?:(?:weekly\s+)?(?:market|town|city|village|camp|capital|mosque|church|"
                        r"hospital|school|clinic)\s+(?:in|of|at)\s+)?$",
                        re.I)
    after = re.compile(r"(?:['’]s)?\s+(?:(?:former|acting|deputy|provincial|district|city)\s+)?" + office + r"\b",
                       re.I)
    return before, after


def _set_apart(places: tuple[PlaceMention, ...], text: str, start: int,
               around: tuple[re.Pattern[str], re.Pattern[str]]) -> tuple[PlaceMention, ...]:
    """The places of the sentence `text` (at `start` in the document) but those the words `around` them (before,
    after) set apart, when the sentence keeps another place."""
    if len(places) < 2:
        return places
    apart = _apart(places, text, start, around)
    return tuple(m for m in places if m not in apart) if apart and len(apart) < len(places) else places


def _apart(places: Sequence[PlaceMention], text: str, start: int,
           around: tuple[re.Pattern[str], re.Pattern[str]]) -> list[PlaceMention]:
    before, after = around
    return [m for m in places if before.search(text[max(0, m.start - start - 60):m.start - start])
            or after.match(text, m.end - start)]


def outside_offices(places: tuple[PlaceMention, ...], text: str, start: int) -> tuple[PlaceMention, ...]:
    """'Gunmen shot dead the deputy governor of Kandahar in Kabul', 'shot dead five men from Punjab province near
    Mastung', 'a bus carrying traders to the market in Kantchari hit a bomb east of Fada N'Gourma': a place whose
    office a victim holds, where victims come from or where they were going is not where it happened when the
    sentence names another place."""
    return _set_apart(places, text, start, _office_around())


# a hospital, clinic or health centre, by its word
_HOSPITAL = r"(?:hospital|clinic|infirmary|medical\s+cent(?:re|er)|health\s+cent(?:re|er))"
# where people or planes were sent far from the event: "as he prepared to board a flight to Misrata", "flights were
# diverted to Misrata", "the wounded were airlifted to Nairobi", "evacuated to Goma", "taken to a hospital in Maroua"
_SENT_TO_BEFORE = re.compile(
    r"\b(?:flights?|planes?|airlifted|flown|evacuated|deported|extradited|diverted)\s+(?:[\w-]+\s+){0,3}?(?:to|for)\s+"
    r"(?:the\s+)?(?:(?:city|capital|town|port|airport)\s+(?:of\s+)?)?$"
    # "airlifted to the Combined Military Hospital in Chattogram", "taken to a hospital in Maroua": the hospital's town
    r"|\b(?:airlifted|flown|evacuated|taken|rushed|transferred|transported|brought|moved)\s+(?:[\w-]+\s+){0,2}?to\s+"
    r"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?" + _HOSPITAL + r"\s+(?:in|at|of)\s+$", re.I)


# when a victim died, told between the dying and its place: "later", "overnight", "on Wednesday"
_DIED_WHEN = r"(?:(?:later|overnight|(?:on|early\s+on|late\s+on)\s+\w+day)\s+)?"
# where a victim died later: "died on Wednesday at Faridpur Medical College Hospital", "died of his wounds at a
# hospital in Mogadishu" (the town of the hospital, before its name or after "in")
_DIED_AT = (r"\b(?:died|succumbed(?:\s+to\s+(?:his|her|their)\s+(?:wounds|injuries))?|passed\s+away|was\s+"
            r"(?:later\s+)?pronounced\s+dead)\s+(?:(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)\s+)?"
            + _DIED_WHEN + r"(?:while\s+being\s+treated\s+)?(?:at|in)\s+")
_DIED_IN_A_HOSPITAL_IN = re.compile(_DIED_AT + r"(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,5}?" + _HOSPITAL
                                    + r"\s+(?:in|at|of)\s+(?:the\s+)?$", re.I)
_DIED_AT_THE = re.compile(_DIED_AT + r"(?:the\s+)?$", re.I)
# "succumbed to his injuries on Tuesday in Peshawar", "died of her wounds in Goma": where the wounded died
_DIED_OF_WOUNDS_IN = re.compile(r"\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries)\s+"
                                + _DIED_WHEN + r"(?:in|at)\s+(?:the\s+)?$", re.I)
_HOSPITAL_NAMED = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,4}\s+(?-i:Hospital|Clinic|Infirmary|Medical\s+"
                             r"Cent(?:re|er))\b")


def outside_journeys(places: tuple[PlaceMention, ...], text: str, start: int) -> tuple[PlaceMention, ...]:
    """'detained a commander at the airport as he prepared to board a flight to Misrata': where a flight went or
    people were flown, evacuated or deported to is not where it happened, even when the sentence names no other
    place (the event then takes the place told before it); nor where a victim later died in hospital ("died at
    Faridpur Medical College Hospital")."""
    def away(m: PlaceMention) -> bool:
        before = text[max(0, m.start - start - 90):m.start - start]
        return bool(_SENT_TO_BEFORE.search(before[-60:]) or _DIED_IN_A_HOSPITAL_IN.search(before)
                    or _DIED_OF_WOUNDS_IN.search(before) or (
            _DIED_AT_THE.search(before) and _HOSPITAL_NAMED.match(text, m.end - start)))

    return tuple(m for m in places if not away(m))


@lru_cache(maxsize=1)
def _meeting_around() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(before a place, after it): "negotiators met in Doha", "peace talks opened in Addis Ababa", "was visiting
    London"; "the Geneva talks" (words.toml [meetings])."""
    from conflictlens.nlp.lexicon import alternation

    meeting = alternation("meetings")
    before = re.compile(r"\b" + meeting + r"(?:(?:\s+[\w-]+){0,3}?\s+(?:in|at))?\s+(?:the\s+)?$", re.I)
    after = re.compile(r"(?:['’]s)?\s+(?:peace\s+)?" + meeting + r"\b", re.I)
    return before, after


def outside_meetings(places: tuple[PlaceMention, ...], text: str, start: int) -> tuple[PlaceMention, ...]:
    """'Gunmen killed five villagers in Zamfara state as the president was visiting London', 'Militants ambushed a
    convoy near Kidal, two days after mediators gathered in Algiers': where talks or a visit were held is not where
    it happened when the sentence names another place."""
    return _set_apart(places, text, start, _meeting_around())


def meeting_places(places: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """The places of a document `text` named only as where talks or a visit were held ("a day after negotiators
    met in Doha"): they do not make the article about their country."""
    return _apart(places, text, 0, _meeting_around())
