"""Coding in several processes: every core by default for inputs of more than one chunk, same output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictlens.cli import main
from conflictlens.config import AUTO_WORKERS, available_cores, load_settings
from conflictlens.extract.batch import code_items
from conflictlens.extract.extractor import CHUNK, Extractor, _auto_workers, _chunks
from conflictlens.models import Document, Skip


def _docs(n: int) -> list[Document]:
    return [Document(f"d{i}", f"text {i}") for i in range(n)]


def test_one_chunk_runs_in_one_process_and_two_chunks_use_every_core() -> None:
    workers, chunks = _auto_workers(_chunks(_docs(CHUNK), CHUNK))
    assert workers == 1 and sum(len(c) for c in chunks) == CHUNK
    workers, chunks = _auto_workers(_chunks(_docs(CHUNK + 1), CHUNK))
    assert workers == available_cores()
    assert [d.doc_id for c in chunks for d in c] == [f"d{i}" for i in range(CHUNK + 1)]


def test_workers_env_accepts_auto_and_a_number(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFLICTLENS_WORKERS", "auto")
    assert load_settings().workers == AUTO_WORKERS
    monkeypatch.setenv("CONFLICTLENS_WORKERS", "3")
    assert load_settings().workers == 3
    monkeypatch.delenv("CONFLICTLENS_WORKERS")
    assert load_settings().workers == 1  # the library default stays one process; the commands go wide


class _Echo(Extractor):
    """Real chunking and worker plumbing; the 'extraction' is skipped so the order alone is checked."""

    def _code_chunk(self, docs):  # type: ignore[no-untyped-def]
        from conflictlens.extract.extractor import CodeResult

        return [CodeResult(d, (), ()) for d in docs]


def test_code_items_keeps_skips_in_place_between_documents() -> None:
    items: list[Document | Skip] = [Skip("a", "empty file"), *_docs(2), Skip("b", "bad line"), *_docs(1),
                                    Skip("c", "truncated")]
    got = [(type(item).__name__, result is not None) for item, result in code_items(items, _Echo(), workers=1)]
    assert got == [("Skip", False), ("Document", True), ("Document", True), ("Skip", False),
                   ("Document", True), ("Skip", False)]


def _corpus(tmp_path: Path, n: int) -> Path:
    lines = []
    for i in range(n):
        text = "" if i == 5 else (
            f"Gunmen abducted {i + 2} passengers from a bus near Kaduna on Sunday." if i % 2
            else f"Police arrested {i + 3} protesters in Lagos on Monday.")
        lines.append({"id": f"d-{i}", "published": "2021-04-05", "text": text})
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


def test_ingest_with_workers_stores_what_one_process_stores(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    docs = _corpus(tmp_path, CHUNK + 4)
    one, two = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'two.db'}"
    assert main(["ingest", str(docs), "--db", one, "--workers", "1", "--quiet"]) == 0
    assert main(["ingest", str(docs), "--db", two, "--quiet"]) == 0  # default: every core (two chunks)
    capsys.readouterr()
    exported = []
    for db in (one, two):
        assert main(["export", "--format", "jsonl", "--level", "report", "--db", db]) == 0
        records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        exported.append([(r["doc_id"], r["event_type"], r["location"], r["fatalities"]) for r in records])
    assert exported[0] == exported[1]
    assert len({doc for doc, *_ in exported[0]}) == CHUNK + 3  # every document but the empty one
