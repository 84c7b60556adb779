"""A conflict locality the gazetteer lacked (a custom place, of no known population) just across the border from the
country a demonym points to is where it happened, as a border town of 10,000+ is: "Israeli troops shelled Khiam" is
in Lebanon, "Rwandan troops attacked Kibumba" in DR Congo, not at the attacker's capital. Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "location", "country"), [
    ("Rwandan troops attacked Kibumba on Monday, killing six civilians.", "Kibumba",
     "Democratic Republic of Congo"),
    ("Israeli troops shelled Khiam on Monday, killing two people.", "Khiam", "Lebanon"),
    ("Israeli forces raided Aitaroun overnight, killing a man.", "Aitaroun", "Lebanon"),
])
def test_a_custom_place_across_the_border_stays(extractor: Extractor, text: str, location: str,
                                                country: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    assert [(r.location, r.country) for r in result.reports] == [(location, country)]
