"""A post or position named by a state's demonym is that state's forces, the side hit: "opened fire on a Kyrgyz post",
"shelled an Azerbaijani position", "a Pakistani border post" (a fight between armed sides, not an attack on
civilians). A post office is no post. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "hit"), [
    ("Tajik border guards opened fire on a Kyrgyz post near Ak-Say on Monday.", "Military Forces of Kyrgyzstan"),
    ("Indian troops opened fire on a Pakistani border post near Uri on Tuesday, the army said.",
     "Military Forces of Pakistan"),
    ("Armenian troops opened fire on an Azerbaijani position near Lachin on Friday, Baku said.",
     "Military Forces of Azerbaijan"),
    ("Eritrean soldiers attacked an Ethiopian army post near Zalambessa on Sunday, killing two soldiers.",
     "Military Forces of Ethiopia"),
])
def test_a_post_named_by_a_demonym_is_that_states_forces(extractor: Extractor, text: str, hit: str) -> None:
    assert [(r.sub_event_type, r.actor2) for r in coded(extractor, text)] == [("Armed clash", hit)]


def test_a_post_office_is_no_post(extractor: Extractor) -> None:
    text = "Gunmen attacked a Kenyan post office in Mandera on Monday, killing a clerk."
    assert all(not r.actor2.startswith("Military Forces") for r in coded(extractor, text))
