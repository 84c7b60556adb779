"""A crowd that gathered chanting a slogan in quotes ("gathered in Martyrs' Square, chanting "No to militias"") is a
protest, as one chanting "slogans" already was. Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor
from conflictlens.nlp.triggers import find_triggers


@pytest.mark.parametrize("sentence", [
    "Several hundred people gathered in Martyrs' Square in central Tripoli on Wednesday, chanting \"No to militias, "
    "yes to the army\".",
    "About 200 women gathered in front of the parliament in Kathmandu on Monday, chanting \"Justice now\".",
    "Relatives of the missing assembled outside the court in Dhaka on Monday, chanting \u201cBring them home\u201d.",
])
def test_a_crowd_chanting_a_quoted_slogan_protests(extractor: Extractor, sentence: str) -> None:
    assert "Peaceful protest" in {t.sub_event_type for t in find_triggers(sentence)}
    assert [r.sub_event_type for r in coded(extractor, sentence)] == ["Peaceful protest"]


def test_gathering_thoughts_is_no_crowd() -> None:
    assert find_triggers("He gathered his thoughts and said the chant was old.") == []
