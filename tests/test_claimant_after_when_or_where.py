"""When or where a figure was given, written before who gave it ("On Wednesday police said ...", "Late on Tuesday the
health ministry said ...", "In Bunia, a civil society leader, ..., said ..."), is no part of the claimant's name.
Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _claimants(extractor: Extractor, text: str) -> list[tuple[str, int | None]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 12), title="", source="t"))
    return [(c.claimant, c.killed) for r in result.reports for c in r.claims]


@pytest.mark.parametrize(("text", "claim"), [
    ("Gunmen killed four villagers in Zurmi, Zamfara state, on Monday. On Wednesday police said two more bodies had "
     "been found.", "Police Forces of Nigeria"),
    ("An Israeli air strike hit a house in Nabatieh, Lebanon, on Monday, killing three people. Late on Tuesday the "
     "health ministry said the toll had risen to five.", ("Ministry of Health of Lebanon", 5)),
    ("Al-Shabaab fighters stormed a base in Lower Shabelle, Somalia, on Friday. By Saturday morning the Somali army "
     "said 12 soldiers had been killed.", ("Military Forces of Somalia", 12)),
    ("Police raided a camp near Goma, North Kivu, on Monday. On 10 March the provincial governor said three "
     "suspects had been shot dead.", None),
])
def test_when_it_was_said_is_no_part_of_the_claimant(extractor: Extractor, text: str, claim: object) -> None:
    claims = _claimants(extractor, text)
    assert not any(c.lower().startswith(("on ", "late ", "by ", "in ")) for c, _ in claims), claims
    if isinstance(claim, tuple):
        assert claim in claims
    elif claim:
        assert claim in [c for c, _ in claims]


def test_where_it_was_said_is_no_claimant(extractor: Extractor) -> None:
    claims = _claimants(extractor, "ADF rebels attacked a village near Mutwanga, North Kivu, on Sunday. In Mutwanga, "
                                   "a civil society leader, Jean Baraka, said residents had counted nine bodies.")
    assert claims and not any(c.startswith("In ") for c, _ in claims), claims
