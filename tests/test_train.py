"""The user's own sub-event classifier: fit on tiny invented examples, save, load, predict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictlens.errors import InputError, UsageError
from conflictlens.extract import classifier as train

FIX = Path(__file__).parent / "fixtures" / "eval"

EXAMPLES = [
    ("Police arrested five activists at their homes.", "Arrests"),
    ("Officers detained two opposition members overnight.", "Arrests"),
    ("Security forces arrested a journalist in the capital.", "Arrests"),
    ("Hundreds marched peacefully demanding higher wages.", "Peaceful protest"),
    ("Teachers held a peaceful sit-in outside the ministry.", "Peaceful protest"),
    ("Students rallied peacefully against fee increases.", "Peaceful protest"),
    ("Gunmen shot dead three villagers in an attack.", "Attack"),
    ("Armed men attacked a farm and killed its owner.", "Attack"),
    ("Unknown attackers shot a trader dead at a market.", "Attack"),
]


def test_fit_predicts_the_training_labels_back() -> None:
    model = train.fit(EXAMPLES)
    assert model.predict(["Police arrested four students."]) == ["Arrests"]
    assert model.predict(["Nurses marched peacefully for pay."]) == ["Peaceful protest"]
    (probs,) = model.predict_proba(["Gunmen shot a farmer dead."])
    assert set(probs) == {"Arrests", "Attack", "Peaceful protest"} and sum(probs.values()) == pytest.approx(
        1.0
    )
    assert max(probs, key=probs.__getitem__) == "Attack"


def test_save_and_load_round_trip_with_metadata(tmp_path: Path) -> None:
    model = train.fit(EXAMPLES)
    path = train.save(model, tmp_path / "m")
    meta = json.loads((path / "meta.json").read_text())
    assert meta["examples"] == 9 and meta["labels"] == ["Arrests", "Attack", "Peaceful protest"]
    again = train.load(path)
    texts = ["Officers arrested a man.", "Armed men killed two herders."]
    assert again.predict(texts) == model.predict(texts)


def test_one_label_is_not_enough() -> None:
    with pytest.raises(InputError):
        train.fit(EXAMPLES[:3])


def test_loading_a_missing_model_says_how_to_train(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as exc:
        train.load(tmp_path)
    assert "conflictlens train" in exc.value.one_line()


def test_train_command_reads_an_acled_export(tmp_path: Path) -> None:
    from conflictlens.cli import main

    out = tmp_path / "model"
    assert main(["train", str(FIX / "invented_acled2020_small.csv"), "--out", str(out), "--min-per-label", "1"]) == 0
    assert train.load(out).labels == ("Attack", "Peaceful protest", "Shelling/artillery/missile attack")
