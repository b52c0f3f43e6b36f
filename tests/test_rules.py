"""Every statement names the construction (rule) that found it, and eval scores per rule. The
examples of each language's rule names are in tests/lang/<code>/test_rule_names.py."""

import json

from typer.testing import CliRunner

from newsscan import to_dict
from newsscan.cli import app
from newsscan.evaluate import evaluate
from newsscan.schema import RULES
from tests.golden.regenerate import articles, expected_path


def test_every_statement_of_every_golden_article_has_a_known_rule():
    from newsscan import analyze

    seen = set()
    for article in articles():
        for q in to_dict(analyze(str(article)))["quotes"]:
            assert q["rule"] in RULES, (article.name, q["rule"], q["text"])
            seen.add(q["rule"])
    assert len(seen) >= 10  # the golden articles exercise most constructions


def test_golden_files_pin_the_rule():
    for article in articles():
        expected = json.loads(expected_path(article).read_text(encoding="utf-8"))
        assert all("rule" in q for q in expected["quotes"]), article.name


def _corpus(tmp_path):
    text = (
        "Ministerin Eva Roth sagte, die Lage sei ernst. Laut der Polizei wurde niemand verletzt. "
        "„Wir werden das Spiel morgen gewinnen“, sagte die Trainerin."
    )
    gold = {
        "id": "1",
        "text": text,
        "quotes": [
            {
                "text": "die Lage sei ernst",
                "type": "indirect",
                "speaker": "Ministerin Eva Roth",
                "cue": "sagte",
            },
            {"text": "Wir werden das Spiel morgen gewinnen", "type": "direct", "speaker": "die Trainerin"},
            {"text": "Das ist nirgends gesagt worden", "type": "indirect"},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    return path


def test_eval_by_rule_counts_true_and_false_positives(tmp_path):
    out = evaluate(str(_corpus(tmp_path)), by_rule=True)
    rules = out["by_rule"]
    assert rules["indirect.cue_then_report"]["tp"] == 1 and rules["indirect.cue_then_report"]["fp"] == 0
    assert rules["direct.post_frame"]["tp"] == 1
    assert rules["according.preposition"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 1,
        "fn": 3,
    }
    # recall per rule is the share of all three gold quotes
    assert rules["direct.post_frame"]["recall"] == round(1 / 3, 4)
    assert sum(r["tp"] for r in rules.values()) == out["quotes"]["tp"]
    assert sum(r["fp"] for r in rules.values()) == out["quotes"]["fp"]


def test_eval_without_by_rule_keeps_its_figures(tmp_path):
    assert "by_rule" not in evaluate(str(_corpus(tmp_path)))


def test_eval_by_rule_on_the_command_line(tmp_path):
    path = _corpus(tmp_path)
    result = CliRunner().invoke(app, ["eval", str(path), "--by-rule", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["by_rule"]["direct.post_frame"]["tp"] == 1
    table = CliRunner().invoke(app, ["eval", str(path), "--by-rule", "--format", "table"])
    assert table.exit_code == 0 and "direct.post_frame" in table.stdout and "per rule" in table.stdout


def test_csv_and_sqlite_carry_the_rule(tmp_path):
    import csv
    import io
    import sqlite3

    article = tmp_path / "a.txt"
    article.write_text(
        "Die Lage sei ernst, so der Minister. Laut der Polizei wurde niemand verletzt.\n", encoding="utf-8"
    )
    db = tmp_path / "news.db"
    result = CliRunner().invoke(app, ["analyze", str(article), "-f", "csv", "-l", "de", "--sqlite", str(db)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["rule"] for r in rows] == ["indirect.so_frame", "according.preposition"]
    with sqlite3.connect(db) as con:
        stored = [r[0] for r in con.execute("SELECT rule FROM statements ORDER BY start")]
    assert stored == ["indirect.so_frame", "according.preposition"]
