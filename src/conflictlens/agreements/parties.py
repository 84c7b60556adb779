"""Parties to actors: an agreement names its parties as people write them ("the Houthis", "Ukraine", "the
Saudi-led coalition"); events name actors as ACLED does ("Taliban", "Military Forces of Ukraine"). Both
go to one key through the actor dictionary (canonical names and aliases, resources/actors.toml) and the country
names: a state's government, military and police are one party; a coalition binds its members (listed in the
agreement file, and the leading state of an "X-led coalition")."""

from __future__ import annotations

import re
from functools import cache

from conflictlens.agreements.model import Party
from conflictlens.nlp.actor_data import actor_dictionary
from conflictlens.nlp.marks import strip_marks

_STATE_PREFIX = re.compile(
    r"^(?:the )?(?:government|military forces|police forces|armed forces|security forces|army|military|"
    r"forces|president|ministry of defen[cs]e) of (?:the )?(?P<c>.+)$", re.I)
_STATE_SUFFIX = re.compile(
    r"^(?:the )?(?P<c>.+?)(?:'s)? (?:government|army|military|armed forces|forces|troops|authorities|regime)$", re.I)
_LED = re.compile(r"^(?:the )?(?P<c>.+?)[- ]led (?:[\w-]+ )?coalition$", re.I)
_BRACKET = re.compile(r"\s*\((?P<inner>[^)]*)\)\s*$")


def _fold(text: str) -> str:
    plain = strip_marks(text.casefold())
    return " ".join(re.sub(r"[^\w' ]+", " ", plain.replace("’", "'")).split())


@cache
def _aliases() -> dict[str, str]:
    """Folded alias or canonical name -> its key: `group:<canonical name>`, or `state:ISO3` for a state's own
    forces named by their names and acronyms ("IDF", "Frontier Corps"; not a faction in brackets)."""
    out: dict[str, str] = {}
    for spec in actor_dictionary()["group"]:
        if spec.get("local") and spec.get("home"):
            continue  # "the coalition" names Saudi Arabia's forces only in Yemen
        state = _state(spec["name"]) if int(spec["inter"]) == 1 and not _BRACKET.search(spec["name"]) else None
        key = f"state:{state}" if state else f"group:{spec['name']}"
        for alias in (spec["name"], *spec.get("aliases", ())):
            out.setdefault(_fold(alias), key)
        for period in spec.get("valid", ()):
            # HTS became "Military Forces of Syria": that name is the state's; a faction's bracket is the group's
            if _BRACKET.search(str(period[3])) or not _state(str(period[3])):
                out.setdefault(_fold(str(period[3])), key)
    return out


def _state(text: str) -> str | None:
    from conflictlens.geo.countries import iso3_by_name

    bare = re.sub(r"^the ", "", text.strip(), flags=re.I)
    iso = iso3_by_name(bare, allow_demonym=False)
    if iso:
        return iso
    for pattern in (_STATE_PREFIX, _STATE_SUFFIX):
        m = pattern.match(bare)
        if m:
            inner = _BRACKET.sub("", m["c"]).strip()
            iso = iso3_by_name(inner) if inner else None
            if iso:
                return iso
    return None


@cache
def key_of(name: str) -> str:
    """One key per actor: `state:ISO3`, `group:<canonical name>` or `name:<folded name>`."""
    text = name.strip()
    key = _aliases().get(_fold(text))
    if key is None:
        bare = _BRACKET.sub("", text)  # "Islamic State (Syria)": a branch of the group
        key = _aliases().get(_fold(bare)) if bare != text else None
    if key is not None:
        return key
    iso = _state(_BRACKET.sub("", text)) or _state(text)
    if iso:
        return f"state:{iso}"
    return f"name:{_fold(text)}"


def member_keys(party: Party) -> dict[str, str]:
    """Key -> the name it stands for: the party itself, its listed members, the leader of an "X-led coalition"."""
    out = {key_of(party.name): party.name}
    for member in party.members:
        out.setdefault(key_of(member), member)
    led = _LED.match(party.name.strip())
    if led:
        from conflictlens.geo.countries import iso3_by_name

        iso = _state(led["c"]) or iso3_by_name(led["c"])
        if iso:
            out.setdefault(f"state:{iso}", led["c"])
    return out


def match_party(party: Party, actor: str) -> str:
    """How `actor` is bound by `party` ("" when it is not): itself, or "member <name>" of a coalition."""
    if not actor:
        return ""
    akey = key_of(actor)
    keys = member_keys(party)
    if akey in keys:
        name = keys[akey]
        return "itself" if name == party.name else f"member {name}"
    # a faction named in brackets or a longer name: "Military Forces of Libya (Government of National Accord)"
    folded, whole = _fold(actor), _fold(party.name)
    if len(whole) >= 4 and re.search(rf"(?<!\w){re.escape(whole)}(?!\w)", folded):
        return "by name"
    return ""
