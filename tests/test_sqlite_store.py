"""The SQLite sink: quiet, columns that fit, failures recorded, an FTS index tools detect,
concurrent writers, and databases that cannot be used."""

import os
import sqlite3
import stat
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from newsscan.cli import app
from newsscan.render.sqlite import SqliteWriter, StoreError

from .conftest import ROOT, SEED

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(4):
        (folder / f"a{n}.txt").write_text(
            f"Titel {n}\n\nDer Sprecher Jan Weber{n} sagte, die Lage sei ernst. "
            f"„Wir arbeiten an einer Lösung“, sagte Weber{n}.\n\nEnde.",
            encoding="utf-8",
        )
    return folder


def test_sqlite_alone_is_a_quiet_sink_with_one_summary_line(articles, tmp_path):
    db = tmp_path / "news.db"
    result = invoke("analyze", articles, tmp_path / "missing.txt", "--sqlite", db)
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == f"newsscan: 5 articles, 1 failed, 8 statements, 4 actors; stored in {db}"
    with_format = invoke("analyze", articles, "--sqlite", tmp_path / "other.db", "-f", "jsonl")
    assert len(with_format.stdout.splitlines()) == 4


def test_metadata_columns_and_failures_table(articles, tmp_path):
    db = tmp_path / "news.db"
    invoke("analyze", articles, tmp_path / "missing.txt", "--sqlite", db)
    con = sqlite3.connect(db)
    cols = {r[1] for r in con.execute("PRAGMA table_info(articles)")}
    assert {"title", "date", "author", "url", "site", "language", "language_supported"} <= cols
    assert con.execute("SELECT title FROM articles ORDER BY source LIMIT 1").fetchone() == ("Titel 0",)
    [(source, kind, message)] = con.execute("SELECT source, kind, message FROM failures").fetchall()
    assert source.endswith("missing.txt") and kind == "input" and "no such file" in message


def test_fts_is_external_content_and_detected_by_sqlite_utils(articles, tmp_path):
    sqlite_utils = pytest.importorskip("sqlite_utils")
    db = tmp_path / "news.db"
    invoke("analyze", articles, "--sqlite", db)
    invoke("analyze", articles / "a0.txt", "--sqlite", db)  # replaced, not duplicated
    database = sqlite_utils.Database(db)
    assert database["statements"].detect_fts() == "statements_fts"
    hits = list(database["statements"].search("Lösung"))
    assert sorted(h["speaker"] for h in hits) == [f"Jan Weber{n}" for n in range(4)]
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM statements").fetchone() == (8,)
    con.execute("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")


def test_corpus_actors_join_across_articles(tmp_path):
    db = tmp_path / "news.db"
    texts = {
        "x.txt": "Der russische Außenminister Sergej Lawrow sagte, die Gespräche seien beendet.",
        "y.txt": "Außenminister Lawrow sagte am Dienstag, man sei zu Gesprächen bereit.",
        "z.txt": "Foreign Minister Sergei Lavrov said the talks were over.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    invoke("analyze", *(tmp_path / n for n in texts), "--sqlite", db)
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT c.name, c.articles, count(a.id) FROM corpus_actors c JOIN actors a "
        "ON a.corpus_actor_id = c.id GROUP BY c.id"
    ).fetchall()
    assert ("Sergej Lawrow", 3, 3) in rows or ("Sergei Lavrov", 3, 3) in rows


WRITER = """
import sys
from newsscan.cli import main
sys.argv = ["newsscan", "analyze", *sys.argv[1:]]
main()
"""


def test_two_processes_writing_one_database_lose_no_rows(tmp_path):
    """Both runs write the same 40 articles (same content hashes) and 5 of their own, at once."""
    shared = tmp_path / "shared"
    shared.mkdir()
    for n in range(40):
        (shared / f"s{n}.txt").write_text(
            f"Die Sprecherin Eva{n} Roth sagte, die Lage sei ernst.", encoding="utf-8"
        )
    runs = []
    for p in range(2):
        own = tmp_path / f"own{p}"
        own.mkdir()
        for n in range(5):
            (own / f"a{n}.txt").write_text(
                f"Der Sprecher Max{p}x{n} Muster sagte, die Lage sei ernst.", encoding="utf-8"
            )
        runs.append([str(shared), str(own)])
    db = tmp_path / "shared.db"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, *folders, "--sqlite", str(db), "-j", "1", "-q", "-l", "de"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for folders in runs
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (50,)
    assert con.execute("SELECT count(*) FROM statements").fetchone() == (50,)
    assert con.execute(
        "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'ernst'"
    ).fetchone() == (50,)


HOLDER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""


def test_a_lock_held_by_another_process_is_waited_for_then_reported(tmp_path):
    db = tmp_path / "locked.db"
    SqliteWriter(str(db)).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), "0.8"], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "locked"
    started = time.monotonic()
    with pytest.raises(StoreError, match="locked by another process"):
        SqliteWriter(str(db), timeout=0.3)
    assert time.monotonic() - started >= 0.25
    writer = SqliteWriter(str(db), timeout=20)  # waits until the other process lets go
    writer.close()
    assert holder.wait(timeout=20) == 0


def _not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n", encoding="utf-8")
    return path


def _read_only(tmp_path):
    path = tmp_path / "ro.db"
    SqliteWriter(str(path)).close()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    return path


@pytest.mark.parametrize(
    "make,message",
    [
        (_not_a_database, "not a SQLite database"),
        (_read_only, "read-only"),
        (lambda d: d / "missing" / "x.db", "no such folder"),
        (lambda d: d, "is a folder"),
    ],
)
def test_unusable_databases_are_one_line_and_exit_2_and_stay_untouched(tmp_path, make, message):
    path = make(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    result = invoke("analyze", SEED, "--sqlite", path)
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr
    if before is not None:
        assert path.read_bytes() == before
    assert not (tmp_path / "missing").exists()


def test_an_older_database_is_upgraded(tmp_path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    con.executescript("""
        CREATE TABLE articles (id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, source TEXT NOT NULL,
            title TEXT, source_url TEXT, language TEXT, language_probability REAL, metadata TEXT,
            text TEXT NOT NULL, schema TEXT NOT NULL);
        CREATE TABLE actors (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, local_id TEXT NOT NULL,
            name TEXT NOT NULL, role TEXT, kind TEXT, mentions TEXT NOT NULL);
        CREATE VIRTUAL TABLE statements_fts USING fts5(text, statement_id UNINDEXED);""")
    con.close()
    assert invoke("analyze", SEED, "--sqlite", db).exit_code == 0
    con = sqlite3.connect(db)
    assert (
        con.execute("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'Kursk'").fetchone()[0]
        > 0
    )
    assert con.execute("SELECT date, language_supported FROM articles").fetchone() == (None, 1)


def test_syndicated_copies_keep_every_source(articles, tmp_path):
    """Two sources with the same text are one article (its statements once) and two rows of
    ``article_sources``; a later --skip-existing run skips both sources."""
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "syndicated.txt").write_bytes((articles / "a0.txt").read_bytes())
    db = tmp_path / "news.db"
    assert invoke("analyze", articles / "a0.txt", copy / "syndicated.txt", "--sqlite", db).exit_code == 0
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM statements").fetchone() == (2,)
    sources = sorted(s for (s,) in con.execute("SELECT source FROM article_sources"))
    assert [os.path.basename(s) for s in sources] == ["a0.txt", "syndicated.txt"]
    (copy / "syndicated.txt").unlink()  # skipped by its source, so never read again
    again = invoke("analyze", articles / "a0.txt", copy / "syndicated.txt", "--sqlite", db, "--skip-existing")
    assert again.exit_code == 0 and "skipped 2 sources" in again.stderr


def test_a_copy_left_out_by_skip_existing_still_adds_its_source(articles, tmp_path):
    db = tmp_path / "news.db"
    assert invoke("analyze", articles / "a1.txt", "--sqlite", db).exit_code == 0
    copy = tmp_path / "copy.txt"
    copy.write_bytes((articles / "a1.txt").read_bytes())
    again = invoke("analyze", copy, "--sqlite", db, "--skip-existing")
    assert again.exit_code == 0 and "skipped 1 sources" in again.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM article_sources").fetchone() == (2,)
    assert con.execute("SELECT count(*) FROM statements").fetchone() == (2,)
