"""An army's passive word for enemies it killed counts them as killed: "Seventeen terrorists were neutralised",
"the assailants, twelve of whom were neutralised", "Four bandits were eliminated". Weapons, drones and threats
neutralised are no dead. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import killed_values


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Seventeen terrorists were neutralised during the operation, the minister told parliament.", 17),
    ("Our forces repelled the assailants, twelve of whom were neutralised.", 12),
    ("In the exchange of fire, seven terrorists were neutralized and two soldiers lost their lives.", 7),
    ("Four bandits were eliminated in the operation near Tsafe, police said.", 4),
])
def test_enemies_neutralised_arekilled_values(sentence: str, dead: int) -> None:
    assert killed_values(sentence)[:1] == [dead]


@pytest.mark.parametrize("sentence", [
    "Three IEDs were neutralised by engineers on the road to Mopti.",
    "Two drones were neutralised over Belgorod overnight.",
    "The threat was neutralised within minutes, the police said.",
])
def test_weapons_and_threats_neutralised_are_no_dead(sentence: str) -> None:
    assert killed_values(sentence) == []
