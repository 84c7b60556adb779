"""Readers for each dev format, on small invented fixtures in tests/fixtures/eval/."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conflictlens.errors import InputError
from conflictlens.evaluation.gold import sample_docs
from conflictlens.evaluation.sets import read_eval_set, sniff_format
from conflictlens.evaluation.sets_acled import dms, legacy_event_type

FIX = Path(__file__).parent / "fixtures" / "eval"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("invented_acled2020_small.csv", "acled2020"),
        ("invented_acled2015_small.csv", "acled2015"),
        ("invented_pitf_small.tsv", "pitf"),
        ("invented_muc4_small.json", "muc4"),
        ("sents.jsonl", "ipe"),
        ("sents.csv", "ipe"),
        ("articles_small.jsonl", "articles"),
        ("invented_wikievents_small.jsonl", "wikievents"),
    ],
)
def test_sniffs_each_format(name: str, fmt: str) -> None:
    assert sniff_format(FIX / name) == fmt


def test_unknown_format_is_a_one_line_input_error_listing_known_formats() -> None:
    with pytest.raises(InputError) as exc:
        read_eval_set(FIX / "unknown.csv")
    line = exc.value.one_line()
    assert "\n" not in line and "unknown evaluation format" in line and "MUC-4" in line
    assert exc.value.exit_code == 3


def test_acled2020_row_is_one_document_with_one_event_published_0_to_2_days_later() -> None:
    es = read_eval_set(FIX / "invented_acled2020_small.csv")
    assert len(es.docs) == 3
    first = es.docs[0]
    assert first.doc.text.startswith("On 4 May 2020, gunmen")
    (gold,) = first.events
    assert (
        gold["event_date"] == "2020-05-04" and gold["sub_event_type"] == "Attack" and gold["fatalities"] == 3
    )
    assert gold["iso"] == 566 and gold["latitude"] == pytest.approx(12.33)
    for gd in es.docs:
        lag = (gd.doc.published - dt.date.fromisoformat(gd.events[0]["event_date"])).days
        assert 0 <= lag <= 2


def test_published_lag_is_seeded_per_row() -> None:
    a = read_eval_set(FIX / "invented_acled2020_small.csv", seed=1)
    b = read_eval_set(FIX / "invented_acled2020_small.csv", seed=1)
    assert [d.doc.published for d in a.docs] == [d.doc.published for d in b.docs]


def test_legacy_2015_keeps_bare_newlines_inside_notes_and_maps_types() -> None:
    es = read_eval_set(FIX / "invented_acled2015_small.csv")
    assert len(es.docs) == 5
    assert "\n" in es.docs[0].doc.text and not es.docs[0].doc.text.endswith("\n")
    types = [gd.events[0]["event_type"] for gd in es.docs]
    assert types == ["Protests", "Riots", "Explosions/Remote violence", "Protests or Riots", "Battles"]
    assert es.docs[3].events[0]["event_type_any"] == ["Protests", "Riots"]
    assert all(gd.events[0]["sub_event_type"] == "" for gd in es.docs)


def test_legacy_territory_types_keep_their_sub_type() -> None:
    assert legacy_event_type("Non-violent transfer of territory", "", 1)[:2] == (
        "Strategic developments",
        "Non-violent transfer of territory",
    )
    assert legacy_event_type("Violence Against Civilians", "", 3)[0] == "Violence against civilians"


def test_pitf_skips_syria_daily_totals_and_converts_dms() -> None:
    es = read_eval_set(FIX / "invented_pitf_small.tsv")
    assert len(es.docs) == 2
    kenya, iraq = (gd.events[0] for gd in es.docs)
    assert kenya["country"] == "Kenya" and kenya["iso"] == 404 and kenya["location"] == "Mpeketoni"
    assert kenya["latitude"] == pytest.approx(-2.275) and kenya["longitude"] == pytest.approx(40.9)
    assert kenya["fatalities"] == 4 and kenya["injured"] == 2 and kenya["actor1"] == "al-Shabab militants"
    assert kenya["admin1"] == "Lamu County"
    assert iraq["time_precision"] == 3 and iraq["event_date"] == "2015-07-15"
    assert iraq["event_type"] == "Explosions/Remote violence"
    assert "Officials blamed militants." in es.docs[1].doc.text  # wrapped record with a tab inside
    assert any("Syria" in n for n in es.notes)


def test_dms_signs_south_and_west() -> None:
    assert dms("10", "30", "0", "S") == pytest.approx(-10.5)
    assert dms("", "", "", "N") is None


def test_muc4_docs_with_all_roles_empty_are_not_incidents() -> None:
    es = read_eval_set(FIX / "invented_muc4_small.json")
    rel = {gd.doc.doc_id: gd.labels["relevant"] for gd in es.docs}
    assert rel == {"TST9-MUC-0001": True, "TST9-MUC-0002": False}
    assert es.docs[0].labels["roles"]["perp_organization_id"] == (("EXAMPLE LIBERATION FRONT", "ELF"),)


@pytest.mark.parametrize("name", ["sents.jsonl", "sents.csv"])
def test_ipe_groups_sentences_by_doc_and_reads_story_date(name: str) -> None:
    es = read_eval_set(FIX / name)
    assert [gd.doc.doc_id for gd in es.docs] == ["ipe-7", "ipe-8"]
    gd = es.docs[0]
    assert gd.doc.published == dt.date(2002, 3, 4)
    spans = gd.labels["sentences"]
    assert spans[1]["labels"] == ["ANY_ACTION", "ARREST"]
    assert gd.doc.text[spans[1]["start"] : spans[1]["end"]] == spans[1]["text"]


def test_articles_gold_keeps_events_and_background() -> None:
    es = read_eval_set(FIX / "articles_small.jsonl")
    (gd,) = es.docs
    assert gd.doc.published == dt.date(2021, 6, 14)
    assert [e["is_background"] for e in gd.events] == [False, True]


def test_limit_takes_a_fixed_seeded_sample_not_the_first_rows() -> None:
    es = read_eval_set(FIX / "invented_acled2015_small.csv")
    picks = {tuple(gd.doc.doc_id for gd in sample_docs(es.docs, 2, seed)) for seed in range(10)}
    assert len(picks) > 1  # depends on the seed
    assert sample_docs(es.docs, 2, 3) == sample_docs(es.docs, 2, 3)
    assert len(read_eval_set(FIX / "invented_acled2015_small.csv", limit=2).docs) == 2


def test_a_directory_names_its_files_in_the_error(tmp_path: Path) -> None:
    (tmp_path / "dev.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError) as err:
        sniff_format(tmp_path)
    assert "is a directory" in err.value.message and "dev.json" in err.value.hint


def test_wikievents_text_is_rebuilt_with_sentence_spans_and_argument_offsets() -> None:
    es = read_eval_set(FIX / "invented_wikievents_small.jsonl")
    assert es.fmt == "wikievents" and len(es.docs) == 2
    gd = es.docs[0]
    text = gd.doc.text
    # a headline (no full stop) and a wider gap end a paragraph; a one-character gap after a stop is a space
    assert text.startswith("Gunmen attack village in Borno\n\nMAIDUGURI")
    assert "police said. They also burned" in text and "a clinic.\n\nSeparately" in text
    for start, end, sent in gd.labels["sentences"]:
        assert text[start:end] == sent
    assert gd.doc.published == dt.date(2021, 3, 3)  # the dateline, as `conflictlens code` reads it
    assert es.docs[1].doc.published is not None  # undated: a fixed day, not today
    (die,) = [m for m in gd.labels["mentions"] if m["event_type"].startswith("Life.Die")]
    victim = next(a for a in die["arguments"] if a["role"] == "Victim")
    sentence = gd.labels["sentences"][victim["sent"]][2]
    assert victim["entity_type"] == "PER" and sentence[victim["span"][0] : victim["span"][1]] == "11"


@pytest.mark.parametrize(("description", "text"), [
    # the export's escaped quotes around a whole passage, and the source column spilling in after a tab
    ('\\"Gunmen killed four villagers in Mpeketoni on Tuesday\\"\t"Wire', "Gunmen killed four villagers in "
     "Mpeketoni on Tuesday"),
    ('\\"A bomb killed two traders in the market, police said\\"', "A bomb killed two traders in the market, police "
     "said"),
    ('Officials said \\"four men\\" were killed.\t"All Africa', 'Officials said "four men" were killed.'),
    # a search engine's highlighting left in the export
    ("Six traders were <b>killed</b> in the market.", "Six traders were killed in the market."),
])
def test_pitf_descriptions_are_read_as_prose(tmp_path, description: str, text: str) -> None:
    assert read_eval_set(_pitf_record(tmp_path, Description=description)).docs[0].doc.text == text


def _pitf_record(tmp_path, **fields: str):
    """The fixture's first record with some fields replaced, as a one-record PITF file."""
    lines = (FIX / "invented_pitf_small.tsv").read_text(encoding="utf-8").split("\n")
    header = lines[3].split("\t")
    row = lines[4].split("\t")[: len(header)]
    row += [""] * (len(header) - len(row))
    for name, value in fields.items():
        row[header.index(name)] = value
    path = tmp_path / "pitf.tsv"
    path.write_text("\n".join([*lines[:4], "\t".join(row)]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("citation", "published"), [
    # Factiva ids: source code, publication day, "e", the id's tail; the earliest cited report counts
    ("WIRE000020140314e93e0003x, PAPR000020140313e93d000ab", dt.date(2014, 3, 13)),
    ("BA0000020140312e93c0002k", dt.date(2014, 3, 12)),
])
def test_pitf_text_is_published_the_day_its_earliest_cited_report_was(tmp_path, citation, published) -> None:
    assert read_eval_set(_pitf_record(tmp_path, Citation=citation)).docs[0].doc.published == published


@pytest.mark.parametrize("citation", ["", "Local radio", "WIRE000020141340e93c0003x"])
def test_pitf_text_without_a_cited_day_is_published_0_to_2_days_after_the_event(tmp_path, citation) -> None:
    (gd,) = read_eval_set(_pitf_record(tmp_path, Citation=citation)).docs
    event_day = dt.date.fromisoformat(gd.events[0]["event_date"])
    assert 0 <= (gd.doc.published - event_day).days <= 2
