"""A section that details an event told above (a week's glance list, a digest) by naming its town makes that event
the one in focus: the section's next sentence, "In the ensuing firefight, police killed four of the attackers",
with no place of its own, goes on with it, not with the newest event of the list. Wordings written for this
test."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

URI = """Security forces killed five militants in the valley this week, officials said.

ROUNDUP
Monday - Uri: militants attack an army post; two soldiers killed.
Thursday - Sopore: grenade thrown at a police station; three policemen injured.

URI
Officers said the attackers approached the post in the Uri sector before dawn on Monday. In the gunfight that \
followed, three militants were killed, the army said."""

CULIACAN = """A summary of the week's fighting in Sinaloa.

Monday - Culiacan: gunmen fire on a police patrol; one officer killed.
Thursday - Navolato: cartel cells clash in a village; five men dead.

CULIACAN
Neighbours in Culiacan said the patrol had stopped at a traffic light on Monday night. In the shootout that \
followed, two of the gunmen were killed, state police said."""

MANDERA = """North-eastern Kenya saw three deadly attacks this week.

AT A GLANCE
Tuesday - Mandera: al-Shabaab fighters ambush a police vehicle; three officers killed.
Friday - Garissa: gunmen attack a police post; one reservist killed.

MANDERA
Witnesses in Mandera said the vehicle was hit as it left the town. In the ensuing firefight, police killed four \
of the attackers, the county commander said."""


@pytest.mark.parametrize(("text", "town", "figure"), [(URI, "Uri", 3), (CULIACAN, "Culiac", 2),
                                                      (MANDERA, "Mandera", 4)])
def test_the_sections_next_sentence_goes_on_with_the_detailed_event(extractor: Extractor, text: str, town: str,
                                                                    figure: int) -> None:
    reports = extractor.code(Document("t", text, dt.date(2025, 9, 21))).reports
    holders = [(r.sub_event_type, r.location[:len(town)]) for r in reports
               if figure in [c.killed for c in r.claims]]
    assert holders == [("Armed clash", town)], [(r.sub_event_type, r.location, [c.killed for c in r.claims])
                                                for r in reports]
