"""A user's own sub-event classifier, fitted on their licensed ACLED export (never shipped, never dev data).

TF-IDF word 1-2-grams + character 3-5-grams -> logistic regression, saved as a directory holding
`model.pkl` (pickle of the scikit-learn pipeline) and `meta.json` (labels, counts, versions). Load only
models you trained yourself: unpickling runs code.

    model = fit([("On 3 May, police arrested ...", "Arrests"), ...])
    save(model, "my-model"); model = load("my-model"); model.predict(["..."]) -> ["Arrests"]
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conflictlens.errors import InputError, UsageError

FORMAT_VERSION = 1
MODEL_FILE = "model.pkl"
META_FILE = "meta.json"


@dataclass(frozen=True)
class Model:
    """A fitted sub_event_type classifier."""

    pipeline: Any
    labels: tuple[str, ...]
    meta: Mapping[str, Any] = field(default_factory=dict)

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [str(x) for x in self.pipeline.predict(list(texts))] if texts else []

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Per text, {sub_event_type: probability}."""
        if not texts:
            return []
        classes = [str(c) for c in self.pipeline.classes_]
        return [
            dict(zip(classes, map(float, row), strict=True))
            for row in self.pipeline.predict_proba(list(texts))
        ]


def examples_from(records: Iterable[Mapping[str, Any] | tuple[str, str]]) -> list[tuple[str, str]]:
    """(text, sub_event_type) pairs from tuples or records with `notes`/`text` and `sub_event_type`."""
    out = []
    for r in records:
        if isinstance(r, tuple):
            text, label = r
        else:
            text, label = str(r.get("notes") or r.get("text") or ""), str(r.get("sub_event_type") or "")
        if text.strip() and label.strip():
            out.append((text, label.strip()))
    return out


def fit(
    records: Iterable[Mapping[str, Any] | tuple[str, str]], *, min_per_label: int = 1, seed: int = 0
) -> Model:
    """Fit on (text, sub_event_type) examples; labels with fewer than `min_per_label` examples are dropped."""
    _require_sklearn()
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    pairs = examples_from(records)
    counts = Counter(label for _, label in pairs)
    pairs = [(t, lab) for t, lab in pairs if counts[lab] >= min_per_label]
    labels = sorted({lab for _, lab in pairs})
    if len(labels) < 2:
        raise InputError(
            f"need examples of at least 2 sub-event types to train, found {len(labels)}",
            "pass an ACLED export with notes and sub_event_type columns",
        )
    features = FeatureUnion(
        [
            ("word", TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True)),
            ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=1, sublinear_tf=True)),
        ]
    )
    clf = LogisticRegression(max_iter=2000, C=5.0, class_weight="balanced", random_state=seed)
    pipeline = Pipeline([("features", features), ("clf", clf)])
    pipeline.fit([t for t, _ in pairs], [lab for _, lab in pairs])
    meta = {
        "format_version": FORMAT_VERSION,
        "kind": "tfidf-logreg",
        "labels": labels,
        "examples": len(pairs),
        "per_label": {lab: counts[lab] for lab in labels},
        "trained_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "sklearn": _sklearn_version(),
    }
    return Model(pipeline=pipeline, labels=tuple(labels), meta=meta)


def _require_sklearn() -> None:
    import importlib.util

    if importlib.util.find_spec("sklearn") is None:
        raise UsageError("scikit-learn is not installed, so no model can be trained or used",
                         "reinstall conflictlens with its dependencies: bash install.sh")


def _sklearn_version() -> str:
    import sklearn

    return str(sklearn.__version__)


def save(model: Model, path: str | Path) -> Path:
    """Write `model.pkl` and `meta.json` into the directory `path` (created)."""
    out = Path(path)
    out.mkdir(parents=True, exist_ok=True)
    with (out / MODEL_FILE).open("wb") as fh:
        pickle.dump(model.pipeline, fh, protocol=pickle.HIGHEST_PROTOCOL)
    (out / META_FILE).write_text(json.dumps(dict(model.meta), indent=2), encoding="utf-8")
    return out


def load(path: str | Path) -> Model:
    """Read a model written by `save`; UsageError when it is missing or of another format version."""
    _require_sklearn()
    p = Path(path)
    meta_path, model_path = p / META_FILE, p / MODEL_FILE
    if not meta_path.is_file() or not model_path.is_file():
        raise UsageError(f"no model at {p}", "train one with: conflictlens train EXPORT.csv --out DIR")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if meta.get("format_version") != FORMAT_VERSION:
        raise UsageError(
            f"model at {p} has format {meta.get('format_version')}", "retrain it with this version"
        )
    with model_path.open("rb") as fh:
        pipeline = pickle.load(fh)  # noqa: S301 - the user's own model, see the module docstring
    return Model(pipeline=pipeline, labels=tuple(meta.get("labels", ())), meta=meta)
