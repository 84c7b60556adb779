"""A town named in another transliteration than the gazetteer's ("Zaporizhzhia" for Zaporizhzhya, "Kupiansk" for
Kupyansk, "Jenin" for Janin) is still that town when a demonym points the text at the attacker's country ("Russian
forces shelled ...", "Israeli forces raided ..."): a y between consonant and vowel is another spelling's i, and a
town just across the border is compared by its spellings, not letter for letter. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.geo.countries import normalise, variant_key
from conflictlens.models import Document


@pytest.mark.parametrize(("a", "b"), [("Zaporizhzhia", "Zaporizhzhya"), ("Kupiansk", "Kupyansk"),
                                      ("Kostiantynivka", "Kostyantynivka"), ("Huliaipole", "Hulyaypole")])
def test_y_before_a_vowel_is_another_spellings_i(a: str, b: str) -> None:
    assert variant_key(normalise(a)) == variant_key(normalise(b))


@pytest.mark.parametrize(("text", "location", "country"), [
    ("Russian forces attacked Zaporizhzhia on Monday, killing three residents.", "Zaporizhzhia", "Ukraine"),
    ("Russian forces shelled Huliaipole overnight, killing two residents.", "Huliaipole", "Ukraine"),
    ("Russian troops shelled Kupiansk overnight, killing two residents.", "Kupiansk", "Ukraine"),
    ("Israeli forces raided Jenin on Monday, killing two young men.", "Jenin", "Palestine"),
])
def test_the_town_stays_in_its_country(extractor: Extractor, text: str, location: str, country: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    assert [(r.location, r.country) for r in result.reports] == [(location, country)]


def test_a_capital_that_names_its_government_is_no_place(extractor: Extractor) -> None:
    """Now that "Kiev" is Kyiv's spelling, "the Kiev regime" must not place the shelling in Kyiv."""
    text = "The Kiev regime shelled the village of Tyotkino on Friday, wounding two residents, the governor said."
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    assert [r.country for r in result.reports] == ["Russia"]
