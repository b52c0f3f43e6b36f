"""The CLI through Typer's CliRunner, and once through the installed entry point."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsscan import schema
from newsscan.cli import app

from .conftest import SEED

runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_json_output_is_one_object_and_nothing_else():
    result = invoke("analyze", str(SEED), "--format", "json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["schema"] == schema.SCHEMA
    assert tuple(record) == schema.ANALYSIS_KEYS
    assert all(tuple(q) == schema.QUOTE_KEYS for q in record["quotes"])
    assert all(tuple(a) == schema.ACTOR_KEYS for a in record["actors"])
    assert all(tuple(g) == schema.AGENCY_KEYS for g in record["agencies"])


def test_json_alias_and_stdin():
    text = SEED.read_text(encoding="utf-8")
    result = invoke("analyze", "-", "--json", input=text)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["input"]["path"] == "-"


def test_table_shows_statements_actors_and_agencies():
    result = invoke("analyze", str(SEED), "--format", "table")
    assert result.exit_code == 0
    out = result.stdout
    for expected in ("Statements", "Actors", "Cited agencies", "Removed as boilerplate", "ABC News"):
        assert expected in out
    assert "\x1b[" not in out  # no colour when not on a terminal


def _file(name, data):
    def make(folder):
        (folder / name).write_bytes(data)
        return folder / name

    return make


@pytest.mark.parametrize(
    "make,message",
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (_file("empty.txt", b""), "empty input"),
        (_file("bin.txt", b"\x00\xff" * 100), "binary"),
    ],
)
def test_bad_input_gives_one_line_and_exit_1(tmp_path, make, message):
    path = make(tmp_path)
    result = invoke("analyze", str(path), "--format", "json")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr
    record = json.loads(result.stdout)
    if path.is_dir():  # a directory is a corpus: always an array
        [record] = record
    assert record["error"]["kind"] == "input"


def test_batch_goes_on_after_a_failure(tmp_path):
    result = invoke("analyze", str(tmp_path / "missing.txt"), str(SEED), "--format", "jsonl")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in r) for r in records] == [True, False]


def test_usage_error_exit_code():
    assert invoke("analyze", "--format", "yaml", str(SEED)).exit_code == 2


def test_clean_prints_text_and_json(tmp_path):
    result = invoke("clean", str(SEED))
    assert result.exit_code == 0 and "[Anzeige_2]" not in result.stdout and "Quelle:" not in result.stdout
    record = json.loads(invoke("clean", str(SEED), "--json").stdout)
    assert {b["kind"] for b in record["boilerplate"]} >= {"ad-marker", "comments", "source"}


def test_installed_entry_point_runs():
    exe = shutil.which("newsscan") or os.path.join(os.path.dirname(sys.executable), "newsscan")
    if not os.path.exists(exe):
        pytest.skip("newsscan entry point is not installed")
    proc = subprocess.run(
        [exe, "analyze", str(SEED), "--format", "json"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert json.loads(proc.stdout)["language"]["code"] == "de"
    assert subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.startswith("newsscan ")


def test_forced_language_skips_detection():
    record = json.loads(invoke("analyze", str(SEED), "--json", "--language", "de").stdout)
    assert record["language"] == {"code": "de", "probability": None, "supported": True, "data": "de"}
    assert record["quotes"]


def test_keep_boilerplate_keeps_the_lines():
    record = json.loads(invoke("analyze", str(SEED), "--json", "--keep-boilerplate").stdout)
    assert "[Anzeige_2]" in record["text"] and record["boilerplate"] == []


def test_csv_and_markdown_views_of_actors(tmp_path):
    out = invoke("actors", str(SEED), "--format", "csv").stdout.splitlines()
    assert out[0] == "actor,role,kind,statements,articles,agencies,names"
    assert any(line.startswith("Sergej Lawrow,russischer Außenminister,person,5,1,TASS") for line in out)


def test_table_leaves_out_the_via_column_when_nothing_came_through_an_agency(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Der Minister sagte am Montag, die Reform komme im Herbst.\n", encoding="utf-8")
    wide = {"COLUMNS": "120"}
    plain = runner.invoke(app, ["analyze", str(article), "--format", "table"], env=wide).stdout
    assert "type · cue" in plain and " via " not in plain
    with_agency = runner.invoke(app, ["analyze", str(SEED), "--format", "table"], env=wide).stdout
    assert " via " in with_agency


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_human_formats_with_a_forced_language_have_no_probability(fmt):
    result = invoke("analyze", str(SEED), "--format", fmt, "--language", "de")
    assert result.exit_code == 0, result.stderr
    assert "language de\n" in result.stdout or "language: de ·" in result.stdout


@pytest.mark.parametrize("columns", [60, 80, 99])
def test_narrow_terminals_get_the_stacked_layout_without_broken_words(columns):
    result = runner.invoke(app, ["analyze", str(SEED), "--format", "table"], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0
    out = result.stdout
    assert "type · cue" not in out  # no column table
    assert "1. Mark Rutte, NATO-Generalsekretär · indirect · bestätigte · via ABC News" in out or columns < 80
    record = json.loads(invoke("analyze", str(SEED), "--json").stdout)
    words = set(out.split())
    for q in record["quotes"]:
        for word in q["text"].split():
            if len(word) < columns - 4:
                assert word in words, word  # every word of every statement whole on one line
    assert max(len(line) for line in out.splitlines()) <= columns


def test_wide_terminals_keep_the_column_table():
    out = runner.invoke(app, ["analyze", str(SEED), "--format", "table"], env={"COLUMNS": "100"}).stdout
    assert "type · cue" in out
