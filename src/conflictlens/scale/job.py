"""`conflictlens spark`: the pipeline as a PySpark job (docs/design.md §1: a decade of archives on a cluster).

    files (driver: names only) -> read (executors: the `ingest` readers, one task per file)
    -> [repartition] -> code (mapPartitions: one Extractor per executor process, made once, then reused)
    -> events -> link per blocking group (country x run of dates; `incidents.link`, as the store)
    -> Parquet partitioned by year and country (claims, evidence nested; `export.schema`)
    -> optionally the store's own writer per partition (idempotent, as `ingest`)

Nothing that grows with the input comes back to the driver: it collects the distinct (country, date) pairs
(bounded by the calendar) to cut blocking groups, skip counts by reason, and a few totals.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from conflictlens.config import Settings, load_settings
from conflictlens.errors import InputError
from conflictlens.export.schema import event_schema, normalise
from conflictlens.ingest.skips import reason_kind
from conflictlens.models import Document, Skip
from conflictlens.scale import tasks

SKIP_SCHEMA = "origin string, reason string"


@dataclass
class SparkSummary:
    files: int = 0
    documents: int = 0
    events: int = 0
    incidents: int = 0
    partitions: int = 0
    extractors_loaded: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason (its first clause) -> count
    stored: Counter[str] = field(default_factory=Counter)  # new / copy / unchanged / updated
    seconds: float = 0.0


def input_files(inputs: list[str]) -> list[str]:
    """Files named, inside folders (recursively, hidden ones left out) or matched by globs, sorted within
    each input; InputError when an input names nothing."""
    files: list[str] = []
    for name in inputs:
        if os.path.isdir(name):
            found = sorted(str(p) for p in Path(name).rglob("*") if p.is_file() and not p.name.startswith("."))
        elif os.path.isfile(name):
            found = [name]
        else:
            found = sorted(p for p in glob.glob(name, recursive=True) if os.path.isfile(p))
        if not found:
            raise InputError(f"no input file at {name}", "give files, folders or a quoted glob ('dump/*.warc.gz')")
        files += [os.path.abspath(f) for f in found]
    return files


def spark_session(master: str | None, app: str = "conflictlens") -> Any:
    """A session for `master` (local[2], spark://host:7077, yarn ...). Under spark-submit the master comes from
    spark-submit; run directly without --master, the job runs in local[*]."""
    from pyspark.sql import SparkSession

    if master is None and not os.environ.get("PYSPARK_GATEWAY_PORT"):
        master = "local[*]"
    builder = SparkSession.builder.appName(app).config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # a laptop's job needs no network interface
        builder = builder.config("spark.ui.enabled", "false")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run_job(
    inputs: list[str], output: str, *, master: str | None = None, partitions: int | None = None,
    db_url: str | None = None, settings: Settings | None = None, published: dt.date | None = None,
    source: str | None = None, model_path: str | None = None, spark: Any = None,
    progress: Callable[[int, int], None] | None = None,
) -> SparkSummary:
    """Run the job; returns the summary. `spark`: an existing session (tests share one); `progress` is
    called about twice a second with the tasks done and the tasks of the running stages."""
    started = time.perf_counter()
    settings = settings or load_settings()
    paths = input_files(inputs)
    own = spark is None
    spark = spark or spark_session(master)
    watcher = _Watcher(spark.sparkContext, progress) if progress else None
    try:
        summary = _run(spark, paths, output, partitions, db_url, settings, published, source, model_path)
    finally:
        if watcher:
            watcher.stop()
        if own:
            spark.stop()
    summary.seconds = time.perf_counter() - started
    return summary


def _run(spark: Any, paths: list[str], output: str, partitions: int | None, db_url: str | None,
         settings: Settings, published: dt.date | None, source: str | None, model_path: str | None
         ) -> SparkSummary:
    from pyspark import StorageLevel

    sc = spark.sparkContext
    n = partitions or sc.defaultParallelism
    summary = SparkSummary(files=len(paths), partitions=n)
    loads = sc.accumulator(0)
    items = sc.parallelize(list(enumerate(paths)), max(1, min(len(paths), n))).flatMap(
        partial(tasks.read_path, settings=settings, published=published, source=source))
    if len(paths) < 2 * n:  # few big files (a WARC, a JSONL dump): spread their documents over the tasks
        items = items.repartition(n)
    coded = items.mapPartitions(partial(_code, settings=settings, model_path=model_path, loads=loads))
    coded.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        documents = coded.filter(lambda kv: isinstance(kv[1], tasks.Coded)).values()
        summary.documents = documents.count()
        skips = coded.values().flatMap(_skips)
        summary.skipped = Counter(dict(skips.map(lambda s: (reason_kind(s[1]), 1)).reduceByKey(_add).collect()))
        spark.createDataFrame(skips, SKIP_SCHEMA).coalesce(1).write.mode("overwrite").parquet(
            os.path.join(output, "skipped"))
        summary.events, summary.incidents = _write_events(spark, documents, output, n)
        if db_url:
            stored = documents.mapPartitions(partial(tasks.store_partition, db_url=db_url))
            summary.stored = Counter(dict(stored.reduceByKey(_add).collect()))
    finally:
        coded.unpersist()
    summary.extractors_loaded = loads.value
    return summary


class _Watcher:
    """Polls Spark's status tracker on a daemon thread and reports the tasks done and started so far (over
    every stage the job has run) to a callback."""

    def __init__(self, sc: Any, callback: Callable[[int, int], None], every: float = 0.5) -> None:
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._loop, args=(sc.statusTracker(), callback, every), daemon=True)
        self._thread.start()

    def _loop(self, tracker: Any, callback: Callable[[int, int], None], every: float) -> None:
        seen: dict[int, tuple[int, int]] = {}  # stage -> (tasks done, tasks): the job's stages so far
        while not self._done.wait(every):
            finished = [stage for stage, (done, total) in seen.items() if done < total]
            for stage in {*tracker.getActiveStageIds(), *finished}:  # a stage may end between two polls
                info = tracker.getStageInfo(stage)
                if info is not None:
                    seen[stage] = (info.numCompletedTasks, info.numTasks)
            callback(sum(done for done, _ in seen.values()), sum(total for _, total in seen.values()))

    def stop(self) -> None:
        self._done.set()
        self._thread.join(timeout=2)


def _code(items: Any, settings: Settings, model_path: str | None, loads: Any) -> Any:
    return tasks.code_partition(items, settings, model_path, on_load=lambda: loads.add(1))


def _skips(item: Any) -> list[tuple[str, str]]:
    if isinstance(item, Skip):
        return [(item.origin, item.reason)]
    if isinstance(item, tasks.Coded) and item.skipped:
        document: Document = item.document
        return [(document.origin or document.doc_id, item.skipped)]
    return []


def _add(a: int, b: int) -> int:
    return a + b


def _write_events(spark: Any, documents: Any, output: str, n: int) -> tuple[int, int]:
    """Events linked per blocking group, written as Parquet partitioned by year and country."""
    from pyspark.sql.pandas.types import from_arrow_schema

    events = documents.flatMap(tasks.event_rows)
    days = events.map(lambda r: (tasks.link_key(r), dt.date.fromisoformat(r["event_date"]))).distinct().collect()
    groups = spark.sparkContext.broadcast(tasks.segments(days))
    linked = events.keyBy(lambda r: (tasks.link_key(r), groups.value[(tasks.link_key(r),
                                                                         dt.date.fromisoformat(r["event_date"]))]))
    linked = linked.groupByKey(numPartitions=n).flatMap(lambda kv: tasks.link_group(kv[0], kv[1]))
    schema = event_schema("report")
    names = schema.names
    rows = linked.map(lambda r: tuple(normalise(r, schema)[k] for k in names))
    frame = spark.createDataFrame(rows, from_arrow_schema(schema))
    frame.persist()
    try:
        frame.write.mode("overwrite").partitionBy("year", "country").parquet(os.path.join(output, "events"))
        return frame.count(), frame.select("incident_id").where("incident_id is not null").distinct().count()
    finally:
        frame.unpersist()
