"""Capitalised words that name no place where they stand: a part of a longer name the gazetteer lacks, a
surname, an acronym, a people's name used as an adjective, a sentence's first word.

`geocode.find_place_mentions` asks these of each gazetteer hit; they read the text around the hit only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from conflictlens.geo.countries import is_demonym, iso3_by_name, normalise
from conflictlens.geo.cues import Token
from conflictlens.geo.gazetteer import default_gazetteer
from conflictlens.geo.nesting import UNIT, prominent
from conflictlens.geo.sources import stopwords
from conflictlens.models import Place
from conflictlens.nlp.lexicon import alternation, word_set

# Words for a part of a town ("Colonia Miramar", "barangay Santo Nino"): the name after them is a neighbourhood.
NEIGHBOURHOOD_WORDS = frozenset(
    ["colonia", "col", "barrio", "bairro", "barangay", "brgy", "vila", "sitio", "purok", "fraccionamiento",
     "colony", "mohalla", "tole", "moo"]
)
# A unit word after a name calls it a first-order division ("Somali region", "Red Sea state").
AFTER_PROVINCE = re.compile(
    r"^\s+(?:province|governorate|state|region|oblast|department|prefecture|division)\b", re.I
)
# Where a sentence (or a quote, a line) starts, right before a word.
SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“\n]\s*|^\s*)$")


def joinable(text: str, left: Token, right: Token) -> bool:
    return not left.possessive and text[left.end : right.start] == " "


def is_stop(words: Sequence[Token]) -> bool:
    stop = stopwords()
    return all(normalise(t.text) in stop for t in words)


def plausible(text: str, words: Sequence[Token], candidates: Sequence[Place]) -> bool:
    """Drop a one-word hit at a sentence start that only names small places ("Fighting", "Residents")."""
    if len(words) > 1 or candidates[0].kind in ("country", "admin1"):
        return True
    at_start = bool(SENTENCE_START.search(text[max(0, words[0].start - 3) : words[0].start]))
    return not at_start or max(p.population for p in candidates) >= 5000


def demonym_adjective(text: str, words: Sequence[Token]) -> bool:
    """"Somali civilians", "the Somali capital": a people's name used as an adjective, not Ethiopia's Somali
    region (which is kept when a unit word follows: "Somali region"). A community's name ("the mainly Hazara
    neighbourhood", "Dinka villagers", words.toml [peoples]) only before a word for its people or places
    ([community_nouns]): Hazara is also a division of Pakistan."""
    if len(words) > 1:
        return False
    if is_demonym(words[0].text):
        return not AFTER_PROVINCE.match(text[words[0].end : words[0].end + 40])
    return community_name(text, words[0].start, words[0].end)


def community_name(text: str, start: int, end: int) -> bool:
    """text[start:end] names a people before a word for its people or places ("the Hazara community", "Dinka
    villagers"; words.toml [peoples], [community_nouns])."""
    return text[start:end].lower() in word_set("peoples") and bool(_community_after().match(text, end))


@cache
def _community_after() -> re.Pattern[str]:
    return re.compile(r"\s+" + alternation("community_nouns") + r"\b", re.I)


def acronym(word: str) -> bool:
    """Short all-caps words ("SANA", "HTS") are agencies and groups, unless they name a country ("DRC")."""
    return word.isupper() and len(word) <= 4 and iso3_by_name(word, allow_demonym=False) is None


# after a town in capitals that heads a section of a digest: "TUNIS - TEAR GAS ON THE AVENUE", "GAO: ..."
_SECTION_TOWN_AFTER = re.compile(r"\s*[-–—:]\s")


def opens_section(text: str, start: int, end: int) -> bool:
    """A word in capitals at the start of a line, before a dash or a colon ("SFAX - WATER CUTS", "GAO: ..."): the
    town a digest's section is about, as a wire dateline is the story's; not an acronym."""
    return (start == 0 or text[start - 1] == "\n") and bool(_SECTION_TOWN_AFTER.match(text, end))


def address_acronym(text: str, tok: Token) -> bool:
    """A province's abbreviation where an address puts it: "Shamli (UP)", "Dolapeta village (Srikakulam, AP)"."""
    before, after = text[max(0, tok.start - 2) : tok.start], text[tok.end : tok.end + 1]
    if not (before.endswith("(") or before.endswith(", ")) or after not in (")", ","):
        return False
    found = default_gazetteer().lookup(tok.text)
    return bool(found) and found[0].kind == "admin1"


def name_word(text: str, tok: Token) -> bool:
    """A capitalised word that carries a name on ("Tempisque", "Menck"), not a stop, unit or people word,
    an acronym, nor a sentence's first word."""
    word = tok.text
    if not tok.capitalised or word.isupper() or normalise(word) in stopwords() or is_demonym(word):
        return False
    if re.fullmatch(UNIT, word, re.I) or SENTENCE_START.search(text[max(0, tok.start - 3) : tok.start]):
        return False
    return not default_gazetteer().lookup(word)


def name_part(
    text: str, toks: Sequence[Token], i: int, n: int, cands: Sequence[Place], after_hit: int
) -> bool:
    """The hit toks[i:i+n] is only part of a longer name the gazetteer does not know: it follows a
    neighbourhood word ("Colonia Miramar", "barangay Santo Nino"), or, naming only small places, it runs on
    into more capitalised words ("Lomas de San Miguel", "Vila Menck", "Shivshakti Nagar")."""
    k = i - 1  # walk back over the name's words: "colonia Lomas de San Miguel"
    while k >= 0 and i - k <= 4 and joinable(text, toks[k], toks[k + 1]):
        if normalise(toks[k].text) in NEIGHBOURHOOD_WORDS:
            return True
        if not (toks[k].capitalised or toks[k].particle):
            break
        k -= 1
    key = normalise(text[toks[i].start : toks[i + n - 1].end])
    own = [p for p in cands if normalise(p.name) == key]  # "Bala" is an alternate name of Basel: not prominent
    if own and prominent(own):
        return False
    j = i + n
    if j < len(toks) and toks[j].particle and j + 1 < len(toks) and joinable(text, toks[j], toks[j + 1]):
        j += 1
    if j < len(toks) and joinable(text, toks[j - 1], toks[j]) and name_word(text, toks[j]):
        return True
    prev = toks[i - 1] if i > 0 else None
    return bool(
        prev is not None and prev.end > after_hit and joinable(text, prev, toks[i]) and name_word(text, prev)
    )


# "in Ras al-Ain", "in El Sareif Beni Hussein locality": a capitalised word right before the hit, in mid-sentence
NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\"“]\s)(?<![.!?:;\"“])\b(?-i:[A-Z])[\w'’]+\s$")


def after_a_name_word(text: str, start: int) -> bool:
    """A foreign town named inside a longer name the gazetteer lacks ("Ras al-Ain" in Syria is not the UAE's
    Al Ain): the word before it is capitalised, joined by one space, and is no country or demonym."""
    m = NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(m) and m.start() > 0 and iso3_by_name(m.group().strip()) is None
