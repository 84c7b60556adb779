"""A small mixed corpus written for the scale tests: HTML pages, an RSS feed, a WARC file, a JSONL file and
the bad inputs of issue 14 (a truncated WARC, a page with no article, a feed with no dates, a JSONL line that
is not JSON, a Parquet file with the wrong schema, a French article). No helpers here run anything."""

from __future__ import annotations

import io
import json
from pathlib import Path

PAGES = {
    "kaduna.html": ("2021-04-05", "Gunmen abducted 14 passengers from a bus near Kaduna on Sunday, the state police "
                    "said. Two passengers were killed when the attackers opened fire, a survivor told reporters."),
    "lagos.html": ("2021-04-06", "Police arrested 23 protesters in Lagos on Monday after a march against fuel prices "
                   "turned violent, the Lagos State Police Command said."),
    "talbiseh.html": ("2022-06-14", "Government warplanes struck a crowded market in the town of Talbiseh in Homs "
                      "province on Monday, killing 9 civilians, the Syrian Observatory for Human Rights said. A "
                      "local rescue team put the death toll at 13."),
}
FEED_ITEMS = [
    ("https://wire.example/maiduguri", "Tue, 06 Apr 2021 09:00:00 GMT",
     "Boko Haram fighters attacked a military base near Maiduguri on Monday, and 7 soldiers were killed, "
     "the army said in a statement."),
    ("https://wire.example/talbiseh", "Tue, 14 Jun 2022 12:00:00 GMT",
     "Syrian government aircraft bombed a market in Talbiseh on Monday, killing at least 11 people, "
     "the Syrian Observatory for Human Rights said."),
]
WARC_PAGES = [
    ("https://courier.example/mogadishu", "2023-03-02T08:00:00Z",
     "Al Shabaab militants detonated a car bomb at a checkpoint in Mogadishu on Wednesday, killing 5 "
     "soldiers, Somali police said."),
    ("https://courier.example/goma", "2023-03-03T08:00:00Z",
     "M23 rebels clashed with Congolese army troops near Goma on Thursday; 6 rebels were killed, "
     "the army said."),
]
FRENCH = ("Des hommes armés ont tué douze villageois lors d'une attaque contre le village de Djibo mardi, a "
          "indiqué un responsable local. Les assaillants ont incendié plusieurs maisons avant de prendre la fuite.")


def html_page(title: str, day: str, text: str) -> str:
    return (f"<!doctype html><html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="{day}T08:00:00Z"></head>'
            f"<body><nav>Home | World | Sport</nav><article><h1>{title}</h1><p>{text}</p></article>"
            "<footer>Copyright Test Courier</footer></body></html>")


def rss(items: list[tuple[str, str | None, str]]) -> str:
    entries = "".join(
        f"<item><title>{url.rsplit('/', 1)[-1]}</title><link>{url}</link>"
        + (f"<pubDate>{date}</pubDate>" if date else "")
        + f"<description>{text}</description></item>" for url, date, text in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{entries}</channel></rss>'


def warc_bytes(pages: list[tuple[str, str, str]], *, compress: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for uri, date, text in pages:
        body = html_page(uri.rsplit("/", 1)[-1], date[:10], text).encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), length=len(body),
                                           http_headers=headers, warc_headers_dict={"WARC-Date": date})
        writer.write_record(record)
    return out.getvalue()


def write_mixed(folder: Path) -> Path:
    """HTML pages, a feed and a WARC file: the corpus both `ingest` and `spark` must code alike."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (day, text) in PAGES.items():
        (folder / name).write_text(html_page(name.split(".")[0].title(), day, text), encoding="utf-8")
    (folder / "wire.rss").write_text(rss(FEED_ITEMS), encoding="utf-8")  # type: ignore[arg-type]
    (folder / "crawl.warc.gz").write_bytes(warc_bytes(WARC_PAGES))
    return folder


def write_bad(folder: Path) -> Path:
    """One of each bad input; every one must become a recorded skip while the rest is coded."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    whole = warc_bytes(WARC_PAGES, compress=False)
    (folder / "cut.warc").write_bytes(whole[: len(whole) - 120])  # the second record loses its end
    (folder / "empty-page.html").write_text("<html><body><nav>Home | World</nav></body></html>", encoding="utf-8")
    (folder / "undated.rss").write_text(rss([("https://wire.example/undated", None, FEED_ITEMS[0][2])]),
                                        encoding="utf-8")
    lines = [json.dumps({"id": "ok-1", "published": "2021-04-05", "text": PAGES["lagos.html"][1]}),
             "{this is not json", json.dumps({"id": "fr-1", "published": "2021-04-07", "text": FRENCH})]
    (folder / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pq.write_table(pa.table({"headline": ["x"], "clicks": [3]}), folder / "wrong.parquet")
    return folder
