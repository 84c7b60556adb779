"""Agreement mentions as events (issue 13): a truce announced, extended, collapsed or appraised is a Strategic
developments / Agreement event whose actors are the agreement's parties and whose date is the day of the news
about it — never a date of its terms ("due to expire on 12 March" is the truce's end; in "the ceasefire, which
took effect on October 1, expired on Tuesday" the event is Tuesday's expiry).

A small step after finalize (`recode_agreements`): only Agreement reports change.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from conflictlens.extract.drafts import past_the_news
from conflictlens.models import Report
from conflictlens.nlp.actors import find_actor_mentions, government_of, with_article
from conflictlens.nlp.agreements import is_term_date, is_truce, mention_kind
from conflictlens.nlp.dates import DateMention, find_dates

if TYPE_CHECKING:
    from conflictlens.extract.context import ArticleContext

# Mediators and hosts are not parties: "brokered by Saudi Arabia and the United States", "talks hosted by Qatar",
# "the peace talks that opened in Kuwait".
_MEDIATED = re.compile(
    r"\b(?:brokered|mediated|hosted|facilitated|monitored|guaranteed|sponsored|overseen) by\b[^.;]{0,70}|"
    r"\b(?:talks|negotiations|summit|conference|meeting|consultations)\b[^.;]{0,30}?\b(?:in|at)\s+[A-Z][\w'-]+",
    re.I)
_BOTH_SIDES = re.compile(r"\b(?:both sides|the two sides|(?:the )?warring (?:sides|parties)|both parties|"
                         r"all sides|the two parties|the belligerents|the two delegations|both delegations)\b", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .'/-]+,[^\n]{0,80}?\)\s*[-\u2013\u2014]\s*")
_DEMONYM_GOVERNMENT = re.compile(r"\b(?P<dem>[A-Z][a-z]+)(?:'s)? (?:government|regime|authorities|junta)\b")
_THE_GOVERNMENT = re.compile(r"\bthe (?:government|regime|junta|authorities)\b")
_COUNTRY_WORD = re.compile(r"\b(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,3}\b")
_PARTY_KINDS = ("group", "state", "police", "government")
_ADJECTIVE_OF = re.compile(r"\s+(?:city|capital|town|port|province|region|border|coast|resort|envoys?|mediators?|"
                           r"foreign|officials?|delegation|president|minister|capital's)\b")


def recode_agreements(reports: list[Report], ctx: ArticleContext) -> list[Report]:
    """Agreement mentions re-dated and given their parties; access denials, sieges and airdrops tagged."""
    from conflictlens.extract.access import tag_access

    recoded = [_recode(r, ctx) if r.sub_event_type == "Agreement" else tag_access(r) for r in reports]
    return merge_mentions(recoded)


def merge_mentions(reports: list[Report]) -> list[Report]:
    """One article often names one agreement several times (a lead, then the detail): current Agreement reports
    within three days of each other that share a party are one event, placed and dated by the most precise."""
    out: list[Report] = []
    for r in reports:
        twin = next((o for o in out if _same_agreement(o, r)), None) if r.sub_event_type == "Agreement" else None
        if twin is None:
            out.append(r)
            continue
        keep, other = sorted((twin, r), key=lambda x: (x.time_precision, x.where_prec or 9, x.geo_precision or 9))
        merged = dataclasses.replace(keep, evidence=keep.evidence + tuple(e for e in other.evidence
                                                                           if e not in keep.evidence))
        out[out.index(twin)] = merged
    return out


def _same_agreement(a: Report, b: Report) -> bool:
    if a.sub_event_type != "Agreement" or a.is_background or b.is_background:
        return False
    if abs((a.event_date - b.event_date).days) > 3:
        return False
    parties_a = {a.actor1, a.actor2, *a.assoc_actor_1} - {""}
    parties_b = {b.actor1, b.actor2, *b.assoc_actor_1} - {""}
    return not parties_a or not parties_b or bool(parties_a & parties_b)


def _recode(r: Report, ctx: ArticleContext) -> Report:
    sentence = r.evidence[0].sentence if r.evidence else ""
    if not is_truce(sentence):  # "agreed to send troops" is coded as it was; only truces and deals are read
        return r
    changes: dict[str, object] = {}
    dated = _event_date(r, sentence, ctx)
    if dated is not None:
        changes.update(event_date=dated.date, time_precision=dated.time_precision, date_prec=dated.date_prec)
        changes["is_background"] = dated.date_prec >= 5 or past_the_news(dated.date, ctx)
    parties = agreement_parties(sentence, r.country, ctx)
    if parties:
        changes.update(actor1=parties[0][0], inter1=parties[0][1], actor2="", inter2=None, assoc_actor_1=())
        if len(parties) > 1:
            changes.update(actor2=parties[1][0], inter2=parties[1][1])
        if len(parties) > 2:
            changes["assoc_actor_1"] = tuple(p for p, _ in parties[2:])
    return dataclasses.replace(r, **changes) if changes else r  # type: ignore[arg-type]


def _event_date(r: Report, sentence: str, ctx: ArticleContext) -> DateMention | None:
    """A new date when the report's date is one of the agreement's terms (None: keep it)."""
    kind = mention_kind(sentence)
    if dateline := _DATELINE.match(sentence):  # the filing date is not the event's
        sentence = " " * dateline.end() + sentence[dateline.end():]
    mentions = find_dates(sentence, ctx.published, include_future=True)
    def term(m: DateMention) -> bool:
        role = is_term_date(sentence, m)
        return role == "end" or (role == "start" and kind != "announcement")
    if not any(m.date == r.event_date and term(m) for m in mentions):
        return None
    usable = [m for m in mentions if not m.future and not term(m)]
    if usable:
        return min(usable, key=lambda m: (m.date_prec, m.time_precision, 0 if m.kind in ("full", "month_day") else 1))
    return DateMention(ctx.published, 2, 2, "", -1, -1, kind="published")


def agreement_parties(sentence: str, country: str, ctx: ArticleContext) -> list[tuple[str, int]]:
    """The parties a sentence names (not its mediators), in text order: named armed groups, state forces and
    governments (as "Government of X"), countries named as parties; "both sides" -> the article's belligerents."""
    dateline = _DATELINE.match(sentence)  # "BEIRUT, Lebanon, September 18 (Wire) -": where it was filed
    mediated = [(m.start(), m.end()) for m in _MEDIATED.finditer(sentence)]
    mediated += [(0, dateline.end())] if dateline else []
    def party_span(start: int) -> bool:
        return not any(a <= start < b for a, b in mediated)
    found: list[tuple[int, str, int]] = []
    spans: list[tuple[int, int]] = []
    for m in find_actor_mentions(sentence, country, ctx.published, ctx.country_of):
        if m.kind in _PARTY_KINDS and party_span(m.start) and not m.name.startswith("Unidentified"):
            found.append((m.start, government_of(m.name), 1 if m.kind != "group" else m.inter))
            spans.append((m.start, m.end))
    from conflictlens.geo.countries import countries, iso3_by_name

    for m in _COUNTRY_WORD.finditer(sentence):
        iso = iso3_by_name(m.group(0), allow_demonym=False)
        adjective = _ADJECTIVE_OF.match(sentence, m.end())  # "the Saudi city of Jeddah"
        inside = any(a <= m.start() < b for a, b in spans)
        if iso and not adjective and not inside and party_span(m.start()):
            found.append((m.start(), f"Government of {with_article(countries()[iso].name)}", 1))
    for m in _DEMONYM_GOVERNMENT.finditer(sentence):  # "the Yemeni government", "Sudan's government"
        iso = iso3_by_name(m["dem"])
        if iso and party_span(m.start()) and not any(a <= m.start() < b for a, b in spans):
            found.append((m.start(), f"Government of {with_article(countries()[iso].name)}", 1))
            spans.append((m.start(), m.end()))
    home = f"Government of {with_article(ctx.main_country)}" if ctx.main_country else ""
    for m in _THE_GOVERNMENT.finditer(sentence):  # "between the government and the ELN"
        if home and party_span(m.start()) and not any(a <= m.start() < b for a, b in spans):
            found.append((m.start(), home, 1))
    if not found and _BOTH_SIDES.search(sentence) and ctx.main_country:
        # the article's belligerents: its country's state and the first armed group it names
        found = [(0, f"Government of {with_article(ctx.main_country)}", 1)]
        found += [(1, g, inter) for g, inter in list(ctx.groups_named.items())[:1]]
    names: dict[str, int] = {}
    for _, name, inter in sorted(found):
        names.setdefault(name, inter)
    return list(names.items())
