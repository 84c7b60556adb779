"""Bandits, robbers, rustlers and gangs are doers of another kind than the one armed group an article names: "In
Samburu, bandits ambushed a passenger bus" is no al-Shabaab attack because the article told of one in Mandera.
Gunmen left unnamed still are the article's one group. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 5, 20)


@pytest.mark.parametrize(("text", "actor1"), [
    ("Al-Shabaab fighters attacked a police post near Elwak on Saturday, killing two officers, police said.\n\n"
     "In Samburu, bandits ambushed a passenger bus near Maralal on Sunday, shooting dead the driver, police said.",
     "Unidentified Armed Group (Kenya)"),
    ("Boko Haram fighters raided Gwoza on Saturday, killing five people, residents said.\n\n"
     "In Zamfara, armed robbers killed a trader near Gusau on Sunday, police said.",
     "Unidentified Armed Group (Nigeria)"),
    ("JNIM fighters ambushed an army convoy near Boni on Saturday, killing four soldiers, a security source said.\n\n"
     "Separately, cattle rustlers killed two herders near Nioro du Sahel on Sunday, officials said.",
     "Unidentified Armed Group (Mali)"),
    ("ISWAP fighters overran a base near Marte on Saturday, the army said.\n\n"
     "In Kaduna, kidnappers shot dead a farmer near Kajuru on Sunday, police said.",
     "Unidentified Armed Group (Nigeria)"),
])
def test_criminals_and_raiders_are_not_the_articles_one_group(extractor: Extractor, text: str, actor1: str) -> None:
    assert [r.actor1 for r in coded(extractor, text, day=DAY)][-1] == actor1


def test_unnamed_gunmen_are_the_articles_one_group(extractor: Extractor) -> None:
    text = ("Al-Shabaab fighters attacked a police post near Elwak on Saturday, killing two officers, police said.\n\n"
            "In Garissa, gunmen killed a teacher near Dadaab on Sunday, police said.")
    assert [r.actor1 for r in coded(extractor, text, day=DAY)][-1] == "Al Shabaab"
