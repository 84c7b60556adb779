"""Militiamen the text does not name are an unidentified armed group: "Militiamen burned 30 houses near Bunia".
Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "sub"), [
    ("Militiamen burned 30 houses in a village near Bunia on Sunday.", "Looting/property destruction"),
    ("Militia fighters abducted four farmers near Djugu on Monday.", "Abduction/forced disappearance"),
    ("Militiamen attacked demonstrators in Khartoum with machetes, wounding 12.", "Attack"),
    ("Militiamen looted shops in the market of Bangassou on Friday.", "Looting/property destruction"),
])
def test_unnamed_militiamen_are_an_unidentified_armed_group(extractor: Extractor, text: str, sub: str) -> None:
    reports = coded(extractor, text)
    assert [r.sub_event_type for r in reports] == [sub]
    assert reports[0].actor1.startswith("Unidentified Armed Group")


def test_named_militiamen_keep_their_people(extractor: Extractor) -> None:
    reports = coded(extractor, "Fulani militiamen killed five farmers near Jos on Monday.")
    assert [r.actor1 for r in reports] == ["Fulani Ethnic Militia (Nigeria)"]
