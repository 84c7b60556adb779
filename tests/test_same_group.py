"""Attackers "from the same group" or "belonging to the same militia" are the armed group named last before them,
even in an article that names several groups. Articles written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "location", "actor1"), [
    ("JNIM fighters attacked an army post near Niono on Wednesday, officials said.\n\nIn the Menaka region, "
     "fighters of the Islamic State Sahel Province seized a village on Tuesday, residents said.\n\nAcross the "
     "border in Niger, gunmen from the same group stormed a village near Ouallam on Sunday, killing 22 civilians.",
     "Ouallam", "Islamic State (Greater Sahara)"),
    ("ADF rebels killed 12 villagers near Beni on Friday, local officials said.\n\nCODECO militiamen attacked a "
     "displacement camp near Djugu on Saturday.\n\nOn Sunday, fighters belonging to the same militia burned a "
     "health centre near Bunia, killing two patients.", "Bunia", "CODECO: Cooperative for Development of Congo"),
    ("Al Shabaab militants ambushed a convoy near Afgoye on Monday, the army said.\n\nBoko Haram has nothing to do "
     "with Somalia, analysts note, but ISIS-Somalia fighters attacked a checkpoint in Bosaso on Tuesday.\n\nOn "
     "Wednesday, militants from the same group killed four soldiers near Qandala, officials said.", "Qandala",
     "Islamic State (Somalia)"),
])
def test_attackers_from_the_same_group_are_the_group_named_before(extractor: Extractor, text: str, location: str,
                                                                   actor1: str) -> None:
    assert [r.actor1 for r in coded(extractor, text) if r.location == location] == [actor1]
