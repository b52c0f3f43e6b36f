"""Batch speed and memory over the 850 articles of the German quotation corpus.

    python benchmarks/batch.py [--corpus-dir ../shared/corpora/german-news-quotation-attribution] [--rounds 3]

Writes train+dev articles as text files into a temporary folder, then runs
`newsscan analyze FOLDER --format jsonl --jobs N -o OUT` for N = 1 and 2 and reports wall
time, articles per second and the peak memory of the whole process tree (PSS and RSS, sampled from
/proc every 20 ms). Run by hand; no test asserts these numbers.
"""

import argparse
import json
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


def tree_rss(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes of a process and all its descendants. PSS shares the pages
    that forked workers inherit among them, so it is the fair total for a process tree."""
    rss = pss = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
            with open(f"/proc/{p}/task/{p}/children") as fh:
                stack.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return rss, pss


def run(cmd):
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0, 0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            rss, pss = tree_rss(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"newsscan failed: {err.decode()[-500:]}")
    return wall, peak


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--corpus-dir", default=str(ROOT.parent / "shared/corpora/german-news-quotation-attribution")
    )
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    exe = shutil.which("newsscan") or str(pathlib.Path(sys.executable).parent / "newsscan")
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp) / "articles"
        folder.mkdir()
        n = 0
        for split in ("train", "dev"):
            for line in open(pathlib.Path(args.corpus_dir) / f"{split}.jsonl", encoding="utf-8"):
                record = json.loads(line)
                (folder / f"{split}-{record['id']}.txt").write_text(record["text"], encoding="utf-8")
                n += 1
        out = pathlib.Path(tmp) / "out.jsonl"
        tiny = pathlib.Path(tmp) / "one.txt"
        tiny.write_text("Der Minister sagte, die Lage sei ernst.", encoding="utf-8")
        startup = statistics.median(
            run([exe, "analyze", str(tiny), "--format", "json", "-o", str(out)])[0]
            for _ in range(args.rounds)
        )
        print(f"start-up (one short article): {startup:.2f} s")
        results = {}
        for jobs in (1, 2):
            walls, peaks = [], []
            for _ in range(args.rounds):
                wall, peak = run(
                    [
                        exe,
                        "analyze",
                        str(folder),
                        "--format",
                        "jsonl",
                        "--jobs",
                        str(jobs),
                        "-o",
                        str(out),
                        "--quiet",
                    ]
                )
                walls.append(wall)
                peaks.append(peak)
            wall = statistics.median(walls)
            results[jobs] = wall
            print(
                f"--jobs {jobs}: {n} articles in {wall:.2f} s wall (median of {args.rounds}) = {n / wall:.0f} articles/s, "
                f"peak memory of the process tree: PSS {max(p[1] for p in peaks) / 2**20:.0f} MB "
                f"(RSS summed over processes {max(p[0] for p in peaks) / 2**20:.0f} MB)"
            )
        print(
            f"speed-up with 2 jobs: {results[1] / results[2]:.2f}x on wall time with start-up, "
            f"{(results[1] - startup) / (results[2] - startup):.2f}x after start-up "
            f"({n / (results[1] - startup):.0f} vs {n / (results[2] - startup):.0f} articles/s)"
        )


if __name__ == "__main__":
    main()
