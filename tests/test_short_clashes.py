"""A clash told as an engagement or an exchange of shots: "cartel gunmen engaged army patrols", "troops engaged ISWAP
fighters", "traded shots with Kenyan soldiers". Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import HOUTHI_FORCES, coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Cartel gunmen engaged army patrols for two hours on a highway near Culiacan on Tuesday.",
    "Troops engaged ISWAP fighters near Monguno on Sunday, the army said.",
    "Al-Shabaab militants traded shots with Kenyan soldiers near Mandera on Friday.",
    "Police and bandits exchanged gunshots for an hour outside Gusau on Wednesday.",
])
def test_an_engagement_or_shots_traded_is_a_clash(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Armed clash"]


def test_parties_engaged_in_talks_do_not_fight(extractor: Extractor) -> None:
    text = "The army and the rebels engaged in talks in Bangui on Monday."
    assert "Armed clash" not in [r.sub_event_type for r in coded(extractor, text)]


def test_a_side_that_was_engaged_by_the_other_keeps_its_roles(extractor: Extractor) -> None:
    text = "Gunmen raiding a village near Cotabato were engaged by MILF fighters in a firefight on Monday."
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Armed clash"]


@pytest.mark.parametrize(("text", "actor2"), [
    ("Pro-government forces attacked Houthi forces east of Marib city on Monday, killing six.", HOUTHI_FORCES),
    ("Tigrayan forces attacked Eritrean forces near Adigrat on Sunday.", "Military Forces of Eritrea"),
    ("Turkish-backed factions attacked SDF forces near Manbij on Tuesday.", "QSD: Syrian Democratic Forces"),
])
def test_forces_that_attacked_other_forces_fought_them(extractor: Extractor, text: str, actor2: str) -> None:
    (r,) = coded(extractor, text)
    assert (r.sub_event_type, r.actor2) == ("Armed clash", actor2)
