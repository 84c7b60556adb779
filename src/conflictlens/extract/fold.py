"""Whole-article passes, after every sentence is absorbed into drafts (`drafts.absorb`).

- A news lead summarises events the body then details: each lead draft folds into its body draft.
- A violent mention with no place and no toll is evidence of the nearest placed event of its type, not an
  event of its own.
- In a one-paragraph note where no event has a place, the first event is at the town the note is about.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from conflictlens.extract.drafts import (
    BACKGROUND_DAYS,
    Draft,
    add_evidence,
    hit_actors,
    other_weapon_elsewhere,
    same_spot,
    told_by,
    types_agree,
    undated,
)
from conflictlens.extract.grouping import HARM
from conflictlens.nlp.actors import find_actor_mentions
from conflictlens.nlp.claims import find_attribution, not_the_speaker
from conflictlens.nlp.dates import DateMention
from conflictlens.nlp.sentences import Sentence
from conflictlens.taxonomy import BATTLES, PROTESTS, RIOTS, VIOLENCE_AGAINST_CIVILIANS, WherePrec

EXCESSIVE_FORCE = "Excessive force against protesters"

if TYPE_CHECKING:
    from conflictlens.extract.context import ArticleContext
    from conflictlens.nlp.triggers import Trigger


def lone_order(d: Draft) -> tuple[bool, int, int]:
    """Which draft a note is about: the first event, an arrest only when nothing else happened."""
    return d.trigger.sub_event_type == "Arrests", d.sentence.index, d.trigger_offset


_NATIONWIDE = re.compile(
    r"\b(?:nation-?wide|country-?wide|across the country|throughout the country|all over the country)\b", re.I)


def lone_placeable(d: Draft, ctx: ArticleContext) -> bool:
    """May a short note's only event, with no town named, be coded at its country's level? Violence, an arrest or
    a seizure: yes ("Turkish police detained 30 people suspected of links to the PKK"). A protest is local: only
    when the note says it was nationwide ("a countrywide dawn-to-dusk strike"), coded to the capital as ACLED
    does, or when a dateline says where the story was filed; "party members protested against the budget" with no
    town makes no event."""
    if d.trigger.event_type not in (PROTESTS, RIOTS):
        return True
    # "TEGUCIGALPA, May 6 (Wire) - Teachers staged a sit-in outside the education ministry": a wire lead's protest
    # with no town named is where the story was filed
    return bool(_NATIONWIDE.search(ctx.text)) or ctx.dateline_place is not None


def place_lone_event(drafts: list[Draft], ctx: ArticleContext) -> None:
    """'In Barra Mansa, Rio de Janeiro, police went to a neighbourhood. Officers were attacked and a shoot-out
    broke out.': when no event of a one-paragraph note has a place, its first event is at the town the note is
    about, on the day the note opens with (the others are its details, or are dropped as before)."""
    if not drafts or ctx.note_place is None or any(d.location is not None for d in drafts):
        return
    first = min(drafts, key=lone_order)
    where = ctx.note_place
    first.location = where
    first.date = first.date or ctx.note_date
    # the forces or group the address sentence names ("the Military Police carried out an operation")
    opening = next((s for s in ctx.sentences if s.start <= where.start < s.end), None)
    if opening is not None and opening.index != first.sentence.index:
        found = find_actor_mentions(opening.text, where.place.country, ctx.published, ctx.country_of)
        found = not_the_speaker(opening.text, find_attribution(opening.text, ctx.normalize_claimant), found)
        first.extra_actors += [a for a in found if a.kind in ("group", "state", "police")]


def adopt_placeless(drafts: list[Draft], forward: Sequence[Sentence] = (),
                    ctx: ArticleContext | None = None) -> list[Draft]:
    """'The IRA accepted responsibility for the bombings', 'As each bomb exploded there were cries of terror': a
    violent draft with no place and no toll makes no event of its own (finalize drops it); its sentences are
    evidence of the nearest placed event of the same type the text tells, before or after it, and who they say
    did it is said of that event. `forward`: sentences that point back to an event ("these murderous attacks")
    before the text tells any; they are evidence of the first violent event told after them."""
    if ctx is not None:
        harm = [d for d in drafts if d.trigger.event_type in HARM]
        for s in forward:
            later = [p for p in harm if p.sentence.index > s.index]
            actors = find_actor_mentions(s.text, ctx.main_country, ctx.published, ctx.country_of)
            if any(a.kind == "civilians" for a in actors):
                # "the ghastly attacks on innocent people": not the gun battle told next, the bombing after it
                later = [p for p in later if p.trigger.event_type != BATTLES] or later
            if later:
                host = min(later, key=lambda p: p.sentence.index)
                add_evidence(host, s, ctx)
                host.extra_targets += hit_actors(s.text, actors)
    # hosts: events with a place, or with a toll (finalize places those in the town their paragraph named)
    placed = [d for d in drafts if d.trigger.event_type in HARM and (
        d.location is not None or any(c.killed for c in d.claims))]
    if not placed:
        return drafts
    kept = []
    for d in drafts:
        if d.location is not None or d.trigger.event_type not in HARM or any(c.killed for c in d.claims):
            kept.append(d)
            continue
        same = [p for p in placed if p.trigger.event_type == d.trigger.event_type]
        if not same:
            kept.append(d)
            continue
        host = min(same, key=lambda p: abs(p.sentence.index - d.sentence.index))
        _adopt_day(host, d, ctx)
        host.evidence += [e for e in d.evidence if e not in host.evidence]
        host.responsible += [r for r in d.responsible if r not in host.responsible]  # "the IRA accepted ..."
        host.extra_targets += hit_actors(d.sentence.text, d.actors) + d.extra_targets
    return kept


def _adopt_day(host: Draft, detail: Draft, ctx: ArticleContext | None) -> None:
    """'Gunmen killed 14 people near Bunia, officials said on Monday. The attackers struck the village late on
    Saturday': the detail's day dates the event its statement only bounded, when it lies in the week before."""
    if detail.date is None or detail.date.said or detail.date.future or not undated(host):
        return
    bound = host.date.date if host.date is not None else ctx.published if ctx is not None else None
    if bound is not None and told_by(bound, detail.date.date):
        host.date = detail.date


def fold_lead(drafts: list[Draft], published: dt.date | None = None,
              summary: frozenset[int] = frozenset()) -> list[Draft]:
    """A news lead summarises events the body then details: fold each lead draft into the body draft of the
    same event type in a compatible place and time (the detail keeps its type, place and date). An undated
    lead tells the news: it does not fold into a body event told as weeks old. The items of a "Key points" list
    (`summary`: their sentence indices) are leads too."""
    def is_lead(d: Draft) -> bool:
        return d.paragraph == 0 or d.sentence.index in summary

    body = [d for d in drafts if not is_lead(d)]
    kept = list(body)
    for lead in (d for d in drafts if is_lead(d)):
        options = [b for b in body if _lead_tells(lead.trigger, b.trigger)
                   and (_lead_place_agrees(lead, b) or (lead.sentence.index in summary and _same_day_province(lead, b)))
                   and _lead_date_agrees(lead.date, b.date, published) and not other_weapon_elsewhere(lead, b)]
        if not options:
            kept.append(lead)
            continue
        target = max(options, key=lambda b: (b.trigger.sub_event_type == lead.trigger.sub_event_type,
                                             b.location is not None, -b.paragraph))
        target.leads.append(lead)
        target.claims += [c for c in lead.claims if c not in target.claims]
        target.evidence = [e for e in lead.evidence if e not in target.evidence] + target.evidence
        target.counts += lead.counts
        if lead.date is not None and (target.date is None or lead.date.time_precision < target.date.time_precision):
            target.date = lead.date  # the body often leaves the day to the lead ("The grenade exploded ...")
        if target.location is None:
            target.location = lead.location
    return sorted(kept, key=lambda d: min(e.start for e in d.evidence) if d.evidence else 0)


def _same_day_province(item: Draft, body: Draft) -> bool:
    """A summary item dated to the day ("- Seven civilians were killed on the Komanda-Luna road on Saturday, 1 March")
    tells the body's event of that day in the same province, wherever each places it (the item names the road, the
    body the town it runs from or the territory's administration)."""
    a, b = item.location, body.location
    return (item.date is not None and body.date is not None and item.date.date == body.date.date
            and item.date.time_precision == 1 and a is not None and b is not None
            and a.place.country == b.place.country and bool(a.place.admin1) and a.place.admin1 == b.place.admin1)


def _lead_tells(lead: Trigger, body: Trigger) -> bool:
    """Whether a lead's event can be the body's: the same event type, or people the lead says were killed or
    shot ("security forces shot dead five people in Monywa") whom the body shows marching or protesting when
    fired on (excessive force against protesters: the detail names the victims)."""
    if lead.event_type == VIOLENCE_AGAINST_CIVILIANS and body.sub_event_type == EXCESSIVE_FORCE:
        return True
    return types_agree(body, lead) and body.event_type == lead.event_type


def _lead_date_agrees(lead: DateMention | None, body: DateMention | None, published: dt.date | None = None) -> bool:
    """A lead's one date often spans its clauses ("bombers struck on Sunday, a day after insurgents attacked
    Dikwa"): within three days of the body's date is the same event. An undated lead tells the news: the body
    event must not be older than the background window."""
    if body is None:
        return True
    if lead is None:
        return published is None or (published - body.date).days <= BACKGROUND_DAYS
    return abs((lead.date - body.date).days) <= 3


def _lead_place_agrees(lead: Draft, body: Draft) -> bool:
    """A lead placed at a town tells the body's event at that spot; one placed in a province ("air strikes on a
    village in the central Sagaing region"), one in that province (not "a bomb exploded ... in Yangon"); one
    placed in the country only, any in the country. A listed division ("in Soum province") is placed at its seat
    but covers its towns: one in its province."""
    a, b = lead.location, body.location
    if a is None or b is None:
        return True
    if a.place.country != b.place.country:
        return False
    if a.local and a.place.kind != "admin2":
        return same_spot(a.place, b.place)
    return a.where_prec >= WherePrec.COUNTRY or not (a.place.admin1 and b.place.admin1) \
        or a.place.admin1 == b.place.admin1
