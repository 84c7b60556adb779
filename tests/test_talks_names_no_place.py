"""A city in the name of a diplomatic forum or treaty is no place of an event: "informed the co-chairs of the Geneva
International Discussions", "in breach of the Geneva Conventions", "the Jeddah peace talks". Wordings written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "forum"), [
    ("Russian border guards detained two villagers near Gori on Saturday. The security service called the detention "
     "illegal and said it had informed the co-chairs of the Geneva International Discussions.", "Geneva"),
    ("Militiamen shot dead three farmers near Bunia on Saturday. A rights group said the killing of civilians was a "
     "grave breach of the Geneva Conventions.", "Geneva"),
    ("Fighters shelled a market in El Obeid on Saturday, killing nine people. The attack came as the army walked out "
     "of the Jeddah Peace Talks.", "Jeddah"),
    ("Rebels attacked an army post near Goma on Saturday, killing two soldiers. Both sides accused each other of "
     "violating the Doha Framework Agreement.", "Doha"),
    ("Border guards detained three fishermen near Zugdidi on Saturday. The detentions were raised at the Geneva "
     "International Discussions on Monday.", "Geneva"),
    ("Shells hit a school in Sotk on Saturday, wounding two pupils. Yerevan said the shelling of the school "
     "breached the Geneva Conventions.", "Geneva"),
])
def test_a_forum_city_is_no_place(extractor: Extractor, text: str, forum: str) -> None:
    reports = extractor.code(Document("t", text, DAY)).reports
    assert reports and forum not in {r.location for r in reports}
