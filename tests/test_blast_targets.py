"""Where a blast was set off is whom it was aimed at: the police station, checkpoint or patrol a bomb went off
outside or near is the target, never the bomber. Wordings written for this test, end to end."""

from __future__ import annotations

import pytest

from builders import coded
from conflictlens.extract.extractor import Extractor


@pytest.mark.parametrize(("text", "actor2"), [
    ("A car packed with explosives blew up outside a police station in Quetta on Friday, wounding four passers-by.",
     "Police Forces of Pakistan"),
    ("A bomb planted on a motorcycle exploded near a police checkpoint in Peshawar on Monday.",
     "Police Forces of Pakistan"),
    ("An explosive device went off next to an army patrol vehicle outside Mogadishu, killing two soldiers.",
     "Military Forces of Somalia"),
    ("A car bomb exploded outside a police community unit in Guayaquil late on Friday.", "Police Forces of Ecuador"),
    ("A roadside bomb went off close to a military checkpoint in Diyala on Sunday.", "Military Forces of Iraq"),
])
def test_the_post_a_bomb_went_off_at_is_the_target(extractor: Extractor, text: str, actor2: str) -> None:
    assert [(r.actor1.startswith("Unidentified"), r.actor2) for r in coded(extractor, text)] == [(True, actor2)]
