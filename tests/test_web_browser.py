"""The dashboard in a real browser (Playwright driving Debian's chromium), as a new user meets it: ingest
the bundled examples, load the map, filter by type, open an incident, read its claims, correct a field and
see the audit entry. Screenshots of each page go to the test's tmp dir (the path is printed)."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conflictlens.cli import main
from conflictlens.store import open_store
from conflictlens.web import create_app
from conflictlens.web.common import assets_missing

CHROMIUM = "/usr/bin/chromium"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _needs() -> None:
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (install.sh installs it: apt-get install chromium)")
    if assets_missing():
        if shutil.which("npm") is None:
            pytest.skip("npm is absent, so the map assets could not be installed: " + ", ".join(assets_missing()))
        pytest.fail("the map assets are missing although npm exists: run bash install.sh")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    _needs()
    import uvicorn

    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'events.db'}"
    assert main(["ingest", *sorted(glob.glob(str(EXAMPLES / "*.txt"))), "--db", url]) == 0
    store = open_store(url)
    port = _free_port()
    config = uvicorn.Config(
        create_app(store, allowed_hosts=["127.0.0.1"]), host="127.0.0.1", port=port, log_level="warning"
    )
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)
        store.close()


@pytest.fixture
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 1000})
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        yield pg
        browser.close()
        assert errors == [], errors


def test_a_new_user_maps_filters_opens_reviews(server, page, tmp_path):
    shots = tmp_path / "screenshots"
    shots.mkdir()
    print(f"\nscreenshots: {shots}")
    page.goto(server + "/")
    page.wait_for_selector("#map[data-markers]", timeout=20_000)
    markers = int(page.get_attribute("#map", "data-markers"))
    assert markers >= 5
    page.wait_for_selector("#timeline canvas", timeout=10_000)
    page.wait_for_timeout(500)  # the outlines arrive after the markers
    page.screenshot(path=str(shots / "1-map.png"), full_page=True)

    page.select_option("#f-event-type", "Explosions/Remote violence")
    page.click("#apply")
    page.wait_for_url("**event_type=Explosions*")
    page.wait_for_selector("#map[data-markers]", timeout=20_000)
    filtered = int(page.get_attribute("#map", "data-markers"))
    assert 0 < filtered < markers
    types = page.locator("#incident-list tbody tr td:nth-child(2)").all_inner_texts()
    assert types and all(t.startswith("Explosions/Remote violence") for t in types)
    page.screenshot(path=str(shots / "2-filtered.png"), full_page=True)

    page.locator("#incident-list tbody tr a").first.click()
    page.wait_for_selector("#incident-title")
    claims = page.locator("tr.claim .claimant").all_inner_texts()
    assert claims, "the incident shows who claimed its figures"
    assert page.locator("mark.evidence").count() >= 1
    page.screenshot(path=str(shots / "3-incident.png"), full_page=True)

    page.fill("#reviewer", "Browser Tester")
    page.select_option("#edit-field", "fatalities")
    page.fill("#edit-value", "41")
    page.fill("#edit-form input[name=reason]", "checked against the hospital list")
    with page.expect_navigation():
        page.click("#save-edit")
    page.wait_for_selector("#audit")
    audit = page.locator("#audit tbody tr").first.inner_text()
    assert "Browser Tester" in audit and "fatalities" in audit and "41" in audit
    assert "checked against the hospital list" in audit
    assert "fatalities = 41 (reviewer Browser Tester)" in page.inner_text("#reviewed-figures")
    assert page.locator("tr.reviewed-figure .reviewed-value").first.inner_text() == "41"
    page.locator("#audit").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "4-reviewed.png"), full_page=True)

    page.locator("article.document h3 a").first.click()
    page.wait_for_selector(".doc-text")
    page.screenshot(path=str(shots / "5-document.png"), full_page=True)
    for name in ("1-map", "2-filtered", "3-incident", "4-reviewed", "5-document"):
        assert (shots / f"{name}.png").stat().st_size > 10_000


def test_the_readme_acled_script_runs_against_a_local_server(server, capsys):
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    script = readme.split("```python\n", 1)[1].split("```", 1)[0]
    assert 'BASE = "http://127.0.0.1:8000/api/acled/read"' in script
    exec(compile(script.replace("http://127.0.0.1:8000", server), "README.md", "exec"), {})  # noqa: S102
    lines = capsys.readouterr().out.splitlines()
    assert int(lines[0].split()[0]) == len(lines) - 1 > 0
    assert all(line.startswith("2016-") for line in lines[1:])
