"""A town's name inside a person's name is no place: "District commissioner Hassan Abdulle Mire said" does not move
the event to India's Hassan. spaCy's PERSON span tells the name (in the sentences it reads: those that name an
event); a span that is the town's name alone ("Marinka", which the small model often tags PERSON) stays a place.
Wordings written for this test."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "location"), [
    ("Al-Shabaab fighters stormed a base near Jalalaqsi on Wednesday. District commissioner Hassan Abdulle Mire said "
     "three militiamen were killed in the assault.", "Jalalaqsi"),
    ("Gunmen raided a village outside Garowe on Friday. Regional security chief Mohamed Hassan Ali said the gunmen "
     "killed four herders.", "Garowe"),
    ("Gunmen attacked a bus near Beledweyne on Tuesday. Local MP Ibrahim Hassan Gurey said the attackers killed seven "
     "passengers.", "Beledweyne"),
    ("A roadside bomb hit a minibus near Afgooye on Thursday. Hospital director Fadumo Hassan Warsame said five "
     "passengers were killed.", "Afgooye"),
])
def test_a_town_s_name_inside_a_person_s_name_is_no_place(extractor: Extractor, text: str, location: str) -> None:
    reports = coded(extractor, text)
    assert [r.location for r in reports] == [location], [(r.location, r.country) for r in reports]


def test_a_town_named_beside_a_person_stays_a_place(extractor: Extractor) -> None:
    reports = coded(extractor, "Gunmen shot dead tribal elder Ahmed Shah Rahimi in Kunduz on Monday, police said.")
    assert [r.location for r in reports] == ["Kunduz"]
