"""Hostile input (issue 15): one bad record never stops a batch. Each test is one probe's example, written for
these tests; the ones that touch a store run on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from conflictlens.cli import main
from conflictlens.config import Settings
from conflictlens.extract.extractor import Extractor
from conflictlens.ingest import read_inputs
from conflictlens.ingest.text import clean_text
from conflictlens.models import Document, Skip
from conflictlens.store import open_store
from conflictlens.store.schema import documents

KABUL = "Gunmen killed five people at a checkpoint in Kabul on Monday, police said."
HERAT = "A roadside bomb killed three soldiers near Herat on Tuesday, the army said."


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def line(**record: object) -> str:
    return json.dumps(record) + "\n"


def read(*paths: Path | str, **settings: int) -> list[Document | Skip]:
    return list(read_inputs([str(p) for p in paths], settings=Settings(db_url="sqlite://", **settings)))


def stored_texts(url: str) -> dict[str, str]:
    with open_store(url) as store, store.read() as conn:
        return {r.doc_id: r.text for r in conn.execute(select(documents.c.doc_id, documents.c.text))}


# --- JSONL -------------------------------------------------------------------------------------------


def test_a_jsonl_line_nested_1000_levels_is_a_skip_and_the_lines_after_it_are_read(capsys, tmp_path):
    path = tmp_path / "deep.jsonl"
    deep = '{"id": "deep", "text": "x", "extra": ' + "[" * 1000 + "]" * 1000 + "}\n"
    path.write_text(line(id="a", text=KABUL, published="2021-03-04") + deep
                    + line(id="c", text=HERAT, published="2021-03-04"))
    items = read(path)
    assert [i.doc_id for i in items if isinstance(i, Document)] == ["a", "c"]
    [skip] = [i for i in items if isinstance(i, Skip)]
    assert skip.origin.endswith("deep.jsonl:line 2") and "nested too deeply" in skip.reason
    code, out, err = run(capsys, "code", str(path), "--format", "jsonl")
    assert code == 0 and {json.loads(x)["doc_id"] for x in out.splitlines()} == {"a", "c"}
    assert "skipped:" in err and "line 2" in err


def test_a_file_whose_first_line_is_too_deep_is_still_read_as_jsonl(tmp_path):
    path = tmp_path / "deep-first"  # no suffix: sniffed
    path.write_text('{"a": ' + "[" * 5000 + "]" * 5000 + "}\n" + line(id="b", text=KABUL))
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Skip", "Document"]


@pytest.mark.parametrize("field", ["text", "title", "url", "id", "source"])
def test_a_lone_surrogate_in_any_field_is_replaced_not_fatal(tmp_path, field):
    record = {"id": "s1", "text": KABUL, "published": "2021-03-04", "url": "https://news.example/1"}
    record[field] = record.get(field, "Wire") + "\ud800"
    path = tmp_path / "surrogate.jsonl"
    path.write_text(json.dumps(record) + "\n" + line(id="ok", text=HERAT, published="2021-03-04"))
    first, second = read(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    value = {"text": first.text, "title": first.title, "url": first.url, "id": first.doc_id,
             "source": first.source}[field]
    assert value is not None and value.endswith("\ufffd")
    first.text.encode("utf-8")  # no surrogate left: every later stage can encode it


def test_lone_surrogates_are_coded_mid_batch_and_earlier_events_are_printed(capsys, tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(line(id="a", text=KABUL, published="2021-03-04")
                    + '{"id": "b", "text": "Militants \\ud800 attacked a base near Kandahar on Monday, killing two '
                      'soldiers.", "title": "\\udc00", "url": "https://x.example/\\ud800", "published": "2021-03-04"}\n'
                    + line(id="c", text=HERAT, published="2021-03-04"))
    code, out, _ = run(capsys, "code", str(path), "--format", "jsonl")
    assert code == 0
    assert {json.loads(x)["doc_id"] for x in out.splitlines()} >= {"a", "c"}


def test_clean_text_removes_nul_replaces_surrogates_and_composes():
    assert clean_text("Kabul\x00 e\u0301\ud800") == "Kabul \u00e9\ufffd"
    assert clean_text(None) == "" and clean_text("plain") == "plain"


@pytest.mark.parametrize("payload", ["nul", "surrogate"])
def test_ingest_stores_texts_with_nul_or_surrogates(capsys, tmp_path, store_url, payload):
    bad = "Kabul\\u0000 market" if payload == "nul" else "Kabul \\ud800 market"
    path = tmp_path / f"{payload}.jsonl"
    path.write_text('{"id": "bad", "title": "t\\ud800", "url": "https://n.example/\\ud800", "text": "Gunmen '
                    f'killed five people in a {bad} on Monday.", "published": "2021-03-04"}}\n'
                    + line(id="good", text=HERAT, published="2021-03-04"))
    code, out, err = run(capsys, "ingest", str(path), "--db", store_url, "-q")
    assert code == 0, err
    texts = stored_texts(store_url)
    assert set(texts) == {"bad", "good"}
    assert "\x00" not in texts["bad"] and ("Kabul market" in texts["bad"] or "\ufffd" in texts["bad"])


def test_a_published_date_out_of_range_is_a_skip_with_the_range(tmp_path):
    path = tmp_path / "dates.jsonl"
    path.write_text(line(id="old", text=KABUL, published="0001-01-01")
                    + line(id="far", text=KABUL, published="9999-12-31")
                    + line(id="ok", text=KABUL, published="2021-03-04"))
    items = read(path)
    assert [i.doc_id for i in items if isinstance(i, Document)] == ["ok"]
    reasons = [i.reason for i in items if isinstance(i, Skip)]
    assert len(reasons) == 2 and all("out of range (1900-01-01 to" in r for r in reasons)


def test_a_dateline_in_year_one_is_ignored_not_fatal(tmp_path):
    path = tmp_path / "dateline.txt"
    path.write_text("January 1, 0001 - " + KABUL + "\n")
    [document] = read(path)
    assert document.published_from in ("flag", "run-date")


def test_a_document_the_extractor_cannot_code_is_a_recorded_skip_and_the_batch_goes_on():
    year_one = Document("y1", "Gunmen killed five people in Kabul last week.", dt.date(1, 1, 3))
    fine = Document("ok", KABUL, dt.date(2021, 3, 4))
    first, second = Extractor().code_many([year_one, fine])
    assert first.skipped and first.skipped.startswith("extraction failed: OverflowError")
    assert second.skipped is None and second.reports


# --- files that are not regular files ---------------------------------------------------------------------


def test_a_fifo_is_read_like_stdin(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "w") as w:
            w.write(KABUL + "\n")

    writer = threading.Thread(target=feed)
    writer.start()
    [document] = read(fifo)
    writer.join()
    assert isinstance(document, Document) and "Kabul" in document.text


def test_a_device_of_random_bytes_is_binary_not_empty():
    [skip] = read("/dev/urandom")
    assert isinstance(skip, Skip) and "binary" in skip.reason and "device" in skip.reason


def test_dev_null_has_nothing_to_read():
    [skip] = read("/dev/null")
    assert isinstance(skip, Skip) and "nothing to read" in skip.reason


# --- ingest exit codes -------------------------------------------------------------------------------------


def test_ingest_with_nothing_readable_exits_3_and_names_each_skip(capsys, tmp_path, store_url):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 10)
    code, _out, err = run(capsys, "ingest", str(empty), str(junk), "--db", store_url, "-q")
    assert code == 3
    assert f"skipped: {empty}: empty file" in err and f"skipped: {junk}: binary" in err


def test_ingest_names_skips_but_exits_0_when_something_was_read(capsys, tmp_path, store_url):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    good = tmp_path / "good.txt"
    good.write_text("March 4, 2021 - " + KABUL + "\n")
    code, out, err = run(capsys, "ingest", str(empty), str(good), "--db", store_url)
    assert code == 0 and f"skipped: {empty}: empty file" in err and "ingested 1 documents" in err
    assert out == ""  # the summary goes to stderr: stdout is for data


# --- deeply nested HTML ------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [300, 100_000])
def test_an_article_inside_deeply_nested_divs_keeps_its_text(tmp_path, depth):
    article = "<article><h1>Strike on a market</h1>" + "".join(
        f"<p>Paragraph {i}: warplanes struck a crowded market in Northgate on Monday, killing nine civilians, "
        "a monitor said.</p>" for i in range(4)) + "</article>"
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div class='w'>" * depth + article + "</div>" * depth + "</body></html>")
    [document] = read(path)
    assert isinstance(document, Document), document
    assert "warplanes struck a crowded market in Northgate" in document.text and "Paragraph 3" in document.text
