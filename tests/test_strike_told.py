"""A force telling what the strike told before did to its enemies' fighters ("U.S. Africa Command said the strike
killed three al Shabaab militants") carried it out; not another's strike, nor one a ministry tells of. Wordings
written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "doer"), [
    ("A strike hit a farm compound near Qoryooley overnight on Tuesday. U.S. Africa Command said the strike killed "
     "three al Shabaab militants.", "Military Forces of the United States"),
    ("An air strike hit a camp in the Zurmi area of Zamfara on Monday. The Nigerian Air Force said the strike "
     "killed dozens of bandits.", "Military Forces of Nigeria"),
    ("An air raid hit a compound near Mir Ali in North Waziristan on Sunday. The Pakistani military said the raid "
     "killed eight militants, including a commander.", "Military Forces of Pakistan"),
])
def test_the_force_that_tells_what_its_strike_did_carried_it_out(extractor: Extractor, text: str,
                                                                  doer: str) -> None:
    assert [r.actor1 for r in coded(extractor, text)] == [doer]


@pytest.mark.parametrize("text", [
    "An air strike hit a market in Kafranbel on Monday. The health ministry said the strike killed 12 civilians.",
    "A drone strike hit a car near Sinjar on Sunday. The Iraqi army said the Turkish strike killed two militants.",
])
def test_no_force_or_another_s_strike_names_no_doer(extractor: Extractor, text: str) -> None:
    assert all(not r.actor1.startswith(("Military Forces of Iraq", "Police")) for r in coded(extractor, text))
