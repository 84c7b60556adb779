"""A speaker named again by a surname alone ("Saeedi said", "Yakopo said", "Nwachukwu added") is the role the text
named with the full name before ("The Taliban's spokesman for Panjshir, Mawlawi Abdul Hakim Saeedi, told ..."): one
voice, whose later figure updates its own account instead of standing as a rival claimant's. Wordings written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _claims(extractor: Extractor, text: str, published: dt.date) -> list[tuple[str, int | None]]:
    result = extractor.code(Document(doc_id="d", text=text, published=published, title="", source="t"))
    return [(c.claimant, c.killed) for r in result.reports for c in r.claims]


@pytest.mark.parametrize(("published", "text", "surname"), [
    (dt.date(2022, 10, 12), "Taliban fighters detained four men in Rokha, Panjshir, on Saturday. The Taliban's "
     "spokesman for Panjshir, Mawlawi Abdul Hakim Saeedi, told state television that the province was secure. "
     "Saeedi said the four men were killed in a clash with rebels.", "Saeedi"),
    (dt.date(2024, 11, 21), "Gunmen ambushed a group of men near Wabag, Enga province, Papua New Guinea, on Tuesday. "
     "The provincial police commander, Superintendent Mathias Yakopo, said nine men were killed. Yakopo said two more "
     "bodies had been found later, bringing the toll to 11.", "Yakopo"),
    (dt.date(2024, 3, 6), "Troops clashed with insurgents near Bama, Borno, on Monday. A spokesman for the Nigerian "
     "army, Onyema Nwachukwu, said 12 insurgents were killed. Nwachukwu added that two soldiers were wounded and one "
     "later died.", "Nwachukwu"),
])
def test_a_surname_is_the_role_named_before(extractor: Extractor, published: dt.date, text: str,
                                            surname: str) -> None:
    claims = _claims(extractor, text, published)
    assert claims and not any(surname in c for c, _ in claims), claims


def test_one_voice_keeps_its_own_largest_figure(extractor: Extractor) -> None:
    result = extractor.code(Document(
        doc_id="d", published=dt.date(2024, 3, 6), title="", source="t",
        text="Troops clashed with insurgents near Bama, Borno, on Monday. A spokesman for the Nigerian army, Onyema "
             "Nwachukwu, said 12 insurgents were killed. Nwachukwu added that two soldiers were wounded and one "
             "later died."))
    assert [r.fatalities for r in result.reports] == [12]
