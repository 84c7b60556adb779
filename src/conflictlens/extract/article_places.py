"""Which countries an article is about, and which of its place names are namesakes abroad: the countries it
names outright, the big towns that place it, its wire dateline's town and country.

`context.ArticleContext` asks these once per article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from conflictlens.geo.countries import countries, iso3_by_name, normalise, variant_key
from conflictlens.geo.cues import COMPASS_WORDS, compass_name
from conflictlens.geo.gazetteer import default_gazetteer
from conflictlens.geo.geocode import PROVINCE_WORDS, PlaceMention, border_town, placed
from conflictlens.ingest.dateline import MONTH_WORD
from conflictlens.models import Place
from conflictlens.nlp.actors import rebel_homes
from conflictlens.nlp.sentences import EDITOR_NOTE

_DATELINE = re.compile(r"[A-Z][A-Za-z .'/-]{1,60},?[^\n]{0,80}?(?:\s[-–—]{1,2}\s|:\s)")


def named_outright(every: Sequence[PlaceMention], cues: Sequence[str]) -> set[str]:
    """The countries (iso3) a text names by name, demonym, province or a place its area confirmed."""
    named = {iso for iso in (named_iso3(m) for m in every) if iso} | {c for c in (iso3_by_name(w) for w in cues) if c}
    return named | {m.candidates[0].iso3 for m in every if m.held and m.candidates}  # "in Colon (Colon)": Panama


def within_named_countries(
    text: str, mentions: list[PlaceMention], every: list[PlaceMention], outright: set[str]
) -> list[PlaceMention]:
    """When the text names its countries (by name or demonym), a small place that exists only elsewhere is a
    namesake ("Chora district" of an Afghan note is not the Greek village): it is dropped. A country, a
    province and a town of 100,000+ stay; so does a town of 10,000+ placed just across the border when the text
    names no place in its countries ("near Diffa" in a report on Boko Haram, which ties it to Nigeria), and a town
    placed in a sentence that names an armed group at home in its country (`group_ground`)."""
    named = set(outright)  # by name, demonym, province (`named_outright`)
    named |= {big.iso3 for m in every if (big := big_town(m))}  # "near Saraqib, Idleb": Syria
    if not named:
        return mentions
    # a place in the named countries anchors the text there: then a namesake abroad is not a border town
    anchored = any(p.iso3 in named for m in every for p in m.candidates)
    out = []
    for m in mentions:
        if m.held:
            out.append(m)
            continue
        top = m.candidates[0] if m.candidates else None
        prominent = top is not None and (top.kind in ("country", "admin1") or big_town(m) is not None)
        if m.candidates and not prominent and not any(p.iso3 in named for p in m.candidates):
            town = None if anchored else border_town(text, m.start, m.end, m.candidates, named)
            ground = group_ground(text, m) if town is None else ()
            if town is not None or ground:
                out.append(replace(m, candidates=(town,) if town is not None else ground))
            continue
        out.append(m)
    return out


# where a sentence ends: a stop before a space or a line break
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


# "the Litoral penitentiary in Guayaquil", "Kaduna prison", "the Central hospital": a building stands in a town, so
# the name before its noun is no province ("Litoral" is one only in Equatorial Guinea)
_FACILITY_AFTER = re.compile(r"\s+(?:penitentiary|prison|jail|detention\s+cent(?:re|er)|hospital|market|stadium|"
                             r"university|barracks|bus\s+(?:station|terminal)|mosque|church)\b", re.I)


def no_province_before_a_building(text: str, m: PlaceMention) -> PlaceMention | None:
    """The mention without its province candidates when a building's noun follows it; None when only provinces
    were left to it."""
    if not _FACILITY_AFTER.match(text, m.end) or not any(p.kind == "admin1" for p in m.candidates):
        return m
    towns = tuple(p for p in m.candidates if p.kind != "admin1")
    return replace(m, candidates=towns) if towns else None


def group_ground(text: str, m: PlaceMention) -> tuple[Place, ...]:
    """'Separately, JNIM fighters attacked an army post near Niono' in a report on Niger: a town placed by the words
    before it ("near", "in", "attacked") in the home country of a non-state armed group its sentence names is on
    that group's ground, not a namesake abroad (JNIM fights across the Sahel, so it points no text to Mali). Its
    candidates there, or none."""
    if not placed(text, m.start):
        return ()
    starts = [e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start - 400), m.start)]
    start = starts[-1] if starts else max(0, m.start - 400)
    end_m = _SENTENCE_END.search(text, m.end, m.end + 400)
    homes = {iso3 for name in rebel_homes(text[start : end_m.start() if end_m else m.end + 400])
             if (iso3 := iso3_by_name(name))}
    return tuple(p for p in m.candidates if p.iso3 in homes)


_UNIT_AFTER = re.compile(rf"\s+(?:{PROVINCE_WORDS}|city)$", re.I)


def big_town(m: PlaceMention) -> Place | None:
    """The town of 100,000 or more a mention names by its own name or a spelling of it ("Idleb" for Idlib,
    "Aleppo province" for Aleppo). Not by another name: "Boni" is an old name of Bonn, not a reason to read
    Germany."""
    key = variant_key(normalise(_UNIT_AFTER.sub("", m.text)))
    return next((p for p in m.candidates if p.population >= 100_000
                 and variant_key(normalise(_UNIT_AFTER.sub("", p.name))) == key), None)


def named_iso3(m: PlaceMention) -> str | None:
    """The country a mention names outright: a country or a province."""
    top = m.candidates[0] if m.candidates else None
    return top.iso3 if top is not None and top.kind in ("country", "admin1") else None


def dateline(text: str) -> tuple[int, int]:
    """(start, end) of a wire dateline such as 'BEIRUT, May 21 (Wire) - ', after the editor's notes that may stand
    above it ("(Corrects death toll in paragraph 2)"); (0, 0) when there is none."""
    start = 0
    while (note := EDITOR_NOTE.match(text, start)) is not None:
        start = note.end() + len(text[note.end():]) - len(text[note.end():].lstrip())
    m = _DATELINE.match(text, start)
    if m and (re.match(r"(?:[A-Z]['’]?[A-Z]{2,}|[A-Z]{2}[ -][A-Z]{2,})", text[start:])  # "LA PAZ", "N'DJAMENA"
              or _DATED.search(text, start, m.end())):  # "Garowe Online, 6 March 2024 - ": an outlet and its date
        return start, m.end()
    return 0, 0


# the filing date that makes a line opened by a name in lower case a dateline: "6 March 2024 -", "March 6, 2024 -"
_DATED = re.compile(rf",\s+(?:\d{{1,2}}\s+{MONTH_WORD}(?:\s+\d{{4}})?|{MONTH_WORD}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
                    r"\s*(?:\([^)]{1,40}\)\s*)?[-–—]{1,2}\s+$")


def dateline_city(text: str) -> str:
    """The town a wire dateline names first ("MIRANSHAH" of "MIRANSHAH, Pakistan, March 11 (Wire) -"); "" when
    there is no dateline or its first part is too long to be a town."""
    start, end = dateline(text)
    city = re.split(r"[,(]|\s[-–—]", text[start:end], maxsplit=1)[0].strip() if end else ""
    # "NORTH EAST: ...": a digest's section named by a compass point, no town
    return city if len(city) <= 40 and not compass_name(city.rstrip(":")) else ""


def dateline_country(text: str) -> list[str]:
    """The country of the city a wire story was filed from ("BAGHDAD, March 11 (Reuters) -"), when the city is a
    town of 100,000+ (a hub such as Nairobi or Beirut files stories on its neighbours too: a weak cue), or the
    country the dateline names beside its city."""
    city = dateline_city(text)
    if not city:
        return []
    start, end = dateline(text)
    # "MIRANSHAH, Pakistan, March 11 (Wire) -", "GOMA, Democratic Republic of Congo, July 28 -": the country the
    # dateline names beside its city, whatever the city's size. Named outright, it weighs as a country name in the
    # text does (two cues: geo.cues.country_priors), above the home country of a group the story names.
    # "HOMA BAY, Kenya - ": the country may close the dateline itself
    named = re.match(r"[^,(]+,\s*([A-Z][\w .'-]{2,40}?)\s*(?:[,(]|[-–—]{1,2}\s)", text[start:end])
    if named and (iso3 := iso3_by_name(named.group(1), allow_demonym=False)):
        return [countries()[iso3].name] * 2
    found = [p for p in default_gazetteer().lookup(city.title()) if p.kind != "country"]
    return [found[0].country] if found and found[0].population >= 100_000 else []


# "Cameroon's far north region", "Kenya's north-east", "Uganda's border district": a part of the country is a
# place in it, not the country acting or owning
COUNTRY_PART = re.compile(
    r"['’]s\s+(?:(?:far|extreme|restive|remote|volatile|troubled|mainly|mostly|largely|oil-rich|impoverished|"
    r"[\w-]+-(?:hit|torn|ravaged|held))\s+)?(?:(?:" + COMPASS_WORDS + r"|border|borders|capital|interior|coast|"
    r"coastal|region|regions|province|provinces|state|states|city|cities|town|towns|village|villages|district|"
    r"districts|countryside|hinterland|heartland)\b)", re.I)


def top_country(priors: dict[str, float]) -> str:
    if not priors:
        return ""
    iso3 = Counter(priors).most_common(1)[0][0]
    row = countries().get(iso3)
    return row.name if row else ""
