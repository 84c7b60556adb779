"""`conflictlens spark`: the extraction as a PySpark job; Parquet out. The work is in `conflictlens.scale`."""

from __future__ import annotations

from typing import Annotated

import typer

from conflictlens.cli.options import DbOption, FieldsOption, field_map, parse_date
from conflictlens.cli.progress import QuietOption, run_progress


def spark_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or quoted globs; the last path is OUTPUT.")],
    master: Annotated[
        str | None, typer.Option("--master", help="Spark master: local[2], spark://host:7077, yarn (default "
                                 "local[*], or what spark-submit says).")
    ] = None,
    partitions: Annotated[
        int | None, typer.Option("--partitions", min=1, help="Tasks to code in (default: the cluster's cores).")
    ] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD when a document has none.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name when a document has none.")] = None,
    fields: FieldsOption = None,
    quiet: QuietOption = False,
    store: Annotated[
        bool, typer.Option("--store", help="Also write every document into the database (--db), as ingest does.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Code INPUT... on Spark and write OUTPUT/events (Parquet, by year and country) and OUTPUT/skipped."""
    from conflictlens.config import load_settings
    from conflictlens.errors import UsageError
    from conflictlens.scale.job import run_job

    if len(inputs) < 2:
        raise UsageError("give INPUT... OUTPUT", "e.g. conflictlens spark news/ out/")
    *sources, output = inputs
    settings = load_settings(db).with_overrides(fields=field_map(fields))
    with run_progress("coded", quiet, bar_unit="tasks") as tally:
        summary = run_job(sources, output, master=master, partitions=partitions, settings=settings,
                          db_url=settings.db_url if store else None, published=parse_date(published),
                          source=source, progress=tally.tasks)
        tally.documents, tally.events = summary.documents, summary.events
        tally.skipped.update(summary.skipped)
        tally.extra.update(incidents=summary.incidents, files=summary.files, partitions=summary.partitions,
                           **{"extractors loaded": summary.extractors_loaded})
        if summary.stored:
            tally.extra["stored"] = ", ".join(f"{k} {v}" for k, v in sorted(summary.stored.items()))
        tally.extra["output"] = output
