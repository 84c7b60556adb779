"""People named only to say none of them was hurt are no side of the event: "US forces launched two air strikes near
Bosaso, adding that no civilians were hurt" has no civilian target. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize("text", [
    "US forces launched two air strikes near Bosaso on Saturday, the US military said, adding that no civilians were "
    "hurt.",
    "Russian aircraft bombed a militant hideout near Ariha on Saturday, the defence ministry said, stressing that no "
    "civilians were harmed.",
    "The army shelled rebel positions near Bunagana on Saturday and said no residents were hurt.",
    "Police fired tear gas to disperse a crowd in Nairobi on Saturday; no protesters were injured, a police "
    "spokesman said.",
])
def test_nobody_hurt_is_no_target(extractor: Extractor, text: str) -> None:
    event = only_event(extractor, text, day=DAY)
    assert not event.actor2.startswith("Civilians") and event.actor1 != ""
