"""Countries named as the one who fired: "Russia fired missiles at Kharkiv", "Israel struck a house in Rafah",
"Officials said Turkey had carried out air strikes on a village", said to have done the strike told before: "The
United States carried out the strike", "the strike was conducted by Turkey", or blamed for it: "The group blamed the
attack on Iran". Such a country stands for its forces (the actor finder makes it one) and is no place of the event
(the geocoder takes it as a doer cue, as it takes a demonym on the weapon: "Turkish drones").

Only a launch or a hit of weapons or an assault counts: "Russia launched an inquiry", "Turkey hit back at
critics" and "Ukraine struck a deal" fired nothing. Which words name a country is the caller's
(`names_country`): this layer knows no gazetteer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# a strike or attack told before: "the strike", "Tuesday's drone attack", "this week's bombing"
_TOLD_STRIKE = (r"(?:the|this|that|these|those|[A-Z][a-z]+day's|(?:this|last)\s+week's)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:strikes?|airstrikes?|attacks?|bombings?|raids?|shelling|bombardment|assault)\b")
_STRUCK_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|again|then|later|reportedly|allegedly|overnight|repeatedly|on\s+\w+day)\s+)*"
    r"(?:(?:shelled|bombed|struck|pounded|bombarded|shells|bombs|strikes|pounds|bombards)\b(?!\s+(?:(?:a|an)\s+)?"
    r"(?:deal|agreement|accord|bargain|balance|chord|tone|note|back|out|down)\b)"
    r"|(?:fired|launched|fires|launches|unleashed|carried\s+out|conducted|carries\s+out|conducts)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|drones?|shells|(?:air|drone|missile)\s*strikes?|airstrikes?|"
    r"air\s*raids?|barrages?|salvos?|bombs|artillery|mortars?|projectiles?)\b"
    # "The United States carried out the strike", "Turkey was behind Tuesday's attack": the event told before
    r"|(?:carried\s+out|conducted|carries\s+out|conducts|(?:was|is)\s+behind)\s+" + _TOLD_STRIKE + r")")
# words that may name a country: "Russia", "South Sudan", "the United States", "U.S.", "the U.A.E.", "UAE"
_COUNTRY_WORDS = r"(?:(?:[A-Z]\.){2,}|[A-Z]{2,3}\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
# the words right before the verb
_NAME_WORDS = re.compile(rf"(?:(?:the|The)\s+)?{_COUNTRY_WORDS}$")


# "... killing a woman and two children, and blamed Pakistan", "The group blamed the attack on Iran", "accused
# Azerbaijan of shelling": the country blamed for it, named right after the blame
_BLAMED = re.compile(
    r"\b(?:blamed|blames|blaming)\s+(?:(?:the|this|that|its|it|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|"
    r"Thursday's|Friday's)\s+(?:[\w'-]+\s+){0,2}?(?:attacks?|strikes?|shelling|bombing|blast|raids?|killings?|"
    r"explosion|incident|assault)\s+on\s+)?"
    rf"|\b(?:accused|accuses|accusing)\s+(?=(?:the\s+)?{_COUNTRY_WORDS}\s+of\s+(?:carrying\s+"
    r"out|launching|conducting|firing|shelling|bombing|striking|attacking|the\s+(?:attack|strike|shelling)))")
# "the strike was conducted by Turkey", "the raid had been carried out by the United States": the country named after
_DONE_BY = re.compile(r"\b" + _TOLD_STRIKE + r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:carried\s+out|conducted|"
                      r"launched|staged|mounted)\s+by\s+")
_NAME_AFTER = re.compile(rf"(?:(?:the|The)\s+)?{_COUNTRY_WORDS}")


def countries_that_fired(text: str, names_country: Callable[[str], bool]) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of each country named right before a verb of firing or striking in `text`, or named
    as the one blamed for it, in text order."""
    out = []
    for m in [*_BLAMED.finditer(text), *_DONE_BY.finditer(text)]:
        after = _NAME_AFTER.match(text, m.end())
        words = after.group().split() if after else []
        # "Pakistan Foreign Office": the shortest run of the first words that names one
        name = _first_country((" ".join(words[:k]) for k in range(1, len(words) + 1)), names_country)
        end = after.start() + len(name) if after and name else 0
        if name and not re.match(r"['’]s\b", text[end:end + 2]):  # "blamed Ukraine's allies": the allies
            out.append((end - len(name), end, name))
    for m in _STRUCK_AFTER.finditer(text):
        before = _NAME_WORDS.search(text, max(0, m.start() - 40), m.start())
        words = before.group().split() if before else []
        # "On Saturday Russia": the longest run of the last words that names one
        name = _first_country((" ".join(words[k:]) for k in range(len(words))), names_country)
        if name:
            out.append((m.start() - len(name), m.start(), name))
    return tuple(sorted(set(out)))


def _first_country(runs: Iterable[str], names_country: Callable[[str], bool]) -> str | None:
    """The first run of words that names a country ("U.S." is "US")."""
    return next((run for run in runs if names_country(run.replace(".", ""))), None)
