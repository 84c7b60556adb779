"""Long commands: a progress bar on a terminal and one summary line on stderr (documents, events, skips by
kind, seconds); --quiet for scripts; nothing but data on stdout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictlens.cli import main
from conflictlens.cli.progress import RunTally
from conflictlens.ingest.skips import reason_kind
from corpus import write_bad, write_mixed


def test_skip_reasons_are_counted_by_kind() -> None:
    assert reason_kind("not JSON: Expecting value (column 1)") == reason_kind("not JSON: Extra data (column 9)")
    assert reason_kind("record for https://a.example/x is truncated (the file ends inside it)") == (
        "record for URL is truncated")
    tally = RunTally("coded")
    tally.document(3)
    tally.skip("not JSON: Expecting value (column 1)")
    tally.skip("not JSON: Extra data (column 9)")
    line = tally.line()
    assert line.startswith("coded 1 documents in ") and line.endswith(": 3 events, 2 skipped (not JSON 2)")


def test_code_prints_data_on_stdout_and_the_summary_on_stderr(tmp_path: Path, capsys) -> None:
    folder = write_bad(write_mixed(tmp_path / "in"))
    assert main(["code", str(folder), "--format", "jsonl", "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    assert all(json.loads(line)["record_type"] == "event" for line in out.splitlines())
    summary = err.splitlines()[-1]
    assert summary.startswith("coded 11 documents in ")
    assert "5 skipped (" in summary and "no article in the page 1" in summary
    assert "not JSON 1" in summary and "wrong schema 1" in summary
    assert "not English 1" in summary
    assert main(["code", str(folder), "--format", "jsonl", "--workers", "1", "--quiet"]) == 0
    quiet_out, quiet_err = capsys.readouterr()
    assert quiet_out == out and "coded 11 documents" not in quiet_err


def test_ingest_and_export_keep_stdout_for_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write_mixed(tmp_path / "in")
    db = f"sqlite:///{tmp_path / 'e.db'}"
    assert main(["ingest", str(folder), "--db", db, "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "ingested 7 documents in " in err and ": 7 events, 0 skipped; background 0" in err
    assert "documents new 7" in err
    assert main(["export", "--format", "jsonl", "--db", db, "--level", "report"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 7 and err.startswith("exported 7 records in ")
    assert main(["export", "--format", "jsonl", "--db", db, "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_on_a_terminal_the_bar_goes_to_stderr_and_the_data_stays_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # rich draws its bar as on a terminal
    folder = write_mixed(tmp_path / "in")
    assert main(["code", str(folder), "--format", "jsonl", "--workers", "1"]) == 0
    out, err = capsys.readouterr()
    assert len([json.loads(line) for line in out.splitlines()]) == 7
    assert "coded 7 documents" in err and "doc_id" not in err
