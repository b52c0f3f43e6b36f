"""``quotes[].negated`` in every output: the JSON key, the CSV, SQLite and Parquet columns, the
marker in the Markdown and table cue columns; and the load check of the negation words."""

import csv
import io
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from newsscan import lang as langdata
from newsscan.cli import app
from newsscan.render import cue_label

runner = CliRunner()
TEXT = (
    "Dana Pratt did not confirm that the plant would close in May.\n\n"
    "Dana Pratt said that the workers would be paid until June."
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(*args, env=None):
    result = runner.invoke(app, ["analyze", *map(str, args), "--language", "en"], env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_json_marks_the_negated_statement_and_keeps_the_negation_in_its_cue(article):
    quotes = json.loads(run(article, "-f", "json"))["quotes"]
    assert [(q["cue"], q["negated"]) for q in quotes] == [("did not confirm", True), ("said", False)]


def test_csv_has_a_negated_column(article):
    rows = list(csv.DictReader(io.StringIO(run(article, "-f", "csv"))))
    assert [(r["cue"], r["negated"]) for r in rows] == [("did not confirm", "True"), ("said", "False")]


def test_sqlite_has_a_negated_column_also_in_an_older_database(article, tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    con.execute(
        "CREATE TABLE statements (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, "
        "actor_id INTEGER, local_id TEXT NOT NULL, speaker TEXT, speaker_mention TEXT, "
        "type TEXT NOT NULL, cue TEXT, via TEXT, text TEXT NOT NULL, start INTEGER NOT NULL, "
        "end INTEGER NOT NULL, sentence INTEGER NOT NULL)"
    )
    con.close()
    run(article, "--sqlite", db)
    rows = sqlite3.connect(db).execute("SELECT cue, negated FROM statements ORDER BY start").fetchall()
    assert rows == [("did not confirm", 1), ("said", 0)]


def test_parquet_has_a_boolean_negated_column(article, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out"
    run(article, "-f", "parquet", "-o", out)
    table = pq.read_table(out / "statements")
    assert str(table.schema.field("negated").type) == "bool"
    assert table.column("negated").to_pylist() == [True, False]


def test_markdown_and_table_mark_the_cue(article):
    assert "| did not confirm (negated) |" in run(article, "-f", "markdown")
    assert run(article, "-f", "table", env={"COLUMNS": "160"}).count("(negated)") == 1
    stacked = run(article, "-f", "table", env={"COLUMNS": "90"})  # one line per statement
    assert "indirect · did not confirm (negated)" in stacked and "said (negated)" not in stacked


def test_cue_label():
    assert cue_label({"cue": "bestätigte nicht", "negated": True}) == "bestätigte nicht (negated)"
    assert cue_label({"cue": "sagte", "negated": False}) == "sagte"
    assert cue_label({"cue": None}) == "—"


def test_every_language_has_negation_words():
    for code in langdata.available():
        assert langdata.get(code).word_class("negations"), code
