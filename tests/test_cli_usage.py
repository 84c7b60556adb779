"""Usage mistakes are exit 2 with a hint, a closed pipe ends quietly (issue 15). Texts written for these tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conflictlens.cli import main

KABUL = "March 4, 2021 - Gunmen killed five people at a checkpoint in Kabul on Monday, police said.\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["nosuch"], "No such command 'nosuch'"),
        (["code", "--nosuch", "x"], "No such option: --nosuch"),
        (["export", "--nosuch"], "No such option: --nosuch"),
        (["code"], "Missing argument"),
        (["code", "x.txt", "--workers", "0"], "'--workers'"),
        (["review", "SYR1", "--set", "fatalities=1"], "Missing option '--by'"),
    ],
)
def test_a_usage_mistake_is_exit_2_with_a_hint(capsys, args, says):
    code, _out, err = run(capsys, *args)
    assert code == 2
    [line] = err.strip().splitlines()
    assert line.startswith("error: ") and says in line and "--help`)" in line and "internal error" not in line


def test_no_command_at_all_prints_the_help_and_exits_2(capsys):
    code, out, err = run(capsys)
    assert code == 2 and "Commands" in out + err and "ingest" in out + err


@pytest.mark.parametrize("flag", ["0001-01-01", "9999-12-31", "1899-12-31"])
def test_a_published_date_out_of_range_is_a_usage_error(capsys, tmp_path, flag):
    path = tmp_path / "a.txt"
    path.write_text(KABUL)
    code, out, err = run(capsys, "code", str(path), "--published", flag)
    assert code == 2 and out == ""
    assert f"--published {flag} is out of range" in err and "1900-01-01 to" in err


def test_a_published_date_in_range_is_accepted(capsys, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(KABUL.split(" - ", 1)[1])
    code, out, _ = run(capsys, "code", str(path), "--published", "1900-01-01", "--format", "jsonl")
    assert code == 0 and json.loads(out.splitlines()[0])["event_date"] <= "1900-01-01"


def test_a_closed_pipe_ends_quietly_with_exit_0(tmp_path: Path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": KABUL}) + "\n" for i in range(300)))
    child = subprocess.Popen(
        [sys.executable, "-c", "from conflictlens.cli import run; run()", "code", str(path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    assert len(child.stdout.read(10)) == 10
    child.stdout.close()  # `| head -c 10`
    err = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(timeout=300) == 0, err
    assert err == ""
