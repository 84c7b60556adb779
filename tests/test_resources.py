"""Knowledge as data (src/conflictlens/resources/): every packaged file follows its schema, the schema catches
typos, and every list the code names exists in the data (and every list in the data is used)."""

from __future__ import annotations

import ast
import re
from importlib import resources
from pathlib import Path

import pytest

import conflictlens
from conflictlens.nlp.lexicon import SCHEMAS, ResourceError, check_resource, expand_words, load_resource, word_list

SRC = Path(conflictlens.__file__).parent


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_packaged_file_follows_its_schema(name: str) -> None:
    assert resources.files("conflictlens.resources").joinpath(name).is_file()
    assert load_resource(name)


def test_an_unknown_key_is_an_error_naming_it() -> None:
    with pytest.raises(ResourceError, match="unknown key pattrens"):
        check_resource("triggers.toml", {"shelling": {"event_type": "Explosions/Remote violence",
                                                       "sub_event_type": "Shelling/artillery/missile attack",
                                                       "priority": 60, "patterns": [], "pattrens": []}})
    with pytest.raises(ResourceError, match="unknown key alias"):
        check_resource("actors.toml", {"group": [{"name": "X", "inter": 2, "aliases": [], "alias": []}]})
    with pytest.raises(ResourceError, match="unknown table"):
        check_resource("actors.toml", {"groups": []})
    with pytest.raises(ResourceError, match="missing words"):
        check_resource("words.toml", {"crowd": {"doc": "no words"}})


def test_a_sub_type_outside_the_taxonomy_is_an_error() -> None:
    with pytest.raises(ResourceError, match="not a type and sub-type"):
        check_resource("triggers.toml", {"x": {"event_type": "Battles", "sub_event_type": "Air/drone strike",
                                               "priority": 1, "patterns": []}})
    with pytest.raises(ResourceError, match="kind"):
        check_resource("triggers.toml", {"x": {"event_type": "Battles", "sub_event_type": "Armed clash",
                                               "priority": 1, "patterns": [], "kind": "strong"}})


def _named_in_code() -> dict[str, set[str]]:
    """{'words': lists named by word_list()/word_set()/alternation(), 'files': files named by load_resource(), and
    'tables': (file, table) subscripted right after load_resource()}."""
    named: dict[str, set[str]] = {"words": set(), "files": set(), "tables": set()}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
                arg = node.args[0]
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    continue
                if node.func.id in ("word_list", "word_set", "alternation"):
                    named["words"].add(arg.value)
                elif node.func.id == "load_resource":
                    named["files"].add(arg.value)
            if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Call)
                    and isinstance(node.value.func, ast.Name) and node.value.func.id == "load_resource"
                    and isinstance(node.slice, ast.Constant)):
                named["tables"].add(f"{node.value.args[0].value}:{node.slice.value}")  # type: ignore[attr-defined]
    return named


def test_every_list_and_table_the_code_names_is_in_the_data() -> None:
    named = _named_in_code()
    assert named["words"] and named["files"]
    for name in named["words"]:
        assert word_list(name), name
    for name in named["files"]:
        assert load_resource(name), name
    for ref in named["tables"]:
        file, table = ref.split(":")
        assert table in load_resource(file), ref


def _named_in_triggers() -> set[str]:
    """Lists a trigger pattern takes in as "{words:NAME}"."""
    return {name for spec in load_resource("triggers.toml").values() for p in spec["patterns"]
            for name in re.findall(r"\{words:(\w+)\}", p)}


def test_every_word_list_is_used_by_the_code() -> None:
    assert set(load_resource("words.toml")) == _named_in_code()["words"] | _named_in_triggers()


def test_a_trigger_pattern_naming_no_word_list_is_an_error() -> None:
    with pytest.raises(ResourceError, match="names no list"):
        expand_words("\\b(?:{words:no_such_list}) killed\\b")
    assert "villagers?" in expand_words("{words:victim_people}")


def test_literal_alternation_matches_what_the_flat_longest_first_alternation_matches() -> None:
    import random

    from conflictlens.nlp.lexicon import literal_alternation

    rng = random.Random(7)
    for _ in range(200):
        words = {"".join(rng.choice("ab-. (") for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 8))}
        text = "".join(rng.choice("ab-. (x") for _ in range(40))
        flat = r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)"
        factored = r"(?<!\w)" + literal_alternation(words) + r"(?!\w)"
        assert [m.span() for m in re.finditer(factored, text)] == [m.span() for m in re.finditer(flat, text)]
    assert literal_alternation(["al-Shabaab", "al-Qaeda", "AQ"]) == r"(?:AQ|al\-(?:Qaeda|Shabaab))"
    assert re.fullmatch(literal_alternation(["al-Qaeda", "al-Qaeda in Yemen"]), "al-Qaeda in Yemen")
    assert not re.search(literal_alternation([]), "anything")
