"""Quality on the annotated corpora, as the README reports it: quotes per type and per rule,
speaker accuracy, and the speaker errors left, sorted into categories.

    python benchmarks/quality.py [--markdown] [CORPUS.jsonl ...]

Default corpora: German Wikinews dev and train and English news dev from ../shared (read,
never copied). The figures are ``newsscan eval``'s (``newsscan.evaluate``); the categories
of the speaker errors are assigned by shape, from the error records of ``eval --errors``:

- ``no speaker``: the statement was found, but no speaker;
- ``part of the phrase``: our speaker shares words with the gold mention but is cut or
  too long (``court`` for ``court records``, ``Smith Jones`` for ``Smith``);
- ``another mention``: a different person, organisation or phrase of the article;
- ``pronoun bound wrong`` / ``pronoun unresolved``: the gold speaker is a pronoun and our
  actor is not the person the corpus names (English corpus: ``speaker_canonical``).
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
    SHARED / "english-news-quotes/dev.jsonl",
    SHARED / "german-news-quotation-attribution/dev.jsonl",
    SHARED / "german-news-quotation-attribution/train.jsonl",
]


def category(error: dict) -> str:
    """The category of one speaker error record (see the module docstring)."""
    from newsscan.evaluate import tokens

    predicted = error.get("predicted")
    if error["error"] == "pronoun":
        return "pronoun bound wrong" if predicted else "pronoun unresolved"
    if not predicted:
        return "no speaker"
    ours = set(tokens(predicted)) | set(tokens(error.get("mention") or ""))
    return "part of the phrase" if ours & set(tokens(error["gold"])) else "another mention"


def measure(path: pathlib.Path) -> dict:
    """``newsscan eval --by-rule`` on one corpus, with its speaker errors counted by category."""
    from newsscan.evaluate import evaluate

    errors: list = []
    out = evaluate(str(path), errors=errors, by_rule=True)
    out["speaker_errors"] = collections.Counter(
        category(e) for e in errors if e["error"] in ("speaker", "pronoun")
    )
    return out


def _prf(f: dict) -> str:
    return f"{f['f1']:.3f} | {f['precision']:.3f} | {f['recall']:.3f}"


def markdown(name: str, out: dict) -> str:
    """One corpus's figures as Markdown tables."""
    lines = [
        f"#### {name}",
        "",
        "| | F1 | P | R |",
        "|---|---|---|---|",
        f"| all quotes | {_prf(out['quotes'])} |",
    ]
    lines += [f"| {t} | {_prf(f)} |" for t, f in out["by_type"].items() if f["tp"] + f["fp"] + f["fn"]]
    lines += ["", "| rule | found | right | precision |", "|---|---|---|---|"]
    for rule, f in sorted(out.get("by_rule", {}).items(), key=lambda kv: -(kv[1]["tp"] + kv[1]["fp"])):
        lines.append(f"| `{rule}` | {f['tp'] + f['fp']} | {f['tp']} | {f['precision']:.3f} |")
    s, p = out["speaker"], out["pronoun_speaker"]
    lines += [
        "",
        f"Speaker accuracy {s['accuracy']:.3f} (n={s['n']}; a wrong speaker named on {s['wrong']:.3f}, "
        f"none on the rest); pronoun speakers {p['accuracy']:.3f} (n={p['n']}); "
        f"cue {out['cue']['accuracy']:.3f}.",
        "",
        "| speaker errors left | n |",
        "|---|---|",
    ]
    lines += [f"| {c} | {n} |" for c, n in out["speaker_errors"].most_common()]
    lines += ["", "| speaker rule | speakers | accuracy |", "|---|---|---|"]
    lines += [
        f"| `{r}` | {f['n']} | {f['accuracy']:.3f} |" for r, f in out.get("by_speaker_rule", {}).items()
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", type=pathlib.Path, default=DEFAULT)
    parser.add_argument("--markdown", action="store_true", help="Markdown tables instead of JSON")
    args = parser.parse_args()
    for path in args.corpora:
        if not path.exists():
            sys.exit(f"{path}: not found (the corpora are read from ../shared)")
        out = measure(path)
        name = f"{path.parent.name}/{path.name}"
        if args.markdown:
            print(markdown(name, out))
        else:
            keep = (
                "quotes",
                "by_type",
                "by_rule",
                "by_speaker_rule",
                "speaker",
                "pronoun_speaker",
                "cue",
                "speaker_errors",
            )
            print(json.dumps({"corpus": name, **{k: out.get(k) for k in keep}}))


if __name__ == "__main__":
    main()
