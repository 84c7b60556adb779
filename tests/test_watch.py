"""`conflictlens watch`: new files and feed entries are stored once, across restarts (the store remembers),
and new incidents that match a filter raise an alert line or a JSON POST to a local webhook."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from conflictlens.cli import main
from corpus import FEED_ITEMS, rss, write_mixed


def _watch(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[list[str], str]:
    assert main(["watch", *args, "--interval", "0"]) == 0
    out, err = capsys.readouterr()
    return out.splitlines(), err


def test_a_folder_is_watched_across_restarts(tmp_path: Path, capsys) -> None:
    news = write_mixed(tmp_path / "news")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(news / "kaduna.html", inbox)
    db = f"sqlite:///{tmp_path / 'w.db'}"
    lines, err = _watch(capsys, str(inbox), "--db", db, "--rounds", "1", "--alert", "country=NGA")
    assert lines == ["alert [country=NGA]: incident 1 on 2021-04-04: Abduction/forced disappearance in Kaduna, "
                     "Nigeria, 2 killed, 1 report(s)"]
    assert "poll 1: 1 new document(s)" in err
    shutil.copy(news / "talbiseh.html", inbox)
    shutil.copy(news / "wire.rss", inbox)
    # a new process: the Kaduna page is read again but not coded again, the store already holds it
    lines, err = _watch(capsys, str(inbox), "--db", db, "--rounds", "2", "--alert", "country=SYR,min_fatalities=5",
                        "--alert", "event_type=Battles")
    assert lines == [
        "alert [country=SYR,min_fatalities=5]: incident 2 on 2022-06-13: Air/drone strike in Talbiseh, Syria, "
        "9 killed (best 11), 2 report(s)",
        "alert [event_type=Battles]: incident 3 on 2021-04-05: Armed clash in Maiduguri, Nigeria, 7 killed, "
        "1 report(s)",
    ]
    assert "poll 1: 3 new document(s), 3 event(s), 0 skipped, 1 already stored, 2 alert(s)" in err
    assert "poll 2: 0 new document(s)" in err  # nothing changed in the folder


class _Site(BaseHTTPRequestHandler):
    feed = b""
    posts: list[dict] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.end_headers()
        self.wfile.write(self.feed)

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers["Content-Length"])
        self.posts.append(json.loads(self.rfile.read(length)))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def site() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def test_feeds_are_polled_and_alerts_posted_to_a_local_webhook(tmp_path: Path, site: str, capsys) -> None:
    _Site.feed, _Site.posts = rss(FEED_ITEMS[:1]).encode("utf-8"), []
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# the wire\n{site}/wire.rss\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'w.db'}"
    hook = f"{site}/alerts"
    lines, err = _watch(capsys, str(feeds), "--db", db, "--rounds", "1", "--alert", "min_fatalities=1",
                        "--webhook", hook)
    assert lines == [] and "poll 1: 1 new document(s)" in err
    assert [(p["filter"], p["incident"]["country"], p["incident"]["fatalities"]) for p in _Site.posts] == [
        ("min_fatalities=1", "Nigeria", 7)]
    _Site.feed = rss(FEED_ITEMS).encode("utf-8")  # the feed gains an entry
    lines, err = _watch(capsys, str(feeds), "--db", db, "--rounds", "1", "--alert", "min_fatalities=1",
                        "--webhook", hook)
    assert "1 new document(s), 1 event(s), 0 skipped, 1 already stored" in err
    assert [p["incident"]["country"] for p in _Site.posts] == ["Nigeria", "Syria"]


def test_an_unreachable_feed_is_a_skip_and_the_watch_goes_on(tmp_path: Path, site: str, capsys) -> None:
    _Site.feed = b"<html>not a feed</html>"
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{site}/broken.rss\nhttp://127.0.0.1:9/closed.rss\n", encoding="utf-8")
    lines, err = _watch(capsys, str(feeds), "--db", f"sqlite:///{tmp_path / 'w.db'}", "--rounds", "1")
    assert "skipped: http://127.0.0.1:9/closed.rss: could not fetch the feed" in err
    assert f"skipped: {site}/broken.rss: no entries found in the feed" in err


@pytest.mark.parametrize(("args", "message"), [
    (["--alert", "colour=red"], "bad alert filter 'colour=red'"),
    (["--alert", "min_fatalities=many"], "min_fatalities='many' is not a number"),
    (["--webhook", "http://8.8.8.8/hook"], "is not on the local network"),
])
def test_bad_alert_options_are_usage_errors(tmp_path: Path, capsys, args: list[str], message: str) -> None:
    assert main(["watch", str(tmp_path), "--rounds", "1", *args]) == 2
    assert message in capsys.readouterr().err


def test_a_suspected_violation_raises_its_own_alert(tmp_path: Path, capsys) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    truce = Path(__file__).parent / "fixtures" / "agreements" / "idlib-air-truce.yaml"
    assert main(["agreements", "add", str(truce), "--db", db]) == 0
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "idlib.jsonl").write_text(json.dumps({
        "id": "idlib-1", "published": "2024-03-13",
        "text": "Russian jets struck a market in Idlib city on Tuesday, killing 8 civilians, the Syrian Observatory "
                "for Human Rights said."}) + "\n", encoding="utf-8")
    capsys.readouterr()
    lines, _ = _watch(capsys, str(inbox), "--db", db, "--rounds", "1", "--alert", "country=SYR")
    assert lines == [
        "alert [country=SYR]: incident 1 on 2024-03-12: Air/drone strike in Idlib, Syria, 8 killed, 1 report(s)",
        "alert [country=SYR]: incident 1 on 2024-03-12: Air/drone strike in Idlib, Syria, 8 killed, 1 report(s); "
        "suspected violation of idlib-air-truce-test (no-russian-air-strikes) by Russia",
    ]
