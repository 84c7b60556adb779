"""The actor dictionary: the packaged `resources/actors.toml` extended by the user's own file.

A user adds groups, aliases and country cues without editing the package, in `actors.toml` under
`config.user_data_dir()` (CONFLICTLENS_USER_DATA, else ~/.config/conflictlens): the same `[[group]]` and
`[[cue]]` tables as the packaged file. The user's entries come first, and an alias a user gives a group is
taken from the packaged group that had it: where both name the same words, the user's coding wins. Both
files are checked against one schema (`check_actors`); a bad key, type, inter code or country is an
`InputError` that names the file, the entry and the key. Read once per process, on first use.
"""

from __future__ import annotations

import csv
import datetime as dt
import tomllib
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from conflictlens.config import user_data_dir
from conflictlens.errors import InputError
from conflictlens.nlp.lexicon import load_resource

USER_ACTORS = "actors.toml"
# key -> (type, required)
GROUP_KEYS: Mapping[str, tuple[type, bool]] = {
    "name": (str, True), "inter": (int, True), "aliases": (list, True), "country": ((str, list), False),
    "home": (str, False),
    "local": (bool, False), "cue": (bool, False), "branch": (bool, False), "generic": (bool, False),
    "valid": (list, False), "branches": (dict, False),
}
CUE_KEYS: Mapping[str, tuple[type, bool]] = {"country": (str, True), "aliases": (list, True)}
_HINT = "see 'Your own actors and places' in the README"


def user_actors_path() -> Path:
    return user_data_dir() / USER_ACTORS


@cache
def actor_dictionary() -> dict[str, list[dict[str, Any]]]:
    """{"group": [...], "cue": [...]}: the user's entries (if the file exists), then the packaged ones. A user's
    group alias takes its words from any packaged group that has them ("Wagner" read as the user codes it)."""
    packaged = load_resource("actors.toml")
    path = user_actors_path()
    user = read_user_actors(path) if path.is_file() else {}
    if not user:
        return {"group": _one_country_each(packaged.get("group", [])), "cue": list(packaged.get("cue", []))}
    taken = {a.casefold() for spec in user.get("group", []) for a in spec["aliases"]}
    groups = []
    for spec in _one_country_each(packaged["group"]):
        kept = [a for a in spec["aliases"] if a.casefold() not in taken]
        if kept:
            groups.append({**spec, "aliases": kept} if len(kept) < len(spec["aliases"]) else spec)
    return {"group": [*_one_country_each(user.get("group", [])), *groups],
            "cue": [*user.get("cue", []), *packaged.get("cue", [])]}


def _one_country_each(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Local aliases that hold in several countries ("the coalition" is the United States' in Iraq and in Syria:
    `country = ["Iraq", "Syria"]`) as one entry per country, the shape every reader of the dictionary takes."""
    out: list[dict[str, Any]] = []
    for spec in groups:
        places = spec.get("country")
        out.extend([{**spec, "country": place} for place in places] if isinstance(places, list) else [spec])
    return out


def read_user_actors(path: Path) -> dict[str, Any]:
    """A user's actors file, parsed and checked."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the actors file {path}: {exc}", _HINT) from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"the actors file {path} is not valid TOML: {exc}", _HINT) from exc
    check_actors(data, str(path))
    return data


def check_actors(data: Mapping[str, Any], source: str) -> None:
    """Raise InputError naming the first bad table, entry or key of an actors file."""
    for table in data:
        if table not in ("group", "cue"):
            raise InputError(f"{source}: unknown table [[{table}]] (known: [[group]], [[cue]])", _HINT)
    for kind, schema in (("group", GROUP_KEYS), ("cue", CUE_KEYS)):
        entries = data.get(kind, [])
        if not isinstance(entries, list):
            raise InputError(f"{source}: '{kind}' must be an array of tables ([[{kind}]])", _HINT)
        for i, entry in enumerate(entries, start=1):
            where = f"{source}: [[{kind}]] #{i}" + (f" ({entry['name']!r})" if isinstance(entry.get("name"), str)
                                                    else "")
            _check_entry(entry, schema, where)


def _check_entry(entry: Mapping[str, Any], schema: Mapping[str, tuple[type, bool]], where: str) -> None:
    for key, value in entry.items():
        if key not in schema:
            raise InputError(f"{where}: unknown key '{key}' (known: {', '.join(schema)})", _HINT)
        kind = schema[key][0]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            wanted = " or ".join(k.__name__ for k in kind) if isinstance(kind, tuple) else kind.__name__
            raise InputError(f"{where}: '{key}' must be {wanted}, not {type(value).__name__}", _HINT)
    for key, (_, required) in schema.items():
        if required and key not in entry:
            raise InputError(f"{where}: missing key '{key}'", _HINT)
    aliases = entry["aliases"]
    if not aliases or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise InputError(f"{where}: 'aliases' must be a non-empty list of names", _HINT)
    if "inter" in entry and not 1 <= entry["inter"] <= 8:
        raise InputError(f"{where}: 'inter' must be an ACLED inter code 1-8, not {entry['inter']}", _HINT)
    for key in ("country", "home"):
        for name in _as_list(entry.get(key, [])):
            if name not in country_names():
                raise InputError(f"{where}: {key!r} {name!r} is not a country as ACLED names it "
                                 "(resources/countries.csv)", _HINT)
    if entry.get("local") and "country" not in entry:
        raise InputError(f"{where}: 'local' needs a 'country'", _HINT)
    if isinstance(entry.get("country"), list) and not (entry["country"] and entry.get("local")):
        raise InputError(f"{where}: a list of countries is only for 'local = true' aliases, and not empty "
                         "(one group's name places a text in one country)", _HINT)
    for period in entry.get("valid", []):
        _check_period(period, where)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _check_period(period: Any, where: str) -> None:
    ok = isinstance(period, list) and len(period) == 4 and isinstance(period[2], int) and isinstance(period[3], str)
    try:
        for day in period[:2] if ok else ():
            if day:
                dt.date.fromisoformat(day)
    except (TypeError, ValueError):
        ok = False
    if not ok:
        raise InputError(f"{where}: 'valid' periods are [from, to, inter, name], dates as YYYY-MM-DD or \"\"", _HINT)


@cache
def country_names() -> frozenset[str]:
    """The country names ACLED writes (resources/countries.csv)."""
    text = resources.files("conflictlens.resources").joinpath("countries.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(row["name"] for row in rows)
