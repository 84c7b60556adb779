"""A toll sentence whose only place is in the name of who speaks ("..., according to the Irumu territorial
administration", "the Kharkiv regional prosecutor's office said") gives the figure of the event told just before: the
speaker's seat is no new place, so no second event there. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2025, 3, 7)


@pytest.mark.parametrize(("text", "town", "dead"), [
    ("On Saturday, suspected ADF combatants ambushed two vehicles about 10 km south of Komanda. Seven civilians were "
     "killed and five others are missing, according to the Irumu territorial administration.", "Komanda", 7),
    ("Russian drones struck an apartment block in Kupiansk overnight. Two people were killed, the Kharkiv regional "
     "prosecutor's office said.", "Kupiansk", 2),
    ("Militants attacked a checkpoint in Mir Ali on Tuesday. Three soldiers were killed, the Peshawar corps "
     "headquarters said.", "Mir Ali", 3),
])
def test_the_toll_from_a_seat_elsewhere_is_the_event_s(extractor: Extractor, text: str, town: str,
                                                       dead: int) -> None:
    assert [(r.location, r.fatalities) for r in coded(extractor, text, day=DAY)] == [(town, dead)]
