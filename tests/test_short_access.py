"""Aid kept from people, a blockade declared and aid dropped from the air are Strategic developments / Other (the
issue's "aid convoys denied access to a besieged city"): "stopped a WFP convoy carrying flour", "turned back 20 UN
trucks", "imposed a blockade on the town", "cargo planes dropped meals over". Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Houthi fighters stopped a World Food Programme convoy carrying wheat flour at a checkpoint outside Taiz on "
    "Sunday, the agency said.",
    "Sudanese army officers refused to let a Red Cross convoy with surgical supplies cross into South Kordofan on "
    "Monday.",
    "Myanmar's junta blocked the delivery of rice and medicine to displaced families in Kachin state on Friday, aid "
    "groups said.",
    "Ethiopian federal troops turned back 20 UN trucks loaded with food at the border of Tigray on Wednesday.",
    "Israeli authorities closed the Rafah crossing to aid shipments on Monday, leaving trucks of flour waiting in "
    "Egypt, the UN said.",
    "Militiamen prevented a Medecins Sans Frontieres team from reaching the hospital in Bunia on Thursday.",
    "A convoy of 30 trucks with medicines was turned back at a checkpoint near El Obeid on Saturday, OCHA said.",
])
def test_aid_kept_from_people_is_other(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Other"]


@pytest.mark.parametrize("text", [
    "Al-Shabaab fighters imposed a blockade on the town of Hudur on Tuesday, cutting off food supplies, elders said.",
    "JNIM militants blockaded the town of Arbinda on Monday, residents said.",
    "US military cargo planes dropped 38,000 meals over Gaza on Saturday.",
    "Pallets of flour were parachuted into Deir ez-Zor on Sunday by Russian aircraft.",
])
def test_a_blockade_declared_or_an_airdrop_is_other(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Other"]


@pytest.mark.parametrize("text", [
    "Gunmen stopped a bus carrying traders near Zurmi on Friday and robbed the passengers, police said.",
    "Residents of Gaza, under an Israeli blockade since 2007, marched to the border fence on Friday.",
])
def test_no_aid_no_access_event(extractor: Extractor, text: str) -> None:
    assert "Other" not in [r.sub_event_type for r in coded(extractor, text)]
