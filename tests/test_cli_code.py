"""`conflictlens code` end to end: real spaCy, real gazetteer, texts written for these tests."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conflictlens.cli import main
from conflictlens.models import ACLED_COLUMNS

ARTICLE = """HOMS, Syria, June 14, 2022 (Test Wire) - Government warplanes struck a crowded market in the town of \
Talbiseh on Monday, killing 9 civilians, the Syrian Observatory for Human Rights said. A local rescue team put \
the death toll at 13. The defence ministry in Damascus denied that its aircraft had flown over the area.

On Sunday, Hayat Tahrir al-Sham fighters clashed with government troops near Saraqib, and 4 soldiers were \
killed, the army said.

In 2013, a chemical attack on the Ghouta suburbs near Damascus killed 1,400 people.

The Observatory says at least 3,100 civilians have been killed in the province since 2019.
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "talbiseh.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def events(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_air_strike_keeps_every_claimant_and_the_conservative_figure(capsys, article):
    code, out, _ = run(capsys, "code", str(article), "--format", "jsonl")
    assert code == 0
    strike = next(e for e in events(out) if e["sub_event_type"] == "Air/drone strike")
    assert strike["location"] == "Talbiseh"
    assert strike["event_date"] == "2022-06-13"  # "on Monday" before a Tuesday dateline
    assert strike["fatalities"] == 9
    killed = sorted(c["killed"] for c in strike["claims"] if c["killed"])
    assert killed == [9, 13]
    assert strike["fatalities_high"] == 13
    assert strike["doc_id"] and strike["evidence"] and strike["evidence"][0]["sentence"]
    assert 0 < strike["confidence"] <= 1


def test_clash_near_a_town_is_geo_precision_2(capsys, article):
    _, out, _ = run(capsys, "code", str(article), "--format", "jsonl")
    clash = next(e for e in events(out) if e["event_type"] == "Battles")
    assert clash["geo_precision"] == 2
    assert clash["event_date"] == "2022-06-12"
    assert clash["actor1"] == "Hayat Tahrir al-Sham"
    assert clash["fatalities"] == 4


def test_past_mass_casualty_event_is_background_not_news(capsys, article):
    _, out, _ = run(capsys, "code", str(article), "--format", "jsonl")
    current = [e for e in events(out) if not e["is_background"]]
    assert all(e["fatalities"] < 1000 for e in current)
    background = [e for e in events(out) if e["is_background"]]
    assert any(e["fatalities"] == 1400 and e["year"] == 2013 for e in background)


def test_tally_is_never_an_event_and_appears_with_the_flag(capsys, article):
    _, out, _ = run(capsys, "code", str(article), "--format", "jsonl")
    assert all(e["fatalities"] != 3100 for e in events(out))
    _, out, _ = run(capsys, "code", str(article), "--format", "jsonl", "--tallies")
    tallies = [r for r in events(out) if r["record_type"] == "tally"]
    assert [t["killed"] for t in tallies] == [3100]


def test_csv_starts_with_the_acled_columns(capsys, article):
    _, out, _ = run(capsys, "code", str(article), "--format", "csv")
    header = next(csv.reader(io.StringIO(out)))
    assert tuple(header[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(row["event_id_cnty"].startswith("SYR") for row in rows)
    assert isinstance(json.loads(rows[0]["claims"]), list)


def test_geojson_is_a_feature_collection(capsys, article):
    _, out, _ = run(capsys, "code", str(article), "--format", "geojson")
    data = json.loads(out)
    assert data["type"] == "FeatureCollection" and data["features"]
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    assert 34 < lat < 37 and 35 < lon < 38  # western Syria


def test_jsonl_input_keeps_document_ids(capsys, tmp_path):
    docs = tmp_path / "docs.jsonl"
    lines = [
        {"id": "a-1", "published": "2021-04-05",
         "text": "Gunmen abducted 14 passengers from a bus near Kaduna on Sunday."},
        {"id": "a-2", "published": "2021-04-05", "text": "The weather in Lagos was warm and dry all week."},
    ]
    docs.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "code", str(docs), "--format", "jsonl")
    assert code == 0
    found = events(out)
    assert [e["doc_id"] for e in found] == ["a-1"]
    assert found[0]["sub_event_type"] == "Abduction/forced disappearance"
    assert found[0]["country"] == "Nigeria"


def test_text_without_conflict_gives_zero_events_and_exit_0(capsys, tmp_path):
    path = tmp_path / "calm.txt"
    path.write_text("2020-01-02\n\nThe city council approved a new budget for parks and libraries.\n")
    code, out, err = run(capsys, "code", str(path), "--format", "jsonl")
    assert (code, out) == (0, "")
    assert "Traceback" not in err


def test_empty_file_is_one_clear_line_and_exit_3(capsys, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    code, _, err = run(capsys, "code", str(path))
    assert code == 3
    assert "empty" in err and "Traceback" not in err


def test_binary_junk_is_skipped_with_the_reason(capsys, tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    good = tmp_path / "good.txt"
    good.write_text("2022-05-01\n\nTroops shelled the town of Saraqib on Saturday, killing 3 civilians.\n")
    code, out, err = run(capsys, "code", str(junk), str(good), "--format", "jsonl")
    assert code == 0
    assert "skipped:" in err and "binary" in err
    assert len(events(out)) == 1


def test_unknown_format_is_a_usage_error(capsys, article):
    code, _, err = run(capsys, "code", str(article), "--format", "xml")
    assert code == 2 and "--format" in err and "json" in err


def test_unparsable_published_date_is_a_usage_error(capsys, article):
    code, _, err = run(capsys, "code", str(article), "--published", "last tuesday")
    assert code == 2 and "YYYY-MM-DD" in err


def test_missing_file_says_so(capsys, tmp_path):
    code, _, err = run(capsys, "code", str(tmp_path / "nope.txt"))
    assert code == 3 and "no such file" in err


def test_no_date_anywhere_warns_and_uses_today(capsys, tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Rebels attacked an army checkpoint near Goma, killing 2 soldiers.\n")
    code, out, err = run(capsys, "code", str(path), "--format", "jsonl")
    assert code == 0 and "--published" in err
    assert events(out)


def test_a_command_exit_code_is_kept(capsys):
    import typer

    from conflictlens.cli import app

    @app.command("fail-with-7", hidden=True)
    def _fail() -> None:
        raise typer.Exit(7)

    assert main(["fail-with-7"]) == 7


def test_worker_processes_give_the_serial_output_in_input_order(capsys, tmp_path):
    lines = []
    for i in range(40):  # more than two chunks per worker: several chunks are in flight at once
        text = "" if i == 17 else (
            f"Gunmen abducted {i + 2} passengers from a bus near Kaduna on Sunday." if i % 2
            else f"Police arrested {i + 3} protesters in Lagos on Monday.")
        lines.append({"id": f"d-{i}", "published": "2021-04-05", "text": text})
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    code, serial, _ = run(capsys, "code", str(docs), "--format", "jsonl")
    assert code == 0
    code, parallel, err = run(capsys, "code", str(docs), "--format", "jsonl", "--workers", "2")
    assert code == 0
    assert parallel == serial
    found = events(parallel)
    assert [e["doc_id"] for e in found] == [f"d-{i}" for i in range(40) if i != 17]
    assert "line 18: no text" in err
