"""``quotes[].speaker_rule``: how each speaker mention was found, in every output, and scored
per speaker rule by ``newsscan eval --by-rule``."""

import csv
import io
import json
import sqlite3

from typer.testing import CliRunner

from newsscan.api import analyze_text
from newsscan.cli import app
from newsscan.pipeline.speaker_strategies import STRATEGIES
from newsscan.schema import speaker_rules, to_dict

runner = CliRunner()
TEXT = (
    '"We will not close the plant," Dana Pratt said.\n\n'
    "The union leader Tom Hollis said that the workers would be paid until June.\n\n"
    '"Nobody will lose a job."\n\n'
    "According to the company, the plant will reopen in May."
)


def rules(text: str, language: str = "en") -> list:
    return [
        (q["speaker"], q["speaker_rule"]) for q in to_dict(analyze_text(text, language=language))["quotes"]
    ]


def test_each_statement_says_how_its_speaker_was_found():
    assert rules(TEXT) == [
        ("Dana Pratt", "frame"),  # the direct quote's frame read the name
        ("Tom Hollis", "subject_before_cue"),
        ("Tom Hollis", "inherited"),  # an unframed quotation right after a report
        ("company", "preposition_source"),
    ]


def test_a_negative_subject_leaves_no_mention_and_no_rule():
    (quote,) = to_dict(analyze_text("No one said that the plant would close.", language="en"))["quotes"]
    assert (quote["speaker_mention"], quote["speaker_rule"], quote["negated"]) == (None, None, True)


def test_a_statement_with_no_speaker_mention_has_no_speaker_rule():
    assert rules('"Nobody will lose a job at this plant."') == [(None, None)]


def test_german_frames_and_strategies():
    text = "„Wir schließen nicht“, sagte die Ministerin. Der Sprecher erklärte, das Werk bleibe offen."
    # German post frames leave the subject after the cue to the strategies
    assert rules(text, "de") == [("Ministerin", "phrase_after_cue"), ("Sprecher", "subject_before_cue")]


def test_the_documented_speaker_rules_are_frame_the_strategies_and_inherited():
    names = list(speaker_rules())
    assert names == ["frame", *(s.__name__ for s in STRATEGIES), "topic", "cataphora", "inherited"]
    assert all(speaker_rules().values())


def test_csv_and_sqlite_carry_the_speaker_rule(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = runner.invoke(app, ["analyze", str(path), "--language", "en", "-f", "csv"])
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert [r["speaker_rule"] for r in rows] == [
        "frame",
        "subject_before_cue",
        "inherited",
        "preposition_source",
    ]
    db = tmp_path / "out.db"
    out = runner.invoke(app, ["analyze", str(path), "--language", "en", "--sqlite", str(db)])
    assert out.exit_code == 0, out.output
    with sqlite3.connect(db) as con:
        got = [r[0] for r in con.execute("SELECT speaker_rule FROM statements ORDER BY start")]
    assert got == ["frame", "subject_before_cue", "inherited", "preposition_source"]


def test_an_older_database_gets_the_column(tmp_path):
    path, db = tmp_path / "a.txt", tmp_path / "old.db"
    path.write_text(TEXT, encoding="utf-8")
    assert runner.invoke(app, ["analyze", str(path), "--language", "en", "--sqlite", str(db)]).exit_code == 0
    with sqlite3.connect(db) as con:
        con.execute("ALTER TABLE statements DROP COLUMN speaker_rule")
    second = tmp_path / "b.txt"
    second.write_text("Dana Pratt said that the plant would close.", encoding="utf-8")
    assert (
        runner.invoke(app, ["analyze", str(second), "--language", "en", "--sqlite", str(db)]).exit_code == 0
    )
    with sqlite3.connect(db) as con:
        assert "subject_before_cue" in {r[0] for r in con.execute("SELECT speaker_rule FROM statements")}


def test_eval_scores_speakers_per_speaker_rule(tmp_path):
    gold = tmp_path / "gold.jsonl"
    record = {
        "id": "a",
        "text": TEXT,
        "quotes": [
            {"text": "We will not close the plant", "speaker": "Dana Pratt", "type": "direct"},
            {"text": "the workers would be paid until June", "speaker": "Anna Berg", "type": "indirect"},
        ],
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = runner.invoke(app, ["eval", str(gold), "--by-rule", "--json"])
    assert out.exit_code == 0, out.output
    figures = json.loads(out.stdout)["by_speaker_rule"]
    assert figures["frame"] == {"accuracy": 1.0, "n": 1}
    assert figures["subject_before_cue"] == {"accuracy": 0.0, "n": 1}
    speaker = json.loads(out.stdout)["speaker"]
    assert speaker == {"accuracy": 0.5, "n": 2, "wrong": 0.5}  # Tom Hollis named where Anna Berg spoke
