"""Many articles in one run: order, error records, exit codes, output formats, SQLite."""

import csv
import io
import json
import os
import sqlite3

import pytest
from typer.testing import CliRunner

from newsscan.cli import app

runner = CliRunner()

TRICKY = (
    'Die Ministerin sagte, die Preise "für Strom, Gas und Öl" würden steigen.\n'
    "„Wir haben keine Wahl, wirklich nicht“, sagte Ministerin Eva Roth, „das ist bitter.“\n"
)


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def folder(tmp_path):
    base = tmp_path / "articles"
    (base / "sub").mkdir(parents=True)
    for n in range(6):
        (base / f"a{n}.txt").write_text(
            f"Artikel {n}: Der Sprecher Jan Weber{n} sagte, die Lage sei ernst. "
            f"„Wir arbeiten an einer Lösung“, sagte Weber{n}.",
            encoding="utf-8",
        )
    (base / "sub" / "deep.txt").write_text(
        "Die Polizei teilte mit, dass niemand verletzt wurde.", encoding="utf-8"
    )
    (base / "notes.csv").write_text("not,an,article", encoding="utf-8")
    (base / "empty.txt").write_bytes(b"")
    return base


def sources_of(records):
    return [os.path.basename(r["input"].get("path") or r["input"].get("url")) for r in records]


def test_jobs_2_keeps_input_order_and_error_records_in_place(folder, tmp_path):
    missing = str(tmp_path / "missing.txt")
    result = invoke("analyze", str(folder), missing, "--format", "jsonl", "--jobs", "2")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sources_of(records) == [
        "a0.txt",
        "a1.txt",
        "a2.txt",
        "a3.txt",
        "a4.txt",
        "a5.txt",
        "empty.txt",
        "missing.txt",
    ]
    assert [r.get("error", {}).get("kind") for r in records][-2:] == ["input", "input"]
    assert records[3]["quotes"][0]["speaker"] == "Jan Weber3"
    assert result.stderr.count("newsscan:") == 2
    single = invoke("analyze", str(folder), missing, "--format", "jsonl", "--jobs", "1")
    assert single.stdout == result.stdout


def test_recursive_glob_and_from_file(folder, tmp_path):
    result = invoke("analyze", str(folder), "--recursive", "--glob", "*.txt", "--format", "jsonl", "-j", "1")
    assert "deep.txt" in sources_of([json.loads(line) for line in result.stdout.splitlines()])
    listing = tmp_path / "list.txt"
    listing.write_text(f"# a comment\n{folder / 'a1.txt'}\n\n{folder / 'a0.txt'}\n", encoding="utf-8")
    result = invoke("analyze", "--from-file", str(listing), "--format", "jsonl")
    assert sources_of([json.loads(line) for line in result.stdout.splitlines()]) == ["a1.txt", "a0.txt"]
    result = invoke("analyze", "--from-file", "-", "--format", "jsonl", input=f"{folder / 'a2.txt'}\n")
    assert sources_of([json.loads(line) for line in result.stdout.splitlines()]) == ["a2.txt"]


def test_json_is_an_array_for_several_sources(folder):
    result = invoke("analyze", str(folder / "a0.txt"), str(folder / "a1.txt"), "--format", "json")
    assert result.exit_code == 0
    assert [r["schema"] for r in json.loads(result.stdout)] == ["newsscan/1", "newsscan/1"]


def test_exit_codes(folder):
    assert invoke("analyze", str(folder / "a0.txt"), "--format", "json").exit_code == 0
    assert invoke("analyze", str(folder / "empty.txt"), "--format", "json").exit_code == 1
    assert invoke("analyze", str(folder), "--jobs", "0").exit_code == 2


def test_csv_and_jsonl_survive_commas_quotes_and_newlines(tmp_path):
    article = tmp_path / "tricky.txt"
    article.write_text(TRICKY, encoding="utf-8")
    out = invoke("analyze", str(article), "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(set(r) >= {"source", "speaker", "type", "text"} for r in rows)
    assert any('"für Strom, Gas und Öl"' in r["text"] for r in rows)
    jsonl = invoke("analyze", str(article), str(article), "--format", "jsonl").stdout
    lines = jsonl.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["text"].count("\n") >= 1 for line in lines)


def test_markdown_report(folder):
    out = invoke("analyze", str(folder / "a0.txt"), "--format", "markdown").stdout
    assert out.startswith("## ") and "| # | speaker | statement |" in out and "Jan Weber0" in out


def test_output_file_is_written_atomically(folder, tmp_path):
    target = tmp_path / "out.jsonl"
    result = invoke(
        "analyze", str(folder / "a0.txt"), str(folder / "a1.txt"), "--format", "jsonl", "-o", str(target)
    )
    assert result.exit_code == 0 and result.stdout == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".newsscan-")]


@pytest.fixture
def interrupt_after_two(monkeypatch):
    from newsscan import batch

    real = batch.run

    def interrupted(sources, options, jobs=1, **kwargs):
        for n, record in enumerate(real(sources, options, jobs, **kwargs)):
            if n == 2:
                raise KeyboardInterrupt
            yield record

    monkeypatch.setattr(batch, "run", interrupted)


def test_interrupted_actors_view_says_so_and_writes_nothing(folder, tmp_path, interrupt_after_two):
    target = tmp_path / "actors.json"
    result = invoke("actors", str(folder), "--format", "json", "-o", str(target))
    assert result.exit_code == 130 and "interrupted after 2 of" in result.stderr
    assert not target.exists() and result.stdout == ""


def test_interrupted_run_leaves_no_complete_looking_file(folder, tmp_path, interrupt_after_two):
    target = tmp_path / "out.jsonl"
    result = invoke("analyze", str(folder), "--format", "jsonl", "-o", str(target))
    assert not target.exists()
    partial = tmp_path / "out.jsonl.partial"
    assert len(partial.read_text(encoding="utf-8").splitlines()) == 2
    assert result.exit_code == 130 and "interrupted after 2 of" in result.stderr


def test_sqlite_store_schema_and_deduplication(folder, tmp_path):
    db = tmp_path / "news.db"
    for _ in range(2):  # the same articles twice: no duplicates
        invoke(
            "analyze",
            str(folder / "a0.txt"),
            str(folder / "a1.txt"),
            "--sqlite",
            str(db),
            "--format",
            "jsonl",
        )
    con = sqlite3.connect(db)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table')")}
    assert {"articles", "actors", "statements", "agencies", "statements_fts"} <= tables
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM statements").fetchone() == (4,)
    assert con.execute("SELECT count(*) FROM statements_fts").fetchone() == (4,)
    hits = con.execute(
        "SELECT s.speaker FROM statements_fts f JOIN statements s ON s.id = f.rowid "
        "WHERE statements_fts MATCH 'Lösung' ORDER BY s.speaker"
    ).fetchall()
    assert hits == [("Jan Weber0",), ("Jan Weber1",)]
    fks = con.execute("PRAGMA foreign_key_list(statements)").fetchall()
    assert {fk[2] for fk in fks} == {"articles", "actors"}


def test_actors_across_a_corpus(folder, tmp_path):
    (tmp_path / "x.txt").write_text(
        "Der Sprecher Jan Weber0 sagte, es gebe keine Lösung. Laut Reuters sagte "
        "Jan Weber0, die Lage sei ernst.",
        encoding="utf-8",
    )
    result = invoke(
        "actors", str(folder / "a0.txt"), str(folder / "a1.txt"), str(tmp_path / "x.txt"), "--json"
    )
    rows = json.loads(result.stdout)
    top = rows[0]
    assert top["actor"] == "Jan Weber0" and top["statements"] == 4 and top["articles"] == 2
    assert top["agencies"] == ["Reuters"]


def test_terminating_a_pool_whose_result_lock_a_dead_worker_holds_does_not_hang():
    """A worker killed while writing a result leaves the result queue's lock taken;
    pool.terminate() alone would then wait for ever (seen under load)."""
    import multiprocessing
    import threading
    import time

    from newsscan.batch import _terminate

    pool = multiprocessing.get_context("fork").Pool(1)
    pool._outqueue._wlock.acquire()  # as a worker that died holding it would leave it
    started = time.monotonic()
    ended = []
    runner = threading.Thread(target=lambda: ended.append(_terminate(pool, grace=0.5)), daemon=True)
    runner.start()
    runner.join(20)
    assert ended == [True] and time.monotonic() - started < 10
    pool.join()
