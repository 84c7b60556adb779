"""A compass point written as a name ("the North East", "NORTH-EAST ROUNDUP", "the North-East region") names a
division only of a country the text otherwise points to: in a Nigerian or Burkinabe report it is no place (Botswana
has a North East district), and the town beside it is the event's place. Where the text points to the country that
has such a division (Cameroon's South-West), it stays. Wordings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document


def _places(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2024, 2, 11), title="", source="t"))
    return [(r.location, r.country) for r in result.reports]


@pytest.mark.parametrize(("text", "town", "country"), [
    ("NORTH-EAST ROUNDUP\nGunmen killed four farmers in Gwoza on Saturday, residents said.", "Gwoza", "Nigeria"),
    ("Insurgents killed six loggers near Damboa in the North East on Tuesday, a local official said.", "Damboa",
     "Nigeria"),
    ("Jihadist fighters killed seven herders in the North-East region near Diapaga, a local official said on Sunday.",
     "Diapaga", "Burkina Faso"),
    ("NORTH EAST: Militants stormed a military base in Malam Fatori on Friday and killed five soldiers, sources said.",
     "Malam Fatori", "Nigeria"),
    ("Bandits abducted 12 travellers near Birnin Gwari in the North West on Friday, police said.", "Birnin Gwari",
     "Nigeria"),
])
def test_a_compass_name_of_another_country_is_no_place(extractor: Extractor, text: str, town: str,
                                                       country: str) -> None:
    places = _places(extractor, text)
    assert places and all(c == country for _, c in places)
    assert any(town in name for name, _ in places)


def test_a_compass_division_of_the_country_stays(extractor: Extractor) -> None:
    text = ("SOUTH-WEST\nSeparatist fighters killed two gendarmes in Kumba on Friday, the regional governor said.")
    assert _places(extractor, text) == [("Kumba", "Cameroon")]
