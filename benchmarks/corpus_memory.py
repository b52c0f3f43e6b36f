"""Peak memory of `newsscan analyze CORPUS.jsonl --input-format jsonl` as the corpus grows.

    python benchmarks/corpus_memory.py [--sizes 2000 8000 32000] [--jobs 1 2]

Writes JSON Lines corpora of N generated German articles (each about 600 characters, a
report, a quote and a closing sentence) and reports wall time and the peak PSS of the
whole process tree (sampled from /proc every 20 ms). Flat memory means the peak does not
grow with N. Run by hand; no test asserts these numbers.
"""

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from batch import tree_rss  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]


def article(n: int) -> str:
    return (
        f"Der Sprecher der Stadt Jan Weber{n} sagte am Montag, die Lage sei ernst und man prüfe alle "
        f"Möglichkeiten. „Wir arbeiten an einer Lösung für die {n} Betroffenen“, sagte Weber{n}. "
        "Laut der Zeitung soll der Rat in der kommenden Woche beraten. Die Opposition kritisierte das "
        "Vorgehen scharf und verlangte eine Sitzung noch in dieser Woche. Weitere Einzelheiten nannte "
        "die Verwaltung zunächst nicht, sie kündigte aber eine Mitteilung für den Abend an."
    )


def measure(corpus: pathlib.Path, jobs: int) -> tuple[float, float]:
    out = corpus.with_suffix(".out.jsonl")
    cmd = [
        sys.executable,
        "-m",
        "newsscan.cli",
        "analyze",
        str(corpus),
        "--input-format",
        "jsonl",
        "-f",
        "jsonl",
        "-o",
        str(out),
        "-j",
        str(jobs),
        "-q",
    ]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT)
    peak = [0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss(proc.pid)[1])
            time.sleep(0.02)

    thread = threading.Thread(target=sample)
    thread.start()
    proc.wait()
    thread.join()
    return time.perf_counter() - started, peak[0] / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 8000, 32000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            corpus = pathlib.Path(tmp) / f"c{size}.jsonl"
            with corpus.open("w", encoding="utf-8") as fh:
                for n in range(size):
                    fh.write(json.dumps({"id": n, "text": article(n)}, ensure_ascii=False) + "\n")
            mb = corpus.stat().st_size / 1e6
            for jobs in args.jobs:
                wall, peak = measure(corpus, jobs)
                print(
                    f"{size:>6} records ({mb:5.1f} MB)  --jobs {jobs}: {wall:6.1f} s wall, "
                    f"{size / wall:5.0f} articles/s, peak PSS {peak:6.1f} MB"
                )


if __name__ == "__main__":
    main()
