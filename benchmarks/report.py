"""Cost of the views, measured by hand (never in the test suite).

    python benchmarks/report.py [--corpus ../shared/corpora/german-news-quotation-attribution/dev.jsonl]

Analyses the corpus once (the golden articles when the corpus is absent), then times,
on those records only: the HTML report of all of them (overview plus every article),
and ``newsscan show``'s rendering of each into an 80-column console. Prints articles per
second and the size of the report.
"""

import argparse
import io
import json
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def records(corpus: pathlib.Path) -> list[dict]:
    """The corpus (JSON Lines with a ``text`` field) or the golden articles, analysed."""
    from newsscan import analyze, analyze_text, to_dict

    if corpus.is_file():
        lines = corpus.read_text(encoding="utf-8").splitlines()
        return [
            to_dict(analyze_text(json.loads(line)["text"], path=f"{corpus.name}:{n}"))
            for n, line in enumerate(lines, 1)
            if line.strip()
        ]
    return [to_dict(analyze(str(p))) for p in sorted((ROOT / "tests" / "golden").glob("*/*.txt"))]


def html_report(recs: list[dict]) -> int:
    """Render the whole HTML report into memory; returns its size in bytes."""
    from newsscan.render.html import HtmlWriter

    out = io.StringIO()
    writer = HtmlWriter(out, many=True)
    for record in recs:
        writer.write(record)
    writer.close()
    return len(out.getvalue().encode("utf-8"))


def show_all(recs: list[dict]) -> None:
    """Render every record as ``newsscan show`` does, into an 80-column console."""
    from rich.console import Console

    from newsscan.render.show import render

    console = Console(file=io.StringIO(), width=80, force_terminal=True, color_system="truecolor")
    for record in recs:
        render(record, console, pager=False)


def timed(fn, recs, rounds):
    """Best and median seconds of ``rounds`` runs of ``fn(recs)``."""
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn(recs)
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def main():
    """Print the figures."""
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--corpus", default=str(ROOT.parent / "shared/corpora/german-news-quotation-attribution/dev.jsonl")
    )
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    recs = records(pathlib.Path(args.corpus))
    n = len(recs)
    size = html_report(recs)
    best, median = timed(html_report, recs, args.rounds)
    print(f"{n} articles, {sum(len(r['quotes']) for r in recs)} statements")
    print(
        f"HTML report: {median:.3f} s median ({n / median:.0f} articles/s; best {best:.3f} s), "
        f"{size / 1e6:.2f} MB ({size / n / 1e3:.1f} kB per article)"
    )
    best, median = timed(show_all, recs, args.rounds)
    print(f"show at 80 columns: {median:.3f} s median ({n / median:.0f} articles/s; best {best:.3f} s)")


if __name__ == "__main__":
    main()
