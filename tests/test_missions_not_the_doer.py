"""A peacekeeping or multinational mission an article names (as the one who counted the dead, or who sent a
patrol) is no armed group behind the attacks the article leaves unattributed: "the UN mission said 19 people were
killed when armed youth attacked" names nobody who did it. Articles written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

ARTICLES = [
    ("At least 19 people were killed when armed youth attacked cattle camps outside Bor on Sunday, the UN mission "
     "in South Sudan said.\n\nThe United Nations Mission in South Sudan (UNMISS) said its human rights officers had "
     "confirmed the deaths and that it had sent a patrol to the area.\n\nLocal officials said the attackers drove "
     "off hundreds of cattle.", "UNMISS: United Nations Mission in South Sudan"),
    ("Gunmen killed nine villagers in an overnight raid near Beni, local officials said on Monday.\n\nMONUSCO, the "
     "United Nations mission in Congo, said its peacekeepers had reached the village after the attackers left "
     "and evacuated four wounded to a hospital in Beni.\n\nResidents buried the dead on Monday.",
     "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo"),
    ("Armed men shot dead six traders on the road to Bambari on Thursday, a local official said.\n\nMINUSCA said "
     "its troops would step up patrols on the road, which traders use to bring goods from the capital.\n\nNo group "
     "has said it carried out the killings.",
     "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"),
]


@pytest.mark.parametrize(("text", "mission"), ARTICLES)
def test_a_mission_is_not_the_doer_of_unattributed_attacks(extractor: Extractor, text: str, mission: str) -> None:
    reports = coded(extractor, text)
    assert reports, "no event coded"
    assert all(r.actor1 != mission for r in reports), [(r.sub_event_type, r.actor1) for r in reports]
    assert any(r.actor1.startswith("Unidentified Armed Group") for r in reports), [r.actor1 for r in reports]
