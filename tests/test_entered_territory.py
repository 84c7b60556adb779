"""Armed men who entered a country's territory crossed a border; they took no town: "denied that the group's
fighters had entered Chadian territory", "troops entered Ukrainian airspace". Entering a town still takes it.
Wordings written for this test."""

from __future__ import annotations

import pytest

from conflictlens.nlp.triggers import find_triggers

TAKEN = "Non-state actor overtakes territory"


@pytest.mark.parametrize("sentence", [
    "An RSF adviser denied that the group's fighters had entered Chadian territory.",
    "The ministry said militants entered Afghan territory overnight before withdrawing.",
    "Officials said Venezuelan troops moved into Guyanese waters on Sunday.",
    "Rebels walked into Rwandan territory to escape the army, a spokesman said.",
])
def test_entering_a_country_s_territory_takes_no_town(sentence: str) -> None:
    assert TAKEN not in {t.sub_event_type for t in find_triggers(sentence)}


@pytest.mark.parametrize("sentence", [
    "M23 rebels entered Goma on Sunday.",
    "Ukrainian troops marched into Kherson on Friday.",
])
def test_entering_a_town_takes_it(sentence: str) -> None:
    assert TAKEN in {t.sub_event_type for t in find_triggers(sentence)}
