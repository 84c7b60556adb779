"""What the extractor knows about a whole article: its places and countries, the names it uses, and the
per-sentence facts (triggers, actors, date, figures, claimant) the event drafts are built from."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

from conflictlens.extract.article_places import (
    COUNTRY_PART,
    dateline,
    dateline_city,
    dateline_country,
    named_outright,
    no_province_before_a_building,
    top_country,
    within_named_countries,
)
from conflictlens.geo.cues import (
    area_priors,
    country_priors,
    demonym_cues,
    doer_cues,
    meeting_places,
    outside_journeys,
    outside_meetings,
    outside_offices,
    points_back_to_a_town,
)
from conflictlens.geo.gazetteer import country_by_name, default_gazetteer, is_capital
from conflictlens.geo.geocode import (
    GUESSED_PLACE,
    PlaceMention,
    find_place_mentions,
    where_verb,
)
from conflictlens.geo.namewords import opens_section
from conflictlens.geo.resolve import resolve
from conflictlens.models import Document, Evidence, Location, Tally
from conflictlens.nlp import claims as claims_mod
from conflictlens.nlp.actors import (
    LED_COALITION,
    ActorMention,
    alias_words,
    find_actor_mentions,
    home_countries,
    named_groups,
    state_forces,
    state_of_word,
)
from conflictlens.nlp.dates import (
    DateMention,
    day_heading,
    find_dates,
    past_asides,
    recap_start,
    reporting_month,
    sentence_date,
    spoken_date,
    statement_date,
    when_clause_date,
)
from conflictlens.nlp.lexicon import load_resource
from conflictlens.nlp.numbers import Count, find_counts, find_tally
from conflictlens.nlp.pipeline import Span, entity_spans
from conflictlens.nlp.sentences import Sentence
from conflictlens.nlp.triggers import (
    Trigger,
    find_triggers,
    grievance_spans,
    has_trigger,
    reported_killing,
    tells_crowd_force,
)
from conflictlens.taxonomy import GeoPrecision, TimePrecision, WherePrec, state_of

_FIGURE = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|toll|victims?|wounded|injur\w*|hurt|lives|bodies|corpses|casualt\w*|fatalit\w*|"
    r"murder\w*|homicides?|massacr\w*|slain|perished|martyr\w*|abduct\w*|kidnap\w*|arrest\w*|detain\w*|destroyed|"
    r"affected|treated|(?:supreme|ultimate) (?:price|sacrifice)|fell (?:in|as|martyrs?))\b",
    re.I,
)
# an organisation's name, on one line: a heading in capitals above it ("THE BUS IN DORI\n\nHospital staff said") is
# no part of it
_ORG = re.compile(
    r"\b(?:[Tt]he[ \t]+)?((?:[A-Z][\w'’-]+[ \t]+){0,6}(?:Observatory|Ministry|Committee|Council|Union|Mission|Office|"
    r"Agency|Defence|Defense|Helmets|Cross|Crescent|Commission|Association|Organization|Organisation|Network|Monitor|"
    r"Group|Army|Front|Nations|Watch|International|Society|Hospital|Federation)(?:[ \t]+(?:for|of|on)[ \t]+"
    r"(?:the[ \t]+)?(?:[A-Z][\w'’-]+[ \t]*){1,4})?)"
)
@cache
def _office_claimants() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, ACLED-style name template) of claimants named by their office (resources/claimants.toml)."""
    return tuple((re.compile(e["pattern"], re.I), e["name"]) for e in load_resource("claimants.toml")["claimant"])


@dataclass(frozen=True)
class SentenceFacts:
    sentence: Sentence
    triggers: tuple[Trigger, ...] = ()
    places: tuple[PlaceMention, ...] = ()  # offsets relative to the document
    date: DateMention | None = None
    counts: tuple[Count, ...] = ()
    attribution: claims_mod.Attribution | None = None
    actors: tuple[ActorMention, ...] = ()
    tallies: tuple[Tally, ...] = ()


@dataclass
class ArticleContext:
    doc: Document
    text: str
    sentences: Sequence[Sentence]
    published: dt.date
    main_country: str = ""
    priors: dict[str, float] = field(default_factory=dict)
    areas: dict[str, float] = field(default_factory=dict)  # "iso3|admin1" -> prior (geo.cues.area_priors)
    orgs: list[str] = field(default_factory=list)
    _mentions: list[PlaceMention] = field(default_factory=list)
    _located: dict[PlaceMention, Location | None] = field(default_factory=dict)
    _anchor: DateMention | None = None  # the last day-precise date named, for "the next day"
    groups_named: dict[str, int] = field(default_factory=dict)  # non-state armed groups named -> inter code
    # every naming of a non-state armed group: (sentence index, -1 for the title; name; inter)
    group_mentions: list[tuple[int, str, int]] = field(default_factory=list)
    _mention_starts: list[int] | None = None  # starts of _mentions when in text order (for bisecting)
    _short_names: dict[str, str] = field(default_factory=dict)  # resolve_short_name, once per name
    _claimants: list[str] = field(default_factory=list)  # the claimants named so far, in text order
    _named: set[str] = field(default_factory=set)  # countries (iso3) the text names outright (`named_outright`)

    @classmethod
    def build(cls, doc: Document, text: str, sentences: Sequence[Sentence], published: dt.date) -> ArticleContext:
        ctx = cls(doc, text, sentences, published)
        # each name once, in order of first use (resolving a short name takes the first that fits)
        ctx.orgs = list(dict.fromkeys(m.group(1).strip() for m in _ORG.finditer(text)))
        return ctx

    @property
    def outlet(self) -> str:
        """Who states an unattributed figure: the document's source, else the dateline's '(Wire)'."""
        if self.doc.source:
            return self.doc.source
        return self._dateline_outlet

    @cached_property
    def _head(self) -> tuple[int, int]:
        """(start, end) of the wire dateline (`article_places.dateline`), found once: every sentence's date asks."""
        return dateline(self.text)

    @cached_property
    def _report_month(self) -> dt.date | None:
        return reporting_month(self.doc.title or "", self.text, self.published)

    def in_report_month(self, day: dt.date) -> bool:
        """Whether `day` falls in the month a periodic report covers ("Monthly Field Briefing, August 2023"): its
        news, however old (`dates.reporting_month`)."""
        return self._report_month is not None and day >= self._report_month

    @cached_property
    def _dateline_outlet(self) -> str:
        """The agency a wire dateline names in brackets ("BAGHDAD, March 11 (Reuters) -"), or ""."""
        start, end = self._head
        m = re.search(r"\(([A-Z][\w .&'-]{2,40})\)", self.text[start:end])
        return m.group(1).strip() if m else ""

    @cached_property
    def _outlet_spans(self) -> list[tuple[int, int]]:
        """Where the text names its outlet ("Sahel Wire could not verify", "told Diario del Litoral"): a place in
        an outlet's name is no event's place. Names of two words or more, without a bracketed edition."""
        names = {re.sub(r"\s*\([^)]*\)\s*$", "", n).strip() for n in (self.doc.source or "", self._dateline_outlet)}
        names = {n for n in names if " " in n and n[:1].isupper()}
        return [(m.start(), m.end()) for n in names for m in re.finditer(re.escape(n), self.text)]

    # ---- countries and names
    def country_of(self, word: str) -> str | None:
        place = country_by_name(word)
        return place.country if place else None

    def normalize_claimant(self, np: str, country: str | None = None) -> str:
        """The claimant a speaker's words name, as the article named it: "Observatory" the full name used before,
        "the health ministry" the ministry of the article's country, "the ministry" the claimant named last whose
        name holds that word (`claims.refers_back`), a surname alone the role it was named with
        (`claims.role_of_surname`). A heading line over the sentence is no part of it ("Air strikes
        near Shinkafi\nThe Defence Headquarters said"): the claimant starts on the speaker's own line."""
        np = np.rsplit("\n", 1)[-1].strip()
        earlier = claims_mod.refers_back(np, self._claimants)
        if earlier is not None:
            return earlier
        name = self._normalized(np, country)
        role = claims_mod.role_of_surname(np, self.text) if name == np else None
        if role is not None:  # "Saeedi said": the spokesman named before as "..., Mawlawi Abdul Hakim Saeedi,"
            return self.normalize_claimant(role, country)
        self._claimants.append(name)
        return name

    def _normalized(self, np: str, country: str | None = None) -> str:
        if np not in self._short_names:
            self._short_names[np] = claims_mod.resolve_short_name(np, self.orgs)
        np = self._short_names[np]
        country = country or self.main_country
        m = re.match(r"^(?P<dem>[A-Z][a-z]+)(?:'s)?\s+(?P<rest>.+)$", np)
        if m and self.country_of(m.group("dem")):
            country = self.country_of(m.group("dem")) or country
            rest = m.group("rest")
        else:
            rest = np
        for rx, template in _office_claimants():
            if rx.match(rest) and country:
                return template.format(c=state_of(country))
        return np

    # ---- per-sentence facts
    @cached_property
    def _triggered(self) -> dict[int, tuple[Trigger, ...]]:
        """Sentence index -> its triggers, for the sentences that have any (found once per sentence)."""
        found = {s.index: _outside_past_asides(s.text, tuple(find_triggers(s.text))) for s in self.sentences}
        triggered = {i: triggers for i, triggers in found.items() if triggers}
        if not triggered and self.one_paragraph:  # a short note whose only event is a figure told after "X said"
            for s in self.sentences:
                if told := tuple(reported_killing(s.text)):
                    return {s.index: told}
        return triggered

    def _ner_sentences(self) -> list[Sentence]:
        """The sentences spaCy's NER must read: those that name an event. A figure-only sentence's places never
        locate an event (measured: identical scores on ACLED notes and the article gold, ~30 % less text). A
        lower-cased document has no capitals to find names by: NER reads all of it, whole."""
        return [s for s in self.sentences if self.lower_cased or s.index in self._triggered]

    def ner_texts(self) -> list[str]:
        return [s.text for s in self._ner_sentences()]

    @cached_property
    def one_paragraph(self) -> bool:
        """A short note (ACLED-style, one paragraph), not a multi-paragraph article."""
        return "\n\n" not in self.text.strip()

    @cached_property
    def lower_cased(self) -> bool:
        """Mostly lower-cased text (some papers' archives, OCR)."""
        words = re.findall(r"[^\W\d_]{3,}", self.text[:20000])
        return len(words) >= 20 and sum(w[0].isupper() for w in words) < 0.05 * len(words)

    def triggers_of(self, s: Sentence) -> tuple[Trigger, ...]:
        """The triggers found in sentence `s`."""
        return self._triggered.get(s.index, ())

    def sentence_facts(
        self, batch_size: int = 64, spans: Sequence[Sequence[Span]] | None = None
    ) -> list[SentenceFacts]:
        """Facts of every sentence. `spans`: entity spans of `ner_texts()` when the caller batched NER over
        several documents; computed here otherwise."""
        parsed = self._ner_sentences()
        if spans is None:
            spans = entity_spans([s.text for s in parsed], batch_size, whole=[self.lower_cased] * len(parsed))
        keep = set(self._triggered) | {s.index for s in self.sentences if _FIGURE.search(s.text)}
        # ORG spans may veto a gazetteer hit, so news agencies and monitors are not read as towns (a PERSON span
        # only when it holds a town's name inside a longer name: geocode.NEGATIVE_LABELS).
        # An "ORG" right after a preposition of place ("a street in Marinka") or where weapons came down ("dropped
        # barrels of chlorine on Saraqib") or a town taken ("retook Djibo") is the model misreading a small town: it
        # may not veto the gazetteer either.
        doc_spans = [(s.start + a, s.start + b, lab) for s, sp in zip(parsed, spans, strict=True)
                     for a, b, lab in sp
                     if not (lab == "ORG" and _where_named(s.text, a))]
        # A "PERSON" there ("shelled Tal Rifaat", "near Tal Tamr") may be a place the gazetteer spells another way.
        doc_spans += [(s.start + a, s.start + b, GUESSED_PLACE) for s, sp in zip(parsed, spans, strict=True)
                      for a, b, lab in sp if lab == "PERSON" and _placed_person(s.text, a, b)]
        # demonyms ("Afghan police forces", "the Burkinabe army") and the home countries of named groups
        demonyms, people = demonym_cues(self.text)  # people: "two American soldiers", weaker than a place
        # "BAGHDAD (Reuters) -": the country the story was filed from points to it as a demonym does
        cues = [*demonyms, *home_countries(self.text), *dateline_country(self.text)]
        pointed = [*cues, *people]  # every country the text points to
        # where a flight went or the wounded were flown is no place of any event (nor what a note is about)
        mentions = list(outside_journeys(tuple(self._real_places(find_place_mentions(self.text, doc_spans, pointed))),
                                         self.text, 0))
        title_mentions = find_place_mentions(self.doc.title or "")
        # "a day after negotiators met in Doha": where talks were held does not make the article about Qatar
        apart = meeting_places(mentions, self.text)
        every = [*(m for m in mentions if m not in apart), *title_mentions]
        self._named = named_outright(every, pointed)
        self._mentions = within_named_countries(self.text, mentions, every, self._named)
        starts = [m.start for m in self._mentions]
        self._mention_starts = starts if all(a <= b for a, b in zip(starts, starts[1:], strict=False)) else None
        # "India's blockade", "Russia's army": a country in the possessive owns or acts; it points to itself no
        # more than a demonym does (a cue, not a named country)
        owners = [m for m in self._mentions if m.candidates and m.candidates[0].kind == "country"
                  and self.text[m.end : m.end + 2] in ("'s", "’s") and not COUNTRY_PART.match(self.text, m.end)]
        # "Israeli jets", "a Turkish drone": whose weapon struck, weaker than a place
        weak = [*people, *doer_cues(self.text)]
        self.priors = country_priors([m for m in [*self._mentions, *title_mentions] if m not in owners
                                      and m not in apart],
                                     [*cues, *(m.candidates[0].country for m in owners)], weak)
        self.main_country = top_country(self.priors)
        self.areas = area_priors([*self._mentions, *title_mentions])
        # Every sentence's date moves the anchor for "the next day", even one that holds no event.
        facts = [self._facts(s) if s.index in keep else self._plain_facts(s) for s in self.sentences]
        if not self.one_paragraph:  # an article: the armed groups it names, in every sentence (and the title)
            named = [(f.sentence.index, a) for f in facts if f.sentence.index in keep for a in f.actors] + [
                (s.index, a) for s in self.sentences if s.index not in keep
                for a in named_groups(s.text, self.main_country, self.published)]
            title = [(-1, a) for a in named_groups(self.doc.title or "", self.main_country, self.published)]
            self.group_mentions = sorted((i, a.name, a.inter) for i, a in [*title, *named]
                                         if a.kind == "group" and not a.name.startswith("Unidentified"))
            self.groups_named = {name: inter for i, name, inter in self.group_mentions if i >= 0}
        return facts

    def _plain_facts(self, s: Sentence) -> SentenceFacts:
        """A sentence with no event of its own: its places and date, and the actors it names when it says who
        did an attack ("Al-Shabaab claimed responsibility for the attack", "Ukraine's military said it had
        carried out the strike") or who used force on a crowd ("Taliban fighters fired into the air")."""
        places = self._places_in(s)
        actors: tuple[ActorMention, ...] = ()
        if claims_mod.tells_responsibility(s.text) or tells_crowd_force(s.text):
            actors = tuple(find_actor_mentions(s.text, self._sentence_country(places), self.published,
                                               self.country_of))
        return SentenceFacts(s, places=places, date=self._date(s), actors=actors)

    def _real_places(self, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """Drop the dateline's city (where the story was filed, not where it happened), acronyms that
        spell a town ("SANA" is a news agency) and words that are event triggers ("Artillery"). (Names that
        are no place of an event, "the Minsk talks", "Kiev denied", are dropped by the geocoder.)"""
        head_end = self._head[1]
        out = []
        # "the Litoral penitentiary in Guayaquil": a building's name is no province (of Equatorial Guinea)
        for m in filter(None, (no_province_before_a_building(self.text, m) for m in mentions)):
            if m.end <= head_end or self._in_group_name(m):
                continue
            if any(a <= m.start and m.end <= b for a, b in self._outlet_spans):
                continue  # "Sahel Wire could not verify": the outlet's name
            if m.text.isupper() and len(m.text) <= 5 and not (m.candidates and m.candidates[0].kind == "admin1") \
                    and not opens_section(self.text, m.start, m.end):
                continue  # (a province's abbreviation in an address, "(Sangareddy, TS)", stays)
            if m.candidates and m.candidates[0].kind != "country" and (has_trigger(m.text) or self._in_trigger(m)):
                continue
            out.append(m)
        return out

    def _in_group_name(self, m: PlaceMention) -> bool:
        """'Islamic State Sahel': a place inside a named group's name is no event's place. Only a place whose
        words all stand in some alias after its first word is looked for, in its own sentence."""
        if not all(w.lower() in alias_words() for w in re.findall(r"\w+", m.text)):
            return False
        for s in self._sentences_at(m.start):
            for a in named_groups(s.text, "", self.published):
                start, end = s.start + a.start, s.start + a.end
                if start <= m.start and m.end <= end and (start, end) != (m.start, m.end):
                    return True
        return False

    def _in_trigger(self, m: PlaceMention) -> bool:
        """The mention opens an event's words ("Grad rockets"); a place inside a longer trigger ("overran a
        district centre in Kunduz") stays."""
        return any(m.start == s.start + t.start for s in self._sentences_at(m.start) for t in self.triggers_of(s))

    @cached_property
    def _sentence_starts(self) -> list[int] | None:
        """Sentence starts, when the sentences are in order and do not overlap (split_sentences' are)."""
        ordered = all(a.end <= b.start for a, b in zip(self.sentences, self.sentences[1:], strict=False))
        return [s.start for s in self.sentences] if ordered else None

    def _sentences_at(self, pos: int) -> Sequence[Sentence]:
        """The sentence holding character `pos` (found by bisection, not by reading every sentence)."""
        starts = self._sentence_starts
        if starts is None:
            return [s for s in self.sentences if s.start <= pos < s.end]
        i = bisect.bisect_right(starts, pos) - 1
        return [self.sentences[i]] if i >= 0 and pos < self.sentences[i].end else []

    def town_before(self, s: Sentence, lead: bool = True) -> Location | None:
        """The last town of the article's country named earlier in `s`'s paragraph ("Shootings in Belfast had
        continued last night. In one incident, a man was killed ..."): where a placeless event of it happened.
        A sentence that points back to a town ("on the edge of the town", "a tea shop there") looks into the
        paragraph before too. Else, for a body paragraph and unless `lead` is False, the one town the lead names
        (`lead_town`)."""
        i = s.index
        back, reach = (1, 6) if points_back_to_a_town(s.text) else (0, 3)
        while i > 0 and s.paragraph - self.sentences[i - 1].paragraph <= back and s.index - i < reach:
            i -= 1
            town = next(reversed(self._home_towns(self.sentences[i])), None)
            if town is not None:
                return town
        return self.lead_town if lead and s.paragraph > 0 else None

    def _home_towns(self, s: Sentence) -> list[Location]:
        """The towns of the article's country that sentence `s` names, in text order."""
        out = []
        for m in self._places_in(s):
            loc = self.locate(m)
            if loc is not None and loc.local and loc.place.country == self.main_country:
                out.append(loc)
        return out

    @cached_property
    def lead_town(self) -> Location | None:
        """The one town of the article's country its lead names ("Violence flared again in the Somali city of
        Baidoa on Sunday."): where the body's placeless events are, rather than the capital. None when the lead
        names no town or several."""
        towns: dict[str, Location] = {}
        for s in (s for s in self.sentences if s.paragraph == 0):
            for loc in self._home_towns(s):
                towns.setdefault(loc.place.name, loc)
        return next(iter(towns.values())) if len(towns) == 1 else None

    def _places_in(self, s: Sentence) -> tuple[PlaceMention, ...]:
        if self._mention_starts is None:
            found = tuple(m for m in self._mentions if s.start <= m.start and m.end <= s.end)
        else:
            lo = bisect.bisect_left(self._mention_starts, s.start)
            hi = bisect.bisect_right(self._mention_starts, s.end)
            found = tuple(m for m in self._mentions[lo:hi] if m.end <= s.end)
        # "at Pulka on the Bama-Gwoza road": a road's end town places the event only when nothing else does
        if any(m.qualifier == "road" for m in found) and any(m.qualifier != "road" for m in found):
            found = tuple(m for m in found if m.qualifier != "road")
        return found

    def _no_namesake_abroad(self, places: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
        """'abducted 11 farmers east of Mambasa town in Ituri province', 'gunmen loyal to Bello Turji abducted 27
        people in Sabon Birni': beside a place in a country the text names, a big town of a country it never
        names (not by name, demonym or province) is a namesake or a person's name, not where it happened. A
        national capital is meant ("the talks in Doha")."""
        located = [(m, self.locate(m)) for m in places]
        if not any(loc is not None and loc.place.iso3 in self._named for _, loc in located):
            return places
        return tuple(m for m, loc in located if m.held or loc is None or loc.place.iso3 in self._named
                     or loc.place.kind in ("country", "admin1") or is_capital(loc.place))

    def _outside_grievances(self, places: tuple[PlaceMention, ...], s: Sentence) -> tuple[PlaceMention, ...]:
        """"Hundreds rallied in Paris to protest against the war in Gaza": a place in another country, named in what
        a protest is about, is not where it happened when the sentence places it at home. In the protest's own
        country it may be ("a demonstration against the minister in Kolkata"), so it stays."""
        spans = grievance_spans(self.triggers_of(s), s.text)
        if not spans:
            return places
        inside = [m for m in places if any(a <= m.start - s.start < b for a, b in spans)]
        home = {loc.place.iso3 for m in places if m not in inside and (loc := self.locate(m)) is not None}
        abroad = [m for m in inside if home and (loc := self.locate(m)) is not None and loc.place.iso3 not in home]
        return tuple(m for m in places if m not in abroad)

    def _facts(self, s: Sentence) -> SentenceFacts:
        places = self._outside_grievances(self._places_in(s), s)  # not the country of whom a protest stands with
        if not any(t.sub_event_type == "Agreement" for t in self.triggers_of(s)):  # a deal is where talks were
            places = outside_meetings(places, s.text, s.start)  # not where talks or a visit were held
        places = outside_offices(self._no_namesake_abroad(places), s.text, s.start)
        country = self._sentence_country(places)
        found = [self._coalition(a, country) for a in find_actor_mentions(s.text, country, self.published,
                                                                           self.country_of)]
        actors = tuple(sorted(found + self._bare_coalitions(s.text, found, country), key=lambda a: a.start))
        # A place word inside an actor's name ("Azov regiment", "Ukraine's military") is not where it happened.
        places = tuple(m for m in places if not any(
            a.start <= m.start - s.start < a.end for a in actors if a.kind in ("group", "state", "police")))
        counts = tuple(find_counts(s.text))
        recap = recap_start(s.text)
        if recap is not None and any(t.start < recap for t in self.triggers_of(s)):
            # "Gunmen killed four near Macomia, capping a week in which a bomb killed two outside Palma": the
            # places, sides and figures of the recounted events are not the sentence's event's
            places = tuple(m for m in places if m.start - s.start < recap)
            actors = tuple(a for a in actors if a.start < recap)
            counts = tuple(c for c in counts if c.start < recap)
        # "... in Rafah, the health ministry said": an office named by its trade alone is of the country where the
        # sentence's event happened, not the article's (nor the doer's, "Israel struck a house in Rafah")
        attribution = claims_mod.find_attribution(s.text, lambda np: self.normalize_claimant(np, country))
        return SentenceFacts(
            sentence=s,
            triggers=self.triggers_of(s),
            places=self._outside_the_speaker(places, s, attribution),
            date=self._date(s),
            counts=counts,
            attribution=attribution,
            actors=actors,
            tallies=self._tallies(s, counts),
        )

    def _outside_the_speaker(self, places: tuple[PlaceMention, ...], s: Sentence,
                             att: claims_mod.Attribution | None) -> tuple[PlaceMention, ...]:
        """'The Kenya Red Cross said the blast killed three people': a country inside the name of who speaks is
        not where it happened. A town there may be ("residents of a village near Kanbalu said"); a speaker named
        by its country alone ("Kenya said") stays a cue, as does a country owning the speaker in a sentence that
        places its event in a town told before ("Ukraine's General Staff said its troops repelled attacks around
        the town": `town_before` reads it)."""
        span = claims_mod.speaker_span(s.text, att)
        if span is None:
            return places
        start, end = span
        back = points_back_to_a_town(s.text)

        def speakers(m: PlaceMention) -> bool:
            a, b = m.start - s.start, m.end - s.start
            if not (start <= a and b <= end and b - a < end - start) or (back and s.text[b:b + 2] in ("'s", "’s")):
                return False
            loc = self.locate(m)
            return loc is not None and loc.where_prec == WherePrec.COUNTRY

        return tuple(m for m in places if not speakers(m))

    @cached_property
    def coalition_lead(self) -> str:
        """The state leading 'the X-led coalition' the article names ("" when it names none)."""
        leads = (state_of_word(m.group("dem"), self.country_of) for m in LED_COALITION.finditer(self.text))
        return next((lead for lead in leads if lead), "")

    def _coalition(self, a: ActorMention, country: str) -> ActorMention:
        """'Coalition warplanes' after the article named 'the Saudi-led coalition': the leading state acts."""
        lead = self.coalition_lead
        if a.kind != "state" or not _COALITION_NOUN.match(a.text) or not lead:
            return a
        return state_forces(lead, country, a.start, a.end, a.text)

    def _bare_coalitions(self, text: str, found: Sequence[ActorMention], country: str) -> list[ActorMention]:
        """'The coalition said its aircraft ...' once the article named the X-led coalition: its lead state."""
        lead = self.coalition_lead
        if not lead:
            return []
        out = []
        for m in _BARE_COALITION.finditer(text):
            if not any(a.start < m.end() and m.start() < a.end for a in found):
                out.append(state_forces(lead, country, m.start(), m.end(), m.group(0)))
        return out

    @cached_property
    def _day_headings(self) -> tuple[list[int], list[DateMention]]:
        """The lines that are a day and nothing else ("FRIDAY, 17 MAY", "Tuesday 14 May", "15 May 2024"), as a
        digest, a timeline or a live page heads its days: (sentence indexes, their dates), in text order."""
        at, days = [], []
        for s in self.sentences:
            if (day := day_heading(s.text, self.published)) is not None:
                at.append(s.index)
                days.append(day)
        return at, days

    def _day_heading(self, s: Sentence) -> DateMention | None:
        """The day heading the section `s` stands in, if any."""
        at, days = self._day_headings
        i = bisect.bisect_left(at, s.index) - 1
        return days[i] if i >= 0 else None

    def _date(self, s: Sentence) -> DateMention | None:
        """The sentence's date; "the next morning", "a day earlier" count from the last date named before. Under
        a day heading ("SATURDAY, 18 MAY"), the heading's day dates what tells no day of its own, and "today",
        "this morning" or "on Friday" count from it."""
        text = self._without_dateline(s)
        found = self._date_from(text, s, self.published)
        heading = self._day_heading(s)
        if heading is not None and heading.date < self.published and (
                found is None or found.kind in ("weekday", "relative")):
            found = self._date_from(text, s, heading.date) or heading
        opening = max(0, self._head[1] - s.start) + 12
        if found is not None and found.kind == "anchored" and found.start > opening \
                and not _closes_event_clause(text, found, self.triggers_of(s)):
            # "The AA said on Wednesday that its fighters had captured the base the previous day": counted from
            # the statement's date. Otherwise, inside the sentence ("monitors who visited the next morning said
            # ...") such a phrase dates a visit or a statement; only a sentence-opening one, or one closing the
            # event's own clause ("a drone strike killed 12 civilians the following day"), dates the event.
            said = statement_date(text, self.published)
            if said is None or said.start > found.start:
                return None
            found = _clamp(sentence_date(text, self.published, said), self.published)
        if found is not None and found.kind != "anchored" and found.time_precision == TimePrecision.DAY:
            self._anchor = found
        return found

    def clause_date(self, s: Sentence, start: int, date: DateMention | None) -> DateMention | None:
        """The day of the clause holding sentence offset `start` where the sentence names two or more days, each in
        a clause of its own ("Soldiers killed three militants near Marawi on Saturday, while gunmen ambushed a
        patrol in Cotabato on Sunday": Sunday for the ambush); else `date`, the sentence's."""
        if date is None:
            return None
        text = self._without_dateline(s)
        days = [m for m in find_dates(text, self.published) if m.time_precision == TimePrecision.DAY
                and m.kind in ("weekday", "full", "month_day") and not spoken_date(text, m)]
        if len({m.date for m in days}) < 2:
            return date
        edges = [0, *(e.start() for e in _CLAUSE_EDGE.finditer(text)), len(text)]
        low = max(e for e in edges if e <= start)
        high = min((e for e in edges if e > start), default=len(text))
        own = [m for m in days if low <= m.start < high]
        return _clamp(own[0], self.published) if len(own) == 1 else date

    def _date_from(self, text: str, s: Sentence, day: dt.date) -> DateMention | None:
        """The sentence's own date, its weekdays and "today" counted from `day`."""
        return _clamp(when_clause_date(text, day, [t.start for t in self.triggers_of(s)])
                      or sentence_date(text, day, self._anchor), self.published)

    def _without_dateline(self, s: Sentence) -> str:
        """The sentence with the wire dateline blanked (same length): its date is the filing date."""
        cut = self._head[1] - s.start
        return " " * cut + s.text[cut:] if cut > 0 else s.text

    def _sentence_country(self, places: Sequence[PlaceMention]) -> str:
        """The country of the sentence's first town (a town its area placed first); a country named in it
        ("Russia's defence ministry said") is often a speaker or a party, not where it happened: it does not count."""
        for m in sorted(places, key=lambda m: not m.held):  # a town its area confirmed comes first
            loc = self.locate(m)
            if loc is not None and loc.place.kind != "country" and loc.where_prec < WherePrec.COUNTRY:
                return loc.place.country
        return self.main_country

    def _tallies(self, s: Sentence, counts: Sequence[Count]) -> tuple[Tally, ...]:
        found = find_tally(s.text, self.published, counts)
        if not found:
            return ()
        attribution = claims_mod.find_attribution(s.text, self.normalize_claimant)
        claimant = attribution.claimant if attribution else self.outlet
        evidence = Evidence(self.doc.doc_id, self.doc.url, s.text, s.start, s.end)
        return (Tally(self.doc.doc_id, claimant, found.killed, found.since, found.period, s.text,
                      self.main_country, (evidence,)),)

    @cached_property
    def note_date(self) -> DateMention | None:
        """The day a one-paragraph note opens with ("On 7 May 2020, in Barra Mansa, ..."); None for an article."""
        if not self.one_paragraph:
            return None
        for s in self.sentences:
            found = _clamp(sentence_date(self._without_dateline(s), self.published, None), self.published)
            if found is not None:
                return found
        return None

    @cached_property
    def note_place(self) -> Location | None:
        """The town a one-paragraph note is about: the first one its area placed ("in Sao Goncalo, Rio de
        Janeiro, ..."), else its only town. None for a longer article or a note naming several towns."""
        if not self.one_paragraph:
            return None
        towns = [(m, loc) for m in self._mentions if (loc := self.locate(m)) is not None
                 and loc.place.kind != "country" and loc.local]
        held = [loc for m, loc in towns if m.held]
        if held:
            return held[0]
        return towns[0][1] if len({loc.place.name for _, loc in towns}) == 1 else None

    @cached_property
    def dateline_place(self) -> Location | None:
        """The town a wire story was filed from ("MIRANSHAH, Pakistan, March 11 (Wire) -"), when it lies in the
        article's country: near where an event happened whose own place the gazetteer does not know ("in North
        Waziristan", "in Kuriga"), so it stands in at geo_precision 2 before the capital would."""
        city = dateline_city(self.text)
        if not city or not self.main_country:
            return None
        found = [p for p in default_gazetteer().lookup(city.title())
                 if p.kind in ("city", "custom") and p.country == self.main_country]
        if not found:
            return None
        return Location(found[0], GeoPrecision.NEAR, WherePrec.NEAR, city, 0, len(city))

    def locate(self, mention: PlaceMention) -> Location | None:
        """Resolved once per mention: sentence countries, trigger grouping and merging all ask."""
        if mention not in self._located:
            self._located[mention] = resolve(mention, self.priors, self.areas)
        return self._located[mention]


_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|at|outside|around|of|from)\s+(?:the\s+)?$", re.I)
_NEAR = re.compile(r"\b(?:in|near|outside|around)\s+$", re.I)


def _where_named(text: str, start: int) -> bool:
    """The words before text[start:] place it: a preposition of place or a verb of weapons or capture."""
    return bool(_PLACE_PREPOSITION.search(text[max(0, start - 20):start]) or where_verb(text[max(0, start - 60):start]))


def _placed_person(text: str, start: int, end: int) -> bool:
    """"Turkish forces shelled Tal Rifaat", "a car near Tal Tamr": a name NER took for a person's, right after a
    verb of weapons or capture or "in"/"near"/"outside"/"around" and not a possessor, is looked up as a place too
    (in the countries the text names, or just across their borders)."""
    if text[end:end + 2] in ("'s", "’s"):
        return False
    before = text[max(0, start - 60):start]
    return bool(_NEAR.search(before[-20:]) or where_verb(before))


_COALITION_NOUN = re.compile(r"^(?:the\s+)?coalition\b", re.I)
_BARE_COALITION = re.compile(r"\b(?:the|The) coalition\b")


# Words that open another clause between an event's words and a date: the date is of that clause's act
# ("monitors who visited the next morning", "the army said the previous day").
_OTHER_CLAUSE = re.compile(r"[,;:]|\b(?:who|whom|which|that|when|where|while|after|before|until|and|but|said|says|"
                           r"told|added|according)\b", re.I)


def _closes_event_clause(text: str, found: DateMention, triggers: Sequence[Trigger]) -> bool:
    """'A drone strike on a market killed 12 civilians the following day', 'Gunmen struck the convoy again
    the next morning': a day after the last ends the clause of an event's words, with no other clause between.
    A day before it ("who had been kidnapped the previous week") looks back at a cause; bodies found the next
    day were killed before."""
    return found.time_precision == TimePrecision.DAY and bool(_LATER_DAY.search(found.mention)) and any(
        t.end <= found.start and not _FOUND.match(t.text) and not _OTHER_CLAUSE.search(text, t.end, found.start)
        for t in triggers)


_LATER_DAY = re.compile(r"\b(?:next|following|later)\b", re.I)
_FOUND = re.compile(r"(?:found|discovered|recovered|uncovered)\b", re.I)


# where one clause of a sentence ends and another event's begins: "..., while ...", "...; ...", "..., and on Sunday ..."
_CLAUSE_EDGE = re.compile(r";|,\s*(?:while|whereas|and|but|as|after|before|hours\s+after|a\s+day\s+after)\b|"
                          r"\s(?:while|whereas)\s|\sand\s+(?=(?:on|late|early)\s)", re.I)


def _clamp(mention: DateMention | None, published: dt.date) -> DateMention | None:
    """An event is never dated after its report was published."""
    if mention is None or mention.date <= published:
        return mention
    return replace(mention, date=published)


def _outside_past_asides(text: str, triggers: tuple[Trigger, ...]) -> tuple[Trigger, ...]:
    """'Soldiers clashed with insurgents near Mocimboa da Praia, the port town that troops retook last August': a
    trigger inside an aside about the past is not the sentence's event when another trigger stands outside it."""
    asides = past_asides(text) if len(triggers) > 1 else []
    if not asides:
        return triggers
    outside = tuple(t for t in triggers if not any(a <= t.start < b for a, b in asides))
    return outside or triggers

