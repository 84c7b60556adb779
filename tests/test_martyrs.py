"""South Asian and Middle Eastern English tells a death in service as martyrdom ("two policemen were martyred",
"embraced martyrdom"), and a constable is police. Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor2", "killed"), [
    ("Three policemen were martyred when militants attacked a checkpoint in Dera Ismail Khan on Monday, police said.",
     "Police Forces of Pakistan", 3),
    ("A policeman was martyred and two others injured in an attack on a police van near Bannu.",
     "Police Forces of Pakistan", 1),
    ("Two soldiers embraced martyrdom during an exchange of fire with terrorists in Tank on Sunday, the ISPR said.",
     "Military Forces of Pakistan", 2),
    ("Four security personnel were martyred when a roadside bomb hit their vehicle near Turbat on Friday.",
     "Military Forces of Pakistan", 4),
    ("A constable was shot dead at a checkpoint near Peshawar on Tuesday.", "Police Forces of Pakistan", 1),
])
def test_martyred_in_service_is_killed(extractor: Extractor, text: str, actor2: str, killed: int) -> None:
    """'Three policemen were martyred when militants attacked a checkpoint': killed, and the dead are the target."""
    assert [(r.actor2, r.fatalities) for r in coded(extractor, text)] == [(actor2, killed)]
