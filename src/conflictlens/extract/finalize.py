"""Draft -> Report: actors by event type, the sub-type the actors decide, figures, background flag, notes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from conflictlens.extract.drafts import Draft, past_the_news, without_claimant
from conflictlens.extract.grouping import CLAUSE
from conflictlens.extract.recode import ARMED, Coding, EventView, Side, recode, side
from conflictlens.geo.cues import COMPASS_WORDS, points_back_to_a_town
from conflictlens.models import Claim, Location, Report, is_contested
from conflictlens.nlp.actors import ActorMention, Roles, assign_roles, faction_names, state_forces, state_of_word
from conflictlens.nlp.lexicon import alternation
from conflictlens.nlp.marks import strip_marks
from conflictlens.nlp.numbers import TOLL_NOUNS, TOLL_RAISED, TOLL_RISEN, find_counts
from conflictlens.nlp.syntax import Parsed, syntactic_roles
from conflictlens.taxonomy import (
    BATTLES,
    EXPLOSIONS,
    NO_DEATHS,
    PROTESTS,
    RIOTS,
    VIOLENCE_AGAINST_CIVILIANS,
    GeoPrecision,
    Inter,
    WherePrec,
    forces,
    with_article,
)

if TYPE_CHECKING:
    from conflictlens.extract.context import ArticleContext

@dataclass(frozen=True)
class Cast:
    actor1: Side
    actor2: Side
    assoc1: tuple[str, ...]
    assoc2: tuple[str, ...]
    sub_event_type: str
    event_type: str = ""  # set when the actors change the trigger's type (an "attack" on soldiers is a clash)
    rules: tuple[str, ...] = ()  # the recode rules that changed the event, in order


def finalize(d: Draft, ctx: ArticleContext, version: str, lone: bool = False) -> Report | None:
    """The draft as a Report, or None when it cannot be placed. `lone`: the only event a short note could
    make, which may be placed at its country's level without a death toll."""
    location = d.location
    if location is None or location.place.kind == "country" or location.where_prec >= WherePrec.COUNTRY:
        location = _fallback_location(d, ctx, location, lone)
        if location is None:
            return None
    place = location.place
    date, tp, dp = _date(d, ctx)
    cast = _cast(d, place.country, ctx)
    # an event that kills nobody by definition keeps no death figure another sentence gave it: that is another event's
    # (one its own sentence gives, "7 killed in post-election protests", says the event was no such thing)
    claims = [c for c in d.claims if not c.killed or c.quote in d.sentence.text] \
        if cast.sub_event_type in NO_DEATHS else d.claims
    reporting = [c for c in claims if c.stance == "reports" and c.killed]
    killed = _per_claimant(_after_revisions(reporting))
    injured = [c.injured for c in claims if c.injured]
    civilians = [c.killed_civilians for c in reporting if c.killed_civilians]
    is_background = dp >= 5 or past_the_news(date, ctx) or _recalled(d)
    event_type = cast.event_type or d.trigger.event_type
    civ_target = "Civilians targeted" if cast.actor2.inter == Inter.CIVILIANS and event_type in (
        VIOLENCE_AGAINST_CIVILIANS, EXPLOSIONS) else ""
    report = Report(
        doc_id=ctx.doc.doc_id, event_date=date, time_precision=tp, date_prec=dp, event_type=event_type,
        sub_event_type=cast.sub_event_type, actor1=cast.actor1.name, inter1=cast.actor1.inter,
        actor2=cast.actor2.name, inter2=cast.actor2.inter, assoc_actor_1=cast.assoc1, assoc_actor_2=cast.assoc2,
        civilian_targeting=civ_target, country=place.country, iso=place.iso_num or None, iso3=place.iso3,
        region=place.region, admin1=place.admin1, admin2=place.admin2, location=_place_name(location),
        latitude=round(place.latitude, 5), longitude=round(place.longitude, 5), geo_precision=location.geo_precision,
        where_prec=location.where_prec, source=ctx.doc.source or "", fatalities=min(killed) if killed else 0,
        fatalities_low=min((c.killed_low or c.killed or 0) for c in reporting) if reporting else None,
        fatalities_high=max((c.killed_high or c.killed or 0) for c in reporting) if reporting else None,
        injured=min(injured) if injured else None, injured_low=min(injured) if injured else None,
        injured_high=max(injured) if injured else None, civilian_fatalities=min(civilians) if civilians else None,
        claims=tuple(_dedupe(claims)), evidence=tuple(d.evidence), tags=_tags(d),
        is_background=is_background, confidence=_confidence(d, cast), extractor_version=version,
        coding_rules=cast.rules,
        contested=is_contested(min(killed), max(killed)) if killed else False,
    )
    from conflictlens.extract.notes import write_notes

    return _with_notes(report, write_notes(report))


_BACKSHIFT = re.compile(
    r"\b(?:said|says|told \w+|announced|reported|claimed|confirmed|stated|added|"
    r"declared|explained|revealed)\s+(?:on \w+\s+)?(?:that\s+)?(?:[\w'-]+\s+){1,5}?(?:had|'d)\s", re.I)
_PLUPERFECT = re.compile(r"\b(?:had|'d)\s+(?:\w+\s+){0,2}?(?:been\s+)?\w+(?:ed|en|ght|ung|ept)\b[^.;]{0,25}$", re.I)


# "The toll rose to three on Friday", "the death toll has since climbed to 11", "later rose to nine": a figure that
# revises the toll told before it
_REVISED = re.compile(rf"\b{TOLL_NOUNS}\b[^.;]{{0,30}}?\b{TOLL_RISEN}\s+(?:to\s+)?|{TOLL_RAISED}", re.I)


# "initially said 14 people had been killed", "at first reported three dead", "first put the toll at six": a figure
# its own words mark as an early one
_INITIAL = re.compile(r"\b(?:initially|at first|originally|first (?:put|gave|reported|said|counted)|(?:an?|the|its|"
                      r"their) (?:initial|earlier|first|preliminary) (?:toll|figure|count|report|tally))\b", re.I)


def _after_revisions(claims: list[Claim]) -> list[Claim]:
    """The claims a later revision of the toll leaves standing ("The Ministry of Health initially reported two deaths.
    The toll rose to three on Friday"): a smaller figure told before the revision is superseded, not a rival account;
    figures told after it, and any not smaller, stand (claims are in text order). So is a figure its own words call
    an early one ("The civil protection office initially said 14 people had been killed") beside a larger one."""
    top = max((c.killed or 0 for c in claims), default=0)
    # (not a quote that also tells the revision: "initially reported 12 dead; ... the toll had risen to 14" is 14)
    claims = [c for c in claims if not (_INITIAL.search(c.quote) and not _REVISED.search(c.quote)
                                        and (c.killed or 0) < top)]
    last = max((i for i, c in enumerate(claims) if _REVISED.search(c.quote)), default=None)
    if last is None:
        return claims
    floor = claims[last].killed or 0
    return [c for i, c in enumerate(claims) if i >= last or (c.killed or 0) >= floor]


def _per_claimant(claims: list[Claim]) -> list[int]:
    """Each claimant's figure: the largest it gave ("three were killed ... a fourth died later. 4 fatalities"
    updates one account); the conservative choice is then made across claimants."""
    best: dict[str, int] = {}
    for c in claims:
        if c.killed:
            best[c.claimant] = max(best.get(c.claimant, 0), c.killed)
    return list(best.values())


# "The unrest began after security forces killed ...", "protests were sparked by the killing of ...": the event
# is told as the cause of the news
_CAUSE = re.compile(
    r"\b(?:unrest|protests?|violence|fighting|crisis|clashes|war|insurgency|conflict|demonstrations|tensions?|"
    r"uprising|standoff|turmoil|riots|rioting|strikes?|curfew|crackdown)\s+(?:\w+\s+){0,2}?(?:began|erupted|started|"
    r"broke out|flared(?: up)?|(?:was|were|had been|has been|have been) (?:sparked|triggered|ignited|prompted)|"
    r"(?:has|have) raged)\s+(?:\w+\s+){0,3}?(?:after|when|following|by|over|since)\b", re.I)


def _recalled(d: Draft) -> bool:
    """'the week-old truce the two powers had brokered': an undated event told in the past perfect is
    recalled as background to the news, not reported as news; so is an event told as the cause of the unrest
    the news is about ("The unrest began after security forces killed a rebel commander on July 8")."""
    told = d.sentence.text[: d.trigger_offset + len(d.trigger.text)]
    if not d.leads and _CAUSE.search(told):
        return True
    if d.date is not None or d.leads:
        return False
    # "Police said gunmen had shot dead two traders": reported speech backshifts the news into the past
    # perfect; it is still the news.
    return bool(_PLUPERFECT.search(told)) and not _BACKSHIFT.search(told)


_UNIT_AFTER = re.compile(
    r"\s+(?:district|territory|municipality|sub-?district|local\s+government\s+area|lga|county|township|tehsil|"
    r"upazila|taluka)$", re.I)


def _place_name(location: Location) -> str:
    """The town as the article spells it ("Talbiseh", not GeoNames' "Tallbisah") when the text named it;
    the gazetteer's name for a provincial capital, a listed division's seat ("Soum province": Djibo) or a
    country's capital stood in for a wider area."""
    mention = _UNIT_AFTER.sub("", location.mention.strip())  # "Djugu territory" is coded to Djugu
    if location.place.kind == "admin2":
        return _plain(location.place.name)
    if location.where_prec <= WherePrec.ADMIN2 and mention and not mention.isupper() and len(mention) > 2:
        return mention
    return _plain(location.place.name)


def _plain(name: str) -> str:
    """'Ḩamāh' -> 'Hamah': GeoNames' transliteration marks stripped, as ACLED writes place names."""
    return strip_marks(name).replace("‘", "'").replace("’", "'")


def _with_notes(report: Report, notes: str) -> Report:
    from dataclasses import replace

    return replace(report, notes=notes)


def _tallies(sentence: str) -> bool:
    """The sentence gives a figure over a period ("54 killed since the coup and more than 1,700 detained")."""
    return any(n.tally for n in find_counts(sentence))


_ACT_VERB = re.compile(r"\w+ed\b|\b(?:held|caught|taken)\b", re.I)


def _fallback_location(
    d: Draft, ctx: ArticleContext, country_level: Location | None, lone: bool = False
) -> Location | None:
    """An event with a figure but no town: in a one-paragraph note, the town the note is about; else the town
    named just before it in its paragraph; else the article's country, at its capital (geo_precision 3)."""
    # Only an event with a reported death earns a country-level record: without a town, a death toll is
    # what makes a mention more than commentary ("the fighting has buried the truce").
    # So does the one event a short note tells ("Turkish police detained 30 people suspected of links to the
    # PKK"): a note is about its event, not commentary.
    truce = _truce(d)
    back = points_back_to_a_town(d.sentence.text)  # "on the edge of the town", "a tea shop there"
    # in an article, violence or a crowd told as happening in a town named before ("set fire to houses there") has
    # its place too (a note's secondary acts, "burned the camp", stay its own event's detail)
    placed = back and not ctx.one_paragraph and (
        d.trigger.event_type in (BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS, RIOTS, PROTESTS)
        or d.trigger.sub_event_type == "Looting/property destruction")
    # an arrest is an act, never commentary: in a datelined report, one told with no town is where the story was
    # filed ("N'DJAMENA - ... On Thursday, police arrested four opposition leaders at their homes")
    # (an act told by its verb: not "the arrests were an attempt to ...", nor a tally "1,700 detained since the coup")
    filed = (d.trigger.sub_event_type == "Arrests" and ctx.dateline_place is not None and country_level is None
             and _ACT_VERB.search(d.trigger.text) is not None and not _tallies(d.sentence.text))
    if not any(c.killed for c in d.claims) and not truce and not lone and not placed and not filed:
        return None
    from conflictlens.geo.countries import iso3_by_name
    from conflictlens.geo.gazetteer import capital_of_country

    if country_level is not None and country_level.place.country != ctx.main_country:
        if truce:
            country_level = None  # a truce hosted abroad ("talks in Kuwait") is the article's country's
        elif not _placed_in(country_level, d):
            return None  # a foreign country named in passing ("the truce Russia brokered")
    if ctx.note_place is not None:
        return ctx.note_place
    # a truce with no town is the capital's, not the town the article is about
    # "Ukraine's General Staff said its troops repelled attacks around the town": the town told before, not the
    # country a speaker's name holds
    town = ctx.town_before(d.sentence, lead=not truce) if country_level is None or back else None
    if town is not None:
        return town
    if country_level is None and not truce and ctx.dateline_place is not None:
        return ctx.dateline_place  # "MIRANSHAH, Pakistan - ... in North Waziristan": near the town filed from
    if country_level is not None:
        return country_level
    iso3 = iso3_by_name(ctx.main_country) if ctx.main_country else None
    capital = capital_of_country(iso3) if iso3 else None
    region = (GeoPrecision.REGION, WherePrec.COUNTRY)
    return Location(capital, *region, ctx.main_country) if capital else None


def _placed_in(where: Location, d: Draft) -> bool:
    """'an Israeli drone strike on a car in southern Lebanon killed a Hezbollah fighter': the event's own sentence
    puts it in the country (in, inside, across, near, part of it), which is where it happened, not a country named
    in passing."""
    return bool(where.mention) and bool(re.search(
        r"\b(?:in|inside|across|near|into)\s+(?:the\s+)?(?:(?:far|extreme)\s+)?(?:" + COMPASS_WORDS + r")?\s*"
        + re.escape(where.mention) + r"\b", d.sentence.text, re.I))


def _truce(d: Draft) -> bool:
    """A truce or peace deal with no town is coded to the capital, as a death toll is (issue 13)."""
    from conflictlens.nlp.agreements import is_truce

    return d.trigger.sub_event_type == "Agreement" and is_truce(d.sentence.text)


def _date(d: Draft, ctx: ArticleContext) -> tuple[dt.date, int, int]:
    if d.date is None:
        return ctx.published, 2, 2
    return d.date.date, d.date.time_precision, d.date.date_prec


def _cast(d: Draft, country: str, ctx: ArticleContext | None = None) -> Cast:
    et, sub = d.trigger.event_type, d.trigger.sub_event_type
    actors, roles = _roles(d, ctx)
    t = d.trigger
    if t.key == "armed_clash_victims" and roles.actor1 is not None and t.start <= roles.actor1.start < t.end:
        # "A senior Taliban commander was killed": the group named in the victims' words is the one hit
        roles = replace(roles, actor1=None, actor2=roles.actor2 or roles.actor1)
    for lead in d.leads:
        # The body's "the jets struck" leaves the doer generic; the lead that was folded in often names it
        # ("Warplanes of the U.S.-led coalition bombed ..."): a named doer there wins.
        if _generic(roles.actor1) and lead.trigger.event_type == et:
            lead_actors, lead_roles = _roles(lead, ctx)
            if lead_roles.actor1 is not None and not _generic(lead_roles.actor1):
                actors = actors + lead_actors
                roles = Roles(lead_roles.actor1, roles.actor2 if roles.actor2 is not None else lead_roles.actor2,
                              roles.assoc1 or lead_roles.assoc1, roles.assoc2)
                break
    if _generic(roles.actor1) and d.after is not None:
        # "Fighting broke out between the army and Arakan Army rebels ... The rebels then overran a post": the
        # group named in the fight before
        before = _roles(d.after, ctx)[1]
        named = [m for m in (before.actor1, before.actor2) if m is not None and m.kind == "group"]
        roles = replace(roles, actor1=named[0]) if named else roles
    a1, a2 = side(roles.actor1, country), side(roles.actor2, country)
    assoc1 = tuple(side(m, country).name for m in roles.assoc1)
    a1 = _named_doer(a1, a2, d, actors, roles, ctx, country)
    if not a2.name:
        # "The IRA accepted responsibility for the bombings, which seemed to be aimed at civilians": whom the
        # event's other sentences say it hit
        hit = next((m for m in d.extra_targets if side(m, country).name != a1.name), None)
        a2 = side(hit, country) if hit is not None else a2
    coding = recode(Coding(et, sub, a1, a2, d.trigger.rules), EventView(d, ctx, country, roles))
    a1 = coding.actor1
    return Cast(coding.actor1, coding.actor2, tuple(n for n in assoc1 if n and n != a1.name), (),
                coding.sub_event_type, coding.event_type, coding.rules)


def _roles(d: Draft, ctx: ArticleContext | None) -> tuple[list[ActorMention], Roles]:
    """Who acted and who was hit, from the draft's primary sentence: its parse first, then word order."""
    actors = without_claimant(d) if ctx is not None else d.actors
    actors = _in_clause(d, actors, ctx)
    # A trigger inside an actor's words ("coalition warplanes struck") comes after that actor.
    at = max([d.trigger_offset, *(m.end for m in actors if m.start <= d.trigger_offset < m.end)])
    roles = assign_roles(d.sentence.text, actors, at, d.trigger.event_type)
    if ctx is not None and d.trigger.event_type not in (PROTESTS, RIOTS):
        end = d.trigger_offset + len(d.trigger.text)
        violent = d.trigger.event_type in (BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS)
        parsed = syntactic_roles(d.sentence.text, d.actors, d.trigger_offset, end, ctx.main_country, ctx.country_of,
                                 violent)
        if parsed is not None:
            roles = _with_parse(roles, parsed, one_sided=d.trigger.event_type != BATTLES)
            if parsed.unnamed and parsed.roles.actor1 is None:
                actors = []  # "A missile struck a market ... after air defences intercepted two drones"
    if d.trigger.sub_event_type != "Disrupted weapons use":  # "the army said it foiled a suicide bomb attack"
        roles = _repelled(d.sentence.text, roles, actors, ctx)
    roles = _identified(d.sentence.text, roles, actors)
    if roles.actor1 is not None and _investigates(roles.actor1, d):
        roles = replace(roles, actor1=None)  # "police are hunting a suspect after a bomb exploded"
    return actors, replace(roles, actor1=_owner(d.sentence.text, roles.actor1, actors))


def _with_parse(order: Roles, parsed: Parsed, one_sided: bool = True) -> Roles:
    """The parse's roles, the word-order ones filling what the parse left open (never the parse's target as
    the doer: "Twelve soldiers were killed by a roadside bomb" names no doer; nor any doer where the parse
    shows none is named: "A missile struck a market"). In a one-sided attack, armed actors named beside the
    doer acted with it ("Boko Haram and ISWAP fighters attacked a village"); in a battle they are the other
    side ("Indian and Pakistani troops exchanged fire")."""
    p = parsed.roles
    # nor the target's side, however named again ("Three police officers were killed ..., police said")
    hit = order.actor1 is not None and p.actor2 is not None and order.actor1.name == p.actor2.name
    actor1 = p.actor1 or (None if parsed.unnamed or hit else order.actor1)
    # ("soldiers and police clashed with TPNPB fighters": a fight that names its other side makes them allies)
    with_doer = parsed.co_doers if one_sided or parsed.allied else ()
    sides = {a.name for a in (actor1, *with_doer) if a is not None}
    actor2 = p.actor2 or (None if order.actor2 is not None and order.actor2.name in sides else order.actor2)
    if actor2 is None and not one_sided and parsed.co_doers and not parsed.allied:
        actor2 = parsed.co_doers[0]  # "ELN guerrillas and FARC dissidents fought in Arauca": the other side
    return Roles(actor1, actor2, (*p.assoc1, *with_doer) or order.assoc1, p.assoc2 or order.assoc2)


# "Afghan forces repulsed their attack", "troops repelled a Taliban assault": the defenders are the target.
_REPELLED = re.compile(
    # "troops repelled", "its troops had on Saturday repulsed", "soldiers of the 22nd Infantry Division repelled"
    r"(?:['’]s)?\s+(?:(?!and\b|but\b|then\b)[\w'’-]+\s+){0,6}?"
    r"(?:repell?ed|repulsed|thwarted|foiled|beat back|beat off|fended off|"
    r"fought off|held off|warded off|drove back|turned back|pushed back)\s+"
    r"(?P<what>(?:an?|the|their|its|several|repeated|multiple|numerous|\d+|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|dozens\s+of)\s+"
    r"(?:[\w-]+\s+){0,2}?)(?:attacks?|assaults?|offensives?|ambush|raids?|incursions?|advance)\b(?:\s+by\b)?", re.I)


def _repelled(text: str, roles: Roles, actors: Sequence[ActorMention], ctx: ArticleContext | None = None) -> Roles:
    """State forces that repelled an attack did not start the fight: the attackers are actor1 (named in the
    attack's words, after "by", or before the defenders when the text says "their attack")."""
    a1 = roles.actor1
    m = _REPELLED.match(text, a1.end) if a1 is not None and a1.kind in ("state", "police") else None
    if a1 is None or m is None:
        return roles
    inside = [a for a in actors if m.start("what") <= a.start < m.end() and a.kind in ARMED]
    after = [a for a in actors if a.start >= m.end() and a.kind in ARMED] if m.group(0).endswith("by") else []
    before = [a for a in actors if a.end <= a1.start and a.kind in ARMED and a.name != a1.name]
    own = re.match(r"(?:their|its)\b", m.group("what"), re.I)
    attacker = (inside or after or (before[-1:] if own else []) or [None])[0]
    if attacker is None and ctx is not None:  # "repelled 11 Russian attacks": the state a demonym names
        for w in re.finditer(r"[A-Z][\w.-]+", m.group("what")):
            state = state_of_word(w.group(0), ctx.country_of)
            if state and state != a1.country:
                at = m.start("what") + w.start()
                attacker = state_forces(state, ctx.main_country, at, at + len(w.group(0)), w.group(0))
                break
    # no attacker named here ("The soldiers repulsed the assault"): the defenders are still the target; the
    # event's other sentences may name the attackers
    return replace(roles, actor1=attacker, actor2=a1)


# "gunmen believed to be from JNIM", "militants thought to belong to the Islamic State", "fighters loyal to X"
_IDENTIFIED_AS = re.compile(
    r"\s*,?\s*(?:(?:who|that)\s+(?:are|were)\s+)?(?:(?:believed|suspected|thought|said|alleged|reported|presumed)"
    r"\s+to\s+(?:be(?:long)?|have\s+been)(?:\s+(?:from|with|to|members\s+of|part\s+of|fighters\s+of|"
    r"linked\s+to))?|loyal\s+to|linked\s+to|affiliated\s+(?:with|to)|allied\s+(?:with|to)|belonging\s+to|from)"
    r"\s+(?:the\s+)?", re.I)


def _identified(text: str, roles: Roles, actors: Sequence[ActorMention]) -> Roles:
    """A generic doer the sentence goes on to identify ("Gunmen believed to be from JNIM attacked a post") is the
    group it names."""
    a1 = roles.actor1
    if a1 is None or a1.kind != "unidentified":
        return roles
    m = _IDENTIFIED_AS.match(text, a1.end)
    named = next((a for a in actors if m is not None and a.start == m.end() and a.kind in ("group", "state")), None)
    if named is None:
        return roles
    actor2 = roles.actor2 if roles.actor2 is None or roles.actor2.name != named.name else None
    return replace(roles, actor1=named, actor2=actor2)


def _owner(text: str, m: ActorMention | None, actors: Sequence[ActorMention]) -> ActorMention | None:
    """'The coalition said its aircraft struck ...': a generic noun after its/their is the named actor before."""
    if m is None or not _generic(m) or not re.search(r"\b(?:its|their)\s+$", text[max(0, m.start - 8):m.start]):
        return m
    named = [a for a in actors if a.end <= m.start and not _generic(a) and a.kind in ARMED]
    return named[-1] if named else m


def _generic(m: ActorMention | None) -> bool:
    """No doer, or one named only by a common noun ("jets", "gunmen", "troops"); "the coalition" the article
    named before is specific."""
    if m is None:
        return True
    words = re.sub(r"^(?:the|an?|its|their)\s+", "", m.text, flags=re.I)
    return words.islower() and "coalition" not in words


def _in_clause(d: Draft, actors: list[ActorMention], ctx: ArticleContext | None = None) -> list[ActorMention]:
    """Actors of the trigger's own clause when it names an armed one: in "Houthi shelling hit Taiz and air
    strikes by the coalition hit Sanaa" the coalition did not shell Taiz."""
    from conflictlens.nlp.triggers import find_triggers

    text = d.sentence.text
    events_at = [t.start for t in (ctx.triggers_of(d.sentence) if ctx is not None else find_triggers(text))]
    # Only a cut with an event on each side splits ("X and Y clashed" keeps both sides together).
    inner = [m.start() for m in CLAUSE.finditer(text)
             if any(p < m.start() for p in events_at) and any(p > m.start() for p in events_at)]
    cuts = [0, *inner, len(text) + 1]
    lo = max(c for c in cuts if c <= d.trigger_offset)
    hi = min(c for c in cuts if c > d.trigger_offset)
    own = [m for m in actors if lo <= m.start < hi]
    if not any(m.kind in ARMED for m in own):
        return actors
    # "X fired mortars, machine guns and grenade launchers at positions near Y": a clause of the list that names
    # only the target keeps the sentence's doer named before it (not when "by" names this clause's own doer)
    by_own = re.search(r"\bby\b", text[d.trigger_offset : own[0].start])
    if not by_own and not any(m.start < d.trigger_offset for m in own):
        doers = [m for m in actors if m.start < lo and m.kind in ARMED]
        own = doers[-1:] + own
    return own


# "French police are hunting a suspect", "investigators were questioning two men", "police found five bodies":
# forces that look into the event or come upon what it left
_INVESTIGATING = re.compile(
    r"^\s+(?:(?:are|were|is|was|have|had|has)\s+(?:been\s+)?)?(?:also\s+|now\s+|still\s+|later\s+)?(?:hunting|"
    r"searching for|looking for|seeking|investigating|questioning|probing|combing|launched an? (?:investigation|"
    r"manhunt|search)|(?:found|discovered|recovered|retrieved|exhumed)(?!\s+and\b))\b", re.I)


def _investigates(m: ActorMention, d: Draft) -> bool:
    """The state's forces named in the primary sentence only as those who investigate it are not its doer."""
    text = d.sentence.text
    return (m.kind in ("state", "police") and d.trigger.event_type in (BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS)
            and 0 <= m.start < len(text) and bool(_INVESTIGATING.match(text[m.end:])))


def _unnamed(a1: Side) -> bool:
    return not a1.name or a1.name.startswith("Unidentified Armed Group")


# right before a side the sentence says was harmed: "... and wounded two U.N. peacekeepers", "killing three soldiers"
_HARMED_BEFORE = re.compile(
    r"\b(?:killed|wounded|injured|killing|wounding|injuring)\s+(?:at\s+least\s+|some\s+)?(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|a|an|several|\d+)\s+(?:[\w.-]+\s+){0,2}$", re.I)


def _harmed_here(d: Draft, actors: list[ActorMention]) -> set[str]:
    """The named sides the event's own sentence says were killed or wounded ("Armed men killed eight civilians and
    wounded two U.N. peacekeepers"): no stand-in for its unnamed doer."""
    text = d.sentence.text
    return {m.name for m in actors if _HARMED_BEFORE.search(text, max(0, m.start - 40), m.start)}


def _named_doer(a1: Side, a2: Side, d: Draft, actors: list[ActorMention], roles: Roles,
                ctx: ArticleContext | None, country: str) -> Side:
    """The doer when the primary sentence names nobody, or only "gunmen": in order, a group or state named in
    the event's other sentences, the branch of the police or army the text named, the group a sentence says
    claimed (or was blamed for) it, the group "the militants" refers back to, the article's only group."""
    if _unnamed(a1):
        # "armed men in RSF uniforms", a lead that the body details: a named group beats a generic; a state's
        # forces fill in only where nobody was named ("militants" and "gunmen" are never the army)
        kinds = ("group",) if a1.name else ("group", "state", "police")
        # "as an army convoy was passing, and two soldiers were killed"; "fighting with soldiers and Wagner
        # mercenaries": the target's side
        hit = {m.name for m in (*d.extra_targets, *roles.assoc2)} | _harmed_here(d, actors)
        # (by the name the event gives it: "Police Forces" named without a country are the target's police)
        named = [m for m in [*actors, *d.extra_actors] if m.kind in kinds and m.name not in hit
                 and not m.name.startswith("Unidentified") and side(m, country).name != a2.name
                 and not _investigates(m, d)]
        fallback = named[0] if named else next((m for m in d.extra_actors if m.kind in ARMED and m.name not in hit
                                                and side(m, country).name != a2.name), None)
        if fallback is not None and (not a1.name or named):
            a1 = side(fallback, country)
    # "Police officers" of a note whose opening named the Military Police: the branch the note named
    if a1.name in (forces(country, "Police"), forces(country)):
        branch = next((m for m in [*actors, *d.extra_actors] if m.kind in ("state", "police")
                       and m.name.startswith(("Police Forces of", "Military Forces of")) and "(" in m.name
                       and with_article(country) in m.name and m.name not in faction_names()), None)
        if branch is not None:
            a1 = side(branch, country)
    if _unnamed(a1) or _described(roles.actor1):
        # "Al-Shabaab claimed responsibility for the attack", else "officials blamed the Pakistani Taliban"; a
        # group that claims it names "the Islamist insurgents" who did it
        kinds = ("claimed", "blamed") if _unnamed(a1) else ("claimed",)
        named = [m for kind in kinds for k, m in d.responsible if k == kind and m.name != a2.name]
        if named:
            a1 = side(named[0], country)
    if _unnamed(a1) and roles.actor1 is not None and ctx is not None:
        a1 = _antecedent(roles.actor1, d, ctx, a2) or a1
    sole = _sole_group(ctx)
    if sole and d.trigger.event_type in (BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS) and _unnamed(a1) and (
            sole != a2.name) and not _doer_unknown(d, roles, ctx) and not _other_doer(d, roles):
        # an article that names one armed group only: the unattributed attacks it reports are that group's
        a1 = Side(sole, ctx.groups_named[sole] if ctx is not None else 2)
    return a1


# the words of a doer described, not named: "Islamist insurgents", "suspected jihadist militants"
_DESCRIPTIVE = frozenset({"the", "suspected", "armed", "heavily", "islamist", "islamic", "jihadist", "extremist",
                          "militant", "insurgent", "militants", "insurgents", "jihadists", "islamists", "extremists",
                          "fighters", "gunmen", "rebels", "terrorists", "assailants", "attackers"})


def _described(m: ActorMention | None) -> bool:
    return m is not None and m.kind == "group" and set(m.text.lower().split()) <= _DESCRIPTIVE


_DEFINITE = re.compile(r"^(?:the|these|those)\s", re.I)
# "gunmen from the same group", "fighters belonging to the same militia": the group named before
_SAME_GROUP = re.compile(r"\s+(?:from|of|belonging\s+to|loyal\s+to)\s+the\s+same\s+(?:armed\s+)?(?:group|militia|"
                         r"faction|organi[sz]ation|movement|outfit|network|gang)\b", re.I)


def _antecedent(doer: ActorMention, d: Draft, ctx: ArticleContext, a2: Side) -> Side | None:
    """'ISWAP fighters attacked the base ... the militants then overran Kukawa': a definite generic doer ("the
    militants", "the insurgents"), or one "from the same group", is the armed group named last before it, within
    six sentences (or the one the title names)."""
    if doer.kind != "unidentified" or not (_DEFINITE.match(doer.text) or _SAME_GROUP.match(d.sentence.text, doer.end)):
        return None
    here = d.sentence.index
    before = [(i, name, inter) for i, name, inter in ctx.group_mentions
              if (i < 0 or here - 6 <= i < here) and name != a2.name]
    body = [g for g in before if g[0] >= 0]
    pick = (body or before)[-1:]
    return Side(pick[0][1], pick[0][2]) if pick else None


# "abducted by unidentified armed men": a doer the text calls unidentified
_UNIDENTIFIED = re.compile(r"\b(?:unidentified|unknown)\s+(?:[\w-]+\s+)?$", re.I)
# "It is not clear who fired it", "Police said it was too early to say who was responsible": nobody knows who did it
_NOBODY_KNOWS = re.compile(r"\b(?:(?:is|was|remains|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?(?:clear|known)|"
                           r"unclear)|too[\s\"\u201c\u201d]+early[\s\"\u201c\u201d]+to\s+say|no\s+one\s+knows|(?:did|does)\s+not\s+know)\s+who\b",
                           re.I)


def _doer_unknown(d: Draft, roles: Roles, ctx: ArticleContext) -> bool:
    """The event's doer is called unidentified, or its sentence or the two after it in its paragraph say nobody
    knows who did it: no group named elsewhere in the article stands in for it."""
    doer = roles.actor1
    if doer is not None and _UNIDENTIFIED.search(d.sentence.text, max(0, doer.start - 30), doer.start):
        return True
    here = d.sentence.index
    return any(_NOBODY_KNOWS.search(s.text) for s in ctx.sentences[here : here + 3] if s.paragraph == d.paragraph)


def _other_doer(d: Draft, roles: Roles) -> bool:
    """The doer is told as a doer of another kind than an armed group ("bandits ambushed a bus", "armed robbers
    killed a trader"; the words right before the trigger when no doer was found): the article's one named group
    does not stand in for it."""
    doer = roles.actor1
    if doer is not None:
        return bool(_other_doers().search(doer.text))
    return bool(_other_doers().search(d.sentence.text, max(0, d.trigger_offset - _DOER_REACH), d.trigger_offset))


_DOER_REACH = 30  # characters before the trigger that may hold its unnamed doer ("armed robbers killed")


@cache
def _other_doers() -> re.Pattern[str]:
    return re.compile(r"\b" + alternation("other_doers") + r"\b", re.I)


def _sole_group(ctx: ArticleContext | None) -> str:
    """The one non-state armed group a multi-paragraph article names ("" for a short note or several groups).
    Peacekeepers, multinational missions and contractors (external forces) are no such group: "the UN mission
    said 19 people were killed when armed youth attacked" names nobody who did it."""
    if ctx is None or len(ctx.groups_named) != 1 or ctx.one_paragraph:
        return ""
    name, inter = next(iter(ctx.groups_named.items()))
    return name if inter != Inter.EXTERNAL else ""


def _dedupe(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple[str, int | None, int | None, str]] = set()
    out = []
    for c in claims:
        key = (c.claimant, c.killed, c.injured, c.stance)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _tags(d: Draft) -> tuple[str, ...]:
    tags = []
    for c in d.claims:
        if c.vague_word:
            tags.append(f"vague figure: {c.vague_word}")
    if any(c.stance != "reports" for c in d.claims):
        tags.append("denied by a party")
    return tuple(dict.fromkeys(tags))


def _confidence(d: Draft, cast: Cast) -> float:
    score = 0.35
    score += 0.15 if d.location is not None and d.location.geo_precision <= GeoPrecision.NEAR else 0.05
    score += 0.1 if d.date is not None else 0.0
    score += 0.1 if cast.actor1.name else 0.0
    score += 0.1 if d.claims else 0.0
    score += 0.1 if d.trigger.priority >= 80 else 0.0
    score += 0.05 if len(d.evidence) > 1 else 0.0
    return min(score, 0.95)


__all__ = ["finalize", "Roles"]
