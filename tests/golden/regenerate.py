"""Rewrite the expected files of the golden articles from the current output.

Run on purpose only, after reading the diff of every changed article:

    python tests/golden/regenerate.py
"""

import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))

from newsscan import analyze, to_dict  # noqa: E402

HERE = pathlib.Path(__file__).parent


def project(record: dict) -> dict:
    """The part of the output a golden file pins: what a reader would check by hand."""
    return {
        "language": record["language"]["code"],
        "metadata": {k: v for k, v in record["metadata"].items() if v is not None},
        "boilerplate": [[b["kind"], b["text"]] for b in record["boilerplate"]],
        "actors": [
            {"name": a["name"], "role": a["role"], "mentions": a["mentions"]} for a in record["actors"]
        ],
        "quotes": [
            {
                "speaker": q["speaker"],
                "speaker_mention": q["speaker_mention"],
                "type": q["type"],
                "cue": q["cue"],
                "via": q["via"],
                "text": q["text"],
                "rule": q["rule"],
                **({"negated": True} if q.get("negated") else {}),  # pinned where it is true
            }
            for q in record["quotes"]
        ],
        "agencies": [{"name": g["name"], "quotes": g["quotes"]} for g in record["agencies"]],
    }


def articles():
    return sorted(p for p in HERE.glob("*/*") if p.suffix in (".txt", ".html"))


def expected_path(article: pathlib.Path) -> pathlib.Path:
    return article.with_suffix(".expected.json")


if __name__ == "__main__":
    for article in articles():
        out = project(to_dict(analyze(str(article))))
        expected_path(article).write_text(
            json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print("wrote", expected_path(article).relative_to(HERE))
