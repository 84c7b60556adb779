"""A group that changes what it is or does: merges, pledges allegiance, renames or dissolves itself, or suspends
its operations (Change to group/activity). Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Two rebel factions in Darfur announced on Monday they were merging into one movement, in El Fasher.",
    "A jihadist faction in Menaka pledged allegiance to the Islamic State on Friday.",
    "The armed group changed its name on Sunday at a ceremony in Idlib, a spokesman said.",
    "The ELN suspended its offensive operations in Arauca on Monday for the holidays.",
    "The militia in Benghazi announced its dissolution on Tuesday.",
])
def test_a_group_changing_what_it_is_or_does(extractor: Extractor, text: str) -> None:
    assert "Change to group/activity" in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "The two companies are merging their operations in Nairobi.",
    "Parliament was dissolved in Bangkok on Monday.",
])
def test_business_or_parliament_changes_are_no_armed_group_change(extractor: Extractor, text: str) -> None:
    assert "Change to group/activity" not in [r.sub_event_type for r in coded(extractor, text)]
