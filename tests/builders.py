"""Builders of documents, claims and reports for the store tests, and the victim-figure helpers of the number
tests (no tests here; fixtures in conftest.py)."""

from __future__ import annotations

import datetime as dt

from conflictlens.models import Claim, Document, Evidence, Report
from conflictlens.nlp.numbers import Count, find_counts

DAY = dt.date(2024, 3, 12)
# the Houthis' forces since the Supreme Political Council took power in Sanaa (28 July 2016), as ACLED names them
HOUTHI_FORCES = "Military Forces of Yemen (Supreme Political Council)"


def doc(doc_id: str, text: str, *, url: str | None = None, source: str = "", day: dt.date = DAY) -> Document:
    return Document(doc_id=doc_id, text=text, url=url, source=source, published=day)


def claim(claimant: str, killed: int | None, *, doc_id: str, stance: str = "reports", **kw: object) -> Claim:
    return Claim(
        claimant=claimant, killed=killed, stance=stance, doc_id=doc_id, quote=f"{claimant} said", **kw
    )


def strike(
    doc_id: str,
    *,
    claims: tuple[Claim, ...] = (),
    day: dt.date = DAY,
    lat: float = 35.93,
    lon: float = 36.63,
    location: str = "Idlib",
    notes: str = "An air strike hit a market in Idlib city.",
    sub: str = "Air/drone strike",
    event_type: str = "Explosions/Remote violence",
    actor1: str = "Military Forces of Russia",
    background: bool = False,
    version: str = "test-1",
) -> Report:
    """A pre-extracted report of an air strike in Syria (the defaults are the headline case)."""
    killed = [c.killed for c in claims if c.stance == "reports" and c.killed]
    return Report(
        doc_id=doc_id,
        event_date=day,
        event_type=event_type,
        sub_event_type=sub,
        actor1=actor1,
        actor2="Civilians (Syria)",
        inter1=8,
        inter2=7,
        country="Syria",
        iso=760,
        iso3="SYR",
        region="Middle East",
        admin1="Idlib",
        location=location,
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        where_prec=1,
        source=doc_id,
        notes=notes,
        fatalities=min(killed) if killed else 0,
        claims=claims,
        evidence=(Evidence(doc_id=doc_id, url=None, sentence=notes, start=0, end=len(notes)),),
        is_background=background,
        extractor_version=version,
    )


def headline_reports() -> list[tuple[Document, Report]]:
    """Three differently worded reports of one strike from three sources: 62, 80 and "dozens" (12)."""
    a = doc(
        "reuters-1",
        "Syria's health ministry said 62 people were killed in a strike on Idlib.",
        source="Reuters",
    )
    b = doc(
        "sohr-1", "The Observatory counted 80 dead after warplanes struck the Idlib market.", source="SOHR"
    )
    c = doc(
        "local-1", "Dozens were killed when jets bombed a crowded market in Idlib city.", source="Enab Baladi"
    )
    return [
        (
            a,
            strike(
                "reuters-1",
                notes="Health ministry: 62 killed in air strike on Idlib market.",
                claims=(
                    claim(
                        "Syrian Health Ministry", 62, doc_id="reuters-1", blames="Military Forces of Russia"
                    ),
                ),
            ),
        ),
        (
            b,
            strike(
                "sohr-1",
                notes="Warplanes struck a market in Idlib; 80 dead according to SOHR.",
                claims=(claim("Syrian Observatory for Human Rights", 80, doc_id="sohr-1"),),
            ),
        ),
        (
            c,
            strike(
                "local-1",
                notes="Jets bombed a crowded Idlib market, killing dozens.",
                claims=(claim("local residents", 12, doc_id="local-1", vague_word="dozens"),),
            ),
        ),
    ]


def coded(extractor: object, text: str, *, day: dt.date = DAY) -> list[Report]:
    """The events coded from `text` that are not background (the probe tests' view of a short text)."""
    reports = extractor.code(Document("t", text, day)).reports  # type: ignore[attr-defined]
    return [r for r in reports if not r.is_background]


def only_event(extractor: object, text: str, *, day: dt.date = DAY, source: str = "") -> Report:
    """The one event coded from `text` (the test fails, listing what was coded, when there is not exactly one)."""
    reports = extractor.code(Document("t", text, day, source=source)).reports  # type: ignore[attr-defined]
    assert len(reports) == 1, [(r.sub_event_type, r.actor1) for r in reports]
    return reports[0]


def damascus_protest() -> Report:
    """A peaceful protest in Damascus (doc afp-9), the store-search tests' second incident beside the strike."""
    return strike("afp-9", event_type="Protests", sub="Peaceful protest", actor1="Protesters (Syria)",
                  notes="Hundreds marched in Damascus against the siege.", lat=33.51, lon=36.29, location="Damascus")


def counts(sentence: str, kind: str | None = None) -> list[Count]:
    """The victim figures of one sentence, of one kind if given."""
    return [c for c in find_counts(sentence) if kind is None or c.kind == kind]


def killed_values(sentence: str) -> list[int]:
    """The killed figures of one sentence, in order."""
    return [c.value for c in counts(sentence, "killed")]


def one_count(sentence: str) -> Count:
    """The one victim figure of a sentence (fails when there are none or several)."""
    found = find_counts(sentence)
    assert len(found) == 1, found
    return found[0]
