"""A speaker named again by its head noun alone ("the ministry", "the mission", "the service") is the claimant
named before: its later, higher toll updates its own account (the largest a claimant gives is its figure), instead
of standing as a second claimant whose lower first figure would be the conservative pick. Wordings written for
this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "killed"), [
    ("TRIPOLI (Test Wire) - Clashes between rival militias in Tripoli killed 11 people on Monday, the health ministry "
     "said.\n\nBy Wednesday the toll rose to 14, the ministry said.", 14),
    ("JUBA (Test Wire) - Raiders killed 19 people in a cattle raid near Bor on Sunday, the UN Mission in South Sudan "
     "said.\n\nThe death toll had risen to 23 by Tuesday, the mission said.", 23),
    ("MOGADISHU (Test Wire) - A car bomb killed nine people near the port on Saturday, the Aamin Ambulance service "
     "said.\n\nThe number of dead rose to 12 overnight, the service said on Sunday.", 12),
])
def test_a_claimant_named_again_updates_its_own_toll(extractor: Extractor, text: str, killed: int) -> None:
    reports = coded(extractor, text)
    assert [r.fatalities for r in reports] == [killed], [(r.fatalities, r.claims) for r in reports]
    assert len({c.claimant for c in reports[0].claims}) == 1, reports[0].claims
