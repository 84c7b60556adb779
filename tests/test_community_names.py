"""A people's name before a word for its people or places ("the mainly Hazara neighbourhood", "the Hazara community",
"Dinka villagers", "Misseriya herders") is no place, whatever district shares it (Hazara is a division of Pakistan):
words.toml [peoples], [community_nouns]. The same name before a unit word stays a place. Wordings written for this
test."""

from __future__ import annotations

import pytest

from conflictlens.geo.geocode import find_place_mentions


@pytest.mark.parametrize(("sentence", "name", "cues"), [
    ("A bomb exploded in the mainly Hazara neighbourhood of Dasht-e Barchi in western Kabul on Saturday.", "Hazara",
     ["Afghanistan", "Pakistan"]),
    ("Relatives gathered to demand better protection for the Hazara community.", "Hazara", ["Pakistan"]),
    ("Hazara women marched through Quetta on Friday to demand protection.", "Hazara", ["Pakistan"]),
    ("Gunmen attacked Dinka villagers near Bor on Sunday.", "Dinka", ["India"]),
    ("Clashes broke out between Misseriya herders and Ngok Dinka youths near Abyei.", "Misseriya", ["Philippines"]),
])
def test_a_people_before_its_community_is_no_place(sentence: str, name: str, cues: list[str]) -> None:
    start = sentence.index(name)
    # (the countries the text points to let a spelling variant in: "Hazara" is then Pakistan's Hazro)
    found = find_place_mentions(sentence, [(start, start + len(name), "GPE")], cues)
    assert all(m.text != name for m in found)


def test_the_name_before_a_unit_word_stays_a_place() -> None:
    sentence = "Police raided homes in Hazara division of Khyber Pakhtunkhwa."
    start = sentence.index("Hazara")
    found = find_place_mentions(sentence, [(start, start + 6, "GPE")])
    assert any(m.text.startswith("Hazara") for m in found)
