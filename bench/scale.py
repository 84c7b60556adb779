"""Scale benchmark: `code` in one and two processes against `spark` in local[1] and local[2] on the same
documents, the Spark driver's peak memory as the input grows, and what that means for 1 M articles a day.

    python bench/scale.py [--n 2000] [--big 20000] [--no-spark]

Every run is a fresh process, timed end to end from the command line (model and JVM start-up included, as a
user would see it), so the figures are comparable with each other; rates are also given as ratios against
`code` in one process, measured in the same run. Each run's CPU time (its processes and all their children:
worker processes, the JVM, Spark's Python workers) is reported too: on a shared machine the wall clock
measures the neighbours as much as the code, while CPU-seconds per article is what sizing a cluster needs.
Articles are the bundled examples (350-600 words) with distinct ids. The driver-memory runs use short one-
paragraph reports (what grows on a driver is the number of documents and events, not their length), at --n and
--big documents: the driver's Python process and the JVM are reported apart (in local mode the JVM also hosts
the executors and their cached partitions, which on a cluster live on the workers).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOWNS = [("Kaduna", "Nigeria"), ("Maiduguri", "Nigeria"), ("Mogadishu", "Somalia"), ("Kismayo", "Somalia"),
         ("Idlib", "Syria"), ("Deir ez-Zor", "Syria"), ("Kunduz", "Afghanistan"), ("Goma", "DR Congo"),
         ("Beni", "DR Congo"), ("Mopti", "Mali"), ("Kharkiv", "Ukraine"), ("Sittwe", "Myanmar")]
SHORT = ["Gunmen killed {n} villagers near {town}, {country}, on {day}, local officials said.",
         "Police arrested {n} protesters in {town}, {country}, on {day} during a march against fuel prices.",
         "An air strike hit a market in {town}, {country}, on {day}, killing {n} civilians, a monitor said.",
         "Troops clashed with militants near {town}, {country}, on {day}; {n} fighters were killed."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def write_articles(path: Path, n: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = {"id": f"art-{i}", "published": "2024-03-12", "text": texts[i % len(texts)], "source": "Wire"}
            out.write(json.dumps(record) + "\n")


def write_short(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            town, country = rng.choice(TOWNS)
            text = rng.choice(SHORT).format(n=rng.randint(2, 40), town=town, country=country, day=rng.choice(DAYS))
            day = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            out.write(json.dumps({"id": f"short-{i}", "published": day, "text": text}) + "\n")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_code(corpus: Path, workers: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one `code` run."""
    started, cpu = time.perf_counter(), _children_cpu()
    cmd = [sys.executable, "-c", "import sys; from conflictlens.cli import main; sys.exit(main(sys.argv[1:]))",
           "code", str(corpus), "--workers", str(workers), "--format", "jsonl", "--quiet"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started, _children_cpu() - cpu


def run_spark(corpus: Path, master: str, partitions: int) -> dict:
    out = tempfile.mkdtemp(prefix="bench-spark-")
    cmd = [sys.executable, __file__, "--child", str(corpus), out, master, str(partitions)]
    started, cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["seconds"] = time.perf_counter() - started
    result["cpu"] = _children_cpu() - cpu + result.get("jvm_cpu", 0.0)  # the driver, plus the JVM's tree
    return result


def child(corpus: str, out: str, master: str, partitions: int) -> None:
    """One spark job in this (fresh) process; prints the summary and the driver's peak memory as JSON."""
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from conflictlens.scale.job import run_job, spark_session

    spark = spark_session(master, app="conflictlens-bench")
    jvm = spark.sparkContext._gateway.proc.pid  # the driver JVM (local mode: executors too)
    summary = run_job([corpus], out, partitions=partitions, spark=spark)
    jvm_peak = _vm_hwm_mb(jvm)
    jvm_cpu = _tree_cpu(jvm)  # the JVM is never waited for, so RUSAGE_CHILDREN would not see it: read /proc
    spark.stop()
    print(json.dumps({"documents": summary.documents, "events": summary.events, "incidents": summary.incidents,
                      "python_driver_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "jvm_mb": jvm_peak, "jvm_cpu": jvm_cpu, "extractors": summary.extractors_loaded}))


def _tree_cpu(pid: int) -> float:
    """CPU seconds of a process and its descendants alive now, with the children each has reaped (Spark's
    Python workers are reaped by their daemon, the daemon by the JVM), from /proc/PID/stat."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended meanwhile
        child_pid = int(stat.parent.name)
        parents[child_pid] = int(fields[1])
        times[child_pid] = sum(int(f) for f in fields[11:15]) / tick  # utime stime cutime cstime
    tree, frontier = {pid}, [pid]
    while frontier:
        frontier = [p for p, parent in parents.items() if parent in frontier and p not in tree]
        tree.update(frontier)
    return sum(times.get(p, 0.0) for p in tree)


def _vm_hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--big", type=int, default=20000)
    ap.add_argument("--no-spark", action="store_true")
    ap.add_argument("--child", nargs=4, metavar=("CORPUS", "OUT", "MASTER", "PARTITIONS"))
    args = ap.parse_args()
    if args.child:
        corpus, out, master, partitions = args.child
        child(corpus, out, master, int(partitions))
        return
    tmp = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    articles = tmp / "articles.jsonl"
    write_articles(articles, args.n)
    print(f"{args.n} articles (the bundled examples, distinct ids), {os.cpu_count()} cores here", flush=True)
    runs: dict[str, tuple[float, float]] = {}  # name -> (wall s, CPU s)

    def show(name: str, wall: float, cpu: float) -> None:  # each figure as soon as it is measured
        runs[name] = (wall, cpu)
        rate = args.n / wall
        ratio = rate / (args.n / runs["code, 1 process"][0])
        print(f"  {name:<18} {rate:7.1f} articles/s  x{ratio:.2f}   {1000 * cpu / args.n:6.0f} CPU-ms/article "
              f"({wall:.0f} s wall, {cpu:.0f} s CPU)", flush=True)

    show("code, 1 process", *run_code(articles, 1))
    show("code --workers 2", *run_code(articles, 2))
    if args.no_spark:
        return
    for master in ("local[1]", "local[2]"):
        result = run_spark(articles, master, int(master[6]) * 2)
        show(f"spark {master}", result["seconds"], result["cpu"])
    print("driver peak memory, spark local[2] on short reports:", flush=True)
    for n in (args.n, args.big):
        short = tmp / f"short-{n}.jsonl"
        write_short(short, n)
        r = run_spark(short, "local[2]", 4)
        print(f"  {n:>6} documents ({r['events']} events, {r['incidents']} incidents): python driver "
              f"{r['python_driver_mb']:.0f} MB, JVM {r['jvm_mb']:.0f} MB, {r['seconds']:.0f} s wall, "
              f"{1000 * r['cpu'] / n:.0f} CPU-ms/document", flush=True)
    cpu_ms = 1000 * runs["spark local[2]"][1] / args.n
    need = 1_000_000 / 86_400
    cores = 1_000_000 * cpu_ms / 1000 / 86_400
    print(f"1 M articles a day = {need:.1f} articles/s. Spark here spends {cpu_ms:.0f} CPU-ms an article (JVM and "
          f"model start-up included), so 1 M a day needs {cores:.1f} busy cores; 32 cores code "
          f"{32 * 86_400 / (cpu_ms / 1000) / 1e6:.1f} M a day, or 1 M in {1e6 * cpu_ms / 1000 / 32 / 3600:.1f} h.")

if __name__ == "__main__":
    main()
