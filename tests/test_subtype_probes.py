"""Every ACLED sub-type is reachable from ordinary news wording: three sentences written for each of the 25
(tests/fixtures/subtype_probes.tsv), each coded alone, must yield an event of that sub-type."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document
from conflictlens.taxonomy import EVENT_TYPE_OF

PROBES = [
    tuple(line.split("\t", 1))
    for line in (Path(__file__).parent / "fixtures" / "subtype_probes.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def test_the_probes_cover_every_sub_type_three_times() -> None:
    subs = [sub for sub, _ in PROBES]
    assert set(subs) == set(EVENT_TYPE_OF)
    assert all(subs.count(sub) >= 3 for sub in EVENT_TYPE_OF)


@pytest.mark.parametrize(("sub", "text"), PROBES, ids=[f"{s}-{i}" for i, (s, _) in enumerate(PROBES)])
def test_each_sub_type_from_news_wording(extractor: Extractor, sub: str, text: str) -> None:
    reports = extractor.code(Document("p", text, dt.date(2024, 3, 12))).reports
    assert sub in [r.sub_event_type for r in reports], [(r.sub_event_type, r.location) for r in reports]
