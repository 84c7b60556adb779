"""Forces named as their enemies' officials and state media name them: "the Kiev regime" and "armed formations of
Ukraine" (Russian officials) are Ukraine's forces, "the Zionist enemy" (Lebanese, Iranian and Yemeni media) Israel's,
and "the occupiers" in a Ukrainian governor's words Russia's; the capital in "the Kyiv regime" is no place, and
"Russian occupiers" in a Ukrainian town do not move the town to Russia. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


@pytest.mark.parametrize(("text", "actor1", "country"), [
    ("The Kiev regime shelled the village of Tyotkino on Friday, wounding two residents, the governor said.",
     "Military Forces of Ukraine", "Russia"),
    ("Armed formations of Ukraine struck a residential block in Horlivka with rockets on Tuesday, killing four "
     "civilians.", "Military Forces of Ukraine", "Ukraine"),
    ("The Zionist enemy bombed a house in Bint Jbeil on Sunday, killing three people, the state news agency said.",
     "Military Forces of Israel", "Lebanon"),
    ("The Zionist regime carried out air strikes on Sanaa airport on Tuesday, killing three people.",
     "Military Forces of Israel", "Yemen"),
    ("The occupiers shelled Nikopol overnight, wounding two women, the regional governor wrote on Telegram.",
     "Military Forces of Russia", "Ukraine"),
    ("Russian occupiers dropped a guided bomb on a school in Kupiansk on Monday, killing a teacher.",
     "Military Forces of Russia", "Ukraine"),
])
def test_forces_named_as_their_enemies_name_them(extractor: Extractor, text: str, actor1: str,
                                                  country: str) -> None:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    assert [(r.actor1.split(" (")[0], r.country) for r in result.reports] == [(actor1, country)]
    assert result.reports[0].actor2.startswith("Civilians")
