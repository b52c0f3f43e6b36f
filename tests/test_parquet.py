"""Parquet output (one dataset folder per table) and to_frames, read back with pyarrow,
pandas and DuckDB."""

import json
import os

import pytest
from typer.testing import CliRunner

from newsscan.cli import app

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
runner = CliRunner()


@pytest.fixture
def corpus(tmp_path):
    base = tmp_path / "articles"
    base.mkdir()
    (base / "a.txt").write_text(
        "Der Sprecher Jan Weber sagte, die Lage sei ernst. „Wir arbeiten an einer Lösung“, "
        "sagte Weber. Laut Reuters sagte Weber, es gebe Hoffnung.",
        encoding="utf-8",
    )
    (base / "b.txt").write_text(
        "Die Ministerin Eva Roth betonte, die Preise würden sinken.", encoding="utf-8"
    )
    (base / "c.txt").write_text("Ein Satz ohne jede Aussage über irgendwen.", encoding="utf-8")
    (base / "d.txt").write_bytes(b"")
    return base


def values(series):
    return [None if pd.isna(v) else v for v in series]


def read(folder, table):
    import pyarrow.parquet as pq

    return pq.read_table(os.path.join(folder, table)).to_pandas()


def test_parquet_tables_match_the_json_output(corpus, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(corpus), "--format", "parquet", "-o", str(out), "-j", "1"])
    assert result.exit_code == 1 and result.stdout == ""  # d.txt is empty: one failure
    assert sorted(os.listdir(out)) == ["actors", "agencies", "articles", "statements"]
    records = [
        json.loads(line)
        for line in runner.invoke(app, ["analyze", str(corpus), "--format", "jsonl"]).stdout.splitlines()
    ]
    articles, statements = read(out, "articles"), read(out, "statements")
    assert [os.path.basename(s) for s in articles["source"]] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert articles["error_kind"].tolist()[-1] == "input" and articles["article_id"].isna().tolist()[-1]
    assert articles["statements"].tolist()[:3] == [len(r["quotes"]) for r in records[:3]]
    expected = [
        (r["input"]["path"], q["speaker"], q["type"], q["text"], q["via"])
        for r in records
        if "quotes" in r
        for q in r["quotes"]
    ]
    got = list(zip(*(values(statements[c]) for c in ("source", "speaker", "type", "text", "via"))))
    assert got == expected and len(got) == 4
    assert read(out, "agencies")["name"].tolist() == ["Reuters"]
    actors = read(out, "actors")
    assert "Jan Weber" in actors["name"].tolist() and list(actors["mentions"].iloc[0])
    assert not [n for n in os.listdir(out / "articles") if n.startswith(".")]  # no temporary part left


def test_duckdb_reads_the_dataset(corpus, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "out"
    runner.invoke(app, ["analyze", str(corpus), "--format", "parquet", "-o", str(out)])
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT a.title IS NULL, s.speaker, count(*) FROM '{out}/statements/*.parquet' s "
        f"JOIN '{out}/articles/*.parquet' a USING (article_id) GROUP BY ALL ORDER BY 3 DESC, 2"
    ).fetchall()
    assert rows == [(True, "Jan Weber", 3), (True, "Eva Roth", 1)]


def test_parquet_needs_a_folder(corpus, tmp_path):
    result = runner.invoke(app, ["analyze", str(corpus / "a.txt"), "--format", "parquet"])
    assert result.exit_code == 2 and "-o DIR" in result.stderr
    (tmp_path / "file").write_text("x")
    result = runner.invoke(
        app, ["analyze", str(corpus / "a.txt"), "--format", "parquet", "-o", str(tmp_path / "file")]
    )
    assert result.exit_code == 2 and "not a folder" in result.stderr
    result = runner.invoke(
        app, ["analyze", str(corpus / "a.txt"), "-f", "parquet", "-o", str(tmp_path / "no/out")]
    )
    assert result.exit_code == 2 and "does not exist" in result.stderr and not (tmp_path / "no").exists()
    result = runner.invoke(app, ["actors", str(corpus / "a.txt"), "--format", "parquet"])
    assert result.exit_code == 2


def test_skip_existing_with_parquet_adds_only_new_articles(corpus, tmp_path):
    out = tmp_path / "out"
    runner.invoke(
        app, ["analyze", str(corpus / "a.txt"), str(corpus / "b.txt"), "-f", "parquet", "-o", str(out)]
    )
    (corpus / "copy.txt").write_text((corpus / "b.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(corpus), "-f", "parquet", "-o", str(out), "--skip-existing"])
    sources = sorted(os.path.basename(s) for s in read(out, "articles")["source"])
    assert sources == ["a.txt", "b.txt", "c.txt", "d.txt"]  # a and b skipped by path, copy by content
    assert "skipped 3" in result.stderr


def test_to_frames_from_analyses_and_records(tmp_path):
    import newsscan
    from newsscan.schema import error_record

    analysis = newsscan.analyze_text("Die Ministerin Eva Roth betonte, die Preise würden sinken.")
    frames = newsscan.to_frames([analysis, error_record("x.txt", "input", "x.txt: empty input")])
    articles, statements, actors, agencies = frames
    assert len(articles) == 2 and articles["error"].tolist()[1] == "x.txt: empty input"
    assert statements["speaker"].tolist() == ["Eva Roth"] and statements["start"].dtype == "Int64"
    assert (
        frames.actors is actors
        and len(agencies) == 0
        and list(agencies.columns)[:3] == ["article_id", "source", "name"]
    )
    assert statements["article_id"].tolist() == [articles["article_id"].tolist()[0]]


@pytest.mark.parametrize("command", [["clean", "x.txt"], ["eval", "x.jsonl"]])
def test_commands_without_a_parquet_form_refuse_it(command):
    result = runner.invoke(app, [*command, "--format", "parquet"])
    assert result.exit_code == 2 and ("does not apply" in result.stderr or "no Parquet form" in result.stderr)


def test_interrupted_parquet_run_keeps_the_finished_rows(corpus, tmp_path, monkeypatch):
    from newsscan import batch

    real = batch.run

    def interrupted(sources, options, jobs=1, **kwargs):
        for n, record in enumerate(real(sources, options, jobs, **kwargs)):
            if n == 2:
                raise KeyboardInterrupt
            yield record

    monkeypatch.setattr(batch, "run", interrupted)
    out = tmp_path / "out"
    result = runner.invoke(app, ["analyze", str(corpus), "-f", "parquet", "-o", str(out)])
    assert result.exit_code == 130 and "interrupted after 2 of" in result.stderr and str(out) in result.stderr
    assert [os.path.basename(s) for s in read(out, "articles")["source"]] == ["a.txt", "b.txt"]


def test_without_pyarrow_parquet_says_how_to_install(corpus, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if the extra were not installed
    result = runner.invoke(
        app, ["analyze", str(corpus / "a.txt"), "-f", "parquet", "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 2 and 'pip install "newsscan[parquet]"' in result.stderr
    assert not (tmp_path / "out").exists()
    monkeypatch.setitem(sys.modules, "pandas", None)
    import newsscan

    with pytest.raises(ImportError, match=r"newsscan\[parquet\]"):
        newsscan.to_frames([])


def test_a_corpus_file_into_parquet_names_records_path_id_and_resumes(tmp_path):
    corpus = tmp_path / "news.jsonl"
    texts = {
        "n1": "Die Ministerin Eva Roth betonte, die Preise würden sinken.",
        "n2": "Der Sprecher Jan Weber sagte, die Lage sei ernst.",
    }
    corpus.write_text(
        "".join(json.dumps({"id": k, "body": v}) + "\n" for k, v in texts.items()), encoding="utf-8"
    )
    out = tmp_path / "out"
    args = [
        "analyze",
        str(corpus),
        "--input-format",
        "jsonl",
        "--text-field",
        "body",
        "-f",
        "parquet",
        "-o",
        str(out),
    ]
    assert runner.invoke(app, args).exit_code == 0
    statements = read(out, "statements")
    assert list(zip(statements["source"], statements["speaker"])) == [
        (f"{corpus}#n1", "Eva Roth"),
        (f"{corpus}#n2", "Jan Weber"),
    ]
    again = runner.invoke(app, args + ["--skip-existing"])
    assert again.exit_code == 0 and "skipped 2" in again.stderr and len(read(out, "articles")) == 2


def test_statements_carry_the_rule_that_found_them(corpus, tmp_path):
    out = tmp_path / "out"
    runner.invoke(app, ["analyze", str(corpus / "a.txt"), "-f", "parquet", "-o", str(out)])
    record = json.loads(runner.invoke(app, ["analyze", str(corpus / "a.txt"), "-f", "json"]).stdout)
    assert read(out, "statements")["rule"].tolist() == [q["rule"] for q in record["quotes"]]
    assert all(read(out, "statements")["rule"].tolist())
