"""A curfew, a deployment, an arrest or a peaceful march kills nobody: a death figure another sentence tells beside
one (a headline's toll above a curfew, a committee's figure after a march, a rights group's monthly toll after a
deployment) is another event's, and the record keeps neither the figure nor its claim. A figure in the event's own
sentence stays ("7 killed in post-election protests": the protest was no peaceful one). Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "day", "sub"), [
    ("Nigeria: at least 22 killed in Benue, Plateau attacks; curfew imposed on Mangu\n\nJOS, April 13 (Wire) - The "
     "Plateau State government on Tuesday imposed a 24-hour curfew on Mangu local government area, a statement said.",
     dt.date(2022, 4, 13), "Change to group/activity"),
    ("KHARTOUM, Nov 18 (Wire) - Thousands of people marched peacefully through Khartoum on Thursday against military "
     "rule. A doctors' committee said 15 people were killed on Wednesday.", dt.date(2021, 11, 18), "Peaceful protest"),
    ("LAGOS, Nov 18 (Wire) - Police arrested 40 people in Lekki on Monday. Rights groups said three people died.",
     dt.date(2021, 11, 18), "Arrests"),
    ("PORT-AU-PRINCE, Feb 26 (Wire) - The government deployed 300 more police officers to the Artibonite on Monday. "
     "A rights group said more than 40 people had died in the region this month.", dt.date(2024, 2, 26),
     "Change to group/activity"),
])
def test_no_death_figure_on_a_harmless_event(extractor: Extractor, text: str, day: dt.date, sub: str) -> None:
    reports = [r for r in extractor.code(Document("t", text, day)).reports if r.sub_event_type == sub]
    assert [(r.fatalities, [c.killed for c in r.claims if c.killed]) for r in reports] == [(0, [])]


def test_a_figure_in_the_event_sentence_stays(extractor: Extractor) -> None:
    text = "Seven people were killed in protests over the election result in Conakry on Monday, a minister said."
    assert sum(r.fatalities for r in extractor.code(Document("t", text, dt.date(2020, 3, 24))).reports) == 7
