"""`conflictlens eval` and `conflictlens train`: parse flags, call the library.

Failures raise `conflictlens.errors.Error` subclasses; `cli.main` prints them as one line with the exit code
(3 unreadable/unknown input, 5 gate failed)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from conflictlens.cli.options import SemanticOption
from conflictlens.cli.progress import QuietOption, run_progress
from conflictlens.errors import GateError, UsageError


def eval_cmd(
    gold: Annotated[
        list[Path] | None, typer.Argument(help="Dev files: ACLED/PITF/MUC-4/IPE/article gold/WikiEvents.")
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="Score a fixed seeded sample of N documents per file.")
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the scores as JSON here.")
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="A model from `conflictlens train`: score it beside the rules.")
    ] = None,
    gate: Annotated[
        Path | None,
        typer.Option("--gate", "--floors", help="Run the sets of a floors file; exit 5 below a floor."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for sampling, publication dates and the bootstrap.")] = 0,
    draws: Annotated[int, typer.Option(help="Bootstrap draws for the 95% intervals.")] = 500,
    semantic: SemanticOption = False,
    quiet: QuietOption = False,
) -> None:
    """Score the extractor on dev data (precision/recall/F1, field accuracies, 95% bootstrap intervals)."""
    if semantic:  # the scored extractors (and their worker processes) read their settings from the environment
        import os

        from conflictlens.config import SEMANTIC_ENV

        os.environ[SEMANTIC_ENV] = "1"
    from rich.console import Console

    from conflictlens.evaluation import gate as gates
    from conflictlens.evaluation import report as rep

    console = Console()
    failures: list[str] = []
    if gate is None and not gold:
        raise UsageError("nothing to evaluate", "pass dev files, or --gate eval/floors.toml")
    with run_progress("evaluated", quiet, unit="sets") as tally:
        if gate is not None:
            results, failures = gates.run_gate(gates.load_gate(gate), model_path=model)
        else:
            results = rep.evaluate_files(gold or [], limit=limit, seed=seed, draws=draws, model_path=model)
        tally.documents = len(results)
        tally.report = not failures  # a failed gate says so in its one error line
    rep.render(results, console)
    if json_out is not None:
        rep.write_json(results, json_out, failures)
    if failures:
        raise GateError(
            "eval gate failed: " + "; ".join(failures), "fix the regression or justify new floors"
        )


def train_cmd(
    gold: Annotated[
        list[Path], typer.Argument(help="Your ACLED export(s) (CSV with notes, sub_event_type).")
    ],
    out: Annotated[Path, typer.Option(help="Directory to write the model to.")],
    min_per_label: Annotated[int, typer.Option(help="Drop sub-types with fewer examples.")] = 5,
) -> None:
    """Fit your own sub-event classifier on your licensed export (use it with --model)."""
    from conflictlens.evaluation.training import training_records
    from conflictlens.extract import classifier

    model = classifier.fit(training_records(gold), min_per_label=min_per_label)
    path = classifier.save(model, out)
    print(f"trained on {model.meta['examples']} examples, {len(model.labels)} sub-event types -> {path}")
