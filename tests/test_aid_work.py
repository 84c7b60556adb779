"""What aid agencies do is no event of the armed conflict (issue 11, item 4): a clinic, a medical team or
ambulances deployed are no change to an armed group. Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Partners distributed shelter kits to 600 households in Djugu and deployed a mobile clinic on 12 November.",
    "MSF deployed two ambulances and a surgical team to the hospital in Bunia on Tuesday.",
    "The Red Cross deployed volunteers to Beni on Sunday to bury the dead.",
    "The health ministry announced the deployment of medical teams to Kasese on Monday.",
])
def test_aid_deployed_is_no_change_to_a_group(extractor: Extractor, text: str) -> None:
    assert coded(extractor, text) == []


@pytest.mark.parametrize("text", [
    "The army deployed two battalions to Bunia on Tuesday.",
    "Kenya deployed 400 police officers to Port-au-Prince on Monday.",
])
def test_forces_deployed_are_still_a_change(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Change to group/activity"]
