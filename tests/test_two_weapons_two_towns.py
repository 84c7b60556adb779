"""An air strike and a bomb, each at a town of its own, are two events however close the towns: "The strike on a
school in Jabalia ..." and "In Gaza City, Hamas said its fighters detonated an explosive device under a tank" must
not merge into one explosion. A vague lead ("a blast") names no weapon and still joins the event it sums up.
Articles written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "places"), [
    ("An air strike hit a school in Jabalia on Monday, killing 12 people, the health ministry said.\n\n"
     "In Gaza City, militants detonated an explosive device under a tank on Monday, killing two soldiers, the "
     "military said.", {"Jabalia", "Gaza City"}),
    ("A drone strike hit a house in Bint Jbeil on Sunday, killing three people.\n\n"
     "A roadside bomb struck a patrol near Aitaroun on Sunday, killing two soldiers.", {"Bint Jbeil", "Aitaroun"}),
    ("Warplanes bombed a market in Kafranbel on Tuesday, killing nine people.\n\n"
     "A car bomb exploded at a checkpoint in Maarat al-Numan on Tuesday, killing four fighters.",
     {"Kafranbel", "Maarat al-Numan"}),
])
def test_a_strike_and_a_bomb_in_two_towns_are_two_events(extractor: Extractor, text: str, places: set[str]) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    assert {r.location for r in result.reports} >= places and len(result.reports) == 2
