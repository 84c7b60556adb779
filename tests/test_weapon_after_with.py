"""A state-force noun that is also a weapon ("artillery", "helicopters", "jets"), after "with" or "using", is what was
fired, not the side that was hit: "The occupiers shelled Nikopol with heavy artillery, killing a woman" hit
civilians. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _sides(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    return [(r.actor1, r.actor2) for r in result.reports]


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("The occupiers shelled Nikopol with heavy artillery on Monday, killing a woman.",
     "Military Forces of Russia", "Civilians (Ukraine)"),
    ("RSF fighters shelled El Fasher with heavy artillery on Sunday, killing 12 civilians.",
     "Rapid Support Forces", "Civilians (Sudan)"),
    ("Al-Shabaab fighters bombarded Mogadishu with artillery on Friday, wounding seven residents.",
     "Al Shabaab", "Civilians (Somalia)"),
    ("Junta troops attacked the village of Tabayin using jets and helicopters on Monday, killing nine villagers.",
     "Military Forces of Myanmar", "Civilians (Myanmar)"),
])
def test_a_weapon_after_with_is_no_side(extractor: Extractor, text: str, actor1: str, actor2: str) -> None:
    assert [(a1.split(" (")[0] if a1.startswith("Military Forces") else a1, a2)
            for a1, a2 in _sides(extractor, text)] == [(actor1, actor2)]


def test_soldiers_hit_by_the_weapon_are_still_the_side_hit(extractor: Extractor) -> None:
    sides = _sides(extractor, "Russian forces attacked Kupiansk with artillery on Monday, killing three Ukrainian "
                              "soldiers.")
    assert [a2 for _, a2 in sides] == ["Military Forces of Ukraine"]
