"""One victim named by name alone, with no title or noun, counts one dead: "Soldiers shot dead Musa Bello near
Maiduguri", "Juma Okello, 24, was shot dead in Kisumu". A group's name in the same place ("killed Boko Haram in
Sambisa") is no victim. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded, killed_values
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize("text", [
    "Soldiers shot dead Ahmed Salim near Nablus on Tuesday, the health ministry said.",
    "Unknown gunmen shot dead Ernesto Salgado Nava in Taxco on Tuesday.",
    "Troops gunned down Musa Bello near Maiduguri on Wednesday, his family said.",
    "Gang members murdered Jean-Baptiste Pierre in Croix-des-Bouquets on Sunday.",
    "Police in Kisumu shot dead Juma Okello, 24, on Monday during a protest over fuel prices.",
])
def test_a_victim_named_by_name_alone_is_one_dead(extractor: Extractor, text: str) -> None:
    assert [r.fatalities for r in coded(extractor, text)] == [1]


@pytest.mark.parametrize("sentence", [
    "Juma Okello, 24, was shot dead in Kisumu on Monday.",
    "Ahmed al-Masri was killed in an air strike on his car in Khan Younis.",
    "Maria Fernanda Rojas was gunned down outside her home in Tulua on Friday.",
])
def test_a_victim_named_alone_then_killed_is_one_dead(sentence: str) -> None:
    assert killed_values(sentence) == [1]


def test_a_victim_named_alone_and_a_relative_are_two_dead() -> None:
    assert killed_values("Gunmen shot dead Musa Bello and his brother near Zaria on Sunday.") == [2]


@pytest.mark.parametrize("sentence", [
    "Troops killed Boko Haram in Sambisa, the army said.",
    "The army said it had killed Islamic State in the area.",
    "Soldiers shot dead Boko Haram fighters near Bama.",
    "Gunmen killed Monday Okon's cattle near Makurdi.",
])
def test_a_groups_name_or_a_noun_after_the_name_is_no_victim(sentence: str) -> None:
    assert 1 not in killed_values(sentence)
