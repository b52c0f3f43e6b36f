"""Dask against local worker processes over the 850 articles of the German quotation corpus.

    python benchmarks/cluster.py [--corpus-dir ../shared/corpora/german-news-quotation-attribution] [--rounds 3]

Writes train+dev articles as text files into a temporary folder, then

1. runs `newsscan analyze FOLDER -f parquet -o OUT` with --jobs 1, --jobs 2 and
   --engine dask -j 2 (a 2-worker LocalCluster on 127.0.0.1, started by the command) and
   reports wall time and articles per second (median of --rounds);
2. checks that the three runs wrote the same statements (and the same other tables),
   and that pandas and DuckDB read the Dask run's dataset;
3. in this process, with a 2-worker LocalCluster already running, times the analysis
   and writing alone (no start-up), twice (the first run loads the language data in the
   workers), and reads each worker's peak memory (max RSS);
4. runs the JSONL corpus itself as a dataset (--dataset train.jsonl --dataset dev.jsonl)
   and checks that it gives the same statements as the files, and as corpus files
   (--input-format jsonl) on Dask and locally, which must give the same tables.

Run by hand; no test asserts these numbers.
"""

import argparse
import json
import logging
import os
import pathlib
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


def cli(args):
    """Run newsscan; returns (wall seconds, CPU seconds of it and all its descendants)."""
    exe = shutil.which("newsscan") or str(pathlib.Path(sys.executable).parent / "newsscan")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run([exe, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"newsscan failed: {proc.stderr.decode()[-800:]}")
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def tables(folder):
    import pyarrow.parquet as pq

    return {
        t: pq.read_table(pathlib.Path(folder) / t).to_pandas()
        for t in ("articles", "statements", "actors", "agencies")
    }


def same_tables(a, b) -> bool:
    import pandas as pd

    try:
        for name in a:
            pd.testing.assert_frame_equal(a[name], b[name])
    except AssertionError as exc:
        print(f"  differences: {str(exc)[:300]}")
        return False
    return True


def write_articles(corpus_dir, folder) -> int:
    n = 0
    for split in ("train", "dev"):
        for line in open(pathlib.Path(corpus_dir) / f"{split}.jsonl", encoding="utf-8"):
            record = json.loads(line)
            (folder / f"{split}-{record['id']}.txt").write_text(record["text"], encoding="utf-8")
            n += 1
    return n


RUNS = (
    ("--jobs 1", ["-f", "parquet", "-j", "1"]),
    ("--jobs 2", ["-f", "parquet", "-j", "2"]),
    ("--engine dask -j 2", ["--engine", "dask", "-j", "2"]),
)


def timed_runs(folder, tmp, n, rounds):
    """The three runs, interleaved round by round so that load from elsewhere falls on all alike."""
    outs, walls, cpus = {}, {k: [] for k, _ in RUNS}, {k: [] for k, _ in RUNS}
    for r in range(rounds):
        for label, extra in RUNS:
            out = tmp / f"out-{label.replace(' ', '')}-{r}"
            wall, cpu = cli(["analyze", str(folder), "-o", str(out), "--quiet", *extra])
            if not (out / "statements").is_dir():
                raise SystemExit(f"{label} wrote no statements dataset")
            walls[label].append(wall)
            cpus[label].append(cpu)
            outs[label] = out
    for label, _ in RUNS:
        wall = statistics.median(walls[label])
        print(
            f"{label}: {n} articles in {wall:.2f} s wall (median of {rounds}; range {min(walls[label]):.2f}–"
            f"{max(walls[label]):.2f}) = {n / wall:.0f} articles/s; CPU {statistics.median(cpus[label]):.2f} s "
            f"= {1000 * statistics.median(cpus[label]) / n:.1f} ms per article (start-up included)"
        )
    return outs


def check_readers(out):
    import duckdb
    import pandas as pd

    statements = pd.read_parquet(out / "statements")
    con = duckdb.connect()
    top = con.execute(
        f"SELECT type, count(*) FROM '{out}/statements/*.parquet' GROUP BY type ORDER BY 2 DESC"
    ).fetchall()
    joined = con.execute(
        f"SELECT count(*) FROM '{out}/statements/*.parquet' s JOIN '{out}/articles/*.parquet' a "
        "USING (article_id)"
    ).fetchone()[0]
    print(f"pandas reads {len(statements)} statements; DuckDB by type: {top}; joined to articles: {joined}")


def _cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def warm_cluster(folder, tmp, n):
    """Runs on a cluster already started; returns (wall, CPU seconds of workers, CPU seconds
    of this process: client and scheduler) of the warm run."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    from newsscan import dask as ndask
    from newsscan.model import Options

    sources = sorted(str(p) for p in folder.iterdir())
    t0 = time.perf_counter()
    cluster = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.ERROR,
    )
    client = Client(cluster)
    print(f"LocalCluster start-up (2 workers): {time.perf_counter() - t0:.2f} s")
    for attempt in ("first (workers load language data)", "second (warm)"):
        workers_before, here_before = sum(client.run(_cpu).values()), _cpu()
        t0 = time.perf_counter()
        bag = db.from_sequence(sources, npartitions=ndask._partitions(n, 2))
        ndask.to_parquet(ndask.analyze_bag(bag, Options()), str(tmp / f"warm-{attempt[:5]}"))
        wall = time.perf_counter() - t0
        workers, here = sum(client.run(_cpu).values()) - workers_before, _cpu() - here_before
        print(
            f"in-process run, {attempt}: {wall:.2f} s = {n / wall:.0f} articles/s; CPU: workers {workers:.2f} s, "
            f"client and scheduler {here:.2f} s"
        )
    peaks = client.run(_peak_mb)
    print("peak memory per worker (max RSS): " + ", ".join(f"{v:.0f} MB" for v in peaks.values()))
    client.close()
    cluster.close()
    return wall, workers, here


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--corpus-dir", default=str(ROOT.parent / "shared/corpora/german-news-quotation-attribution")
    )
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = pathlib.Path(name)
        folder = tmp / "articles"
        folder.mkdir()
        n = write_articles(args.corpus_dir, folder)
        print("load average before (1, 5, 15 min): " + ", ".join(f"{v:.1f}" for v in os.getloadavg()))
        outs = timed_runs(folder, tmp, n, args.rounds)
        one, two, dask = (tables(outs[k]) for k in ("--jobs 1", "--jobs 2", "--engine dask -j 2"))
        print(
            f"same tables, --jobs 1 vs --jobs 2: {same_tables(one, two)}; --jobs 1 vs dask: {same_tables(one, dask)} "
            f"({len(one['statements'])} statements, {len(one['articles'])} articles)"
        )
        check_readers(outs["--engine dask -j 2"])
        _, workers_cpu, here_cpu = warm_cluster(folder, tmp, n)
        jobs1 = cli(["analyze", str(folder), "-f", "parquet", "-o", str(tmp / "j1"), "--quiet", "-j", "1"])[1]
        startup = cli(["analyze", str(next(folder.iterdir())), "-f", "parquet", "-o", str(tmp / "one")])[1]
        local = (jobs1 - startup) / n
        print(
            f"CPU per article: {local * 1000:.2f} ms in one local process after start-up (Parquet output); "
            f"{workers_cpu / n * 1000:.2f} ms in the workers + {here_cpu / n * 1000:.2f} ms in client and scheduler "
            f"on the warm cluster: overhead {(workers_cpu + here_cpu) / n * 1000 - local * 1000:.2f} ms per article"
        )
        ds = tmp / "from-dataset"
        cli(
            [
                "analyze",
                "--engine",
                "dask",
                "-j",
                "2",
                "--dataset",
                f"{args.corpus_dir}/train.jsonl",
                "--dataset",
                f"{args.corpus_dir}/dev.jsonl",
                "-o",
                str(ds),
            ]
        )
        cols = ["article_id", "speaker", "type", "cue", "via", "text", "start", "end"]
        from_dataset = sorted(
            tuple(map(str, row)) for row in tables(ds)["statements"][cols].itertuples(index=False)
        )
        from_files = sorted(tuple(map(str, row)) for row in one["statements"][cols].itertuples(index=False))
        print(
            f"--dataset train.jsonl dev.jsonl gives the same statements as the files: {from_dataset == from_files} "
            f"({len(from_dataset)} statements)"
        )
        corpus = [f"{args.corpus_dir}/train.jsonl", f"{args.corpus_dir}/dev.jsonl"]
        cli(
            [
                "analyze",
                *corpus,
                "--input-format",
                "jsonl",
                "-f",
                "parquet",
                "-o",
                str(tmp / "corpus-local"),
                "-j",
                "1",
                "--quiet",
            ]
        )
        wall = cli(
            [
                "analyze",
                *corpus,
                "--input-format",
                "jsonl",
                "--engine",
                "dask",
                "-j",
                "2",
                "-o",
                str(tmp / "corpus-dask"),
            ]
        )[0]
        print(
            f"--input-format jsonl (the corpus files themselves) on Dask: {wall:.2f} s, same tables as a local run: "
            f"{same_tables(tables(tmp / 'corpus-local'), tables(tmp / 'corpus-dask'))}"
        )
        print("load average after (1, 5, 15 min): " + ", ".join(f"{v:.1f}" for v in os.getloadavg()))


if __name__ == "__main__":
    main()
