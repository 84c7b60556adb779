"""Event drafts: sentence facts grouped into one draft per real event, merged across the article.

Rules (why, not what):
- A sentence may hold several events (`grouping` splits its triggers into them, by clause and place).
- Articles name an event several times (a summary lead, then the detail): a new mention joins an earlier
  draft when the types are compatible, the places agree (same place, within 25 km, or one is the province or
  country of the other, or one has no place and they sit in the same or adjacent paragraphs) and the dates
  do not contradict.
- A sentence with figures but no trigger ("The Observatory put the toll at 14") adds its claim to the event
  in focus: the draft touched last, if it is in the same or the previous paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from conflictlens.extract.draft_index import Drafts
from conflictlens.extract.grouping import HARM, group_triggers
from conflictlens.extract.recode import unaccounted
from conflictlens.extract.sentence_rules import NEXT_SENTENCE_RULES
from conflictlens.geo.countries import normalise
from conflictlens.geo.distance import haversine_km as km
from conflictlens.models import Claim, Evidence, Location, Place
from conflictlens.nlp import claims as claims_mod
from conflictlens.nlp.actors import ActorMention, is_hit, named_groups
from conflictlens.nlp.claims import Attribution
from conflictlens.nlp.dates import DateMention
from conflictlens.nlp.numbers import OF_THE_WOUNDED_DIED, Count, latest_toll, of_the_wounded, risen_toll
from conflictlens.nlp.sentences import Sentence, is_entry, is_heading
from conflictlens.nlp.triggers import Trigger
from conflictlens.taxonomy import (
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    STRATEGIC,
    VIOLENCE_AGAINST_CIVILIANS,
    WherePrec,
)

if TYPE_CHECKING:
    import datetime as dt

    from conflictlens.extract.context import ArticleContext, SentenceFacts
    from conflictlens.geo.geocode import PlaceMention

MERGE_KM = 25.0
# Older than this before publication (or known to the year only): context, not this week's news. A news
# report covers the last days; an event three weeks old that it names is almost always recalled for context
# (our article gold: current events are at most 13 days old, background ones mostly 30 days or more).
BACKGROUND_DAYS = 21


def past_the_news(day: dt.date, ctx: ArticleContext) -> bool:
    """Whether an event of `day` is told as background by its age: more than `BACKGROUND_DAYS` before publication,
    unless it falls in the month a periodic report covers (`ArticleContext.in_report_month`)."""
    return (ctx.published - day).days > BACKGROUND_DAYS and not ctx.in_report_month(day)


@dataclass
class Draft:
    trigger: Trigger
    sentence: Sentence
    location: Location | None
    date: DateMention | None
    paragraph: int
    actors: list[ActorMention] = field(default_factory=list)  # of the primary sentence (offsets valid there)
    attribution: Attribution | None = None  # who the primary sentence says is speaking
    extra_actors: list[ActorMention] = field(default_factory=list)  # named in the event's other sentences
    # who the event's other sentences say it hit ("which seemed to be aimed at civilians")
    extra_targets: list[ActorMention] = field(default_factory=list)
    trigger_offset: int = 0  # trigger start within `sentence`
    claims: list[Claim] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    touched: int = 0  # index of the last sentence that added to it
    detailed: int = -1  # index of the last sentence that detailed it by its town alone (_detail_by_place)
    leads: list[Draft] = field(default_factory=list)  # lead drafts folded into this one (fold_lead)
    after: Draft | None = None  # the fight a capture told as what came next followed ("the rebels then overran")
    reach: int = -1  # the paragraph of the last sentence that added to it (add_evidence)
    # who another sentence says did it: ("claimed" | "blamed", the group) - "IS claimed the bombing"
    responsible: list[tuple[str, ActorMention]] = field(default_factory=list)

    def __setattr__(self, name: str, value: object) -> None:
        object.__setattr__(self, name, value)
        index = self.__dict__.get("_index")
        if index is not None:  # re-filed where merges look for it (draft_index)
            index.changed(self, name)


def absorb(drafts: list[Draft], facts: SentenceFacts, ctx: ArticleContext) -> list[Draft]:
    """Add one sentence's facts to the article's drafts (returns them, indexed for the next sentence)."""
    if not isinstance(drafts, Drafts):
        drafts = Drafts(drafts, radius_km=MERGE_KM, harmless=lambda d: _harmless(d.trigger))
    s = facts.sentence
    if is_heading(s, ctx.sentences) and (headed := _headed(drafts, s)) is not None:
        add_evidence(headed, s, ctx)  # "THE RAID ON BONI": the section below details the raid told before
        headed.touched = s.index
        return drafts
    last = _focus(drafts, s)  # the event in focus; `violent`: the last one that can cause a toll
    violent = _focus(drafts, s, harmed=True)
    party = claims_mod.responsible_party(s.text, facts.actors)
    # (a force's word that it struck is of the strike told before only when the sentence tells no event of its own:
    # "the Air Force said its jets bombed a camp" is a new strike, not the abduction told before)
    if party is not None and violent is not None and s.paragraph - violent.paragraph <= 2 and not (
            facts.triggers and claims_mod.owns_strike(s.text)):
        violent.responsible.append((party[1], party[0]))
        add_evidence(violent, s, ctx)  # "Islamic State's regional branch claimed responsibility": of the event
    if last is not None:  # a protest's next sentence: the force that fired on it or broke it up
        after = _right_after(last, s)
        recoded = next((t for rule in NEXT_SENTENCE_RULES if (t := rule(last.trigger, facts, after))), None)
        if recoded is not None:
            last.trigger = recoded
            last.extra_actors += facts.actors  # the forces that fired or intervened
            if recoded.key == "excessive_force" and _has_claim(facts):
                _add_claim(last, facts, ctx, facts.counts)
            add_evidence(last, s, ctx)
            last.touched = s.index
            return drafts
    if last is not None and _unaccounted_after(last, facts):
        add_evidence(last, s, ctx)  # an event rule reads it (recode.disappeared_in_custody)
        last.touched = s.index
        return drafts
    if facts.triggers and last is not None and _arrests_after(last, facts):
        add_evidence(last, s, ctx)
        last.touched = s.index
        return drafts
    if not facts.triggers or _continues(violent, facts):
        focus = violent if any(c.kind in ("killed", "injured") for c in facts.counts) else last
        if focus is not None and other_items(focus.sentence, s):
            focus = None
        if not facts.triggers:
            _detail_by_place(drafts, facts, ctx)
        if focus is not None and not facts.triggers:
            _locate_vague(focus, facts, ctx)
        if focus is not None and _has_claim(facts):
            counts = _later_death_counts(facts, focus) if _died_later(focus.date, facts) else facts.counts
            _add_claim(focus, _told_on(facts, focus, counts), ctx, counts)
            add_evidence(focus, s, ctx)
            focus.extra_targets += hit_actors(s.text, facts.actors)  # "Three policemen were killed"
            focus.touched = s.index
        elif not facts.triggers and (_REMENTION.search(s.text) or _WHEN_IT_HAPPENED.search(s.text)):
            earlier = _latest_harm(drafts)
            if earlier is not None:  # "He said no group had claimed responsibility for the explosion."
                add_evidence(earlier, s, ctx)
                _date_told_after(earlier, s, facts.date)
            else:  # "In the light of these murderous attacks, ...": the event is told further on
                drafts.forward.append(s)
        return drafts
    after_crowd = last is not None and last.trigger.event_type in (PROTESTS, RIOTS) and _right_after(last, s)
    groups = group_triggers(facts, ctx, after_crowd)
    apart = bool(_ANOTHER.match(s.text))  # "Separately, ...", "The same day, ...": another incident
    for trigger, location, counts in groups:
        # two events of one sentence, each told with a day of its own, keep their own days
        date = ctx.clause_date(s, trigger.start, facts.date) if len(groups) > 1 else facts.date
        new = Draft(trigger, s, location, date, s.paragraph, actors=list(facts.actors),
                    attribution=facts.attribution,
                    trigger_offset=trigger.start, triggers=[trigger], touched=s.index)
        if party is not None:
            new.responsible.append((party[1], party[0]))
        if _has_claim(facts) and counts is not None:
            _add_claim(new, facts, ctx, counts)
        add_evidence(new, s, ctx)
        # A news lead summarises what the body details: a body mention never merges into (and takes the
        # type of) a lead draft; fold_lead folds the lead into the body at the end.
        def takes(d: Draft, new: Draft = new) -> bool:
            return ((d.paragraph > 0 or s.paragraph == 0) and compatible(d, new)
                    and not (apart and d.sentence.index != s.index) and not _taken_after(d, new)
                    and not _struck_after(d, new) and not _past_told_after(d, new, ctx.published))
        # "Residents of Mandera said the vehicle was hit as it left the town. In the ensuing firefight, ...": a
        # placeless event of the same kind right after a sentence that detailed an event by its town goes on with
        # that event, not with the newest one told
        detailed = next((d for d in drafts.finder.near(s.paragraph) if d.detailed == s.index - 1
                         and d.trigger.sub_event_type == trigger.sub_event_type and takes(d)),
                        None) if new.location is None else None
        match = detailed or drafts.finder.merge_target(new, takes)
        if match is None and last is not None and new.location is None and _right_after(last, s) and (
                _taken_after(last, new) or _struck_after(last, new)):
            # "The rebels then overran a border guard post", "The air force later bombed their positions east of
            # the city": what followed, where the first event was (the capture by the group that fought there)
            new.location, new.date = last.location, new.date or last.date
            new.after = last if _taken_after(last, new) else None
        earlier = _remention_of(drafts, new) if match is None and not apart else None
        if earlier is not None:  # "the explosion", "Saturday's attack": the event told before, told again
            add_evidence(earlier, s, ctx)
            earlier.claims += [c for c in new.claims if c not in earlier.claims]
            _date_told_after(earlier, s, new.date)
        elif match is None:
            drafts.append(new)
        else:
            merge_into(match, new)
    return drafts


# A sentence that opens by setting its event beside the last one tells another incident, never more of the same:
# "Separately, ...", "In another attack ...", "Elsewhere, ...", "The same day, ...", "Also on Sunday, ...".
_ANOTHER = re.compile(
    r"^\W*(?:separately|elsewhere|in (?:a |another )?(?:separate|other|second|third|further|related|similar)\b|"
    r"in another\b|(?:on )?the same (?:day|night|morning|evening|afternoon)\b|(?:also|later|earlier) (?:on|that|"
    r"the same) \w+\b|a day (?:earlier|later)\b|the (?:previous|next|following) (?:day|night)\b)", re.I)
# "the explosion", "these attacks", "Saturday's bombing", "its attack", "as each bomb exploded": an event word with
# a determiner that points back to an event already told.
_BACK = re.compile(r"(?:\b(?:the|this|that|these|those|its|their|his|her|last|each|every|another)|\w+['’]s)\s+"
                   r"(?:[\w-]+\s+){0,2}$", re.I)
REMENTION_LOOKBACK = 40  # drafts looked at, newest first: the cost per sentence stays bounded


_EVENT_NOUNS = r"explosions?|blasts?|bombings?|bomb|attacks?|shootings?|ambush|raid|strikes?|massacre|killings?|assault"
# "the army said the attack had been 'vigorously repelled'", "the assault was beaten back": a verb told of the event
# named before it (its subject), in the passive
_TOLD_OF_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:" + _EVENT_NOUNS + r"|offensive|"
    r"incursion|infiltration|advance)\s+(?:had|has|have|was|were)\s+(?:been\s+)?(?:[\"“']?\w+ly[\"”']?\s+)?[\"“']?$",
    re.I)
# "Troops repelled the attack", "soldiers repulsed the assault", "police fought off the raid": a verb whose object
# names the event told before
_COUNTERED_BEFORE = re.compile(
    r"[\w-]+(?:\s+(?:off|back))?\s+(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + _EVENT_NOUNS
    + r"|offensive|incursion|infiltration|advance)\b", re.I)
_REMENTION = re.compile(
    r"(?:\b(?:the|this|that|these|those|its|their|his|her)|\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:" + _EVENT_NOUNS + r")\b",
    re.I)
# "The attack took place on Saturday night", "The incident happened late on Monday", "The raid, which residents said
# lasted hours, occurred before dawn on Friday": the event told before, named again to say when it happened.
_WHEN_IT_HAPPENED = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:" + _EVENT_NOUNS + r"|incidents?|clash(?:es)?)"
    r"\b[^.;]{0,60}?\b(?:took place|happened|occurred|unfolded|(?:was|were) (?:carried out|staged|launched))\b", re.I)


def _date_told_after(earlier: Draft, s: Sentence, date: DateMention | None) -> None:
    """'Gunmen killed six farmers in a village in Benue State. The attack took place on Saturday night': the
    day a later sentence gives the event it names again, when the event's own sentence gave none."""
    if undated(earlier) and date is not None and _WHEN_IT_HAPPENED.search(s.text):
        earlier.date = date


def _headed(drafts: list[Draft], s: Sentence) -> Draft | None:
    """The event told before whose place a section's heading names ("THE STRIKE AT AGUELHOK", "The raid on Boni"),
    the latest of them; the sentences under the heading detail it."""
    words = normalise(s.text)  # the gazetteer's key: "AGUELHOK" and "Aguelhok", "SÉVARÉ" and "Sevare" compare equal
    for d in reversed(drafts[-REMENTION_LOOKBACK:]):
        if d.location is None or d.location.where_prec >= WherePrec.COUNTRY:
            continue
        # the place as the gazetteer and as the text spell it ("Aribinda", "Arbinda")
        names = {normalise(d.location.place.name), normalise(d.location.mention)} - {""}
        if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words) for name in names):
            return d
    return None


def _remention_of(drafts: list[Draft], new: Draft) -> Draft | None:
    """The violent event a placeless, determiner-led mention of violence refers back to: the latest one told
    (however many paragraphs before), so the sentence is its evidence, not an event of its own."""
    if new.location is not None or new.trigger.event_type not in HARM:
        return None
    before = new.sentence.text[: new.trigger_offset]
    if not (_BACK.search(before) or _TOLD_OF_BEFORE.search(before)
            or _COUNTERED_BEFORE.match(new.sentence.text, new.trigger_offset)
            or _DOERS_NAMED_BACK.search(new.sentence.text) and not new.date):
        return None
    return _latest_harm(drafts)


# "Two passengers were shot dead before the attackers fled", "... as the gunmen went from house to house": the
# doers named back, after the harm, in a sentence with no place or day of its own
_DOERS_NAMED_BACK = re.compile(
    r"\b(?:before|as|while|after|when|until)\s+(?:the|their)\s+(?:attackers|assailants|gunmen|raiders|militants|"
    r"bandits|insurgents|fighters|jihadists|kidnappers|robbers|assaulters)\b", re.I)


def _latest_harm(drafts: list[Draft]) -> Draft | None:
    for d in reversed(drafts[-REMENTION_LOOKBACK:]):
        if d.trigger.event_type in HARM and d.location is not None:
            return d
    return None


def _locate_vague(focus: Draft, facts: SentenceFacts, ctx: ArticleContext) -> None:
    """'Two bombers blew themselves up in northeastern Nigeria ... The bombers struck the market in Konduga':
    the sentence right after an event placed no closer than a province names its town."""
    s = facts.sentence
    if s.index - focus.touched > 1 or (focus.location is not None and focus.location.local):
        return
    if focus.location is None and focus.date is None:
        return  # an undated, placeless mention ("had suspended kidnappings") is not an event to place
    towns = [loc for loc in (ctx.locate(m) for m in facts.places) if loc is not None and loc.place.kind != "country"]
    if focus.location is not None:  # the town must lie inside the province or country the event was placed in
        wide, country_wide = focus.location.place, focus.location.where_prec >= WherePrec.COUNTRY
        towns = [t for t in towns
                 if t.place.country == wide.country and (country_wide or t.place.admin1 == wide.admin1)]
    if towns:
        focus.location = towns[0]
        focus.touched = s.index


def _detail_by_place(drafts: Drafts, facts: SentenceFacts, ctx: ArticleContext) -> None:
    """'The attackers, believed to be ADF fighters, entered the village on the outskirts of Oicha late on
    Tuesday': a sentence with no event of its own that names an event's town details it — the day the event
    lacked, and the armed group that did it."""
    s = facts.sentence
    places = [loc for loc in (ctx.locate(m) for m in facts.places) if loc is not None and loc.local]
    for d in drafts.finder.near(s.paragraph):
        if d.location is None or not d.location.local or s.paragraph - d.paragraph > 1:
            continue
        if not any(same_spot(p.place, d.location.place) for p in places):
            continue
        if undated(d) and facts.date is not None:
            d.date = facts.date
        actors = facts.actors or tuple(named_groups(s.text, d.location.place.country, ctx.published))
        d.extra_actors += [a for a in actors if a.kind == "group" and not a.name.startswith("Unidentified")]
        add_evidence(d, s, ctx)
        d.detailed = s.index  # "In the gunfight that followed, ...", told next, goes on with it


def _right_after(d: Draft, s: Sentence) -> bool:
    """Sentence `s` follows the last sentence that added to `d`, in the same paragraph."""
    return d.paragraph == s.paragraph and s.index - d.touched <= 1


def _unaccounted_after(focus: Draft, facts: SentenceFacts) -> bool:
    """'Russian forces detained a council member at a checkpoint. His whereabouts remain unknown.': the sentence
    right after an arrest (no place, no event of its own) that says nobody knows where the person is belongs to it."""
    return (focus.trigger.sub_event_type == "Arrests" and not facts.places and not facts.triggers
            and _right_after(focus, facts.sentence) and unaccounted(facts.sentence.text))


def _arrests_after(focus: Draft, facts: SentenceFacts) -> bool:
    """'... seized a ton of marijuana. Three men were arrested.': arrests told right after another event (the
    draft in focus), with no place of their own, are part of it, not an event of their own."""
    if facts.places or not all(t.sub_event_type == "Arrests" for t in facts.triggers):
        return False
    return focus.trigger.sub_event_type != "Arrests" and _right_after(focus, facts.sentence)


def _continues(violent: Draft | None, facts: SentenceFacts) -> bool:
    """'A rescue team in the town said six people were killed': a placeless sentence whose only triggers read
    the event through its victims gives another figure for the violent event just described (`violent`), not
    a new event, unless it dates its figure apart from that event."""
    if _own_places(facts) or not all(t.kind == "weak" for t in facts.triggers) or not _has_claim(facts):
        return False
    # "The war, which erupted in April 2023, has killed tens of thousands": a figure dated apart is not this event's
    if violent is None or _harmless(violent.trigger):
        return False
    return _dates_agree(violent.date, facts.date) or _died_later(violent.date, facts)


# A victim who died later, in hospital or of wounds, on a later day: "On Wednesday the toll rose to six after a young
# man died at the medical college hospital", "A fourth victim died on Wednesday at the teaching hospital"
_LATER_DEATH = re.compile(
    r"\b(?:died|succumbed|passed\s+away)\b[^.;]{0,80}?\b(?:hospitals?|clinics?|infirmary|wounds|injuries)\b|"
    + OF_THE_WOUNDED_DIED + r"|"
    r"\bsuccumbed\b|\btoll\s+(?:later\s+)?(?:rose|climbed|has\s+risen|had\s+risen|increased|went\s+up)\s+to\b",
    re.I)
_DIED_WITHIN_DAYS = 14


def _died_later(event: DateMention | None, facts: SentenceFacts) -> bool:
    """Whether the sentence tells a victim of the event dying later, within two weeks of it (the day of a death
    is not the event's)."""
    if not _LATER_DEATH.search(facts.sentence.text):
        return False
    return event is None or facts.date is None or 0 <= (facts.date.date - event.date).days <= _DIED_WITHIN_DAYS


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
_ORDINAL_ONE = re.compile(r"(?:a|an|the)\s+(?P<n>" + "|".join(_ORDINALS) + r")\b", re.I)


def _later_death_counts(facts: SentenceFacts, event: Draft) -> list[Count]:
    """The event's figure a later death gives: the toll it rose to ("the toll rose to six after a young man died":
    six, not seven), the victim's rank ("a fourth victim died": four), or the dead told before and those of the
    wounded who died ("killing eight ... Two of the wounded later succumbed": ten); else the sentence's figures."""
    tolls = risen_toll(facts.sentence.text, facts.counts)
    if tolls:
        return tolls
    before = max((c.killed or 0 for c in event.claims), default=0)
    out = []
    for c in facts.counts:
        m = _ORDINAL_ONE.match(c.text)
        n = _ORDINALS[m.group("n").lower()] if m and c.kind == "killed" and c.value == 1 else None
        if of_the_wounded(c) and c.value is not None and not c.part:  # (a toll told beside them holds them)
            n = before + c.value
        out.append(replace(c, value=n, low=n, high=n) if n else c)
    return out


def _told_on(facts: SentenceFacts, event: Draft, counts: list[Count]) -> SentenceFacts:
    """"... killing six soldiers, the army said. Two of the wounded soldiers died overnight.": those of the wounded
    who died, told by no one, carry on the account of the dead told before (the army's: eight), not a rival one."""
    if facts.attribution is not None or not any(of_the_wounded(c) and not c.part for c in counts):
        return facts
    told = max((c for c in event.claims if c.killed), key=lambda c: c.killed or 0, default=None)
    if told is None:
        return facts
    return replace(facts, attribution=Attribution(told.claimant, "reports", None, ""))


def _own_places(facts: SentenceFacts) -> list[PlaceMention]:
    """The sentence's places outside the name of who speaks: "according to the Irumu territorial administration", "the
    Djugu health zone said" name the speaker's seat, not a new place for the figure."""
    span = claims_mod.speaker_span(facts.sentence.text, facts.attribution) if facts.places else None
    if span is None:
        return list(facts.places)
    start, end = span[0] + facts.sentence.start, span[1] + facts.sentence.start
    return [m for m in facts.places if not (start <= m.start and m.end <= end)]


def _has_claim(facts: SentenceFacts) -> bool:
    counts = [c for c in facts.counts if not c.tally and c.kind in ("killed", "injured", "affected", "abducted")]
    denial = facts.attribution is not None and facts.attribution.stance != "reports"
    return bool(counts) or denial


def _focus(drafts: Drafts, s: Sentence, harmed: bool = False) -> Draft | None:
    """The event a trigger-less sentence continues: the draft touched last, within a paragraph of the last
    sentence that added to it ("... claimed responsibility. / A health official put the death toll at 25"). A
    death or injury toll goes to the last event that can cause one, not to an arrest or a curfew named after it."""
    focus = drafts.finder.latest(harmful=harmed)
    if focus is None:
        return None
    return focus if s.paragraph - max(focus.paragraph, focus.reach) <= 1 else None


def _harmless(t: Trigger) -> bool:
    return t.event_type == STRATEGIC or t.sub_event_type == "Peaceful protest"


def compatible(old: Draft, new: Draft) -> bool:
    return types_agree(old.trigger, new.trigger) and _places_agree(old, new) and _dates_agree(old.date, new.date) \
        and not other_items(old.sentence, new.sentence) and not other_weapon_elsewhere(old, new)


def other_weapon_elsewhere(old: Draft, new: Draft) -> bool:
    """'The strike on a school in Jabalia ...' and 'In Gaza City, Hamas said its fighters detonated an explosive
    device under a tank': an air strike and a bomb, each at a town of its own, are two events however close the
    towns (a lead's vague "blast" has no weapon of its own: it is an explosion, not a bomb)."""
    a, b = old.location, new.location
    if a is None or b is None or not (a.local and b.local) or a.place.name == b.place.name:
        return False
    return old.trigger.event_type == new.trigger.event_type == EXPLOSIONS \
        and old.trigger.sub_event_type != new.trigger.sub_event_type \
        and not _NO_WEAPON.search(old.trigger.text) and not _NO_WEAPON.search(new.trigger.text)


# an explosion told by its noise, not its weapon
_NO_WEAPON = re.compile(r"\b(?:explosions?|blasts?|exploded|explodes?|went off|goes off|detonat\w+)\b", re.I)


def other_items(a: Sentence, b: Sentence) -> bool:
    """Two items of a bulleted list ("- Strikes hit Hodeidah port; nine killed", "- Four killed in strike on a
    house in Sanaa"), or two entries of a timeline or live blog ("Monday, 09:40 - ...", "15:10 - ..."): each tells
    its own event, never a detail of the other's."""
    return a.index != b.index and is_entry(a) and is_entry(b)


def types_agree(a: Trigger, b: Trigger) -> bool:
    if a.event_type == b.event_type:
        return a.event_type != STRATEGIC or a.sub_event_type == b.sub_event_type
    pair = {a.event_type, b.event_type}
    return pair in (
        {BATTLES, EXPLOSIONS},
        {EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS},
        {PROTESTS, RIOTS},
    )


def _places_agree(old: Draft, new: Draft) -> bool:
    a, b = old.location, new.location
    if a is None or b is None:  # "the town", "there": the event just described
        same_kind = old.trigger.event_type == new.trigger.event_type
        # (or the one the sentence before detailed by its town: "Witnesses in Mandera said ... In the ensuing ...")
        return new.paragraph == old.paragraph or (same_kind and (new.touched - old.touched <= 2
                                                                 or new.touched - old.detailed <= 1))
    pa, pb = a.place, b.place
    if pa.name == pb.name and pa.country == pb.country:
        return True
    if pa.country != pb.country:
        return False
    if "country" in (pa.kind, pb.kind):
        return True
    if not (a.local and b.local) or "admin2" in (pa.kind, pb.kind):
        # a province-level mention covers its towns; so does a listed division ("Maguindanao del Sur"), whose towns
        # the gazetteer does not list: within its province
        return bool(pa.admin1) and pa.admin1 == pb.admin1
    # Two named towns are one place only when close; "near X" widens the circle.
    limit = MERGE_KM if max(a.geo_precision, b.geo_precision) >= 2 else 10.0
    return km(pa.latitude, pa.longitude, pb.latitude, pb.longitude) <= limit


def undated(d: Draft) -> bool:
    """The draft's sentences gave no day of its own: none, or only the day a statement reported it."""
    return d.date is None or d.date.said


def told_by(said: dt.date, day: dt.date) -> bool:
    """An event a statement on day `said` reports happened that day or in the week before it."""
    return 0 <= (said - day).days <= 7


def _dates_agree(a: DateMention | None, b: DateMention | None) -> bool:
    if a is None or b is None:
        return True
    if a.date == b.date:
        return True
    if a.said != b.said:  # "nine were killed, police said on Monday": that day or the week before it
        said, told = (a, b) if a.said else (b, a)
        return told_by(said.date, told.date)
    if max(a.time_precision, b.time_precision) >= 2:
        return abs((a.date - b.date).days) <= 7 and min(a.date_prec, b.date_prec) < 5
    return False


def merge_into(old: Draft, new: Draft) -> None:
    # A later sentence's bare "riots" names riots in general ("after the riots in the prisons the previous week"),
    # not this crowd's acts; its acts ("set barricades on fire") or the same sentence do.
    same_time = new.sentence.index == old.sentence.index or (
        new.date is None and new.trigger.text.lower() not in ("riot", "riots", "rioting"))
    if _new_leads(old.trigger, new.trigger, same_time=same_time):
        old.extra_actors += without_claimant(old)  # the one who only spoke of the event did not do it
        old.trigger, old.sentence, old.trigger_offset = new.trigger, new.sentence, new.trigger_offset
        old.attribution = new.attribution
        old.actors = new.actors
    else:
        # who a detail sentence says was hit ("crashed into a NATO patrol") is no candidate for the doer
        hit = hit_actors(new.sentence.text, new.actors)
        old.extra_actors += [a for a in without_claimant(new) if a not in hit]
        old.extra_targets += hit
    old.extra_targets += new.extra_targets
    if new.location is not None and (old.location is None or _more_precise(new.location, old.location)):
        old.location = new.location
    if new.date is not None and (old.date is None or (old.date.said and not new.date.said)
                                 or new.date.time_precision < old.date.time_precision):
        old.date = new.date
    old.claims += [c for c in new.claims if c not in old.claims]
    old.evidence += [e for e in new.evidence if e not in old.evidence]
    old.counts += new.counts
    old.triggers += new.triggers
    old.responsible += [r for r in new.responsible if r not in old.responsible]
    old.touched = max(old.touched, new.touched)


def without_claimant(d: Draft) -> list[ActorMention]:
    """The actors of the primary sentence less the one who only speaks (`claims.not_the_speaker`)."""
    return claims_mod.not_the_speaker(d.sentence.text, d.attribution, d.actors)


def hit_actors(text: str, actors: Sequence[ActorMention]) -> list[ActorMention]:
    """The actors the sentence `text` says were hit (`actors.is_hit`)."""
    return [a for a in actors if is_hit(text, a)]


def _past_told_after(old: Draft, new: Draft, published: dt.date) -> bool:
    """"The army said it ... killed more than 30 attackers." then, paragraphs on, "the region has been a battleground
    since June 2011, when fighting erupted in Kadugli": an event dated long before the article, told after an undated
    one with a death toll of its own in another paragraph, is background, not that event's date. (An undated mention
    with no toll, "the fighting", may well be the old event told first.)"""
    return (new.date is not None and not new.date.said and (published - new.date.date).days > BACKGROUND_DAYS
            and undated(old) and old.paragraph != new.paragraph and any(c.killed for c in old.claims))


def _taken_after(old: Draft, new: Draft) -> bool:
    """'Fighting broke out near Sittwe. The rebels then overran a border guard post': a capture a later sentence
    tells as what came next (then, later, subsequently) is an event of its own, not a new type for the fight.
    A capture told without such a word is the fight's outcome ("M23 took control of the town"): one event."""
    return new.trigger.kind == "territory" and old.trigger.kind != "territory" and _told_next(old, new)


def _struck_after(old: Draft, new: Draft) -> bool:
    """'RSF fighters shelled a camp near El Fasher. The air force later bombed RSF positions east of the city': a
    strike, fight or attack of another kind that a later sentence tells as what came next is an event of its own,
    not a new type for the first (the capture that follows a fight is `_taken_after`'s)."""
    return new.trigger.kind != "territory" and {old.trigger.event_type, new.trigger.event_type} <= HARM and \
        old.trigger.sub_event_type != new.trigger.sub_event_type and _told_next(old, new)


def _told_next(old: Draft, new: Draft) -> bool:
    """A later sentence tells `new` as what came next: "then", "later" before its words or among them ("the
    air force later bombed")."""
    t = new.trigger
    return old.sentence.index != new.sentence.index and bool(
        _THEN.search(new.sentence.text, 0, t.start) or _NEXT_WORD.search(t.text)
        or _THEN_AFTER.match(new.sentence.text, t.end))


_NEXT = r"then|later|subsequently|afterwards|eventually|went on to"
_THEN = re.compile(r"\b(?:" + _NEXT + r")\s+(?:[a-z]+\s+)?$", re.I)
_NEXT_WORD = re.compile(r"\b(?:" + _NEXT + r")\b", re.I)
_THEN_AFTER = re.compile(r"\s+(?:" + _NEXT + r")\b", re.I)  # "coalition jets then struck"


def _new_leads(old: Trigger, new: Trigger, same_time: bool = True) -> bool:
    """Across sentences the first description of an event sets its type ("warplanes struck X" ... "the
    fighting"), unless the later one is more specific of the same type, a territory change or a chemical."""
    if old.event_type == new.event_type:
        return new.priority > old.priority
    if (old.event_type, new.event_type) == (PROTESTS, RIOTS):
        # the crowd turned violent: the riot names the event, unless it is dated apart ("riots in the prisons
        # the previous week" recalled in a protest note)
        return same_time
    return new.kind == "territory" or new.key == "chemical"


def same_spot(a: Place, b: Place) -> bool:
    """One place by name, or two within the merge radius."""
    return a.name == b.name or km(a.latitude, a.longitude, b.latitude, b.longitude) <= MERGE_KM


def _more_precise(a: Location, b: Location) -> bool:
    return (a.where_prec, a.geo_precision) < (b.where_prec, b.geo_precision)


_VOICE = re.compile(r";|\s(?:while|whereas|but)\s|,\s+(?:and\s+)?(?=(?:the\s+)?[A-Z])")


def _voices(facts: SentenceFacts, ctx: ArticleContext, live: list[Count]) -> list[tuple[Attribution | None, list]]:
    """Figures grouped by who states them: "killed 106, according to the UN; Houthi officials put it at 119"
    is two claims, not one of 225. A later clause starts a new claim only when it names its own claimant."""
    text = facts.sentence.text
    cuts = [m.start() for m in _VOICE.finditer(text)]
    groups: list[tuple[Attribution | None, list[Count]]] = [(facts.attribution, [])]
    seen_cut = 0
    for c in sorted(live, key=lambda c: c.start):
        cut = max((x for x in cuts if x < c.start), default=0)
        if cut > seen_cut and groups[-1][1]:
            end = min((x for x in cuts if x > cut), default=len(text))
            own = claims_mod.other_voice(text[cut:end].lstrip(";, "), ctx.normalize_claimant)
            if own is not None and groups[-1][0] is not None and own.claimant != groups[-1][0].claimant:
                groups.append((own, []))
            seen_cut = cut
        groups[-1][1].append(c)
    return groups


def _add_claim(d: Draft, facts: SentenceFacts, ctx: ArticleContext, counts: list[Count]) -> None:
    live = [c for c in counts if not c.tally and not c.part]
    voices = _voices(facts, ctx, live) if live else [(facts.attribution, [])]
    for att, group in voices:
        claim = _claim(att, group, facts, ctx)
        if claim.killed is None and claim.injured is None and claim.stance == "reports":
            continue
        d.claims.append(claim)
        d.counts += group


def _claim(att: Attribution | None, live: list[Count], facts: SentenceFacts, ctx: ArticleContext) -> Claim:
    claimant = att.claimant if att else ctx.outlet
    stance = att.stance if att else "reports"
    killed = latest_toll(facts.sentence.text, [c for c in live if c.kind == "killed" and c.value is not None])
    injured = [c for c in live if c.kind in ("injured", "affected") and c.value is not None]
    k = sum(c.value or 0 for c in killed) if killed else None
    return Claim(
        claimant=claimant,
        stance=stance if k is None or stance == "reports" else "reports",
        killed=k,
        killed_low=sum((c.low if c.low is not None else c.value or 0) for c in killed) if killed else None,
        killed_high=sum((c.high if c.high is not None else c.value or 0) for c in killed) if killed else None,
        killed_civilians=sum(c.value or 0 for c in killed if c.civilians) if any(c.civilians for c in killed) else None,
        injured=sum(c.value or 0 for c in injured) if injured else None,
        blames=att.blames if att else None,
        quote=facts.sentence.text,
        doc_id=ctx.doc.doc_id,
        vague_word=next((c.vague_word for c in killed if c.vague_word), None),
    )


def add_evidence(d: Draft, s: Sentence, ctx: ArticleContext) -> None:
    ev = Evidence(ctx.doc.doc_id, ctx.doc.url, s.text, s.start, s.end)
    if ev not in d.evidence:
        d.evidence.append(ev)
    d.reach = max(d.reach, s.paragraph)
