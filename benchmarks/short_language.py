"""Language detection on short texts: newsscan's detect() against langdetect alone.

    python benchmarks/short_language.py [--corpus-dir ../shared/corpora/german-news-quotation-attribution]

Takes the sentences of 20–200 letters among the first six of every article of the German
quotation corpus (train and dev), and the short sentences of the golden articles of every
language, and counts how often each method names another language than the right one.
Run by hand; the figures are quoted in the README.
"""

import argparse
import collections
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsscan import lang  # noqa: E402
from newsscan.pipeline import segment  # noqa: E402
from newsscan.pipeline.language import _probabilities, detect  # noqa: E402


def short_sentences(text: str, code: str, first: int | None = None):
    for s in segment.sentences(text, lang.get(code))[:first]:
        sentence = text[s.start : s.end]
        if 20 <= sum(ch.isalpha() for ch in sentence) < 200:
            yield sentence


def tally(samples) -> dict:
    """{code: [n, langdetect right, newsscan right]} over (code, sentence) samples."""
    out = collections.defaultdict(lambda: [0, 0, 0])
    for code, sentence in samples:
        ranked = _probabilities(sentence)
        row = out[code]
        row[0] += 1
        row[1] += bool(ranked) and ranked[0][0] == code
        row[2] += detect(sentence).code == code
    return out


def corpus_samples(folder: pathlib.Path):
    for split in ("train", "dev"):
        with open(folder / f"{split}.jsonl", encoding="utf-8") as fh:
            for line in fh:
                for sentence in short_sentences(json.loads(line)["text"], "de", first=6):
                    yield "de", sentence


def golden_samples():
    for path in sorted((ROOT / "tests" / "golden").glob("*/*.txt")):
        for sentence in short_sentences(path.read_text(encoding="utf-8"), path.parent.name):
            yield path.parent.name, sentence


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--corpus-dir",
        type=pathlib.Path,
        default=ROOT.parent / "shared" / "corpora" / "german-news-quotation-attribution",
    )
    args = parser.parse_args()
    for name, samples in (("corpus (de)", corpus_samples(args.corpus_dir)), ("golden", golden_samples())):
        for code, (n, old, new) in sorted(tally(samples).items()):
            print(
                f"{name:12} {code}: {n:5} short sentences, wrong language: langdetect {n - old}, newsscan {n - new}"
            )


if __name__ == "__main__":
    main()
