"""A base, post or camp an armed group sets up, builds or opens is Headquarters or base established, however the news
names it: "set up a new observation post", "erected a military post", "built a fortified position", "installed a
garrison", "made it their base". Wordings written for this test, end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor

BASES = [line.split("\t", 1)[1] for line in (Path(__file__).parent / "fixtures" / "bases.tsv").read_text(
    encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("text", BASES)
def test_a_base_set_up_built_or_opened_is_established(extractor: Extractor, text: str) -> None:
    assert "Headquarters or base established" in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Aid agencies set up a camp for displaced families outside Goma on Monday after the fighting.",
    "The ministry opened 200 new positions for teachers in Kano on Tuesday.",
    "The UN set up a camp for displaced families near Kaga Bandoro on Friday.",
    "Aid groups set up camps for the displaced outside Mopti last week.",
    "The Red Cross set up a camp for people fleeing the clashes near Bentiu on Sunday.",
    "Authorities set up a new camp for refugees near Gambella on Monday.",
])
def test_a_camp_for_the_displaced_or_a_job_is_no_base(extractor: Extractor, text: str) -> None:
    assert "Headquarters or base established" not in [r.sub_event_type for r in coded(extractor, text)]


@pytest.mark.parametrize("text", [
    "Turkish troops set up two observation points near Atarib in western Aleppo on Sunday.",
    "The army erected a new military point on the road between Tal Tamr and Hasakah on Monday.",
    "Russian forces established a new military point in Ain Issa in Raqqa province on Saturday.",
])
def test_an_observation_or_military_point_set_up_is_a_base(extractor: Extractor, text: str) -> None:
    assert [r.sub_event_type for r in coded(extractor, text)] == ["Headquarters or base established"]
