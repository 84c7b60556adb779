"""A "deployment point", "deployment area" or "deployment zone" is a place where troops stay, not troops sent: a
strike said to have hit one is no Change to group/activity. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "The Russian defence ministry says this morning's strike on Kharkiv hit a temporary deployment point of "
    "Ukrainian units, eliminating up to 30 servicemen.",
    "Ukraine's general staff said its drones destroyed a Russian deployment area near Tokmak on Monday.",
    "The group said Tuesday's raid had hit a deployment point of the army near Kidal.",
])
def test_a_deployment_point_is_a_place(extractor: Extractor, text: str) -> None:
    assert all(r.sub_event_type != "Change to group/activity" for r in coded(extractor, text))


def test_troops_deployed_are_still_a_change(extractor: Extractor) -> None:
    text = "The army deployed 2,000 more soldiers to Kidal on Monday."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Change to group/activity"]
