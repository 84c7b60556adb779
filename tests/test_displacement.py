"""People fleeing are no event of their own: ACLED codes what drove them out, not the flight. Wordings written for
this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Thousands of families fled their villages around Kalehe on Monday.",
    "Residents of Djibo evacuated the town on Sunday as militants approached.",
    "Hundreds of households were displaced from their homes near Palma on Thursday.",
])
def test_people_fleeing_are_no_event(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


def test_what_drove_them_out_is_still_the_event(extractor: Extractor) -> None:
    text = "Gunmen burned 30 houses in Kauru on Sunday and hundreds of residents fled."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Looting/property destruction"]
