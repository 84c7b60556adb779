"""What stands beside a figure in a sentence but is no count of its own: blanked before figures are read, a
person's age ("a gendarme aged 22 died") and a figure's repeat in digits ("two (2) soldiers"), with offsets kept so
what `numbers.find_counts` finds still points into the sentence as written; and, once they are read, bodies found
beside a figure of the dead ("five were killed, but only three bodies were found"), marked a part of it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from conflictlens.nlp.count import Count
from conflictlens.nlp.number_words import to_int

# "a gendarme aged 22 died", "two men, aged 19 and 23, were killed", "aged between 30 and 50": a person's age, no
# count (between commas, the commas go too: "Two men, aged 19 and 23, were killed" reads "Two men were killed")
_AGE = re.compile(r",\s*aged\s+\d{1,3}(?:\s*(?:,|and|to|or|-)\s*\d{1,3})*\s*,|\baged\s+(?:between\s+)?\d{1,3}"
                  r"(?:\s*(?:and|to|or|-)\s*\d{1,3})?(?=\s*(?:[,.;)]|$|(?:were|was|had|have|has|died|and|who|in|from|"
                  r"at|on|years)\b))", re.I)


# "two (2) soldiers lost their lives", "four (4) killed and six (6) wounded": a figure in words repeated in digits
# between brackets, as francophone military statements write it, is one figure
_DOUBLED = re.compile(r"\b([A-Za-z]+(?:[- ][A-Za-z]+)?)\s*(\(\s*(\d{1,4})\s*\))")


def _blank_doubled(m: re.Match[str]) -> str:
    said = to_int(m.group(1))
    if said is None:
        said = to_int(m.group(1).split()[-1])
    if said != int(m.group(3)):
        return m.group(0)
    return m.group(0)[:m.start(2) - m.start()] + " " * len(m.group(2))


def blank_ages_and_repeats(sentence: str) -> str:
    """The sentence with each age written out, and each figure's repeat in digits, blanked, offsets kept."""
    if "(" in sentence:
        sentence = _DOUBLED.sub(_blank_doubled, sentence)
    return _AGE.sub(lambda m: " " * len(m.group(0)), sentence) if "aged" in sentence.lower() else sentence


# "three bodies", "the bodies of nine", "the remains of two": dead told through what was found of them
_BODIES_OF = re.compile(r"\b(?:bodies|corpses|remains)\s+of\s+(?:the\s+|some\s+|at\s+least\s+)?$", re.I)
_BODY_NOUN = re.compile(r"\b(?:bodies|corpses|body|corpse)\b", re.I)


def bodies_among_the_dead(sentence: str, counts: list[Count]) -> list[Count]:
    """'Police said five people were killed, but only three bodies had been found', 'the bodies of nine were
    recovered': bodies whose people the sentence does not name, beside a figure of the dead as large, are some of
    those dead, not more of them (a part). 'the bodies of two farmers' names other people and adds."""
    dead = [c for c in counts if c.kind == "killed" and not c.part and not c.tally and c.who and c.value]
    if not dead:
        return counts
    out = []
    for c in counts:
        body = c.kind == "killed" and not c.part and not c.who and c.value is not None and (
            _BODIES_OF.search(sentence, max(0, c.start - 30), c.start)
            or _BODY_NOUN.search(c.text))
        if body and any(d.value >= (c.value or 0) for d in dead):
            c = replace(c, part=True)
        out.append(c)
    return out
