"""Hostile and unlucky inputs: limits that hold for every kind of source, a time budget per
article, and every failure one error record (never a hang, never a traceback)."""

import gzip
import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from newsscan import batch
from newsscan.budget import budget
from newsscan.cli import app
from newsscan.errors import ArticleTimeout, InputError
from newsscan.model import Options
from newsscan.pipeline import load
from newsscan.pipeline.encoding import decode

from .conftest import SEED

ARTICLE = "Der Minister sagte am Montag, die Lage sei ernst. „Wir handeln jetzt“, sagte er in Berlin.\n"


def _guarded(fn, *args, seconds=10):
    """Run ``fn`` under a time budget, so that a regression fails instead of hanging the suite."""
    with budget(seconds):
        return fn(*args)


# --- regular expressions that used to be exponential -------------------------------------------


def test_html_sniffing_is_linear_on_runs_of_comments():
    comments = b"<!---->" * 2000
    assert _guarded(load.looks_like_html, comments + b"<html><body><p>x</p></body></html>")
    assert not _guarded(load.looks_like_html, comments + b" plain text, no markup at all")
    assert not _guarded(load.looks_like_html, b"<!-- " * 500 + b"unclosed")


# --- limits that hold for every kind of source ---------------------------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_endless_devices_stop_at_the_byte_cap(device):
    if not os.path.exists(device):
        pytest.skip(f"{device} is not available")
    with pytest.raises(InputError, match="larger than the limit of 4096 bytes"):
        _guarded(load.load, device, Options(max_bytes=4096))


def test_stdin_is_read_within_the_cap(monkeypatch):
    read, write = os.pipe()
    os.write(write, b"x" * 5000)
    os.close(write)
    monkeypatch.setattr(sys, "stdin", open(read, "r"))
    with pytest.raises(InputError, match="larger than the limit"):
        load.load("-", Options(max_bytes=1000))


def test_a_fifo_with_no_writer_ends_at_the_article_budget(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    record = batch.run_one(str(fifo), Options(article_timeout=0.5))
    assert record["error"]["kind"] == "timeout"
    assert "gave up after 0.5 s" in record["error"]["message"]


def test_a_fifo_in_a_folder_is_not_read(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    assert list(batch.expand([str(tmp_path)])) == [str(tmp_path / "a.txt")]


def test_gzip_files_are_read_and_capped_after_decompression(tmp_path):
    path = tmp_path / "article.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode("utf-8")))
    assert load.load(str(path)).raw == ARTICLE
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 2_000_000))
    with pytest.raises(InputError, match="decompressed input is larger"):
        load.load(str(bomb), Options(max_bytes=100_000))
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(gzip.compress(ARTICLE.encode("utf-8") * 50)[:60])
    with pytest.raises(InputError, match="gzip"):
        load.load(str(cut))


# --- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_with_bom_is_decoded(codec):
    data = ARTICLE.encode(codec)
    if not data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        data = (b"\xff\xfe\x00\x00" if codec.endswith("le") else b"\x00\x00\xfe\xff") + data
    text, name = decode(data)
    assert text == ARTICLE and name == "utf-32"


@pytest.mark.parametrize(
    "codec,text",
    [
        (
            "cp1250",
            "Premier powiedział w poniedziałek, że rząd przygotuje nową ustawę o ochronie środowiska.",
        ),
        (
            "iso8859_2",
            "Premier powiedział w poniedziałek, że rząd przygotuje nową ustawę o ochronie środowiska.",
        ),
        ("cp1251", "Министр иностранных дел заявил в понедельник, что переговоры будут продолжены в Женеве."),
        ("koi8_r", "Министр иностранных дел заявил в понедельник, что переговоры будут продолжены в Женеве."),
        ("shift_jis", "首相は月曜日、来週ジュネーブで交渉を続けると述べた。政府は新しい法律を準備している。"),
        (
            "cp1252",
            "Die Bürgermeisterin sagte, die Straße werde im Frühjahr geöffnet. „Wir sind froh“, sagte sie.",
        ),
    ],
)
def test_legacy_encodings_decode_right(codec, text):
    decoded, name = decode(text.encode(codec))
    assert decoded == text
    assert name  # reported in input.encoding


def test_a_text_file_with_a_binary_tail_is_refused(tmp_path):
    path = tmp_path / "tail.txt"
    path.write_bytes(ARTICLE.encode() * 200 + bytes(range(1, 32)) * 400)
    with pytest.raises(InputError, match="binary"):
        load.load(str(path))
    nul = tmp_path / "nul.txt"
    nul.write_bytes(ARTICLE.encode() * 200 + b"\x00" * 10)
    with pytest.raises(InputError, match="binary"):
        load.load(str(nul))


# --- the time budget -----------------------------------------------------------------------------


def test_budget_interrupts_pure_python_work():
    with pytest.raises(ArticleTimeout):
        with budget(0.2):
            while True:
                pass


def test_an_article_over_budget_becomes_a_timeout_record(monkeypatch):
    from newsscan import api

    def endless(source, options):
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(api, "analyze", endless)
    record = batch.run_one("slow.txt", Options(article_timeout=0.3))
    assert record["error"] == {
        "kind": "timeout",
        "message": "slow.txt: gave up after 0.3 s (--article-timeout)",
    }


def test_an_article_over_budget_in_a_thread_becomes_a_timeout_record(monkeypatch):
    """Dask workers run articles in threads, where no signal timer can be set."""
    import threading

    from newsscan import api

    def endless(source, options):
        while True:
            time.sleep(0.01)

    monkeypatch.setattr(api, "analyze", endless)
    records = []
    worker = threading.Thread(
        target=lambda: records.append(batch.run_one("slow.txt", Options(article_timeout=0.3)))
    )
    worker.start()
    worker.join(10)
    assert not worker.is_alive() and records[0]["error"]["kind"] == "timeout"


def test_a_budget_that_ends_in_time_leaves_its_thread_alone():
    import threading

    finished = []

    def quick():
        for _ in range(50):
            with budget(0.01):
                pass  # the body ends before the timer; nothing may be raised later
        time.sleep(0.1)
        finished.append(True)

    worker = threading.Thread(target=quick)
    worker.start()
    worker.join(10)
    assert finished == [True]


def test_a_stuck_source_in_worker_processes_does_not_block_the_batch(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)
    sources = [str(good), str(fifo), str(good)]
    records = list(batch.run(sources, Options(article_timeout=1), jobs=2))
    assert [r.get("error", {}).get("kind") for r in records] == [None, "timeout", None]
    assert records[2]["quotes"]


# --- file names, messages and terminals ------------------------------------------------------------


def _run(args, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "newsscan", *args], capture_output=True, timeout=60, **kwargs
    )


def test_a_file_name_that_is_not_utf8_is_escaped_not_fatal(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as fh:
        fh.write(ARTICLE.encode())
    out = _run(["analyze", str(tmp_path), "-f", "jsonl"])
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert record["input"]["path"].endswith("caf\\xe9.txt") and record["quotes"]
    csv_out = _run(["analyze", str(tmp_path), "-f", "csv"])
    assert csv_out.returncode == 0 and b"caf\\xe9.txt" in csv_out.stdout
    db = tmp_path.parent / (tmp_path.name + ".db")
    assert _run(["analyze", str(tmp_path), "--sqlite", str(db)]).returncode == 0
    import sqlite3

    with sqlite3.connect(db) as con:
        assert [r[0].endswith("caf\\xe9.txt") for r in con.execute("SELECT source FROM articles")] == [True]


def test_a_newline_in_a_file_name_keeps_errors_on_one_line(tmp_path):
    bad = tmp_path / "two\nlines\x1b[31m.txt"
    bad.write_bytes(b"")
    out = _run(["analyze", str(bad), "-f", "json"])
    assert out.returncode == 1
    lines = out.stderr.decode().splitlines()
    assert len(lines) == 1 and "two\\nlines\\x1b[31m.txt" in lines[0] and "empty" in lines[0]


def test_rich_markup_and_escapes_in_an_article_are_shown_literally(tmp_path):
    path = tmp_path / "markup.txt"
    path.write_text(
        "Der Minister sagte: „Das ist [/] falsch und [link=http://x]hier[/link] "
        "\x1b]8;;http://evil\x07rot\x1b[31m gefärbt.“\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["analyze", str(path), "-f", "table"])
    assert result.exit_code == 0, result.output
    assert "[/]" in result.stdout and "[link=http://x]" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    md = CliRunner().invoke(app, ["analyze", str(path), "-f", "markdown"])
    assert md.exit_code == 0 and "\x1b" not in md.stdout


# --- options and lists that make no sense are usage errors -------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--jobs", "-1"],
        ["--jobs", "0"],
        ["--max-bytes", "-5"],
        ["--max-bytes", "0"],
        ["--timeout", "nan"],
        ["--timeout", "inf"],
        ["--timeout", "-1"],
        ["--article-timeout", "nan"],
        ["--article-timeout", "-3"],
    ],
)
def test_nonsense_option_values_are_usage_errors(args):
    result = CliRunner().invoke(app, ["analyze", str(SEED), *args])
    assert result.exit_code == 2


def test_from_file_missing_folder_or_not_utf8_is_a_usage_error(tmp_path):
    latin = tmp_path / "list.txt"
    latin.write_bytes("/tmp/caf\xe9.txt\n".encode("latin-1"))
    for target in (tmp_path / "missing.txt", tmp_path, latin):
        out = _run(["analyze", "--from-file", str(target), "-f", "jsonl"])
        assert out.returncode == 2, (target, out.stderr)
        assert len(out.stderr.decode().splitlines()) == 1 and b"Traceback" not in out.stderr


# --- output that cannot be written ----------------------------------------------------------------------


@pytest.mark.parametrize("target", ["missing/x.json", "."])
def test_bad_output_paths_are_usage_errors_with_no_file_left(tmp_path, target):
    out = _run(["analyze", str(SEED), "-o", str(tmp_path / target)])
    assert out.returncode == 2 and b"Traceback" not in out.stderr
    assert len(out.stderr.decode().splitlines()) == 1
    assert not list(tmp_path.rglob(".newsscan-*"))


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="/dev/full is not available")
def test_a_full_disk_is_one_line_and_no_temporary_file(tmp_path):
    with open("/dev/full", "w") as full:
        out = subprocess.run(
            [sys.executable, "-m", "newsscan", "analyze", str(SEED), "-f", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    assert out.returncode == 1
    assert out.stderr.decode().count("\n") == 1 and b"Traceback" not in out.stderr
    direct = _run(["analyze", str(SEED), "-f", "json", "-o", "/dev/full"])
    assert direct.returncode == 1 and b"Traceback" not in direct.stderr
    assert pathlib.Path("/dev/full").exists() and not pathlib.Path("/dev/full").is_file()


def test_output_files_follow_the_umask(tmp_path):
    target = tmp_path / "out.json"
    out = _run(["analyze", str(SEED), "-o", str(target)])
    assert out.returncode == 0
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize("fmt,jobs", [("jsonl", "1"), ("table", "1"), ("csv", "1"), ("jsonl", "2")])
def test_a_closed_pipe_ends_quietly_with_exit_0(tmp_path, fmt, jobs):
    for n in range(40):
        (tmp_path / f"{n:02}.txt").write_text(ARTICLE * 20, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsscan", "analyze", str(tmp_path), "-f", fmt, "-j", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.readline()
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0 and err == b""


@pytest.mark.parametrize("signum,jobs", [(signal.SIGTERM, "1"), (signal.SIGHUP, "1"), (signal.SIGTERM, "2")])
def test_sigterm_and_sighup_keep_finished_work_and_leave_no_temporary_file(tmp_path, signum, jobs):
    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)
    target = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsscan",
            "analyze",
            str(SEED),
            str(fifo),
            "-f",
            "jsonl",
            "-j",
            jobs,
            "--article-timeout",
            "0",
            "-o",
            str(target),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(p.stat().st_size for p in tmp_path.glob(".newsscan-*")):
        time.sleep(0.05)  # until the seed's record is written; the run then waits on the FIFO
    time.sleep(0.2)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signum
    assert len(err.decode().splitlines()) == 1 and "terminated after 1 of 2" in err.decode()
    assert not target.exists() and not list(tmp_path.glob(".newsscan-*"))
    kept = (tmp_path / "out.jsonl.partial").read_text(encoding="utf-8").splitlines()
    assert len(kept) == 1 and json.loads(kept[0])["quotes"]


# --- Ctrl-C while the language profiles load -------------------------------------------------------------


def test_an_interrupt_while_profiles_load_is_not_swallowed(monkeypatch):
    from langdetect import detector_factory

    from newsscan.pipeline import language

    monkeypatch.setattr(detector_factory, "_factory", None)
    calls = {"n": 0}
    original = detector_factory.DetectorFactory.add_profile

    def interrupted(self, *args):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt
        return original(self, *args)

    monkeypatch.setattr(detector_factory.DetectorFactory, "add_profile", interrupted)
    with pytest.raises(KeyboardInterrupt):
        language.detect("Der Minister sagte, die Lage sei ernst.")
    assert detector_factory._factory is None  # nothing half-loaded is kept
    monkeypatch.setattr(detector_factory.DetectorFactory, "add_profile", original)
    assert language.detect("Der Minister sagte, die Lage sei ernst und man werde handeln.").code == "de"


# --- corpus files: one bad line is one error record ------------------------------------------------------


def test_corpus_lines_fail_one_at_a_time(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(
        b'{"id":"\\ud800","text":"Der Minister sagte, die Lage sei ernst und man handle."}\n'
        b'{"id":"2","text":"caf\xe9 ist kein UTF-8"}\n'
        b'{"id":"3","text":"' + b"a" * 5000 + b'"}\n'
        b'{"id":"4","text":"Die Ministerin sagte, man pr\xc3\xbcfe alles sehr genau."}\n'
    )
    target = tmp_path / "out.jsonl"
    out = _run(
        [
            "analyze",
            str(corpus),
            "--input-format",
            "jsonl",
            "--max-bytes",
            "1000",
            "-f",
            "jsonl",
            "-o",
            str(target),
        ]
    )
    assert out.returncode == 1 and b"Traceback" not in out.stderr
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["input"]["line"] for r in records] == [1, 2, 3, 4]
    assert records[0]["quotes"] and records[0]["input"]["id"] == "\ufffd"
    assert "not UTF-8" in records[1]["error"]["message"]
    assert "larger than the limit" in records[2]["error"]["message"]
    assert records[3]["quotes"]


def test_stdin_keeps_its_time_budget_with_workers(tmp_path):
    read, write = os.pipe()  # the write end stays open: only the budget can end the wait
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsscan",
            "analyze",
            "-",
            str(SEED),
            "-j",
            "2",
            "-f",
            "jsonl",
            "--article-timeout",
            "5",  # long enough for the seed on a loaded machine; the open stdin still times out
        ],
        stdin=read,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    os.close(read)
    try:
        out, _ = proc.communicate(timeout=60)
    finally:
        os.close(write)
    records = [json.loads(line) for line in out.decode().splitlines()]
    assert records[0]["error"]["kind"] == "timeout" and records[1]["quotes"]


def test_markdown_report_keeps_article_html_and_links_inert(tmp_path):
    path = tmp_path / "md.txt"
    path.write_text(
        "Der Minister sagte: „Klicken Sie <a href=javascript:alert(2)>hier</a> und "
        "[dort](javascript:x) an.“ Er sagte, die Lage sei ernst.\n\u202e",
        encoding="utf-8",
    )
    out = CliRunner().invoke(app, ["analyze", str(path), "-f", "markdown"])
    assert out.exit_code == 0
    assert " <a href" not in out.stdout and "](javascript" not in out.stdout.replace("\\](", "")
    assert "\\<a href=javascript:alert(2)\\>" in out.stdout and "\u202e" not in out.stdout


def test_eval_refuses_an_unwritable_errors_file_before_scoring(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"text": "Der Minister sagte, die Lage sei ernst.", "quotes": []}) + "\n", encoding="utf-8"
    )
    out = _run(["eval", str(gold), "--errors", str(tmp_path / "missing" / "e.jsonl")])
    assert out.returncode == 2 and b"Traceback" not in out.stderr and len(out.stderr.splitlines()) == 1


def test_skip_existing_reads_a_database_whose_name_holds_hash_or_question_mark(tmp_path):
    db = tmp_path / "a#b?.db"
    assert _run(["analyze", str(SEED), "--sqlite", str(db), "-q"]).returncode == 0
    again = _run(["analyze", str(SEED), "--sqlite", str(db), "--skip-existing"])
    assert again.returncode == 0 and b"skipped 1" in again.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a#b?.db"]


@pytest.mark.parametrize("command", ["clean", "show"])
def test_clean_and_show_name_a_folder_as_a_usage_error(tmp_path, command):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = _run([command, str(tmp_path)])
    assert out.returncode == 2 and b"reads one article" in out.stderr


def test_clean_keeps_a_time_budget(tmp_path):
    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)
    out = _run(["clean", str(fifo), "--article-timeout", "1"])
    assert out.returncode == 1 and b"gave up after 1 s" in out.stderr


def test_stdin_errors_name_stdin_and_urls_are_case_insensitive():
    out = _run(["analyze", "-", "-f", "json"], input=b"")
    assert out.returncode == 1 and out.stderr.decode().strip() == "newsscan: stdin: empty input"
    upper = _run(["analyze", "HTTP://127.0.0.1:9/x", "-f", "json"])
    assert json.loads(upper.stdout)["error"]["kind"] == "fetch"
