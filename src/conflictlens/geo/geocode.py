"""Place mentions in a text -> ranked gazetteer candidates -> a Location with ACLED/UCDP precision codes.

Pure functions over the default gazetteer. `find_place_mentions` looks up capitalised n-grams (1-4 tokens,
particles such as "al-", "ez-", "de" allowed inside) and the NER spans it is given, longest match first.
`cues.country_priors` weighs countries over the whole article; `geo.resolve.resolve` picks a candidate and sets the
precision (docs/taxonomy.md §4):

- a town or village, or a named district of a city ("Donetsk's Petrovskyi district") -> geo 1, where 1;
- "near X", "outskirts of X", "N km from X", "X airport" -> X at geo 2, where 2;
- "X district" (an admin-2 area named after its main town) -> that town at geo 2, where 3;
- "X province/state/region" or a bare province name -> the province capital at geo 3, where 4;
- a country alone -> its capital at geo 3, where 6;
- a province or country that only says where the place before it lies ("Joinville, Santa Catarina",
  "Kagara (Rafi LGA, Niger)", "Nigeria's Maiduguri") -> qualifier "within": it picks the place's candidates
  and counts for the country priors, but is not itself a place of the event (`resolve` gives None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from conflictlens.geo.countries import is_demonym, iso3_by_name, neighbours, normalise, variant_key, without_article
from conflictlens.geo.cues import (
    COMPASS,
    POSSESSIVE,
    Token,
    compass_name,
    country_doers,
    country_priors,
    demonym_cues,
    doer_cues,
    tokens,
)
from conflictlens.geo.distance import haversine_km
from conflictlens.geo.gazetteer import (
    Gazetteer,
    default_gazetteer,
    is_capital,
    spelled_as_written,
)
from conflictlens.geo.namewords import (
    AFTER_PROVINCE,
    acronym,
    address_acronym,
    after_a_name_word,
    community_name,
    demonym_adjective,
    is_stop,
    joinable,
    name_part,
    opens_section,
    plausible,
)
from conflictlens.geo.nesting import Hit, contains, nest, prominent
from conflictlens.geo.sources import stopwords
from conflictlens.geo.spans import Containing, InsidePersonName, Taken
from conflictlens.models import Place

QUALIFIERS = (None, "near", "outskirts", "distance", "district", "province", "admin2", "within", "road")
POSITIVE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# a name NER took for a person's where the words before it place it ("shelled Tal Rifaat"): looked up in the countries
# the text names, or as a town just across their borders, never the world over
GUESSED_PLACE = "PLACE?"
# spaCy's small model often tags unfamiliar town names as PERSON ("Marinka"): a PERSON span vetoes no hit; only a
# town's name inside a longer one does ("Police commander Mohamed Hassan", `InsidePersonName`)
NEGATIVE_LABELS = frozenset({"ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"})
MAX_TOKENS = 4
_OF_TOWN = r"(?:the\s+)?(?:(?:town|city|village|district|area|suburb)\s+of\s+)?"
_BEFORE = (
    (
        "district",
        re.compile(r"\b(?:district|neighbou?rhood|quarter|suburbs?)\s+of\s+" + _OF_TOWN + r"$", re.I),
    ),
    (
        "outskirts",
        re.compile(
            r"\b(?:(?:outskirts|edges?|periphery|fringes|vicinity|environs)\s+of|outside)\s+"
            + _OF_TOWN
            + r"$",
            re.I,
        ),
    ),
    ("near", re.compile(r"\b(?:near|nearby|close\s+to|next\s+to|around)\s+" + _OF_TOWN + r"$", re.I)),
    (
        "distance",
        re.compile(
            r"\b\d+(?:\.\d+)?\s*-?\s*(?:km|kms|kilomet(?:re|er)s?|miles?|mi)\b[^.;]{0,40}?\b(?:of|from)\s+"
            + _OF_TOWN
            + r"$",
            re.I,
        ),
    ),
)
_AFTER_ADMIN2 = re.compile(
    r"^\s+(?:district|municipality|territory|zone|sub-?district|local\s+government\s+area|lga)\b", re.I
)
_AFTER_OF_CITY = re.compile(r"^\s+of\s+(?:the\s+)?(?:city\s+of\s+)?[A-Z]")
_AFTER_AIRPORT = re.compile(
    r"^(?:['’]s)?\s+(?:international\s+)?(?:airport|air\s*base|airbase|airfield)\b", re.I
)
_AFTER_CITY_DISTRICT = re.compile(
    r"^['’]s\s+(?:(?:[A-Z][\w'’-]*|al|el|ez)\s+){1,3}(?:district|neighbou?rhood|quarter|suburb|area)\b"
)
# Names that are no place of an event: an agreement's name ("the Sochi agreement", "the Minsk talks"), a city
# that speaks for its government ("Kiev denied", "negotiators for Kiev"), where something was said ("told a
# briefing in Kiev"), a neighbourhood or street named like a town.
_NOT_WHERE_AFTER = re.compile(
    # "a Paris-based rights group", "the London-based Syrian Observatory": where a speaker sits, not the event
    r"-based\b|"
    # "the Houthi-run Saba news agency", "the Kabul Times": a news outlet named like a place (not Pakistan's
    # "Malakand Agency", a district)
    r"\s+(?:news\s+(?:agency|agencies|channel|network|outlet|website|portal)|(?-i:Times|Post|Tribune|Herald|"
    r"Gazette|Daily))\b|"
    # "the Geneva International Discussions", "the Geneva Conventions", "the Jeddah peace talks"
    r"(?:'s)?\s+(?:(?:international|peace|ceasefire|de-escalation|truce|security|trade)\s+){0,2}(?:agreements?|deals?|"
    r"accords?|talks|process|format|memorandum|summit|protocols?|ceasefire|truce|declaration|negotiations|"
    r"discussions|dialogue|conferences?|conventions?|consultations)\b|"
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|denied|denies|dismissed|rejected|accused|blamed|insisted|"
    r"condemned|warned|announced|claimed|called|calls|described|termed)\b|"
    # a neighbourhood or street named like a town ("in Bom Jardim neighborhood", "Murree road in Rawalpindi"):
    # the town named beside it is the place
    r"\s+(?:neighbou?rhoods?|quarter|suburb|road|rd\.?|street|st\.|avenue|highway|bypass|cemetery|graveyard|"
    r"square|plaza)\b|"
    # a people named like a town ("ten Beni Hussein tribesmen", "the Beni Halba and Gimr tribes"): no place
    r"\s+(?-i:[A-Z])[\w'’-]+(?:\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+)?\s+(?:tribes?|tribesm[ae]n|clans?|"
    r"clansm[ae]n|sub-?clans?)\b",
    re.I)
# (not a province's: "the Punjab government" governs where it happened)
_GOVERNMENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:regime|government|authorities|administration|junta)\b", re.I)
_CITY_PART = re.compile(r"\s+(?:neighbou?rhoods?|quarter|suburbs?|square|districts)\b", re.I)
_LOWER_BEFORE = re.compile(r"(?:^|\s)(?-i:[a-z][\w-]*)\s+$")
# "on a Mogadishu street", "a busy Karachi road": one street of a big city, told with an article (not a road
# named after a town: "on Jalalabad road in Kabul")
_A_STREET = re.compile(r"\s+(?-i:streets?|roads?)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|one|another)\s+(?:(?-i:[a-z][\w-]*)\s+)?$", re.I)
_SPEAKS_FOR = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|denied|denies|dismissed|rejected|accused|blamed|"
                         r"insisted|condemned|warned|announced|claimed|called|calls|described|termed)\b", re.I)
_ACCORDING_TO_BEFORE = re.compile(r"\b(?:according\s+to|said|says|claimed|announced)\s+$", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")
_NOT_WHERE_BEFORE = re.compile(
    r"\b(?:(?:briefing|conference|statement|interview|speaking)\s+(?:\w+\s+)?in|"
    r"(?:told|telling|briefed|briefing|addressed|addressing)\s+(?:the\s+)?(?:reporters|journalists)\s+in|"
    r"negotiators\s+(?:for|from)|envoys\s+(?:of|from)|(?:talks|agreement|deal)\s+with)\s+(?:the\s+)?$",
    re.I)
# "Avenida Paulista", "Rua Augusta", "Plaza Baquedano", "Maidan Nezalezhnosti": a street or square named after a
# town or a person is no town (nor is the street word, "Rua" a town in Portugal, when a name follows it)
_STREET_WORDS = (r"(?-i:Avenida|Avenue|Rua|Calle|Carrera|Plaza|Praça|Praca|Piazza|Boulevard|Bulevar|Maidan|Jalan|"
                 r"Sharia|Shari|Rue|Place\s+de(?:\s+la)?|Plaza\s+de|Avenida\s+de)")
_STREET_BEFORE = re.compile(r"\b" + _STREET_WORDS + r"\s+$")
_STREET_WORD = re.compile(_STREET_WORDS + r"(?=\s+[A-Z])")
# "near the border with Liberia", "along its frontier with Rwanda": the country next door, not where it happened
_BORDER_WITH_BEFORE = re.compile(r"\b(?:borders?|frontiers?|boundary)\s+with\s+(?:the\s+)?$", re.I)
# A country's name inside a lake's, river's or gulf's: "near the shores of Lake Chad", "the Niger Delta"
_FEATURE_BEFORE = re.compile(r"\b(?:Lake|River|Gulf\s+of|Bay\s+of)\s+$")
_FEATURE_AFTER = re.compile(r"\s+(?:Delta|River|Basin|Valley)\b")


@dataclass(frozen=True)
class PlaceMention:
    """Words in the text that name a place, with its gazetteer candidates (best first)."""

    start: int
    end: int
    text: str
    candidates: tuple[Place, ...]
    qualifier: str | None = None  # one of QUALIFIERS
    held: bool = False  # the area named beside it confirmed it ("Joinville, Santa Catarina")




# "South", "southern", "Central" ... (cues.COMPASS, lower-cased, and its -ern adjectives)
_COMPASS_WORDS = frozenset({w.lower() for w in COMPASS} | {w.lower() + "ern" for w in COMPASS - {"Central"}})


def _compass_country(gaz: Gazetteer, words: Sequence[Token]) -> tuple[Place, ...]:
    """'in Addoussieh (South Lebanon)', 'villages of North Syria': a compass word and a country name are a part of
    the country, not the towns abroad named after it (South Lebanon, Ohio). A name that is itself a country or a
    province ('South Sudan', 'Northern Ireland') is left to the lookup (empty result)."""
    if len(words) < 2 or words[0].text.lower() not in _COMPASS_WORDS:
        return ()
    rest = " ".join(w.text for w in words[1:])
    iso3 = iso3_by_name(rest, allow_demonym=False)
    if iso3 is None:
        return ()
    whole = gaz.lookup(" ".join(w.text for w in words))
    if any(p.kind in ("country", "admin1") or p.iso3 == iso3 for p in whole):
        return ()
    return tuple(p for p in gaz.lookup(rest) if p.kind == "country" and p.iso3 == iso3)






# A name written with its article in lower case and joined to it: "al-Bukamal", "el-Geneina", "ad-Dali"
_ARTICLE_JOINED = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ed|en|es|et|ez)-[A-Z]")


def _ngram_mentions(text: str) -> list[tuple[int, int, tuple[Place, ...]]]:
    gaz = default_gazetteer()
    toks = tokens(text)
    found: list[tuple[int, int, tuple[Place, ...]]] = []
    i = 0
    while i < len(toks):
        if not (toks[i].text[:1].isupper() or _ARTICLE_JOINED.match(toks[i].text)):
            i += 1
            continue
        hit = None
        for n in range(min(MAX_TOKENS, len(toks) - i), 0, -1):
            words = toks[i : i + n]
            if not words[-1].capitalised or words[-1].particle:
                continue
            if any(not joinable(text, a, b) for a, b in zip(words, words[1:], strict=False)):
                continue
            # stop words, unless they name a province by its unit word ("Red Sea state")
            province_word = n > 1 and AFTER_PROVINCE.match(text[words[-1].end : words[-1].end + 40])
            address = n == 1 and words[0].text.isupper() and address_acronym(text, words[0])  # "Shamli (UP)"
            if (is_stop(words) and not province_word and not address) or (
                    n == 1 and acronym(words[0].text) and not address
                    and not opens_section(text, words[0].start, words[0].end)):
                continue
            candidates = _compass_country(gaz, words) or tuple(gaz.lookup(text[words[0].start : words[-1].end]))
            if candidates and plausible(text, words, candidates) and not demonym_adjective(text, words):
                hit = (words[0].start, words[-1].end, candidates, n)
                break
        hit = hit or _road_end(text, toks[i], gaz)
        if hit is None:
            i += 1
            continue
        after_hit = found[-1][1] if found else -1
        if not name_part(text, toks, i, hit[3], hit[2], after_hit):
            found.append(hit[:3])
        i += hit[3]
    return found


# "in Kafr Nobol (Idleb)", "in Khab wa ash Sha'af district (Al Jawf)", "in Al Faza area (At Tuhayta, Al Hudaydah)":
# a name, an optional unit word, then a bracket whose last part is a province
_NAME_BEFORE_BRACKET = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|al|el|wa|ash|ad|an|as|at|az|ar|bin|ibn|bani|abu|umm))"
    r"{0,4})(?:\s+(?:district|sub-?district|town|village|area|city|countryside|neighbou?rhood|camp))?\s*\("
    r"(?:[^()]{0,40},\s*)?$")
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _named_before_province(text: str, hits: list[Hit]) -> list[Hit]:
    """A name before a bracketed province is a place in that province: looked up there by its spelling variants
    too ("Kafr Nobol" is Kafranbel, "Saraqab" Saraqib), and never a namesake abroad ("Al Sabha (Deir-ez-Zor)"
    is no Sabha in Libya: with none in the province, the province stands in for it)."""
    gaz = default_gazetteer()
    out = list(hits)
    for start, end, cands in hits:
        provinces = [p for p in cands if p.kind == "admin1"]
        closes = provinces and _BRACKET_CLOSES.match(text, end)  # the bracket's last part
        m = _NAME_BEFORE_BRACKET.search(text, max(0, start - 80), start) if closes else None
        if m is None or m.end() != start:
            continue
        a, b = m.span("name")
        countries = {p.iso3 for p in provinces}
        inner = [h for h in out if a <= h[0] < b]
        if any(p.iso3 in countries for h in inner for p in h[2]):
            continue  # a town of the province's country: nesting narrows it
        words = text[a:b]
        there = [p for p in gaz.lookup(words) if any(contains(q, p) for q in provinces)] or [
            p for p in gaz.lookup_variant(words) if any(contains(q, p) for q in provinces)]
        out = [h for h in out if h not in inner]  # a namesake abroad
        if there:
            out.append((a, b, tuple(there)))
        else:  # the bracket stands in: by its form a province ("Mount Lebanon", not the town in Pennsylvania), or
            # the big city that names it ("(Buenos Aires)")
            kept = tuple(p for p in cands if p.kind == "admin1" or (p.iso3 in countries and p.population >= 100_000))
            out = [(s, e, kept) if (s, e) == (start, end) else (s, e, c) for s, e, c in out]
    return sorted(out, key=lambda h: h[0])


# "on the Kaduna-Abuja highway", "the Maiduguri–Damboa road": a road named by the towns it joins
_ROAD_AFTER = re.compile(r"\s*[-–]\s*(?-i:[A-Z])[\w'’-]*\s+(?:road|highway|expressway|motorway|route|axis|"
                         r"corridor|railway|rail line|supply route)\b", re.I)


def _road_end(text: str, tok: Token, gaz: Gazetteer) -> tuple[int, int, tuple[Place, ...], int] | None:
    """'on the Kaduna-Abuja highway': a hyphenated pair of towns before a road word is the road's first town (the
    geocoder knows no "Kaduna-Abuja"), placed near it (qualifier "road": a place its sentence names besides wins)."""
    first, dash, _ = tok.text.partition("-")
    if not dash or not first[:1].isupper() or not _ROAD_AFTER.match(text, tok.start + len(first)):
        return None
    candidates = tuple(gaz.lookup(first))
    return (tok.start, tok.start + len(first), candidates, 1) if candidates else None







def _ner_mentions(
    text: str, spans: Sequence[tuple[int, int, str]], taken: Taken, countries: frozenset[str] = frozenset(),
    across: frozenset[str] = frozenset(),
) -> list[tuple[int, int, tuple[Place, ...]]]:
    """Places NER found that the n-grams missed. One the gazetteer spells another way ("Diwaniyah") is looked
    up by its spelling variants, in `countries` (the ones the text names or points to) only: a loose key
    matches towns the world over; or as a border town next to one of `across` (the countries whose forces or
    weapons the text names: "Turkish drones struck near Tal Rifaat")."""
    gaz = default_gazetteer()
    out = []
    for start, end, label in spans:
        guessed = label == GUESSED_PLACE
        if not (guessed or label in POSITIVE_LABELS) or taken.overlaps(start, end):
            continue
        words = text[start:end]
        words = re.sub(r"^(?:the|The)\s+", "", words)
        words = POSSESSIVE.sub("", words)
        start = end - len(text[start:end]) + text[start:end].find(words)
        if not words or normalise(words) in stopwords() or is_demonym(words) or _compass_only(words) \
                or community_name(text, start, start + len(words)):
            continue
        candidates = tuple(gaz.lookup(words))
        if compass_name(words) and not any(p.iso3 in countries for p in candidates):
            continue  # "in the North East" of a Nigerian report: no division of Botswana (`_drop_foreign_one_words`)
        if candidates and (guessed or countries and not spelled_as_written(words)):  # "Diwaniyeh", only Nigeria named
            candidates = tuple(p for p in candidates if p.iso3 in countries)
        if not candidates:
            variants = gaz.lookup_variant(words)
            candidates = _variant_candidates(words, variants, countries) if countries or not guessed else ()
            # "Turkish forces shelled Tal Rifaat": spelled another way, just across the border (and close to its
            # own name: the loose variant key alone matches "Kurichy" to Karachi)
            close = [p for p in variants if _spelled_close(words, p)] if across and not candidates else []
            town = border_town(text, start, start + len(words), close, set(across)) if close else None
            candidates = candidates or ((town,) if town else ())
        if candidates:
            out.append((start, start + len(words), candidates))
            taken.add(start, start + len(words))
    return out


def _compass_only(words: str) -> bool:
    """"about 60 km north-east of Bunia": a direction written in lower case is no place, whatever NER made of it
    (Botswana has a North-East district)."""
    return words.islower() and compass_name(words)


def _variant_candidates(words: str, found: Sequence[Place], countries: frozenset[str]) -> tuple[Place, ...]:
    """Places spelled another way, in the countries the text names. A text that names no country keeps a
    variant only when its spelling is close to the place's own (the loose variant key alone matches towns the
    world over: "Barguna" and Bergen) and it is a town of 100,000+ or a province that no close namesake abroad
    comes near, a third of its size at most: "Mahmoudiya" is Iraq's Al Mahmudiyah, "Baqouba" Iraq's Baqubah."""
    if countries:  # a town under 10,000 only when spelled close to its own name ("Tal Tamr", Tall Tamr)
        return tuple(p for p in found if p.iso3 in countries and (p.population >= 10_000 or p.kind != "city"
                                                                  or _spelled_close(words, p)))
    close = [p for p in found if _spelled_close(words, p)]
    if not close or not prominent(close[:1]):
        return ()
    best = close[0]
    return (best,) if all(3 * p.population <= best.population for p in close[1:] if p.iso3 != best.iso3) else ()


_CLOSE_SPELLING = 0.8


def _spelled_close(words: str, p: Place) -> bool:
    """Whether `words` spell p's own name closely ("Tal Rifaat", Tall Rif'at), articles aside."""
    return SequenceMatcher(None, _bare_key(words), _bare_key(p.name)).ratio() >= _CLOSE_SPELLING


def _bare_key(name: str) -> str:
    key = normalise(name)
    return without_article(key) or key


def _qualify(text: str, start: int, end: int, cands: Sequence[Place] = ()) -> tuple[str | None, int, int]:
    """(qualifier, new end, skip-until) from the words around a mention; qualifier "drop" = not a place.
    "Donetsk's Petrovskyi district" is a district of the city; "Balochistan's Ziarat district" is not."""
    after = text[end : end + 80]
    before = text[max(0, start - 80) : start]
    not_where = _NOT_WHERE_AFTER.match(text, end)
    if not_where and _SPEAKS_FOR.match(not_where.group(0)) and placed(text, start):
        not_where = None  # "residents of Kunduz said", "officials in Kunduz said": people there speak
    city_part = not_where and _CITY_PART.match(not_where.group(0))
    if city_part and cands and prominent(cands) and _LOWER_BEFORE.search(before):
        not_where = None  # "two northern Baghdad neighbourhoods", "a main Kabul square": a big city's own parts
    street = not_where and _A_STREET.match(not_where.group(0))
    if street and cands and prominent(cands) and _ARTICLE_BEFORE.search(before):
        not_where = None  # "on a Mogadishu street", "a busy Karachi road"
    if not_where or _NOT_WHERE_BEFORE.search(text[max(0, start - 40) : start]):
        return "drop", end, end
    if cands and _GOVERNMENT_AFTER.match(text, end) and is_capital(cands[0]):
        return "drop", end, end  # "the Kiev regime", "the Khartoum government": a capital names its government
    if cands and is_capital(cands[0]) and _ACCORDING_TO_BEFORE.search(before) and _CLAUSE_END.match(after):
        return "drop", end, end  # "about 1,000 soldiers, according to Kigali,": the government that said it
    street_word = _STREET_WORD.match(text, start)
    if _STREET_BEFORE.search(text[max(0, start - 20) : start]) or (street_word and street_word.end() == end):
        return "drop", end, end
    if cands and cands[0].kind == "country" and _BORDER_WITH_BEFORE.search(before):
        return "drop", end, end
    if cands and cands[0].kind == "country" and (_FEATURE_BEFORE.search(before) or _FEATURE_AFTER.match(after)):
        return "within", end, end  # "Lake Chad", "the Niger Delta": a lake or river of the region, no place
    town = not cands or cands[0].kind not in ("admin1", "country")
    if town and (m := _AFTER_CITY_DISTRICT.match(after)):
        return "district", end, end + m.end()
    if m := AFTER_PROVINCE.match(after):
        return "province", end + m.end(), end + m.end()
    if m := _AFTER_ADMIN2.match(after):
        of = _of_place(after[m.end() :]) if _AFTER_OF_CITY.match(after[m.end() :]) else None
        if of is not None and of.kind not in ("admin1", "country") and not _away_from(of, cands):
            return "drop", end, end + m.end()  # "the Abu Salim district of Tripoli": the city is the place
        return "admin2", end + m.end(), end + m.end()
    if _ROAD_AFTER.match(after):
        return "road", end, end
    if _AFTER_AIRPORT.match(after):
        return "near", end, end
    for name, pattern in _BEFORE:
        if pattern.search(before):
            return name, end, end
    return None, end, end


def _of_place(after: str) -> Place | None:
    """The place "... of Y" names, first of its candidates: a city ("the Abu Salim district of Tripoli"), a
    province or a country (an admin-2 district of it); a province when Y is called one ("the Nong Chik district
    of Pattani province"); None when Y is unknown ("the Djugu territory of Ituri": a province the gazetteer
    lacks; the district stays the place)."""
    m = re.match(
        r"^\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*|and|al|el)(?:\s+(?:[A-Z][\w'’-]*|and|al|el)){0,3})", after
    )
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        found = default_gazetteer().lookup(" ".join(words[:n]))
        if found:
            if _PROVINCE_NOUN.match(after, m.end()):
                return next((p for p in found if p.kind == "admin1"), None)
            return found[0]
    return None


def _away_from(city: Place, cands: Sequence[Place]) -> bool:
    """"Hays district of Al Hudaydah", "Tarmiyah district of Baghdad": the district's own town lies in the
    province of the city named after it but away from the city, so the district is one of the province's, not
    a quarter of the city."""
    return any(
        p.kind in ("city", "custom") and p.iso3 == city.iso3 and normalise(p.admin1) == normalise(city.admin1)
        and haversine_km(p.latitude, p.longitude, city.latitude, city.longitude) > _CITY_KM
        for p in cands
    )


_CITY_KM = 15


# The words that call a name a first-order division ("Idlib province", "Red Sea state").
PROVINCE_WORDS = r"(?:province|region|state|governorate|oblast|prefecture|department)"
_PROVINCE_NOUN = re.compile(rf"\s+{PROVINCE_WORDS}\b", re.I)


def find_place_mentions(
    text: str, ner_spans: Sequence[tuple[int, int, str]] = (), cues: Sequence[str] = ()
) -> list[PlaceMention]:
    """Places, provinces and countries named in `text`, in text order, each with ranked candidates.

    `ner_spans` are (start, end, label) from spaCy: GPE/LOC/FAC/NORP spans are looked up too (NER misses
    "Deir ez-Zor" and tags "Aleppo" as NORP); a capitalised n-gram wholly inside a PERSON/ORG span is kept
    only when it names a country, a province or a town of 100,000+. `cues`: countries the text points to
    beyond its demonyms (the home countries of the groups it names).
    """
    nesting = nest(text, _named_before_province(text, _ngram_mentions(text)))
    sure = {nesting.hits[i][:2] for i in nesting.held | nesting.areas}
    area_spans = {nesting.hits[i][:2] for i in nesting.areas}
    held_spans = {nesting.hits[i][:2] for i in nesting.held}
    kept = []
    inside_negative = Containing(ner_spans, NEGATIVE_LABELS)
    in_person = InsidePersonName(ner_spans)
    in_names: list[Hit] = []
    for i, (start, end, cands) in enumerate(nesting.hits):
        if i in nesting.orphans:
            continue
        if (start, end) not in sure and inside_negative(start, end) and not prominent(cands):
            continue
        if (start, end) not in sure and cands[0].kind in ("city", "custom") and NAMED_VICTIM.search(
                text, max(0, start - 80), start):
            continue  # "executed Oleksandr Shevchenko in Bucha": the surname of whom it was done to is no place
        # a town's name inside a person's ("Mohamed Hassan"): a name, unless it ends or opens the span and the town
        # lies in a country the text names (spaCy also tags "Badia al-Sukhnah" PERSON): decided once the text's
        # countries are known
        inside = in_person(text, start, end) if (start, end) not in sure and cands[0].kind in ("city", "custom") \
            else None
        if inside == "middle":  # "Andres Manuel Lopez Obrador": a middle name, whatever the town
            continue
        if inside == "edge":
            in_names.append((start, end, cands))
            continue
        kept.append((start, end, cands))
    # "Turkey shelled villages near Tal Rifaat": the country that fired is no place of the event (a doer cue)
    doers = country_doers(text)
    kept = [h for h in kept if not any(a <= h[0] and h[1] <= b for a, b, _ in doers)]
    places_cues, people_cues = demonym_cues(text)
    kept = _drop_foreign_one_words(text, kept, sure, [*places_cues, *people_cues, *cues])
    named = {cands[0].iso3 for _, _, cands in kept if len({p.iso3 for p in cands}) == 1 or cands[0].kind == "country"}
    named |= {iso3 for name in [*places_cues, *cues] if (iso3 := iso3_by_name(name))}
    # a town at the edge of a PERSON span stays when it lies in a country the text names ("Badia al-Sukhnah")
    kept = sorted(kept + [h for h in in_names if any(p.iso3 in named for p in h[2])], key=lambda h: h[0])
    # an orphan is a known misreading ("Pisky, Donetsk" naming another Pisky): NER must not bring it back
    taken = Taken(len(text), [(s, e) for s, e, _ in kept] + [nesting.hits[i][:2] for i in nesting.orphans]
                  + [(s, e) for s, e, _ in doers])
    # a town across the border only when the text names no place in its countries (then it is a namesake), next
    # to a country whose forces or weapons the text names ("Turkish forces shelled ...", "Turkish drones struck")
    anchored = any(p.iso3 in named for _, _, cands in kept for p in cands)
    sides = {iso3 for name in [*places_cues, *doer_cues(text)] if (iso3 := iso3_by_name(name))}
    across = frozenset() if anchored else frozenset(sides)
    kept += _ner_mentions(text, ner_spans, taken, frozenset(named), across)
    kept = [h for h in kept if h[:2] in sure or not _FACILITY_NAMED.match(text, h[1])]  # "the Baga Market in ..."
    kept.sort(key=lambda m: m[0])
    mentions: list[PlaceMention] = []
    skip_until, freed = -1, False
    for start, end, cands in kept:
        if start < skip_until:
            continue
        qualifier, new_end, skip_until = _qualify(text, start, end, cands)
        if qualifier == "drop":
            # "the Sadr City district of Baghdad": the quarter is no place, so the city after it is the place
            freed = (start, end) in held_spans
            continue
        if (start, end) in area_spans and not freed:
            qualifier = "within"
        freed = False
        if (mentions and _REFERENCE_GAP.fullmatch(text, mentions[-1].end, start)
                and any(p.iso3 == cands[0].iso3 for p in mentions[-1].candidates)):
            continue  # "In Kupiansk, east of Kharkiv, ...": the town it is told from is no place of the event
        held = (start, end) in held_spans
        if held and qualifier is None and _stands_in(text, start, cands, mentions):
            qualifier = "admin2"
        mentions.append(PlaceMention(start, new_end, text[start:new_end], cands, qualifier, held))
    return mentions


# "In Kupiansk, east of Kharkiv", "Bakhmut, 90 km north of Donetsk", "Sotk, some 170 km east of the capital
# Yerevan": between a place and the town it is placed from
_REFERENCE_GAP = re.compile(
    r"\s*,\s*(?:(?:about|some|around|roughly|nearly|almost|just|only)\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s*-?\s*(?:km|kms|kilomet(?:re|er)s?|miles?|mi)\s+(?:\([^)]{1,20}\)\s+)?)?"
    r"(?:(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?)\s+of\s+"
    r"(?:the\s+)?(?:(?:city|town|capital|provincial\s+capital|regional\s+capital|port|border\s+town)\s+(?:of\s+)?)?",
    re.I)


# "Tieba (Bankass, Mopti)": a name, then its district and province in brackets.
_NAME_THEN_BRACKET = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:village|town|locality))?\s*\(\s*$")


def _stands_in(text: str, start: int, cands: Sequence[Place], found: Sequence[PlaceMention]) -> bool:
    """A district in brackets after a village the gazetteer does not know (or knows only abroad) stands in
    for it: the event is in that district (geo_precision 2), not in its main town."""
    if not cands or not _NAME_THEN_BRACKET.search(text[max(0, start - 40) : start]):
        return False
    prev = found[-1] if found else None
    if prev is None or text[prev.end : start].strip() not in ("(", ""):
        return True
    return not any(p.iso3 == cands[0].iso3 for p in prev.candidates)


def _drop_foreign_one_words(
    text: str, found: list[Hit], sure: set[tuple[int, int]] = frozenset(), cues: Sequence[str] = ()
) -> list[Hit]:
    """Drop one-word hits ("Desk", "Meridian") that only name small places in countries the article
    never otherwise points to: capitalised headline and name words, not places. Hits in `sure` (spans
    confirmed by the area named beside them) stay, and so do hits the text calls a place ("Wokha town") in
    an article that points to no country at all. `cues`: every country the text points to (its demonyms and
    nationalities, the home countries of the groups it names)."""
    found = _drop_foreign_compass_points(text, found, cues)
    draft = [PlaceMention(s, e, text[s:e], c) for s, e, c in found
             if (" " in text[s:e] or prominent(c)) and spelled_as_written(text[s:e])]
    present = set(country_priors(draft, cues))
    anchored = any(p.iso3 in present for _, _, cands in found for p in cands)
    kept = []
    for start, end, cands in found:
        one_word = " " not in text[start:end]
        foreign = not any(p.iso3 in present for p in cands)
        if (start, end) in sure or (not present and (_called_a_place(text, end) or placed(text, start))) \
                or _called_a_division(text, end, cands):
            kept.append((start, end, cands))
            continue
        if one_word and cands[0].kind == "city" and after_a_name_word(text, start):
            # inside a longer name ("the coordinator of Wakit Tama"), a town, here or abroad, counts only if the rest
            # of the text (its other names) points to its country too
            others = set(country_priors([d for d in draft if d.text != text[start:end]], cues))
            if others and not any(p.iso3 in others for p in cands):
                continue
        if one_word and foreign and (not prominent(cands) or not spelled_as_written(text[start:end])):
            town = None if anchored else border_town(text, start, end, cands, present)
            if town is not None:
                kept.append((start, end, (town,)))
            continue
        kept.append((start, end, cands))
    return kept


def _drop_foreign_compass_points(text: str, found: list[Hit], cues: Sequence[str] = ()) -> list[Hit]:
    """"NORTH-EAST ROUNDUP", "near Damboa in the North East": a compass point names a division (not the hamlet
    North East, Maryland), and only of a country the rest of the text points to (Botswana's North East is no part of
    a Nigerian report). Where nothing else points anywhere, the division stays."""
    rest = [(s, e, c) for s, e, c in found if not compass_name(text[s:e])]
    if len(rest) == len(found):
        return found
    others = set(country_priors([PlaceMention(s, e, text[s:e], c) for s, e, c in rest], cues))
    others |= {c[0].iso3 for _, _, c in rest if len({p.iso3 for p in c}) == 1}
    kept = []
    for start, end, cands in found:
        if compass_name(text[start:end]):
            cands = tuple(p for p in cands if p.kind in ("admin1", "admin2") and (not others or p.iso3 in others))
        if cands:
            kept.append((start, end, cands))
    return kept


# "the Baga Market in Maiduguri", "the Kano Road mosque in Kaduna", "Gwange Street in Maiduguri": a town's name that
# names a market, road or building of another town is no place of its own
_FACILITY_NAMED = re.compile(
    r"(?:\s+(?-i:Public|Central|Main|Grand|Old|New|Big|Great))?"
    r"\s+(?-i:Market|Road|Street|Motor\s+Park|Park|Mosque|Church|Hospital|Bridge|Junction|Roundabout|Barracks|"
    r"Prison|Stadium|Square|Avenue|Gate|Camp)\b(?:\s+[a-z]+)?\s+(?:in|at|near)\s+"
    r"(?:the\s+)?(?-i:[A-Z])")




def border_town(text: str, start: int, end: int, cands: Sequence[Place], countries: set[str]) -> Place | None:
    """The town text[start:end] names, placed by the words before it ("near Diffa"), when it is a town of
    10,000+ or a custom conflict locality, called by its own name or a spelling close to it in a country
    bordering one of `countries` (a report on Boko Haram, which ties it to Nigeria): fighting spills across
    borders. The caller checks that the text names no place in `countries` (then a namesake next door is no
    border town)."""
    if not placed(text, start):
        return None
    key, near = variant_key(normalise(text[start:end])), neighbours()  # "Jenin" is the gazetteer's "Janin"

    def own_name(p: Place) -> bool:  # "Tulkarem" is the gazetteer's "Tulkarm"; an alias in another tongue is not
        own = variant_key(normalise(p.name))
        return own == key or SequenceMatcher(None, without_article(key) or key,
                                             without_article(own) or own).ratio() >= _CLOSE_SPELLING

    # (a custom place is a conflict locality the gazetteer lacked: its population is not known)
    return next((p for p in cands if (p.population >= 10_000 or p.kind == "custom") and own_name(p)
                 and any(p.iso3 in near.get(c, ()) for c in countries)), None)


_CALLED_A_PLACE = re.compile(
    r"^(?:['’]s)?\s+(?:(?:village|town|city|township|municipality|upazila|tehsil|sub-?district|district|area|"
    r"sub-?county|county|sub-?prefecture|commune|parish|locality|local\s+(?:government|council)|LGA|"
    r"bazaar|police\s+station)\b|(?:of|in)\s+(?:[A-Z][\w'’-]*\s+){1,2}(?:district|province|state|region)\b)",
    re.I,
)


# "in a village near Djugu", "the town of Tessalit", "outside Kidal": a preposition of place before the name
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|around|at|from|to|of|towards?)\s+$", re.I)
# "dropped barrels of chlorine on Saraqib", "a strike on Marib", "shells fell on Avdiivka": where weapons came down
STRUCK_ON = re.compile(
    r"(?:\b(?:dropped|fired|rained|fell|landed|hurled|lobbed|launched)\b[^.;,]{0,40}?|"
    r"\b(?:strikes?|airstrikes?|air strikes?|attacks?|raids?|assault|offensive|bombardment|shelling)\s+)on\s+$", re.I)
# "retook Djibo", "rebels captured Mweso", "overran Kitshanga": a town taken (or attacked), named as the verb's object
TAKEN = re.compile(
    r"\b(?:re)?(?:took|takes?|taking|seized?|seizes|seizing|captured?|captures|capturing|overr[au]n|overruns|"
    r"liberated?|liberates|wrested|entered)\s+(?:back\s+)?(?:control\s+of\s+)?$"
    # "Jihadists attacked Djibo", "militants stormed Kaya", "besieged Kitchanga": a town attacked, named as the object
    r"|\b(?:attacked|attacking|stormed|storming|raided|raiding|besieged|besieging|assaulted|overwhelmed|"
    r"encircled|surrounded|shelled|shelling|bombed|bombing|bombarded|pounded|pounding|targeted|targeting|struck|"
    r"striking)\s+$", re.I)

# "executed Oleksandr Shevchenko", "gunmen kidnapped Maria Guadalupe Torreon": a name right after a verb done to people
# is whom it was done to: a town named as the last of its words is the person's surname
NAMED_VICTIM = re.compile(
    r"\b(?:killed|killing|executed|executing|shot\s+dead|shooting\s+dead|gunned\s+down|murdered|murdering|"
    r"assassinated|assassinating|beheaded|lynched|hanged|tortured|abducted|abducting|kidnapped|kidnapping|"
    r"arrested|arresting|detained|detaining|wounded|injured|stabbed)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}$", re.I)


def where_verb(before: str) -> bool:
    """The words before a name say weapons came down on it or forces took it: the name is a place."""
    return bool(STRUCK_ON.search(before) or TAKEN.search(before))


def placed(text: str, start: int) -> bool:
    """The words before a hit put something there ("near Djugu", "town of Tessalit", "shells fell on Avdiivka"):
    in a text that points to no country at all, that is enough to read a small place."""
    return bool(_PLACE_BEFORE.search(text[max(0, start - 12) : start])
                or where_verb(text[max(0, start - 60) : start]))


def _called_a_division(text: str, end: int, cands: Sequence[Place]) -> bool:
    """A name the gazetteer knows as a division, called one ("the Oudalan province", "Kurram district")."""
    after = text[end : end + 40]
    return cands[0].kind in ("admin1", "admin2") and bool(AFTER_PROVINCE.match(after) or _AFTER_ADMIN2.match(after))


def _called_a_place(text: str, end: int) -> bool:
    """The words after a hit call it a place: "Wokha town", "Niamatpur upazila", "Rajbiraj of Saptari
    district"."""
    return bool(_CALLED_A_PLACE.match(text[end : end + 60]))
