"""Article-body extraction measured on the article-extraction benchmark (dev part).

    python benchmarks/extraction.py [--corpus ../shared/corpora/article-extraction-benchmark]

Scores `newsscan clean` (trafilatura extraction plus newsscan's cleaning) next to
trafilatura with default settings, in the same run, with the benchmark's own metric:
4-gram shingles of \\w+ tokens, TP/FP/FN normalised per page, precision and recall
averaged over pages, F1 their harmonic mean; accuracy = exact token sequence.
The pages are read from ../shared and never copied into the repository.
"""

import argparse
import gzip
import json
import pathlib
import re
import sys
import time
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(0, len(tokens) - n + 1)))


def page_scores(truth: str, pred: str) -> tuple[float, float, bool]:
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    precision = 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))
    recall = 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))
    exact = TOKEN.findall(truth or "") == TOKEN.findall(pred or "")
    return precision, recall, exact


def summarise(rows):
    p = sum(r[0] for r in rows) / len(rows)
    r = sum(r[1] for r in rows) / len(rows)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = sum(r[2] for r in rows) / len(rows)
    return {"f1": round(f1, 4), "precision": round(p, 4), "recall": round(r, 4), "accuracy": round(acc, 4)}


def newsscan_clean(data: bytes, url: str) -> str:
    from newsscan.errors import NewsscanError
    from newsscan.pipeline import clean, load

    try:
        doc = load.from_bytes(data, url=url)
    except NewsscanError:
        return ""
    return clean.clean(doc).text


def trafilatura_default(data: bytes, url: str) -> str:
    import trafilatura

    return trafilatura.extract(data, url=url) or ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/corpora/article-extraction-benchmark"))
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages where newsscan scores lowest")
    args = ap.parse_args()
    corpus = pathlib.Path(args.corpus)
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    rows = {"newsscan clean": [], "trafilatura (defaults)": []}
    per_page = []
    seconds = {k: 0.0 for k in rows}
    for ident in sorted(truth):
        data = gzip.decompress((corpus / "html" / f"{ident}.html.gz").read_bytes())
        gold = truth[ident]["articleBody"]
        url = truth[ident].get("url")
        for name, fn in (("newsscan clean", newsscan_clean), ("trafilatura (defaults)", trafilatura_default)):
            t0 = time.perf_counter()
            pred = fn(data, url)
            seconds[name] += time.perf_counter() - t0
            rows[name].append(page_scores(gold, pred))
        per_page.append((ident, rows["newsscan clean"][-1], rows["trafilatura (defaults)"][-1]))
    figures = {
        name: {**summarise(r), "pages": len(r), "pages_per_second": round(len(r) / seconds[name], 1)}
        for name, r in rows.items()
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{'tool':<24} {'F1':>6} {'P':>6} {'R':>6} {'acc':>6} {'pages':>6} {'pages/s':>8}")
        for name, f in figures.items():
            print(
                f"{name:<24} {f['f1']:>6.3f} {f['precision']:>6.3f} {f['recall']:>6.3f} {f['accuracy']:>6.3f} "
                f"{f['pages']:>6} {f['pages_per_second']:>8}"
            )
    for ident, ours, theirs in sorted(per_page, key=lambda x: sum(x[1][:2]))[: args.worst]:
        print(
            f"{ident[:12]}  newsscan P={ours[0]:.2f} R={ours[1]:.2f}   trafilatura P={theirs[0]:.2f} R={theirs[1]:.2f}"
        )


if __name__ == "__main__":
    main()
