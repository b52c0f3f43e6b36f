"""Speed of newsscan, measured by hand (never in the test suite).

    python benchmarks/speed.py [--corpus ../shared/corpora/german-news-quotation-attribution/dev.jsonl]

Prints: start-up time of `newsscan --help`, wall time of `newsscan analyze` on the
seed article, and library throughput of analyze_text() on German plain text on one
core after warm-up (the corpus when given, else the bundled golden articles).
"""

import argparse
import json
import pathlib
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def wall(cmd, repeat=5):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--corpus", default=str(ROOT.parent / "shared/corpora/german-news-quotation-attribution/dev.jsonl")
    )
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    exe = shutil.which("newsscan") or str(pathlib.Path(sys.executable).parent / "newsscan")
    seed = str(ROOT / "seeds" / "000_fb418dfe53a9ab0a.txt")
    print(f"newsscan --help:            {wall([exe, '--help']):.3f} s (median of 5)")
    print(
        f"newsscan analyze seed:      {wall([exe, 'analyze', seed, '--format', 'json']):.3f} s (median of 5)"
    )

    from newsscan import analyze_text

    corpus = pathlib.Path(args.corpus)
    if corpus.is_file():
        texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8") if line.strip()]
        source = corpus.name
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/golden/de").glob("*.txt"))]
        source = "tests/golden/de"
    for text in texts[:10]:
        analyze_text(text)  # warm-up: lexicons, langdetect profiles
    rates = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for text in texts:
            analyze_text(text)
        rates.append(len(texts) / (time.perf_counter() - t0))
    chars = sum(map(len, texts)) / len(texts)
    print(
        f"analyze_text() throughput:  {statistics.median(rates):.0f} articles/s on one core "
        f"({len(texts)} articles of {source}, {chars:.0f} chars on average, median of {args.rounds} rounds)"
    )


if __name__ == "__main__":
    main()
