"""A figure its own words mark as an early one ("initially said 14 people had been killed", "at first reported three
dead", "initially put the toll at six") does not stand beside a larger one: the event's fatalities are the later
figure, and the early claim is kept. Two claimants' figures with no such words stay rival accounts (the lower one
counts). Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2025, 2, 26)


@pytest.mark.parametrize(("text", "fatalities", "claimed"), [
    ("Gunmen killed at least 23 people in a dawn raid on Pont-Sonde on Monday, police said. The civil protection "
     "office initially said 14 people had been killed.", 23, {23, 14}),
    ("An air strike hit a market in Dabat on Wednesday. The health ministry initially put the toll at six. Hospital "
     "sources later said eleven people had died.", 11, {6, 11}),
    ("Gunmen stormed a village near Bokkos on Monday. Officials at first reported three dead; police said on Tuesday "
     "that seven people were killed.", 7, {3, 7}),
    ("Gunmen stormed a village near Bokkos on Monday. Police said five people were killed; a rights group said nine "
     "died.", 5, {5, 9}),
])
def test_an_early_figure_gives_way(extractor: Extractor, text: str, fatalities: int, claimed: set[int]) -> None:
    event = only_event(extractor, text, day=DAY)
    assert (event.fatalities, {c.killed for c in event.claims if c.killed}) == (fatalities, claimed)


def test_an_early_figure_revised_in_its_own_words_is_the_revision(extractor: Extractor) -> None:
    text = ("At least 14 people died in fighting between herders and farmers near Kyabe on Saturday. The governor "
            "initially reported 12 dead; on Tuesday he said the toll had risen to 14. A member of parliament said "
            "\"at least 19\" were killed.")
    event = only_event(extractor, text, day=DAY)
    assert event.fatalities == 14
