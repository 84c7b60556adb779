"""Documents not in English are skipped with their language named and counted; English stays English, even
short dispatches full of names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictlens.cli import main
from conflictlens.nlp.language import foreign_language
from corpus import FRENCH, write_bad

RUSSIAN = "Боевики обстреляли позиции армии возле Донецка в понедельник, погибли трое военных, сообщили в штабе."
ARABIC = "قتل خمسة جنود في هجوم بسيارة مفخخة على نقطة تفتيش في مقديشو يوم الأربعاء، حسبما قالت الشرطة الصومالية."


@pytest.mark.parametrize(("text", "name"), [(FRENCH, "French (fr"), (RUSSIAN, "Russian (ru"), (ARABIC, "Arabic (ar")])
def test_a_foreign_article_is_named(text: str, name: str) -> None:
    assert (foreign_language(text) or "").startswith(f"not English: {name}")


@pytest.mark.parametrize("text", [
    "Al Shabaab kills 5 in Mogadishu",
    "Police arrested 12 protesters in Lagos on Monday.",
    "HOMS, Syria - Government warplanes struck a market in Talbiseh on Monday, killing 9 civilians, the Syrian "
    "Observatory for Human Rights said.",
    "Hayat Tahrir al-Sham fighters clashed with Liwa al-Quds near Saraqib; Jaysh al-Izza shelled Kafr Nabudah.",
])
def test_english_stays_english(text: str) -> None:
    assert foreign_language(text) is None


def test_code_skips_the_french_article_and_counts_it(tmp_path: Path, capsys) -> None:
    folder = write_bad(tmp_path / "bad")
    assert main(["code", str(folder / "docs.jsonl"), "--format", "jsonl", "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["ok-1"]
    assert "docs.jsonl:line 3: not English: French (fr, p=1.00)" in err
    assert "not English 1" in err.splitlines()[-1]


def test_ingest_records_the_skipped_language(tmp_path: Path, capsys) -> None:
    from sqlalchemy import select

    from conflictlens.store.engine import open_store
    from conflictlens.store.schema import documents

    folder = write_bad(tmp_path / "bad")
    db = f"sqlite:///{tmp_path / 'e.db'}"
    assert main(["ingest", str(folder / "docs.jsonl"), "--db", db, "--workers", "1"]) == 0
    assert "not English 1" in capsys.readouterr().err
    store = open_store(db)
    try:
        with store.read() as conn:
            rows = dict(conn.execute(select(documents.c.doc_id, documents.c.skipped)).all())
    finally:
        store.close()
    assert rows["fr-1"].startswith("not English: French") and rows["ok-1"] is None
