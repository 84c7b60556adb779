"""Fighting an attack set off ("Jihadists attacked an army post, setting off hours of fighting with soldiers and
Russian personnel") was begun by the attack's doer; the forces named in the fight's "with" phrase are all on the
other side, so neither a foreign force nor contractors named there become the doer. Wordings written for this
test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("Jihadist fighters attacked a Malian army post near Niono on Wednesday, setting off hours of fighting with "
     "soldiers and Russian Africa Corps personnel stationed there.", "Unidentified Armed Group (Mali)",
     "Military Forces of Mali"),
    ("Gunmen attacked a police station in Bannu overnight, provoking hours of gunfights with police officers and "
     "soldiers.", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"),
    ("Gunmen attacked an army camp near Gao on Sunday, sparking hours of fighting with Malian soldiers and Wagner "
     "mercenaries.", "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    ("Al Shabaab militants raided a base near Jowhar on Monday, sparking hours of fighting with government troops "
     "and AMISOM soldiers.", "Al Shabaab", "Military Forces of Somalia"),
])
def test_the_attacker_began_the_fighting_it_set_off(extractor: Extractor, text: str, actor1: str,
                                                   actor2: str) -> None:
    assert [(r.actor1, r.actor2) for r in coded(extractor, text)] == [(actor1, actor2)]
