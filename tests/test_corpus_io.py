"""Corpus files as input (JSONL, CSV), the JSON shape by invocation, CSV rows and cells."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from newsscan.cli import app

from .conftest import ROOT, SEED

runner = CliRunner()

ARTICLE = "Die Ministerin Eva Roth sagte am Montag, die Lage sei ernst. „Wir handeln jetzt“, sagte Roth."
QUIET = "Die Sonne schien den ganzen Tag über der Stadt, und viele Menschen gingen spazieren."


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def jsonl(text):
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [
        {"doc": "a", "body": ARTICLE, "headline": "Lage ernst", "published": "2024-05-01"},
        {"doc": "b", "body": QUIET, "headline": "Sonne"},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"doc": "c", "headline": "no text"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_corpus_is_read_record_by_record_with_error_records_in_place(corpus):
    result = invoke(
        "analyze",
        corpus,
        "--input-format",
        "jsonl",
        "--text-field",
        "body",
        "--id-field",
        "doc",
        "--field",
        "title=headline",
        "--field",
        "date=published",
        "-f",
        "jsonl",
    )
    assert result.exit_code == 1
    records = jsonl(result.stdout)
    assert [r["input"].get("id") for r in records] == ["a", "2", "b", "c"]
    assert [("error" in r) for r in records] == [False, True, False, True]
    first = records[0]
    assert first["metadata"]["title"] == "Lage ernst" and first["metadata"]["date"] == "2024-05-01"
    assert {q["speaker"] for q in first["quotes"]} == {"Eva Roth"}
    assert "line 2" in records[1]["error"]["message"] and "not valid JSON" in records[1]["error"]["message"]
    assert "'body'" in records[3]["error"]["message"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and "Traceback" not in result.stderr


def test_csv_corpus_with_a_quoted_multiline_text(tmp_path):
    path = tmp_path / "news.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text", "title"])
        w.writerow(["x1", ARTICLE.replace(". ", ".\n", 1), "Erster"])
        w.writerow(["x2", "", "Leer"])
    result = invoke("analyze", path, "--input-format", "csv", "--field", "title=title", "-f", "jsonl")
    records = jsonl(result.stdout)
    assert [r["input"]["id"] for r in records] == ["x1", "x2"]
    assert records[0]["metadata"]["title"] == "Erster" and len(records[0]["quotes"]) == 2
    assert (
        "row 2" in records[1]["error"]["message"] and "empty 'text' field" in records[1]["error"]["message"]
    )


def test_a_corpus_file_without_input_format_is_explained_not_analysed(corpus):
    result = invoke("analyze", corpus, "-f", "json")
    assert result.exit_code == 2 and result.stdout == ""
    assert "--input-format jsonl" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_large_corpus_streams_at_flat_memory(tmp_path):
    """Records go through the batch machinery one window at a time: the reader is never
    more than a bounded number of records ahead of the writer."""
    from newsscan import cli
    from newsscan.corpus_input import CorpusReader

    path = tmp_path / "big.jsonl"
    n = cli.WINDOW * 3
    path.write_text(
        "".join(json.dumps({"id": str(i), "text": QUIET}) + "\n" for i in range(n)), encoding="utf-8"
    )
    reader = CorpusReader("jsonl")
    read = []
    original = reader.read

    def counting(paths):
        for item in original(paths):
            read.append(item.id)
            yield item

    reader.read = counting
    from newsscan.model import Options

    run = cli._Batch([str(path)], None, False, None, 2, True, Options(language="de"), reader)
    ahead = []
    for k, record in enumerate(run.records(), 1):
        ahead.append(len(read) - k)
    assert k == n and max(ahead) <= cli.WINDOW + 2


@pytest.mark.parametrize(
    "args,many",
    [
        (["{seed}"], False),
        (["{dir}"], True),
        (["{seed}", "{seed}"], True),
        (["--from-file", "{list}"], True),
    ],
)
def test_json_shape_follows_the_invocation(tmp_path, args, many):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_text(str(SEED) + "\n", encoding="utf-8")
    subst = {"seed": SEED, "dir": folder, "list": listing}
    result = invoke("analyze", *[a.format(**subst) for a in args], "-f", "json")
    out = json.loads(result.stdout)
    assert isinstance(out, list) is many


def test_readme_jq_recipe_works_for_one_and_many(tmp_path):
    """``.[]?`` style recipes from the README: one object and an array both give the quotes."""
    one = json.loads(invoke("analyze", SEED, "-f", "json").stdout)
    many = json.loads(invoke("analyze", SEED, SEED, "-f", "json").stdout)
    assert isinstance(one, dict) and [one] * 2 == many


def test_csv_has_a_row_for_every_article_metadata_and_corpus_wide_actor_ids(tmp_path):
    (tmp_path / "a.txt").write_text("Titel A\n\n" + ARTICLE + "\n\nMehr Text folgt hier.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "c.txt").write_text(QUIET, encoding="utf-8")
    result = invoke("analyze", tmp_path, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    by_source = {}
    for row in rows:
        by_source.setdefault(os.path.basename(row["source"]), []).append(row)
    assert set(by_source) == {"a.txt", "b.txt", "c.txt"}
    assert by_source["c.txt"][0]["quote_id"] == "" and len(by_source["c.txt"]) == 1
    assert by_source["a.txt"][0]["title"] == "Titel A"
    assert {"title", "date", "url", "author", "site"} <= set(rows[0])
    actor_ids = {r["actor_id"] for r in by_source["a.txt"]} | {r["actor_id"] for r in by_source["b.txt"]}
    assert len(actor_ids) == 2  # the same local a1 in two articles: two keys


def test_csv_actor_ids_stay_apart_when_a_corpus_repeats_an_id(tmp_path):
    path = tmp_path / "corpus.jsonl"
    rows = [{"id": "7", "text": ARTICLE}, {"id": "7", "text": ARTICLE.replace("Roth", "Lenz")}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = invoke("analyze", path, "--input-format", "jsonl", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["source"] for r in rows} == {f"{path}#7"}
    speakers = {r["actor_id"]: r["speaker"] for r in rows}
    assert sorted(speakers.values()) == ["Eva Lenz", "Eva Roth"]  # one key per actor, not one for both


def test_csv_cells_that_look_like_formulas_are_neutralised(tmp_path):
    name = tmp_path / "=cmd.txt"
    name.write_text("Der Sprecher sagte: „=HYPERLINK(1) und mehr Worte hier.“\n", encoding="utf-8")
    result = invoke("analyze", name, "-f", "csv", "-l", "de")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(not r["source"].startswith("=") for r in rows)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    assert any(r["text"].startswith("'=HYPERLINK") for r in rows)


def test_csv_bom_only_with_csv(tmp_path):
    out = tmp_path / "out.csv"
    assert invoke("analyze", SEED, "-f", "csv", "--csv-bom", "-o", out).exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfsource,")
    assert invoke("analyze", SEED, "-f", "json", "--csv-bom").exit_code == 2


def test_glob_may_be_repeated(tmp_path):
    for name in ("a.txt", "b.story", "c.news"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    result = invoke("analyze", tmp_path, "--glob", "*.story", "--glob", "*.news", "-f", "jsonl")
    assert sorted(os.path.basename(r["input"]["path"]) for r in jsonl(result.stdout)) == ["b.story", "c.news"]


@pytest.mark.parametrize(
    "args",
    [
        ["clean", "{seed}", "-f", "csv"],
        ["clean", "{seed}", "-f", "table"],
        ["eval", "{seed}", "-f", "csv"],
        ["eval", "{seed}", "-f", "markdown"],
        ["eval", "{seed}", "-f", "html"],
        ["clean", "{seed}", "-f", "html"],
        ["actors", "{seed}", "-f", "html"],
    ],
)
def test_options_that_do_not_apply_are_rejected(args):
    result = invoke(*[a.format(seed=SEED) for a in args])
    assert result.exit_code == 2 and "does not apply" in result.stderr and result.stdout == ""


def test_summary_line_on_a_terminal(tmp_path):
    """Run under a pseudo-terminal: the batch ends with one summary line on stderr."""
    import pty

    out = tmp_path / "out.jsonl"
    code = (
        "import sys; from newsscan.cli import main; "
        f"sys.argv = ['newsscan', 'analyze', {str(SEED)!r}, {str(SEED)!r}, '-f', 'jsonl', '-o', {str(out)!r}]; main()"
    )
    master, slave = pty.openpty()
    proc = subprocess.run(
        [sys.executable, "-c", code],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        cwd=ROOT,
        timeout=120,
    )
    os.close(slave)
    chunks = []
    while True:  # all of it: one read may return only part of what a slow run wrote
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the other side is closed and everything has been read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    text = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    last = [line for line in text.replace("\r", "\n").splitlines() if line.strip()][-1]
    assert "2 articles, 0 failed, 26 statements" in last and f"written to {out}" in last


def test_a_folder_of_corpus_files_and_field_options_without_input_format(corpus, tmp_path):
    (tmp_path / "more.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a corpus", encoding="utf-8")
    result = invoke("analyze", tmp_path, "--input-format", "jsonl", "--text-field", "body", "-f", "jsonl")
    sources = [(os.path.basename(r["input"]["path"]), r["input"]["id"]) for r in jsonl(result.stdout)]
    assert sources == [
        ("corpus.jsonl", "1"),
        ("corpus.jsonl", "2"),
        ("corpus.jsonl", "3"),
        ("corpus.jsonl", "4"),
        ("more.jsonl", "1"),
    ]
    refused = invoke("analyze", SEED, "--text-field", "body")
    assert refused.exit_code == 2 and "--input-format" in refused.stderr and refused.stdout == ""


def test_a_corpus_on_stdin():
    data = json.dumps({"id": "s1", "text": ARTICLE}) + "\n"
    result = invoke("analyze", "-", "--input-format", "jsonl", "-f", "jsonl", input=data)
    [record] = jsonl(result.stdout)
    assert record["input"]["id"] == "s1" and len(record["quotes"]) == 2


def test_a_corpus_file_in_a_list_of_sources_is_explained_too(corpus, tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"{SEED}\n{corpus}\n", encoding="utf-8")
    result = invoke("analyze", "--from-file", listing, "-f", "jsonl")
    assert result.exit_code == 2 and result.stdout == "" and "--input-format jsonl" in result.stderr


def test_a_csv_without_the_text_column_is_one_error_naming_its_columns(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text("id,body\n1,Er sagte etwas.\n2,Sie auch.\n", encoding="utf-8")
    result = invoke("analyze", path, "--input-format", "csv", "-f", "jsonl")
    [record] = jsonl(result.stdout)
    assert result.exit_code == 1 and "no column 'text' (its columns: id, body" in record["error"]["message"]
