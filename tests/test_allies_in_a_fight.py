"""Forces named together as the subject of a fight that names its other side in a phrase of its own ("soldiers and
police clashed with TPNPB fighters", "police and soldiers exchanged fire with gunmen") fought side by side: the
other side is the one in the "with" phrase. Without such a phrase ("ELN guerrillas and FARC dissidents fought")
the armed actors named together are the two sides. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("On Tuesday, soldiers and police clashed with TPNPB fighters on a ridge above Sugapa in Intan Jaya.",
     "Military Forces of Indonesia", "TPNPB: West Papua National Liberation Army"),
    ("Police and soldiers exchanged fire with gunmen in Sai Buri district, Pattani, on Thursday, killing two "
     "suspected insurgents.", "Police Forces of Thailand", "Unidentified Armed Group (Thailand)"),
    ("Troops and Civilian JTF members fought against Boko Haram fighters near Bama on Sunday, the army said.",
     "Military Forces of Nigeria", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
])
def test_forces_named_together_fought_side_by_side(extractor: Extractor, text: str, actor1: str,
                                                   actor2: str) -> None:
    [report] = coded(extractor, text)
    assert (report.actor1, report.actor2) == (actor1, actor2)


@pytest.mark.parametrize(("text", "sides"), [
    ("ELN guerrillas and FARC dissidents fought for hours near Tame in Arauca on Monday, the army said.",
     {"ELN: National Liberation Army", "FARC Dissidents"}),
    ("Al Shabaab and Islamic State fighters clashed near Qandala in Puntland on Sunday, killing nine.",
     {"Al Shabaab", "Islamic State (Somalia)"}),
])
def test_without_a_with_phrase_they_are_the_two_sides(extractor: Extractor, text: str, sides: set[str]) -> None:
    [report] = coded(extractor, text)
    assert {report.actor1, report.actor2} == sides
