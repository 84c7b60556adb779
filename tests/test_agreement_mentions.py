"""Agreement mentions in the news (issue 13, item 2): coded as Strategic developments / Agreement with the
parties, dated by the news and never by the truce's term ("due to expire on 12 March"), and linked to a stored
agreement or stored as a proposed one that `agreements list` marks until reviewed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from builders import HOUTHI_FORCES
from conflictlens.agreements.listing import agreement_records
from conflictlens.agreements.refresh import refresh
from conflictlens.agreements.repo import store_agreement
from conflictlens.agreements.yamlfile import parse_agreement
from conflictlens.models import Document
from conflictlens.nlp.agreements import is_truce, mention_kind, read_agreement, term_dates
from conflictlens.store import write_document

PUB = dt.date(2024, 3, 4)  # a Monday
HODEIDAH = (
    "ADEN, March 4 (Test Wire) - Houthi rebels and the Yemeni government agreed on Saturday to a truce around the "
    "port of Hodeidah, which is due to expire on 12 March, United Nations mediators said.\n\n"
    "Aid agencies hope the pause will let fuel ships unload at the port."
)
ELN = (
    "BOGOTA, Jan 12 (Test Wire) - The bilateral ceasefire between the government and the National Liberation "
    "Army (ELN), which took effect on October 1, expired on Tuesday without the two sides agreeing to extend it."
)


def test_a_prospective_end_is_the_truces_end_not_a_date_of_the_event():
    start, end = term_dates("The truce, which took effect on Saturday, is due to expire on 12 March.", PUB)
    assert (start, end) == (dt.date(2024, 3, 2), dt.date(2024, 3, 12))
    reading = read_agreement("The truce began on Monday and is due to last seven days.", PUB)
    assert reading is not None and (reading.start, reading.end) == (dt.date(2024, 3, 4), dt.date(2024, 3, 11))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The ceasefire expired on Tuesday.", "collapse"),
        ("Mediators said the truce was extended by another month.", "extension"),
        ("The deal, barely ten days old, was unravelling.", "appraisal"),
        ("The two sides signed a truce in Jeddah on Saturday.", "announcement"),
        ("The delegations agreed to a prisoner exchange.", "exchange"),
    ],
)
def test_what_a_sentence_says_of_an_agreement(sentence, kind):
    assert mention_kind(sentence) == kind


def test_only_truces_and_deals_count_not_any_agreement_to_act():
    assert is_truce("A 72-hour ceasefire took effect on Monday.")
    assert not is_truce("The state agreed to send more troops to the district.")


def _code(text: str, doc_id: str = "t1", published: dt.date = PUB):
    from conflictlens.extract.extractor import Extractor

    doc = Document(doc_id=doc_id, text=text, published=published, source="Test Wire")
    return doc, Extractor().code(doc)


def test_an_announced_truce_is_an_agreement_event_with_its_parties_dated_by_the_news():
    _, result = _code(HODEIDAH)
    (ag,) = [r for r in result.reports if r.sub_event_type == "Agreement"]
    assert ag.event_type == "Strategic developments"
    assert ag.event_date == dt.date(2024, 3, 2)  # Saturday, not 12 March
    assert {ag.actor1, ag.actor2} == {HOUTHI_FORCES, "Government of Yemen"}


def test_a_lapsed_ceasefire_is_dated_by_its_expiry_not_its_start():
    _, result = _code(ELN, published=dt.date(2018, 1, 12))
    (ag,) = [r for r in result.reports if r.sub_event_type == "Agreement"]
    assert ag.event_date == dt.date(2018, 1, 9)
    assert (ag.actor1, ag.actor2) == ("Government of Colombia", "ELN: National Liberation Army")
    assert ag.location and not ag.is_background


def test_a_mention_with_no_stored_agreement_is_proposed_and_one_that_matches_is_linked(store):
    doc, result = _code(HODEIDAH)
    write_document(store, doc, result.reports, result.tallies)
    summary = refresh(store)
    assert summary.proposed == 1
    (rec,) = agreement_records(store)
    assert rec["status"] == "proposed" and rec["origin"] == "text"
    assert rec["end"] == "2024-03-12" and rec["mentions"] == 1
    assert {p["name"] for p in rec["parties"]} == {HOUTHI_FORCES, "Government of Yemen"}


def test_a_mention_of_a_stored_agreement_is_linked_to_it(store):
    store_agreement(store, parse_agreement({
        "id": "hodeidah", "name": "Hodeidah truce", "parties": ["Houthis", "Government of Yemen"],
        "area": {"countries": ["Yemen"]}, "start": "2024-03-02", "end": "2024-03-12",
        "terms": ["cessation_of_hostilities"],
    }))
    doc, result = _code(HODEIDAH)
    write_document(store, doc, result.reports, result.tallies)
    summary = refresh(store)
    assert summary.proposed == 0 and summary.mentions == 1
    (rec,) = agreement_records(store)
    assert rec["agreement_id"] == "hodeidah" and rec["mentions"] == 1


def test_a_truce_hosted_abroad_is_placed_in_the_articles_country_and_the_host_is_no_party():
    text = (
        "SANAA, May 2 (Test Wire) - Houthi shelling killed two civilians in Taiz on Monday, medics said.\n\n"
        "A nationwide truce between the government and the Houthis took effect on April 10, ahead of peace "
        "talks that opened in Kuwait."
    )
    _, result = _code(text, published=dt.date(2024, 5, 2))
    (ag,) = [r for r in result.reports if r.sub_event_type == "Agreement"]
    assert ag.country == "Yemen" and ag.event_date == dt.date(2024, 4, 10)
    assert "Government of Kuwait" not in (ag.actor1, ag.actor2)


def test_the_news_of_a_truce_is_no_breach_of_it_and_the_attack_after_it_is(store):
    """The announcement sits beside a sentence that reports a breach: only the attacks are suspected."""
    from conflictlens.agreements.listing import list_violations

    text = (Path(__file__).parent / "fixtures" / "agreements" / "truce-broken.txt").read_text(encoding="utf-8")
    doc, result = _code(text, doc_id="truce-broken", published=dt.date(2024, 6, 14))
    write_document(store, doc, result.reports, result.tallies)
    refresh(store)
    found = list_violations(store)
    assert [(v["party"], v["sub_event_type"], v["called_violation_in_text"]) for v in found] == [
        ("Rapid Support Forces", "Shelling/artillery/missile attack", True),
        ("Government of Sudan", "Air/drone strike", False),
    ]
    assert all(v["proposed"] for v in found)


@pytest.mark.parametrize("text", [
    "Russia and Ukraine swapped 95 prisoners of war each on Wednesday in an exchange mediated by Qatar.",
    "The Philippine government and the Moro Islamic Liberation Front inked a deal in Kuala Lumpur on Friday.",
    "Ethiopia and Tigrayan forces sign peace accord in Pretoria to end two-year war",
    "Colombia and ELN rebels agree six-month ceasefire",
    "The army and the rebels swapped dozens of captives near Bentiu on Sunday.",
])
def test_a_deal_inked_signed_in_the_present_or_a_swap_of_captives_is_an_agreement(extractor, text: str) -> None:
    subs = [r.sub_event_type for r in extractor.code(Document("t", text, PUB)).reports]
    assert subs == ["Agreement"]
