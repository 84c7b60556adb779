"""Troops that "encountered" armed rebels fought them, in the wording of an army's press release: "Troops encountered
some fifteen armed rebels in a village of Guihulngan City, leaving four dead". Troops that encountered resistance
or problems fought nobody new. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded, only_event
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize("text", [
    "Troops of the 62nd Infantry Battalion encountered some fifteen armed rebels in a village of Guihulngan City on "
    "Saturday, leaving four dead, the army said.",
    "Soldiers on patrol encountered about 20 Maoist cadres in a forest near Abujhmarh on Saturday, killing two, "
    "police said.",
    "A police team encountered heavily armed gunmen near Tame on Saturday and two officers were wounded.",
    "Marines encountering Abu Sayyaf militants near Patikul on Saturday lost one man, the military said.",
])
def test_troops_that_encountered_armed_men_fought_them(extractor: Extractor, text: str) -> None:
    assert only_event(extractor, text, day=DAY).sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "Aid convoys encountered long delays at checkpoints near Goma on Saturday.",
    "The mission encountered resistance from local officials in Bunia on Saturday.",
])
def test_encountering_delays_is_no_clash(extractor: Extractor, text: str) -> None:
    assert "Battles" not in [r.event_type for r in coded(extractor, text, day=DAY)]
