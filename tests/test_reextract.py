"""Re-extraction on a rule change, on SQLite and PostgreSQL: the real extractor under two version strings stands
for the rules before and after a change. A document coded by the old version is re-coded by `reextract` and by
`ingest` of the same text; reviewed fields survive, a reviewed event the new rules do not find is kept as
orphaned, and documents already coded by the running version are left alone. Also: the version is a digest of
the rules' files that ignores where they are and how their lines end."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

import conflictlens
from conflictlens.cli import main
from conflictlens.extract.extractor import Extractor
from conflictlens.extract.version import extractor_version, rules_digest
from conflictlens.models import Document
from conflictlens.store import open_store
from conflictlens.store.ingest import ingest
from conflictlens.store.records import report_records
from conflictlens.store.reextract import reextract
from conflictlens.store.review import review
from conflictlens.store.schema import documents

DAY = dt.date(2020, 5, 4)
RAID = Document("raid", "Gunmen killed five villagers in Kaura Namoda on Saturday, police said.\n\n"
                "In a separate incident, soldiers clashed with bandits near Gusau on Sunday, killing three of them.",
                DAY, source="Test Wire")
MARCH = Document("march", "Protesters marched through Kano on Monday to demand the release of detained students.",
                 DAY, source="Test Wire")


@pytest.fixture(scope="module")
def old_rules() -> Extractor:
    return Extractor(version="test-old")


@pytest.fixture(scope="module")
def new_rules() -> Extractor:
    return Extractor(version="test-new")


def _by_location(store) -> dict[str, dict]:
    return {rec["location"]: rec for rec in report_records(store)}


def _versions(store) -> dict[str, str]:
    with store.read() as conn:
        return dict(conn.execute(select(documents.c.doc_id, documents.c.extractor_version)).all())


def test_reextract_recodes_what_an_older_version_stored_and_keeps_reviews(store, old_rules, new_rules):
    ingest(store, [RAID, MARCH], old_rules.code, extractor_version=old_rules.version)
    before = _by_location(store)
    assert set(before) == {"Kaura Namoda", "Gusau", "Kano"}
    review(store, before["Kaura Namoda"]["event_id_cnty"], {"fatalities": "6"}, by="ana")
    assert reextract(store, new_rules.code_many, extractor_version="test-old").documents == 0  # nothing is older

    summary = reextract(store, new_rules.code_many, extractor_version=new_rules.version)
    assert summary.documents == 2 and summary.statuses == {"updated": 2} and summary.orphaned == 0
    after = _by_location(store)
    assert _versions(store) == {"raid": "test-new", "march": "test-new"}
    assert {r["extractor_version"] for r in after.values()} == {"test-new"}
    assert {k: r["event_id_cnty"] for k, r in after.items()} == {k: r["event_id_cnty"] for k, r in before.items()}
    assert after["Kaura Namoda"]["fatalities"] == 6 and after["Kaura Namoda"]["reviewed_fields"] == ["fatalities"]
    assert after["Gusau"]["fatalities"] == 3
    assert reextract(store, new_rules.code_many, extractor_version=new_rules.version).documents == 0


def test_a_reviewed_event_the_new_rules_do_not_find_is_kept_orphaned(store, old_rules, new_rules):
    """The old rules also read a looting in Sokoto into the raid report (the new ones do not): after
    re-extraction the analyst's reviewed event stays, flagged orphaned; the raid's events are re-matched."""
    coded = old_rules.code(RAID)
    wrong = dataclasses.replace(coded.reports[0], event_type="Strategic developments",
                                sub_event_type="Looting/property destruction", location="Sokoto",
                                latitude=13.06, longitude=5.24, event_date=DAY - dt.timedelta(days=9))
    from conflictlens.store import write_document

    write_document(store, RAID, [*coded.reports, wrong], coded.tallies, extractor_version=old_rules.version)
    review(store, _by_location(store)["Sokoto"]["event_id_cnty"], {"notes": "checked by phone"}, by="ana")
    summary = reextract(store, new_rules.code_many, extractor_version=new_rules.version)
    assert summary.orphaned == 1
    after = _by_location(store)
    assert after["Sokoto"]["orphaned"] is True and after["Sokoto"]["notes"] == "checked by phone"
    assert not after["Kaura Namoda"]["orphaned"] and after["Kaura Namoda"]["extractor_version"] == "test-new"


def test_ingest_of_an_unchanged_document_under_a_new_version_recodes_it(store, old_rules, new_rules):
    ingest(store, [RAID], old_rules.code, extractor_version=old_rules.version)
    review(store, _by_location(store)["Gusau"]["event_id_cnty"], {"actor2": "Bandits (Nigeria)"}, by="ana")
    same = ingest(store, [RAID], old_rules.code, extractor_version=old_rules.version)
    assert same.statuses == {"unchanged": 1}
    again = ingest(store, [RAID], new_rules.code, extractor_version=new_rules.version)
    assert again.statuses == {"updated": 1} and again.events == 2
    after = _by_location(store)
    assert _versions(store) == {"raid": "test-new"}
    assert after["Gusau"]["actor2"] == "Bandits (Nigeria)" and after["Gusau"]["extractor_version"] == "test-new"


def test_the_reextract_command_stamps_the_running_version(tmp_path, old_rules, capsys):
    url = f"sqlite:///{tmp_path / 'events.db'}"
    with open_store(url) as store:
        ingest(store, [MARCH], old_rules.code, extractor_version=old_rules.version)
    assert main(["reextract", "--db", url, "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert f"extractor version {extractor_version()}" in err and "documents updated 1" in err, err
    with open_store(url) as store:
        assert _versions(store) == {"march": extractor_version()}
    assert main(["reextract", "--db", url]) == 0
    assert "re-extracted 0 documents" in capsys.readouterr().err


def test_the_version_is_a_digest_of_the_rule_files_not_of_where_they_are(tmp_path):
    package = Path(conflictlens.__file__).parent
    assert extractor_version() == f"rules-{conflictlens.__version__}+{rules_digest()[:12]}"
    copies = []
    for name in ("a", "b"):
        copy = tmp_path / name / "conflictlens"
        shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        copies.append(copy)
    assert rules_digest(copies[0]) == rules_digest(copies[1]) == rules_digest()
    triggers = copies[1] / "resources" / "triggers.toml"
    triggers.write_bytes(triggers.read_bytes().replace(b"\n", b"\r\n"))  # a Windows checkout
    (copies[1] / "cli" / "ingest.py").write_text("# not a rule\n")
    (copies[1] / "nlp" / "__pycache__").mkdir(exist_ok=True)
    (copies[1] / "nlp" / "__pycache__" / "dates.cpython-311.pyc").write_bytes(b"\0")
    assert rules_digest(copies[1]) == rules_digest()
    for changed in ("resources/triggers.toml", "resources/agreements.toml", "nlp/dates.py", "extract/drafts.py",
                    "taxonomy.py"):
        path = copies[0] / changed
        original = path.read_bytes()
        path.write_bytes(original + b"\n# one more line\n")
        assert rules_digest(copies[0]) != rules_digest(), changed
        path.write_bytes(original)
    assert rules_digest(copies[0]) == rules_digest()
