"""Golden articles: each input with its expected analysis, regenerated only on purpose
(tests/golden/regenerate.py)."""

import json

import pytest

from newsscan import analyze, to_dict
from tests.golden.regenerate import articles, expected_path, project

from .conftest import SEED


@pytest.mark.parametrize("article", articles(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_golden_article(article):
    expected = json.loads(expected_path(article).read_text(encoding="utf-8"))
    assert project(to_dict(analyze(str(article)))) == expected


def test_at_least_eight_own_german_articles():
    own = [a for a in articles() if a.parent.name == "de" and "seed" not in a.stem]
    assert len(own) >= 8


def test_seed_matches_shared_gold(shared):
    gold = json.loads(next((shared / "seeds").glob("*.gold.json")).read_text(encoding="utf-8"))
    out = to_dict(analyze(str(SEED)))
    assert out["language"]["code"] == gold["lang"]
    assert out["metadata"]["source_url"] == gold["metadata"]["source_url"]
    for line in gold["boilerplate"]:
        assert line not in out["text"]
    for keep in gold["must_keep"]:
        assert keep in out["text"]
    assert sorted(a["name"] for a in out["agencies"]) == sorted(gold["agencies"])
    predicted = {q["text"]: q for q in out["quotes"]}
    for q in gold["quotes"]:
        if q.get("optional"):
            continue
        assert q["text"] in predicted, q["text"]
        got = predicted[q["text"]]
        assert (got["speaker"], got["type"], got["via"]) == (q["speaker"], q["type"], q["via"])
    by_name = {a["name"]: a for a in out["actors"]}
    for actor in gold["actors"]:
        assert set(actor["aliases_in_text"]) <= set(by_name[actor["name"]]["mentions"])
