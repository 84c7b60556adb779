"""Countries named as the one who fired: "Russia fired missiles at Kharkiv", "Israel struck a house in Rafah",
"Officials said Turkey had carried out air strikes on a village", or blamed for it: "The group blamed the attack on
Iran". Such a country stands for its forces (the actor
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


# "... killing a woman and two children, and blamed Pakistan", "The group blamed the attack on Iran", "accused
# Azerbaijan of shelling": the country blamed for it, named right after the blame
_BLAMED = re.compile(
    r"\b(?:blamed|blames|blaming)\s+(?:(?:the|this|that|its|it|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|"
    r"Thursday's|Friday's)\s+(?:[\w'-]+\s+){0,2}?(?:attacks?|strikes?|shelling|bombing|blast|raids?|killings?|"
    r"explosion|incident|assault)\s+on\s+)?"
    r"|\b(?:accused|accuses|accusing)\s+(?=(?:the\s+)?(?:U\.S\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+of\s+(?:carrying\s+"
    r"out|launching|conducting|firing|shelling|bombing|striking|attacking|the\s+(?:attack|strike|shelling)))")
_NAME_AFTER = re.compile(r"(?:(?:the|The)\s+)?(?:U\.S\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")


def countries_that_fired(text: str, names_country: Callable[[str], bool]) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each country named right before a verb of firing or striking in `text`, or named
    as the one blamed for it, in text order."""
    out = []
    for m in _BLAMED.finditer(text):
        after = _NAME_AFTER.match(text, m.end())
        if after is None:
            continue
        words = after.group().split()  # "Pakistan Foreign Office": the shortest run of the first words naming one
        for k in range(1, len(words) + 1):
            name = " ".join(words[:k])
            end = after.start() + len(name)
            if names_country(name.replace(".", "")):
                if not re.match(r"['’]s\b", text[end:end + 2]):  # "blamed Ukraine's allies": the allies
                    out.append((after.start(), end, name))
                break
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
    return tuple(sorted(set(out)))
