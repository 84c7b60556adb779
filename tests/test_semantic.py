"""The semantic fallback (extract/semantic.py): sentences no rule codes get a sub-type by meaning, from the real
embedding model of the `semantic` extra, only when the setting is on, only with a cue, at lower confidence."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from conflictlens.cli import main
from conflictlens.config import load_settings
from conflictlens.extract import semantic
from conflictlens.extract.extractor import Extractor
from conflictlens.models import Document

PUBLISHED = dt.date(2024, 5, 20)
# Sentences no trigger rule codes (written for this test), with the sub-types the fallback gives them.
MISSED_BY_RULES = {
    # (the rules have since learned the earlier wordings here: a bomber's vest, a man bundled into a van, an accord
    # endorsed, a base established, a blockade imposed; these are ones they still miss)
    "Soldiers harassed and groped women at a checkpoint outside Goma on Friday, residents said.": "Sexual violence",
}


@pytest.fixture(scope="module")
def with_fallback() -> Extractor:
    return Extractor(replace(load_settings(), semantic=True))


def _code(extractor: Extractor, text: str) -> list:
    return list(extractor.code(Document("t", text, PUBLISHED)).reports)


def test_the_descriptions_cover_every_sub_type() -> None:
    from conflictlens.taxonomy import EVENT_TYPE_OF

    d = semantic.descriptions()
    assert set(d.labels) == {*EVENT_TYPE_OF, semantic.NONE}


def test_a_description_table_outside_the_taxonomy_or_with_an_unknown_key_is_an_error() -> None:
    from conflictlens.nlp.lexicon import load_resource

    data = load_resource("subtype_descriptions.toml")
    with pytest.raises(semantic.DescriptionError, match="not a sub-type"):
        semantic.check_descriptions({**data, "Drone attack": {"texts": ["A drone hit a car."]}})
    with pytest.raises(semantic.DescriptionError, match="unknown key"):
        semantic.check_descriptions({**data, "Grenade": {"texts": ["A grenade."], "text": ["x"]}})
    with pytest.raises(semantic.DescriptionError, match="no description for Grenade"):
        semantic.check_descriptions({k: v for k, v in data.items() if k != "Grenade"})


def test_a_sentence_without_a_cue_or_with_a_dropped_trigger_is_never_read() -> None:
    from conflictlens.extract.context import SentenceFacts
    from conflictlens.nlp.sentences import split_sentences

    texts = ["Lawmakers met in Lagos on Monday to discuss the budget.",  # no cue
             "Militants threatened to attack the town of Gao on Monday.",  # the rules' trigger dropped: a threat
             "Gunfire was heard between soldiers and insurgents near Pemba on Monday."]  # cue, no trigger: read
    facts = [SentenceFacts(s) for t in texts for s in split_sentences(t)]
    assert semantic.candidates(facts) == [2]


def test_the_missing_extra_is_one_error_line_with_the_pip_command(monkeypatch, tmp_path, capsys) -> None:
    monkeypatch.setattr(semantic, "EXTRA_MODULES", ("torch", "a_module_that_is_not_installed"))
    doc = tmp_path / "a.txt"
    doc.write_text("Gunmen killed two farmers in Bama on Monday.", encoding="utf-8")
    assert main(["code", str(doc), "--semantic", "--published", "2024-05-20", "--quiet"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "semantic extra is not installed" in err and 'pip install -c constraints.txt -e ".[semantic]"' in err


@pytest.mark.slow
@pytest.mark.parametrize("text,sub_event_type", list(MISSED_BY_RULES.items()))
def test_a_sentence_the_rules_miss_gets_its_sub_type_with_the_fallback_on_and_no_event_off(
    extractor: Extractor, with_fallback: Extractor, text: str, sub_event_type: str
) -> None:
    assert _code(extractor, text) == []
    reports = _code(with_fallback, text)
    assert [r.sub_event_type for r in reports] == [sub_event_type]
    assert reports[0].coding_rules[0] == semantic.RULE


@pytest.mark.slow
def test_the_fallback_leaves_a_text_the_rules_code_and_a_text_without_a_cue_alone(
    extractor: Extractor, with_fallback: Extractor
) -> None:
    coded = ("Gunmen shot dead a village chief in Bama on Tuesday. Soldiers and insurgents exchanged gunfire "
             "near Pemba on Tuesday.")
    def unversioned(reports: list) -> list:
        return [replace(r, extractor_version="") for r in reports]

    assert unversioned(_code(with_fallback, coded)) == unversioned(_code(extractor, coded))
    for text in ("Lawmakers met in Lagos on Monday to discuss the budget.",
                 "Militants threatened to attack the town of Gao on Monday."):
        assert _code(with_fallback, text) == []


@pytest.mark.slow
def test_a_fallback_event_has_lower_confidence_than_a_rule_event_with_the_same_facts(
    extractor: Extractor, with_fallback: Extractor
) -> None:
    by_rule = _code(extractor, "A female suicide bomber blew herself up at a busy market in Konduga on Saturday, "
                               "killing four shoppers.")
    by_meaning = _code(with_fallback, "A female bomber detonated her vest at a busy market in Konduga on Saturday, "
                                      "killing herself and four shoppers.")
    assert [r.sub_event_type for r in by_rule] == [r.sub_event_type for r in by_meaning] == ["Suicide bomb"]
    assert by_meaning[0].confidence < by_rule[0].confidence
    assert "semantic_fallback" not in by_rule[0].coding_rules


@pytest.mark.slow
def test_the_fallback_changes_the_extractor_version(with_fallback: Extractor, extractor: Extractor) -> None:
    assert with_fallback.version == f"{extractor.version}+semantic"
