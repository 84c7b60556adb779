"""A name before a building's noun ("the Litoral penitentiary in Guayaquil", "the Litoral prison") names the building,
which stands in a town: it is no province, so a province of that name abroad (Litoral is one only in Equatorial
Guinea) neither places the event nor names its country. A province called one stays. Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

DAY = dt.date(2024, 10, 3)


@pytest.mark.parametrize(("text", "country"), [
    ("Soldiers searching the Litoral penitentiary in Guayaquil seized 40 pistols and rifles on Tuesday, the army "
     "said.", "Ecuador"),
    ("Inmates belonging to Los Lobos attacked a rival wing of the Litoral prison on Monday, killing 14 people, "
     "Ecuador's prison authority said.", "Ecuador"),
    ("Gunmen shot dead two traders outside the Oriental market in Kisumu, Kenya, on Monday, police said.", "Kenya"),
])
def test_a_building_s_name_is_no_province_abroad(extractor: Extractor, text: str, country: str) -> None:
    assert [r.country for r in coded(extractor, text, day=DAY)] == [country]


def test_a_province_called_one_stays(extractor: Extractor) -> None:
    text = "Gunmen killed three farmers in Litoral province of Equatorial Guinea on Monday, officials said."
    assert [r.country for r in coded(extractor, text, day=DAY)] == ["Equatorial Guinea"]
