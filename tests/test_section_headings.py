"""An explainer that lists a week's incidents and then gives each a section under a heading ("THE RAID ON BONI", "The
strike at Aguelhok") details the listed incident in that section: the heading names the incident's place, and the
figures and claims under it belong to that incident, not to the one listed last. Articles written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

CAPITALS = """A week of attacks in northern Burkina Faso has left scores dead. Here is what we know.

- Monday, Djibo: jihadists attacked an army base on the edge of the town.
- Wednesday, near Arbinda: gunmen raided a cattle market.
- Friday, Dori: a roadside bomb hit a bus on the road out of the town.

THE ATTACK ON DJIBO

The army said 14 soldiers were killed and dozens of assailants neutralised. JNIM said it had killed 40 soldiers.

THE MARKET RAID NEAR ARBINDA

Traders said nine people were shot dead and hundreds of cattle taken.

THE BUS IN DORI

Hospital staff said seven passengers were killed."""

TITLES = """Fighting spread across three districts of Cabo Delgado this week.

- On Tuesday insurgents attacked the village of Ancuabe.
- On Thursday soldiers clashed with insurgents outside Macomia.

The Raid on Ancuabe

Residents said six villagers were beheaded and twenty homes burned. A local official gave a toll of eight.

Fighting at Macomia

The army said it killed 11 insurgents and lost two soldiers."""


def _by_place(extractor: Extractor, text: str) -> dict[str, list[int | None]]:
    result = extractor.code(Document(doc_id="d", text=text, published=dt.date(2025, 3, 15), title="", source="t"))
    out: dict[str, list[int | None]] = {}
    for r in result.reports:
        out.setdefault(r.location, []).extend(sorted(c.killed for c in r.claims if c.killed))
    return out


@pytest.mark.parametrize(("text", "place", "figures"), [
    (CAPITALS, "Djibo", [26, 40]),  # the army's 14 soldiers and "dozens" (12) of assailants neutralised
    (CAPITALS, "Arbinda", [9]),
    (CAPITALS, "Dori", [7]),
    (TITLES, "Ancuabe", [6, 8]),
    (TITLES, "Macomia", [13]),
])
def test_a_section_heading_sends_its_figures_to_the_incident_it_names(extractor: Extractor, text: str, place: str,
                                                                      figures: list[int]) -> None:
    claims = _by_place(extractor, text)
    assert place in claims
    assert all(f in claims[place] for f in figures), claims
