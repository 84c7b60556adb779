"""The dashboard in a real browser (Playwright driving Debian's chromium), as a new user meets it: ingest
the bundled examples, load the map, filter by type, open an incident, read its claims, correct a field and
see the audit entry. Screenshots of each page go to the test's tmp dir (the path is printed)."""

from __future__ import annotations

import contextlib
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
FIXTURES = Path(__file__).resolve().parent / "fixtures"
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


@contextlib.contextmanager
def _serve(url: str) -> Iterator[str]:
    """The app over the store at `url` on a free loopback port, in a thread, stopped afterwards."""
    import uvicorn

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


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    _needs()
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'events.db'}"
    assert main(["ingest", *sorted(glob.glob(str(EXAMPLES / "*.txt"))), "--db", url]) == 0
    with _serve(url) as base:
        yield base


# A truce file whose name, coalition party and term carry hostile strings; the coalition binds the RSF.
HOSTILE_TRUCE = """\
id: darfur-truce
name: '<script>alert("x")</script> Darfur truce'
parties:
  - name: '"><img src=x onerror=alert(1)>'
    members: [Rapid Support Forces]
  - Government of Sudan
area: {countries: [Sudan], admin1: [North Darfur]}
start: 2024-06-10
end: 2024-06-17
terms:
  - id: no-shelling
    kind: no_shelling
    description: 'No shelling <img src=x onerror=alert(2)>'
"""


@pytest.fixture(scope="module")
def truce_server(tmp_path_factory) -> Iterator[str]:
    """A store holding a text that reports a ceasefire and then attacks inside it, and a truce file."""
    _needs()
    where = tmp_path_factory.mktemp("truce")
    url = f"sqlite:///{where / 'events.db'}"
    (where / "truce.yaml").write_text(HOSTILE_TRUCE, encoding="utf-8")
    assert main(["ingest", str(FIXTURES / "agreements" / "truce-broken.txt"), "--db", url]) == 0
    assert main(["agreements", "add", str(where / "truce.yaml"), "--db", url]) == 0
    with _serve(url) as base:
        yield base


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    _needs()
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


def test_an_attack_breaking_a_truce_is_flagged_and_counted_per_party(truce_server, page, tmp_path):
    shots = tmp_path / "screenshots"
    shots.mkdir()
    print(f"\nscreenshots: {shots}")
    page.goto(truce_server + "/?country=Sudan")
    page.locator("#incident-list tbody tr", has_text="Shelling").locator("a").first.click()
    page.wait_for_selector("#agreements")
    flagged = page.locator("#agreements article.agreement-card.violated")
    assert flagged.count() == 2  # the truce read from the text (proposed) and the file's
    panel = page.inner_text("#agreements")
    assert "suspected violation" in panel and "Rapid Support Forces" in panel
    assert "the text calls it a breach" in panel and "proposed" in panel
    assert '<script>alert("x")</script> Darfur truce' in panel  # hostile strings are text
    assert '"><img src=x onerror=alert(1)>' in panel and "No shelling <img src=x onerror=alert(2)>" in panel
    assert page.locator("#agreements img, #agreements script").count() == 0
    page.locator("#agreements").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "6-incident-agreements.png"), full_page=True)

    page.locator("#agreements article.agreement-card", has_text="Darfur truce").locator("a.agreement-link").click()
    page.wait_for_selector("table.party-counts")
    row = page.locator("table.party-counts tbody tr").first
    assert row.locator("td.party").inner_text() == '"><img src=x onerror=alert(1)>'
    assert (row.locator("td.incidents").inner_text(), row.locator("td.fatalities").inner_text()) == ("1", "12")
    page.screenshot(path=str(shots / "7-violations-one.png"), full_page=True)

    page.click("#nav-violations")
    page.wait_for_selector("#violation-filters")
    sections = page.locator("section.agreement-section")
    assert sections.count() == 2
    counts = page.locator("section.agreement-section table.party-counts tbody tr").all_inner_texts()
    assert any(c.startswith("Rapid Support Forces\t1\t12") for c in counts), counts
    assert any(c.startswith("Government of Sudan\t1\t5") for c in counts), counts
    page.fill("#violation-filters input[name=since]", "2024-06-13")
    page.click("#v-apply")
    page.wait_for_url("**since=2024-06-13*")
    assert page.locator("tr.violation").count() == 1  # only the air strike on the 13th
    page.screenshot(path=str(shots / "8-violations-filtered.png"), full_page=True)
    page.locator("tr.violation a").first.click()
    page.wait_for_selector("#agreements")
    assert "Air/drone strike" in page.inner_text("#incident-title")
    for name in ("6-incident-agreements", "7-violations-one", "8-violations-filtered"):
        assert (shots / f"{name}.png").stat().st_size > 10_000
