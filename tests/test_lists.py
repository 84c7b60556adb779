"""Bulleted lists in situation reports and live pages (issue 11, kind 6): each item is a sentence of its own and
tells its own event; the items under a "Key points" heading sum up the page as a lead does. Wordings written
for these tests, end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.sentences import split_sentences, summary_items

DAY = dt.date(2025, 11, 14)


@pytest.mark.parametrize("text", [
    "Most residents fled towards Bunia.\n• On 11 November, soldiers clashed with militiamen near Fataki.",
    "Key points\n- Strikes hit the port overnight\n- Four killed in Sanaa",
    "Roads stayed closed on Monday.\n* Police arrested 12 traders in Kano on Tuesday.",
])
def test_each_bulleted_line_starts_a_sentence(text: str) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [line.strip() for line in text.split("\n")]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_dash_inside_a_line_starts_no_sentence() -> None:
    assert len(split_sentences("The well-known - and feared - militia withdrew.")) == 1


@pytest.mark.parametrize(("text", "days"), [
    ("Djugu territory\n• Schools in the area stayed shut on 9 November.\n• On 11 November, soldiers "
     "clashed with CODECO militiamen near Fataki, killing four of them.", [dt.date(2025, 11, 11)]),
    ("Response\n- Roads to the camps were closed on 10 November.\n- On 12 November, gunmen shot dead three traders "
     "near Beni, local sources said.", [dt.date(2025, 11, 12)]),
    ("Incidents this week:\n• On 8 November, ADF fighters killed six villagers near Oicha.\n• On 13 November, "
     "soldiers repelled an attack on their base near Eringeti, killing two assailants.",
     [dt.date(2025, 11, 8), dt.date(2025, 11, 13)]),
])
def test_an_item_tells_its_own_event_and_day(extractor: Extractor, text: str, days: list[dt.date]) -> None:
    """'• Most residents fled ...\\n• On 11 November, soldiers clashed ...': the second item's event has its own
    day, not the day of the line glued before it."""
    assert sorted(r.event_date for r in coded(extractor, text, day=DAY)) == days


@pytest.mark.parametrize(("text", "tolls"), [
    ("Key points\n- Air strikes hit Hodeidah port overnight, killing nine workers\n- Four people killed in an air "
     "strike on a house in Sanaa", [4, 9]),
    ("Highlights\n• Gunmen killed 12 villagers near Djugu on 10 November\n• Six civilians were killed by gunmen "
     "near Komanda on 8 November", [6, 12]),
    ("SUMMARY\n- Shelling killed three people in Kupiansk on Monday\n- Shelling killed five people in Kherson on "
     "Tuesday", [3, 5]),
])
def test_items_of_a_list_are_not_details_of_each_other(extractor: Extractor, text: str, tolls: list[int]) -> None:
    """'- Air strikes hit Hodeidah port, killing nine\\n- Four people killed in an air strike on a house in
    Sanaa': two strikes, each with its toll, not one strike with the other's figure."""
    assert sorted(r.fatalities for r in coded(extractor, text, day=DAY)) == tolls


def test_the_items_under_a_summary_heading_are_found() -> None:
    sentences = split_sentences("Key points\n- Strikes hit the port\n- Four killed\n\n10:30\n- A later entry")
    assert sorted(summary_items(sentences)) == [1, 2]


@pytest.mark.parametrize(("text", "events"), [
    ("This update covers 8 to 13 November.\n\nKEY POINTS\n• At least 12 people killed in an attack on a camp near "
     "Djugu on 10 November.\n• Two traders shot dead near Fataki on 12 November.\n\nDjugu territory\n• On the night "
     "of 10 November, gunmen attacked a displacement camp near Djugu, killing 12 people.\n• On 12 November, gunmen "
     "shot dead two traders near Fataki, local sources said.", [("Attack", 2), ("Attack", 12)]),
    ("Live updates on the strikes in Yemen.\n\nKey points\n- Nine killed in US strikes on Hodeidah port\n- Four "
     "killed in strike on a house in Sanaa\n\n10:30\n- US warplanes struck fuel tanks at Hodeidah port overnight, "
     "killing nine workers, the health ministry said.\n- In Sanaa, an air strike flattened a house in the Shuub "
     "district, killing four people, residents said.", [("Air/drone strike", 4), ("Air/drone strike", 9)]),
    ("Our live coverage of the war continues.\n\nSummary\n- Shelling killed three people in Kupiansk on Monday\n- "
     "Six soldiers killed in clashes near Pokrovsk\n\nUpdates\n- Russian shelling killed three civilians in "
     "Kupiansk on Monday, the governor said.\n- Ukraine's army said six soldiers died in fighting near Pokrovsk on "
     "Monday.", [("Armed clash", 6), ("Shelling/artillery/missile attack", 3)]),
])
def test_a_summary_item_folds_into_the_event_the_page_tells_below(extractor: Extractor, text: str,
                                                                 events: list[tuple[str, int]]) -> None:
    """'Key points\\n- Nine killed in US strikes on Hodeidah port ... - US warplanes struck fuel tanks at Hodeidah
    port, killing nine': the item sums up the entry below it, as a lead does: one event each, with its own toll."""
    assert sorted((r.sub_event_type, r.fatalities) for r in coded(extractor, text, day=DAY)) == events
