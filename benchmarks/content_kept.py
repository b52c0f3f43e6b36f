"""Content kept by the boilerplate cleaning, measured on the annotated corpora.

    python benchmarks/content_kept.py [--show] [CORPUS.jsonl:LANG ...]

The corpus texts are article bodies, so everything in them is article text; the
cleaning (``newsscan.pipeline.clean``, plain text, with the language given) must
keep all of it that is running prose. Two figures per corpus:

- prose lines kept: lines of eight words or more that end a sentence (``.``, ``!``,
  ``?``, a closing quotation mark), kept whole in the cleaned text;
- quotes kept: every part of every required annotated quote kept whole in the cleaned
  text (whitespace normalised); optional quotes (headlines, embedded tweets) are counted
  apart.

``--show`` lists every removed line with its kind, so that the removals that are
not prose (headings, credits, link lines) can be read by hand. The corpora are read
from ../shared and never copied into the repository.
"""

import argparse
import collections
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared/corpora"
DEFAULT = [
    f"{SHARED}/german-news-quotation-attribution/dev.jsonl:de",
    f"{SHARED}/english-news-quotes/dev.jsonl:en",
]
PROSE_WORDS = 8
_END = (".", "!", "?", "“", "”", '"', "»", "«", "’")


def norm(text: str) -> str:
    return " ".join(text.split())


def is_prose(line: str) -> bool:
    """A line of running prose: eight words or more, ending a sentence."""
    line = line.strip()
    return len(line.split()) >= PROSE_WORDS and line.endswith(_END)


def measure(path: str, language: str, show: bool) -> dict:
    from newsscan.model import Document
    from newsscan.pipeline import clean

    kinds = collections.Counter()
    prose = prose_kept = lines = 0
    quotes, quotes_kept = collections.Counter(), collections.Counter()
    for row in open(path, encoding="utf-8"):
        rec = json.loads(row)
        out = clean.clean(Document(raw=rec["text"]), language=language)
        cleaned = norm(out.text)
        for line in rec["text"].splitlines():
            lines += bool(line.strip())
            if is_prose(line):
                prose += 1
                prose_kept += norm(line) in cleaned
        for q in rec.get("quotes", []):
            group = "optional" if q.get("optional") else "required"
            for start, end in q.get("spans") or [[q["start"], q["end"]]]:
                quotes[group] += 1
                quotes_kept[group] += norm(rec["text"][start:end]) in cleaned
        for r in out.boilerplate:
            kinds[r.kind] += 1
            if show:
                print(f"  {rec.get('id', '')[:12]}\t{r.kind}\t{r.text[:140]}")
    return {
        "corpus": path,
        "language": language,
        "lines": lines,
        "removed": dict(kinds),
        "prose_lines": prose,
        "prose_kept": round(prose_kept / prose, 4) if prose else None,
        **{f"{g}_quote_spans": quotes[g] for g in ("required", "optional")},
        **{
            f"{g}_quotes_kept": round(quotes_kept[g] / quotes[g], 4) if quotes[g] else None
            for g in ("required", "optional")
        },
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "corpora", nargs="*", default=DEFAULT, help="PATH.jsonl:LANG (default: German and English dev)"
    )
    ap.add_argument("--show", action="store_true", help="list every removed line with its kind")
    args = ap.parse_args()
    for spec in args.corpora:
        path, _, language = spec.rpartition(":")
        if not pathlib.Path(path).exists():
            print(f"skipped (not found): {path}", file=sys.stderr)
            continue
        print(json.dumps(measure(path, language, args.show), ensure_ascii=False))


if __name__ == "__main__":
    main()
