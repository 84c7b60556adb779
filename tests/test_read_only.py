"""A read-only store opens read-only (issue 15): export and history work, every write says "the store is
read-only" (exit 4), nothing is created beside it. SQLite read-only three ways (a `mode=ro` URI, an immutable
file, a read-only mount) and PostgreSQL (a database whose transactions are read-only)."""

from __future__ import annotations

import contextlib
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url

from builders import claim, doc, strike
from conflictlens.cli import main
from conflictlens.errors import StoreError
from conflictlens.store import open_store, write_document
from conflictlens.store.review import review
from conftest import fresh_pg_database


def fill(url: str) -> str:
    with open_store(url) as store:
        write_document(store, doc("ro-1", "An air strike hit a market in Idlib city, killing 7."),
                       [strike("ro-1", claims=(claim("SOHR", 7, doc_id="ro-1"),))])
        review(store, "1", {"fatalities": "8"}, by="ana")
    return "1"


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True).returncode == 0


@contextlib.contextmanager
def sqlite_read_only(kind: str, folder: Path) -> Iterator[str]:
    folder.mkdir()
    path = folder / "archive.db"
    fill(f"sqlite:///{path}")
    if kind == "uri":
        yield f"sqlite:///file:{path}?mode=ro&uri=true"
    elif kind == "immutable":
        if not _run("chattr", "+i", str(path)):
            pytest.skip("chattr +i is not permitted here")
        try:
            yield f"sqlite:///{path}"
        finally:
            _run("chattr", "-i", str(path))
    else:
        mount = folder.parent / "mounted"
        mount.mkdir()
        if not (_run("mount", "--bind", str(folder), str(mount))
                and _run("mount", "-o", "remount,ro,bind", str(mount))):
            _run("umount", str(mount))
            pytest.skip("a read-only bind mount is not permitted here")
        try:
            yield f"sqlite:///{mount / 'archive.db'}"
        finally:
            _run("umount", str(mount))


@pytest.fixture(params=["uri", "immutable", "mount", pytest.param("postgres", marks=pytest.mark.postgres)])
def read_only_url(request, tmp_path, monkeypatch) -> Iterator[str]:
    monkeypatch.chdir(tmp_path)  # a stray ./file: folder would show up here
    if request.param != "postgres":
        with sqlite_read_only(request.param, tmp_path / "store") as url:
            yield url
        return
    for url in fresh_pg_database():
        fill(url)
        name = make_url(url).database
        admin = create_engine(url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
        admin.dispose()
        yield url


def test_export_and_history_work_on_a_read_only_store(capsys, read_only_url, tmp_path):
    assert main(["export", "--level", "report", "--db", read_only_url]) == 0, capsys.readouterr().err
    [record] = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert record["fatalities"] == 8
    assert main(["history", "1", "--db", read_only_url]) == 0
    assert "ana: fatalities 7 -> 8" in capsys.readouterr().out
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("file:")]


def test_writes_to_a_read_only_store_say_so(capsys, read_only_url, tmp_path):
    assert main(["review", "1", "--set", "fatalities=9", "--by", "ana", "--db", read_only_url]) == 4
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("error: the store is read-only") and "SQL" not in line
    text = tmp_path / "new.txt"
    text.write_text("March 4, 2021 - Gunmen killed five people at a checkpoint in Kabul on Monday.\n")
    assert main(["ingest", str(text), "--db", read_only_url, "-q"]) == 4
    assert "the store is read-only" in capsys.readouterr().err
    with open_store(read_only_url) as store:
        assert store.read_only
        with pytest.raises(StoreError, match="read-only"), store.write():
            pass
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("file:")]


def test_a_writable_uri_store_makes_no_stray_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "sub" / "events.db"
    with open_store(f"sqlite:///file:{path}?uri=true") as store:
        assert not store.read_only
    assert path.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["sub"]


def test_a_missing_read_only_file_is_one_line_about_the_path(capsys, tmp_path):
    url = f"sqlite:///file:{tmp_path / 'nope.db'}?mode=ro&uri=true"
    assert main(["export", "--db", url]) == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "check the path" in err and "password" not in err
