"""Two entries of a timeline or live blog, each opened by its time or day ("Monday, 09:40 - ...", "10:42 - ...",
"08:05 GMT - ...", "10 March: ..."), tell an event each, as two items of a bulleted list do: the later one is never a
detail of the earlier, however close their places and days. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document
from conflictlens.nlp.sentences import Sentence, is_entry


def _coded(extractor: Extractor, text: str) -> list[tuple[str, int]]:
    doc = Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t")
    return sorted((r.sub_event_type, r.fatalities) for r in extractor.code(doc).reports)


@pytest.mark.parametrize(("text", "events"), [
    ("Live updates from Djibo\n\nMonday, 09:40 - Gunmen opened fire on villagers near Djibo, killing three people.\n\n"
     "Monday, 15:10 - A drone struck a market in Djibo, killing two traders, residents said.",
     [("Air/drone strike", 2), ("Attack", 3)]),
    ("Mogadishu live\n\n10:42 - Al-Shabaab fighters attacked a police checkpoint on Maka al-Mukarama road in "
     "Mogadishu.\n\n11:30 - A mortar shell landed near the airport in Mogadishu, wounding two people, police said.",
     [("Armed clash", 0), ("Shelling/artillery/missile attack", 0)]),
    ("Timeline\n\n08:05 GMT - Israeli jets struck a house in Khan Younis, killing five people.\n\n09:20 GMT - Israeli "
     "troops shot dead a man near a checkpoint in Khan Younis.", [("Air/drone strike", 5), ("Attack", 1)]),
    ("Key events\n\n10 March: Gunmen opened fire on villagers near Djibo, killing three people.\n\n10 March: A drone "
     "struck a market in Djibo, killing two traders, residents said.", [("Air/drone strike", 2), ("Attack", 3)]),
    ("What happened\n\nMonday, March 10 - Police shot dead two protesters in Kisumu.\n\nMonday, March 10 - A mob "
     "burned a police post in Kisumu, police said.", [("Excessive force against protesters", 2), ("Mob violence", 0)]),
])
def test_each_timeline_entry_is_its_own_event(extractor: Extractor, text: str, events: list[tuple[str, int]]) -> None:
    assert _coded(extractor, text) == events


@pytest.mark.parametrize(("text", "entry"), [
    ("Monday, 09:40 - Gunmen opened fire.", True),
    ("14.15: Police said two people died.", True),
    ("10:42 | A blast was heard.", True),
    ("Monday, September 15 - Kupwara: infiltration bid foiled.", True),
    ("Sept. 14 - Rebels entered the town.", True),
    ("At 10:42 a blast was heard near the port.", False),
    ("May 5 was a quiet day in the city.", False),
    ("The 2-1 win was celebrated.", False),
])
def test_a_time_and_a_dash_open_an_entry(text: str, entry: bool) -> None:
    assert is_entry(Sentence(text, 0, len(text), 0, 0)) is entry
