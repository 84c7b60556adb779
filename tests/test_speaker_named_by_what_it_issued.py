"""A speaker named by what it issued ("Its statement claimed ...", "The statement said ...", "Its latest report put
the number of dead at ...") is the claimant named last, not a claimant called "Its statement"; with none named
before, the outlet speaks. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _claims(extractor: Extractor, text: str) -> list[tuple[str, int | None]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 3, 6), title="", source="t"))
    return [(c.claimant, c.killed) for r in result.reports for c in r.claims]


@pytest.mark.parametrize(("text", "claim"), [
    ("Tajik border guards opened fire on a Kyrgyz post near Ak-Say, Kyrgyzstan, on Monday. Tajikistan's State "
     "Committee for National Security said two of its servicemen were wounded. Its statement claimed that at least "
     "three Kyrgyz soldiers died.", ("Tajikistan's State Committee for National Security", 3)),
    ("The Nigerian army said troops clashed with insurgents near Bama, Borno, on Monday. The statement said 12 "
     "insurgents were killed.", ("Military Forces of Nigeria", 12)),
    ("Gunmen attacked a village near Kasese, Uganda, on Sunday, according to the Uganda Red Cross. Its latest report "
     "put the number of dead at seven.", ("Uganda Red Cross", 7)),
])
def test_what_a_speaker_issued_is_the_speakers_word(extractor: Extractor, text: str,
                                                    claim: tuple[str, int]) -> None:
    assert claim in _claims(extractor, text)


def test_a_report_with_nobody_named_before_is_the_outlets(extractor: Extractor) -> None:
    claims = _claims(extractor, "Gunmen killed four farmers near Zurmi, Zamfara state, on Sunday. The report said "
                                "the attackers fled on motorcycles.")
    assert claims and all(c == "t" for c, _ in claims)
