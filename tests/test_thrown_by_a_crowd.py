"""Projectiles or missiles a crowd throws are stones and bottles, not artillery: "Youths ... threw projectiles at
gendarmes", "Protesters hurled projectiles at police", "Demonstrators threw stones and other missiles at riot
police" are violent demonstrations, never a shelling. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import only_event
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Youths burned tyres near Cosa in Conakry on Thursday, blocked the road with stones and threw projectiles at "
    "gendarmes, who answered with tear gas.",
    "Protesters hurled projectiles at police in Dakar on Friday, officials said.",
    "Demonstrators threw stones and other missiles at riot police in Nairobi on Tuesday.",
    "Rioters pelted police with projectiles in Port Moresby on Wednesday, wounding two officers.",
])
def test_what_a_crowd_throws_is_no_shelling(extractor: Extractor, text: str) -> None:
    event = only_event(extractor, text, day=dt.date(2023, 10, 20))
    assert (event.sub_event_type, event.actor1.split(" (")[0]) == ("Violent demonstration", "Rioters")


def test_projectiles_fired_by_an_army_stay_a_shelling(extractor: Extractor) -> None:
    event = only_event(extractor, "Projectiles fired by the army hit a market in Kadugli on Friday, killing four "
                                  "people.", day=dt.date(2023, 10, 20))
    assert event.sub_event_type == "Shelling/artillery/missile attack"
