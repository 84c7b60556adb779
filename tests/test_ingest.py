"""Input readers: every format gives Documents, every bad input a Skip (or a clear InputError)."""

from __future__ import annotations

import datetime as dt
import gzip
import io
from pathlib import Path

import pytest

from conflictlens.config import Settings
from conflictlens.errors import InputError
from conflictlens.ingest import read_inputs
from conflictlens.models import Document, Skip

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
TODAY = dt.date.today()


def settings(**changes: int) -> Settings:
    return Settings(db_url="sqlite://", **changes)


def read(*paths: str | Path, **kwargs: object) -> list[Document | Skip]:
    kwargs.setdefault("settings", settings())
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def docs(items: list[Document | Skip]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def skips(items: list[Document | Skip]) -> list[Skip]:
    return [i for i in items if isinstance(i, Skip)]


# --- plain text ---------------------------------------------------------------------------------------


def test_txt_with_iso_dateline_is_dated_by_the_dateline() -> None:
    [doc] = read(FIXTURES / "article.txt", published=dt.date(1999, 1, 1))
    assert doc.published == dt.date(2021, 3, 3)
    assert doc.published_from == "document"
    assert "Two fishermen were wounded" in doc.text
    assert doc.origin.endswith("article.txt")


def test_txt_without_dateline_uses_the_published_flag_then_the_run_date(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Soldiers cleared a roadblock outside Fenwick on Thursday.\n")
    [flagged] = read(path, published=dt.date(2022, 1, 2), source="Fenwick Post")
    assert (flagged.published, flagged.published_from, flagged.source) == (dt.date(2022, 1, 2), "flag",
                                                                           "Fenwick Post")
    [undated] = read(path)
    assert (undated.published, undated.published_from, undated.source) == (TODAY, "run-date", "")


def test_text_is_normalised_crlf_bom_and_blank_line_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst paragraph.  \r\n\r\n\r\n\r\nSecond paragraph.\rThird line.\r\n")
    [doc] = read(path)
    assert doc.text == "First paragraph.\n\nSecond paragraph.\nThird line."


@pytest.mark.parametrize(("name", "content", "text"), [
    ("snippet.txt", 'Nine people were <b>killed</b> in <span class="hl">Kano</span>; <I>three</I> < five.\n',
     "Nine people were killed in Kano; three < five."),
    ("hits.jsonl", '{"id": "a", "text": "Gunmen <em>abducted</em> four <mark>pupils</mark> near Kaduna."}\n',
     "Gunmen abducted four pupils near Kaduna."),
])
def test_inline_formatting_tags_are_dropped_and_other_angle_brackets_kept(
        tmp_path: Path, name: str, content: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [doc] = read(path)
    assert doc.text == text


def test_latin1_file_is_decoded_without_losing_characters(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café owners in Zürich and Señor Muñoz condemned the raid.".encode("latin-1"))
    [doc] = read(path)
    assert doc.text == "Café owners in Zürich and Señor Muñoz condemned the raid."


# --- JSONL / JSON -------------------------------------------------------------------------------------


def test_jsonl_keeps_ids_fields_and_published_dates() -> None:
    items = read(FIXTURES / "docs.jsonl", published=dt.date(2000, 1, 1))
    first, second, third = docs(items)
    assert [d.doc_id for d in (first, second, third)] == ["ledger-001", "2", "ledger-003"]
    assert first.url == "https://ledger.example/a/1"
    assert (first.source, first.title, first.published) == ("Daily Ledger", "Police post attacked",
                                                            dt.date(2022, 7, 10))
    assert second.published == dt.date(2022, 7, 11)  # a datetime with offset: the local date
    assert "\n\nThe march ended peacefully" in second.text
    assert (third.published, third.published_from) == (dt.date(2000, 1, 1), "flag")
    assert [d.origin.rsplit(":", 1)[1] for d in (first, second, third)] == ["line 1", "line 2", "line 3"]


def test_jsonl_bad_lines_are_recorded_as_skips_and_the_rest_is_read() -> None:
    items = read(FIXTURES / "bad_lines.jsonl")
    assert [d.doc_id for d in docs(items)] == ["ok-1", "ok-2"]
    broken, no_text = skips(items)
    assert broken.origin.endswith("bad_lines.jsonl:line 2")
    assert broken.reason.startswith("not JSON:")
    assert no_text.origin.endswith("bad_lines.jsonl:line 3")
    assert "text" in no_text.reason


def test_jsonl_html_field_is_reduced_to_its_main_text(tmp_path: Path) -> None:
    page = (FIXTURES / "page.html").read_text()
    path = tmp_path / "pages.jsonl"
    path.write_text(io.StringIO().getvalue() + _json_line(id="p1", html=page, published="2022-06-01"))
    [doc] = read(path)
    assert doc.doc_id == "p1"
    assert "opened fire on a crowded cattle market" in doc.text
    assert "Subscribe" not in doc.text
    assert doc.published == dt.date(2022, 6, 1)  # the record's own date beats the page's meta date


def test_jsonl_line_longer_than_max_chars_is_read_whole_for_the_extractor_to_window(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(_json_line(id="long", text="word " * 20_000) + _json_line(id="short", text="Short."))
    items = read(path, settings=settings(max_chars=1_000))
    assert [(d.doc_id, len(d.text)) for d in docs(items)] == [("long", 99_999), ("short", 6)]


def test_jsonl_with_bom_and_a_latin1_line_is_read_in_full(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "First."}\n{"id": "b", "text": "Caf\xe9 raided."}\n')
    assert [(d.doc_id, d.text) for d in docs(read(path))] == [("a", "First."), ("b", "Café raided.")]


def test_json_list_of_documents(tmp_path: Path) -> None:
    path = tmp_path / "docs.json"
    path.write_text('[{"id": "a", "text": "Looters raided a depot in Corran."}, {"id": "b"}, 7]')
    items = read(path)
    assert [d.doc_id for d in docs(items)] == ["a"]
    assert [s.origin.rsplit(":", 1)[1] for s in skips(items)] == ["item 2", "item 3"]


def test_unparsable_published_field_is_a_skip_not_a_wrong_date(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text(_json_line(id="a", text="A raid in Corran.", published="sometime soon")
                    + _json_line(id="b", text="A raid in Corran.", published="3 March 2021"))
    items = read(path)
    assert [d.published for d in docs(items)] == [dt.date(2021, 3, 3)]
    [skip] = skips(items)
    assert "published is not a date" in skip.reason


# --- HTML ---------------------------------------------------------------------------------------------


def test_html_main_text_drops_navigation_and_keeps_metadata() -> None:
    [doc] = read(FIXTURES / "page.html", source=None)
    assert "Gunmen on motorbikes opened fire" in doc.text
    assert "No group has claimed the attack." in doc.text
    for boilerplate in ("Subscribe", "Most read", "Cookie settings", "recipes"):
        assert boilerplate not in doc.text
    assert "\n\n" in doc.text  # paragraphs separated by a blank line
    assert (doc.published, doc.published_from) == (dt.date(2022, 5, 14), "document")
    assert doc.source == "The Hill Courier"
    assert doc.title == "Market attacked in Riverton"


def test_source_flag_beats_the_html_site_name() -> None:
    [doc] = read(FIXTURES / "page.html", source="My Archive")
    assert doc.source == "My Archive"


def test_html_without_any_text_is_skipped_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "empty_page.html"
    path.write_text("<html><head><title></title></head><body><script>var x = 1;</script></body></html>")
    [skip] = read(path)
    assert isinstance(skip, Skip) and skip.reason == "no main text found in the HTML"


def test_broken_html_fragment_still_gives_its_text(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<div><p>Unclosed <b>report of shelling in Northgate that killed three people")
    [doc] = read(path)
    assert "shelling in Northgate that killed three people" in doc.text


def test_html_longer_than_max_chars_is_kept_for_the_extractor_to_split(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>Paragraph {i} says a convoy was ambushed near Selby.</p>" for i in range(40))
    path = tmp_path / "long.html"
    path.write_text(f"<html><body><article>{paragraphs}</article></body></html>")
    [doc] = read(path, settings=settings(max_chars=200))
    assert isinstance(doc, Document) and len(doc.text) > 200
    assert doc.text.count("\n\n") >= 39


# --- feeds --------------------------------------------------------------------------------------------


def test_rss_entries_become_documents_dated_by_the_entry() -> None:
    first, second = read(FIXTURES / "feed.rss", published=dt.date(2000, 1, 1))
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text.startswith("Checkpoint attacked near Ostrava Ridge\n\nGunmen attacked")
    assert "<p>" not in first.text and "\n\nThe army said it returned fire." in first.text
    assert (first.published, first.published_from) == (dt.date(2023, 3, 14), "document")  # publisher's day
    assert second.published == dt.date(2023, 3, 15)
    assert first.url == "https://wire.example/2023/checkpoint"
    assert first.source == "Valley Wire" and first.title == "Checkpoint attacked near Ostrava Ridge"
    assert first.origin.endswith("feed.rss:entry 1")


def test_atom_feed_without_dates_is_still_read_and_dated_by_the_flag() -> None:
    [doc] = read(FIXTURES / "feed_nodates.atom", published=dt.date(2023, 4, 1))
    assert isinstance(doc, Document)
    assert (doc.published, doc.published_from) == (dt.date(2023, 4, 1), "flag")
    assert "clashes between two armed groups" in doc.text and "trackVisit" not in doc.text
    [undated] = read(FIXTURES / "feed_nodates.atom")
    assert (undated.published, undated.published_from) == (TODAY, "run-date")  # type: ignore[union-attr]


def test_feed_is_sniffed_without_a_feed_suffix(tmp_path: Path) -> None:
    path = tmp_path / "download"
    path.write_bytes((FIXTURES / "feed.rss").read_bytes())
    assert len(docs(read(path))) == 2


def test_xml_that_is_not_a_feed_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><settings><colour>blue</colour></settings>')
    [skip] = read(path)
    assert isinstance(skip, Skip) and "no entries" in skip.reason


# --- WARC ---------------------------------------------------------------------------------------------


def _write_warc(path: Path, *, compress: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (FIXTURES / "page.html").read_bytes()
    undated = b"<html><body><article><p>" + b"Police dispersed a sit-in outside the Corran town hall. " * 6
    undated += b"</p></article></body></html>"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        for uri, body, ctype, date in (
            ("https://courier.example/world/riverton-market", page, "text/html; charset=utf-8",
             "2022-06-30T10:00:00Z"),
            ("https://courier.example/logo.png", b"\x89PNG\r\n\x1a\n\x00", "image/png",
             "2022-06-30T10:00:01Z"),
            ("https://courier.example/local/corran", undated, "text/html", "2022-07-01T23:59:59Z"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(  # a known length: warcio needs no temporary file
                uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_become_documents(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _write_warc(path, compress=name.endswith(".gz"))
    items = read(path)
    assert skips(items) == []  # the image is not a page: ignored, not an error
    article, local = docs(items)
    assert article.url == "https://courier.example/world/riverton-market"
    assert "Gunmen on motorbikes opened fire" in article.text
    assert article.published == dt.date(2022, 5, 14)  # the page's own date beats the crawl date
    assert (local.published, local.published_from) == (dt.date(2022, 7, 1), "document")  # WARC-Date
    assert "sit-in outside the Corran town hall" in local.text


@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
@pytest.mark.parametrize("cut", [200, 600])
def test_truncated_warc_keeps_what_was_read_and_records_the_damage(
    tmp_path: Path, name: str, cut: int
) -> None:
    path = tmp_path / name
    _write_warc(path, compress=name.endswith(".gz"))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - cut])
    items = read(path)
    assert docs(items)[0].url == "https://courier.example/world/riverton-market"
    assert len(docs(items)) == 1  # the cut page is not passed on half-read
    [damage] = skips(items)
    assert "truncated" in damage.reason or "damaged" in damage.reason


def test_garbage_after_a_warc_header_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(b"WARC/1.0\r\nthis is not a header\r\n\r\n" + b"noise " * 30)
    [skip] = read(path)
    assert isinstance(skip, Skip) and "WARC" in skip.reason


# --- stdin --------------------------------------------------------------------------------------------


def test_stdin_text() -> None:
    stdin = io.StringIO("2020-11-05\nA curfew was imposed in Lanmouth after overnight riots.\n")
    [doc] = read("-", stdin=stdin)
    assert doc.origin == "stdin" and doc.published == dt.date(2020, 11, 5)
    assert doc.text.endswith("overnight riots.")


def test_stdin_that_looks_like_jsonl_is_read_as_jsonl() -> None:
    stdin = io.StringIO(_json_line(id="s1", text="An airstrike hit a bridge near Selby.") + "{oops\n")
    doc, skip = read("-", stdin=stdin)
    assert isinstance(doc, Document) and doc.doc_id == "s1" and doc.origin == "stdin:line 1"
    assert isinstance(skip, Skip) and skip.origin == "stdin:line 2"


def test_empty_stdin_is_skipped() -> None:
    assert read("-", stdin=io.StringIO("")) == [Skip("stdin", "nothing on stdin")]


def test_binary_stdin_is_skipped() -> None:
    class BinaryStdin(io.StringIO):
        buffer = io.BytesIO(b"\x00\x01\x02junk\x00" * 50)

    [skip] = read("-", stdin=BinaryStdin())
    assert isinstance(skip, Skip) and "binary" in skip.reason


# --- bad files ----------------------------------------------------------------------------------------


def test_missing_file_raises_input_error_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_inputs([str(FIXTURES / "article.txt"), str(tmp_path / "nope.txt")], settings=settings())
    assert info.value.message == f"no such file: {tmp_path / 'nope.txt'}"
    assert info.value.hint == "check the path" and info.value.exit_code == 3


def test_directory_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read(tmp_path)


def test_empty_file_is_skipped_and_the_batch_goes_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n \t\n")
    items = read(empty, blank, FIXTURES / "article.txt")
    assert [type(i).__name__ for i in items] == ["Skip", "Skip", "Document"]
    assert items[0] == Skip(str(empty), "empty file")
    assert "blank" in items[1].reason  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["junk.txt", "junk.bin", "junk.html", "junk.jsonl"])
def test_binary_junk_is_skipped(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(bytes(range(256)) * 20)
    [skip] = read(path)
    assert isinstance(skip, Skip) and skip.reason.startswith("binary file")


def test_mostly_control_bytes_without_nul_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(1, 32)) * 40 + b"a few letters")
    [skip] = read(path)
    assert isinstance(skip, Skip) and "non-text" in skip.reason


def test_gzip_that_is_not_a_warc_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "notes.gz"
    path.write_bytes(gzip.compress(b"Some compressed notes about a protest."))
    [skip] = read(path)
    assert isinstance(skip, Skip) and "gzip" in skip.reason


def test_file_over_max_bytes_is_skipped_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.jsonl"
    path.write_text(_json_line(id="x", text="Fighting in Dunmore. " * 50))
    opened: list[str] = []
    real_open = open

    def spy_open(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", spy_open)
    [skip] = read(path, settings=settings(max_bytes=100))
    assert isinstance(skip, Skip) and "over the 100-byte cap" in skip.reason
    assert str(path) not in opened


# --- ids ----------------------------------------------------------------------------------------------


def test_doc_id_is_stable_and_ignores_whitespace(tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("A grenade was thrown at a bus stop in Corran.\n")
    two.write_text("A grenade  was thrown\r\nat a bus stop in Corran.   \n\n")
    first = read(one)[0]
    assert isinstance(first, Document)
    assert first.doc_id == read(two)[0].doc_id == read(one)[0].doc_id  # type: ignore[union-attr]
    assert len(first.doc_id) == 16 and int(first.doc_id, 16) >= 0


def test_doc_id_comes_from_the_url_when_there_is_one() -> None:
    rss = docs(read(FIXTURES / "feed.rss"))
    assert len({d.doc_id for d in rss}) == 2
    import hashlib

    assert rss[0].doc_id == hashlib.sha1(b"https://wire.example/2023/checkpoint").hexdigest()[:16]


def _json_line(**fields: object) -> str:
    import json

    return json.dumps(fields) + "\n"
