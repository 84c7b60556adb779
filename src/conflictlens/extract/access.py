"""Humanitarian access and sieges as events of their own (issue 13, item 4): a Strategic developments / Other
event that tells of an aid convoy turned back, a siege or an airdrop gets the tag (`access-denied`, `siege`,
`airdrop`, patterns in resources/agreements.toml) and the party blamed as actor1 — the one named at the
checkpoint or as the besieger ("turned back at an RSF checkpoint": the RSF), or the government that withheld
the permits."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from conflictlens.models import Report
from conflictlens.nlp.actors import with_article
from conflictlens.nlp.lexicon import load_resource

_GOVERNMENT = re.compile(r"\b(?:the )?(?:government|regime|authorities)\b(?! (?:forces|troops))", re.I)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    spec = load_resource("agreements.toml")["access"]
    return tuple((tag, re.compile(entry["pattern"], re.I)) for tag, entry in spec.items())


def access_tags(text: str) -> tuple[str, ...]:
    return tuple(tag for tag, pattern in _patterns() if pattern.search(text))


def tag_access(r: Report) -> Report:
    if r.event_type != "Strategic developments" or r.sub_event_type != "Other" or not r.evidence:
        return r
    text = r.evidence[0].sentence
    tags = access_tags(text)
    if not tags:
        return r
    changes: dict[str, object] = {"tags": tuple(dict.fromkeys((*r.tags, *tags)))}
    if not r.actor1 and r.actor2 and not r.actor2.startswith("Civilians"):
        # "turned back at an RSF checkpoint": the actor named is the one blamed, not a target
        changes.update(actor1=r.actor2, inter1=r.inter2, actor2="", inter2=None)
    elif not r.actor1 and _GOVERNMENT.search(text) and r.country:
        changes.update(actor1=f"Government of {with_article(r.country)}", inter1=1)
    return dataclasses.replace(r, **changes)  # type: ignore[arg-type]
