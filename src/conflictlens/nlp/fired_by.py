"""Countries named as the one who fired: "Russia fired missiles at Kharkiv", "Israel struck a house in Rafah",
"Officials said Turkey had carried out air strikes on a village". Such a country stands for its forces (the actor
finder makes it one) and is no place of the event (the geocoder takes it as a doer cue, as it takes a demonym on
the weapon: "Turkish drones").

Only a launch or a hit of weapons or an assault counts: "Russia launched an inquiry", "Turkey hit back at
critics" and "Ukraine struck a deal" fired nothing. Which words name a country is the caller's
(`names_country`): this layer knows no gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_STRUCK_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|again|then|later|reportedly|allegedly|overnight|repeatedly|on\s+\w+day)\s+)*"
    r"(?:(?:shelled|bombed|struck|pounded|bombarded|shells|bombs|strikes|pounds|bombards)\b(?!\s+(?:(?:a|an)\s+)?"
    r"(?:deal|agreement|accord|bargain|balance|chord|tone|note|back|out|down)\b)"
    r"|(?:fired|launched|fires|launches|unleashed|carried\s+out|conducted|carries\s+out|conducts)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|drones?|shells|(?:air|drone|missile)\s*strikes?|airstrikes?|"
    r"air\s*raids?|barrages?|salvos?|bombs|artillery|mortars?|projectiles?)\b)")
# the words right before the verb that may name a country: "Russia", "South Sudan", "the United States", "U.S."
_NAME_WORDS = re.compile(r"(?:(?:the|The)\s+)?(?:U\.S\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})$")


def countries_that_fired(text: str, names_country: Callable[[str], bool]) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each country named right before a verb of firing or striking in `text`."""
    out = []
    for m in _STRUCK_AFTER.finditer(text):
        before = _NAME_WORDS.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        words = before.group().split()  # "On Saturday Russia": the longest run of the last words that names one
        for k in range(len(words)):
            name = " ".join(words[k:])
            if name[:1].islower() and words[k] != "the":
                continue
            if names_country(name.replace(".", "")):  # "U.S." is "US"
                out.append((m.start() - len(name), m.start(), name))
                break
    return tuple(out)
