"""One victim named by a title and a name after the killing verb counts one dead: "shot dead tribal elder Ahmed Shah
Rahimi", "killed journalist Maria Lopez", "assassinated a district judge, Abdul Karim", "murdered Father Joseph
Ekka". Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Gunmen shot dead tribal elder Ahmed Shah Rahimi in Kunduz on Monday, police said.",
    "Unknown assailants killed journalist Maria Lopez in Culiacan on Tuesday.",
    "Suspected militants assassinated a district judge, Abdul Karim, in Quetta on Thursday.",
    "Police said gunmen murdered Father Joseph Ekka at his church in Gumla on Sunday.",
    "Troops killed Boko Haram commander Abu Musa near Bama on Tuesday.",
])
def test_a_victim_named_by_title_and_name_is_one_dead(extractor: Extractor, text: str) -> None:
    assert [r.fatalities for r in coded(extractor, text)] == [1]


def test_a_killing_a_protest_is_against_counts_no_dead(extractor: Extractor) -> None:
    text = "Students marched in Khulna on Monday to protest the killing of writer Tarek Hasan last month."
    assert all(r.fatalities == 0 for r in coded(extractor, text))


@pytest.mark.parametrize("text", [
    "Gunmen killed Ernesto Salgado Nava, a city councillor, in Taxco on Thursday as he left a meeting.",
    "Unknown assailants shot dead Juma Ali, a local elder, in Mogadishu on Monday.",
    "Gunmen on a motorbike killed Rafael Ortiz, the mayor of a small town, in Culiacan on Friday.",
    "Militants murdered Abdul Karim, a school teacher, near Kunduz on Sunday.",
])
def test_a_victim_named_before_the_title_is_one_dead(extractor: Extractor, text: str) -> None:
    assert [r.fatalities for r in coded(extractor, text)] == [1]
