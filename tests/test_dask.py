"""--engine dask and the newsscan.dask API on a real LocalCluster over loopback: the same
results as a local run, Parquet and JSONL parts, datasets as input."""

import json
import logging
import os
import sys

import pytest
from typer.testing import CliRunner

from newsscan.cli import app

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
runner = CliRunner()

TEXTS = [
    f"Der Sprecher Jan Weber{n} sagte, die Lage sei ernst. „Wir arbeiten an einer Lösung“, sagte Weber{n}. "
    f"Laut Reuters betonte die Ministerin Eva Roth{n}, die Preise würden sinken."
    for n in range(7)
]
TEXTS += [
    "Ein Satz ohne jede Aussage über irgendwen.",
    "Die Polizei teilte mit, dass niemand verletzt wurde.",
]


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    local = LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.ERROR,
    )
    client = Client(local)
    yield local.scheduler_address
    client.close()
    local.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    base = tmp_path_factory.mktemp("dask") / "articles"
    base.mkdir()
    for n, text in enumerate(TEXTS):
        (base / f"{n:02d}.txt").write_text(text, encoding="utf-8")
    (base / "99-empty.txt").write_bytes(b"")
    return base


def tables(folder):
    import pyarrow.parquet as pq

    return {
        t: pq.read_table(os.path.join(folder, t)).to_pandas()
        for t in ("articles", "statements", "actors", "agencies")
    }


def test_dask_parquet_equals_a_local_run(folder, tmp_path):
    """A LocalCluster started by the command itself (no --scheduler)."""
    local, remote = tmp_path / "local", tmp_path / "dask"
    runner.invoke(app, ["analyze", str(folder), "-f", "parquet", "-o", str(local), "-j", "1"])
    result = runner.invoke(app, ["analyze", str(folder), "--engine", "dask", "-j", "2", "-o", str(remote)])
    assert result.exit_code == 1 and result.stdout == ""  # the empty file fails in both
    assert "10 articles, 1 failed" in result.stderr and "empty input" in result.stderr
    mine, theirs = tables(local), tables(remote)
    for name in mine:
        pd.testing.assert_frame_equal(mine[name], theirs[name])
    assert len(theirs["statements"]) >= 20 and len(os.listdir(remote / "statements")) >= 2


def test_dask_jsonl_parts_equal_local_jsonl(folder, tmp_path, cluster):
    out = tmp_path / "parts"
    result = runner.invoke(
        app,
        ["analyze", str(folder), "--engine", "dask", "--scheduler", cluster, "-f", "jsonl", "-o", str(out)],
    )
    assert result.exit_code == 1
    parts = sorted(n for n in os.listdir(out) if n.endswith(".jsonl"))
    assert len(parts) == 2
    lines = [line for part in parts for line in (out / part).read_text(encoding="utf-8").splitlines()]
    local = runner.invoke(app, ["analyze", str(folder), "-f", "jsonl", "-j", "1"]).stdout.splitlines()
    assert lines == local


def test_datasets_in_parquet_and_jsonl(tmp_path, cluster):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newsscan import analyze_text, to_dict

    ds = tmp_path / "ds"
    ds.mkdir()
    for part in range(2):  # a partitioned Parquet dataset with its own column names
        rows = [{"doc": f"p{part}-{n}", "body": t} for n, t in enumerate(TEXTS) if n % 2 == part]
        pq.write_table(pa.Table.from_pylist(rows), ds / f"part-{part}.parquet")
    jsonl = tmp_path / "corpus.jsonl"
    jsonl.write_text(
        "".join(json.dumps({"doc": f"j{n}", "body": t}) + "\n" for n, t in enumerate(TEXTS[:3])),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "analyze",
            "--engine",
            "dask",
            "--scheduler",
            cluster,
            "--dataset",
            str(ds),
            "--dataset",
            str(jsonl),
            "--text-field",
            "body",
            "--id-field",
            "doc",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.stderr
    statements = tables(out)["statements"]
    order = (
        [(f"p0-{n}", TEXTS[n]) for n in range(0, len(TEXTS), 2)]
        + [(f"p1-{n}", TEXTS[n]) for n in range(1, len(TEXTS), 2)]
        + [(f"j{n}", TEXTS[n]) for n in range(3)]
    )
    expected = [
        (name, q["speaker"], q["text"])
        for name, text in order
        for q in to_dict(analyze_text(text, path=name))["quotes"]
    ]
    assert list(zip(statements["source"], statements["speaker"], statements["text"])) == expected


def test_analyze_dataframe_and_bag(cluster):
    import dask.bag as db
    import dask.dataframe as dd
    from distributed import Client

    import newsscan
    from newsscan import dask as ndask

    with Client(cluster):
        articles = dd.from_pandas(
            pd.DataFrame({"id": [f"a{n}" for n in range(len(TEXTS))], "text": TEXTS}), npartitions=3
        )
        statements = ndask.analyze_dataframe(articles, table="statements").compute()
        records = ndask.analyze_bag(
            db.from_sequence([{"id": "x", "text": TEXTS[0]}, {"id": "y", "text": ""}])
        ).compute()
    expected = newsscan.to_frames(
        newsscan.analyze_text(t, path=f"a{n}") for n, t in enumerate(TEXTS)
    ).statements
    pd.testing.assert_frame_equal(statements.reset_index(drop=True), expected)
    assert records[0]["quotes"] and records[1]["error"]["message"] == "y: no text in the field 'text'"


def test_without_dask_the_engine_says_how_to_install(folder, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    result = runner.invoke(app, ["analyze", str(folder), "--engine", "dask", "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and 'pip install "newsscan[dask,parquet]"' in result.stderr
    assert not (tmp_path / "o").exists()


def test_unreachable_scheduler_is_one_line(folder, tmp_path):
    result = runner.invoke(
        app,
        [
            "analyze",
            str(folder),
            "--engine",
            "dask",
            "--scheduler",
            "tcp://127.0.0.1:9",
            "--timeout",
            "1",
            "-o",
            str(tmp_path / "o"),
        ],
    )
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "cannot reach" in result.stderr


def test_feed_urls_are_fetched_by_the_workers_politely(tmp_path, cluster):
    from tests.webhosts import CLI_PRIVATE, start

    host = start("User-agent: *\nDisallow: /private/\n")
    try:
        out = tmp_path / "parts"
        result = runner.invoke(
            app,
            [
                "analyze",
                "--engine",
                "dask",
                "--scheduler",
                cluster,
                "--feed",
                f"{host.base}/feed.xml",
                "-f",
                "jsonl",
                "-o",
                str(out),
                *CLI_PRIVATE,
            ],
        )
        lines = [
            json.loads(line)
            for part in sorted(out.glob("*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()
        ]
    finally:
        host.shutdown()
        host.server_close()
    assert [r["input"]["url"] for r in lines] == [
        f"{host.base}/news/1.html",
        f"{host.base}/news/2.html",
        f"{host.base}/private/3.html",
    ]
    assert lines[0]["quotes"] and "disallowed by robots.txt" in lines[2]["error"]["message"]
    assert result.exit_code == 1 and host.hits["/private/3.html"] == 0


def test_a_bad_line_in_a_jsonl_dataset_is_an_error_record(tmp_path, cluster):
    jsonl = tmp_path / "corpus.jsonl"
    jsonl.write_text(json.dumps({"id": "ok", "text": TEXTS[0]}) + "\n\n{not json\n[1, 2]\n", encoding="utf-8")
    out = tmp_path / "parts"
    result = runner.invoke(
        app,
        [
            "analyze",
            "--engine",
            "dask",
            "--scheduler",
            cluster,
            "--dataset",
            str(jsonl),
            "-f",
            "jsonl",
            "-o",
            str(out),
        ],
    )
    records = [
        json.loads(line)
        for part in sorted(out.glob("*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert records[0]["quotes"] and [r["error"]["message"].split(": ", 1)[1] for r in records[1:]] == [
        "a line is not JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
        "a line is not a JSON object",
    ]


@pytest.mark.parametrize(
    "args,message",
    [
        (["--engine", "dask", "-f", "csv"], "--format parquet (default) or --format jsonl"),
        (["--engine", "dask"], "give it with -o DIR"),
        (["--engine", "dask", "--sqlite", "x.db", "-o", "OUT"], "--sqlite is not available"),
        (["--engine", "dask", "-", "-o", "OUT"], "cannot read stdin"),
        (["--dataset", "x.jsonl", "-o", "OUT.jsonl", "-f", "jsonl"], "--dataset needs --engine dask"),
    ],
)
def test_dask_usage_errors_come_before_any_cluster(folder, tmp_path, args, message):
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    result = runner.invoke(app, ["analyze", str(folder), *args])
    assert result.exit_code == 2 and message in result.stderr and result.stderr.count("\n") == 1


def test_corpus_files_in_jsonl_and_csv_give_the_statements_of_a_local_run(tmp_path, cluster):
    import csv

    jsonl, table = tmp_path / "news.jsonl", tmp_path / "news.csv"
    jsonl.write_text(
        "".join(json.dumps({"id": f"a{n}", "body": t}) + "\n" for n, t in enumerate(TEXTS)), encoding="utf-8"
    )
    with open(table, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "body"])
        writer.writerows(
            [f"a{n}", t.replace(". ", ".\n", 1)] for n, t in enumerate(TEXTS)
        )  # a quoted newline
    local = runner.invoke(
        app, ["analyze", str(jsonl), "--input-format", "jsonl", "--text-field", "body", "-f", "jsonl"]
    ).stdout
    expected = [(q["speaker"], q["text"]) for line in local.splitlines() for q in json.loads(line)["quotes"]]
    for corpus, fmt in ((jsonl, "jsonl"), (table, "csv")):
        out = tmp_path / f"out-{fmt}"
        result = runner.invoke(
            app,
            [
                "analyze",
                str(corpus),
                "--input-format",
                fmt,
                "--text-field",
                "body",
                "--engine",
                "dask",
                "--scheduler",
                cluster,
                "-o",
                str(out),
            ],
        )
        assert result.exit_code == 0, result.stderr
        statements = tables(out)["statements"]
        assert list(zip(statements["speaker"], statements["text"])) == expected
        assert statements["source"].tolist()[0] == f"{corpus}#a0"
    # a JSONL corpus cut into line ranges over the workers gives exactly the local records
    out = tmp_path / "parts"
    runner.invoke(
        app,
        [
            "analyze",
            str(jsonl),
            "--input-format",
            "jsonl",
            "--text-field",
            "body",
            "--engine",
            "dask",
            "--scheduler",
            cluster,
            "-f",
            "jsonl",
            "-o",
            str(out),
        ],
    )
    parts = sorted(out.glob("*.jsonl"))
    assert (
        len(parts) > 1
        and [line for part in parts for line in part.read_text(encoding="utf-8").splitlines()]
        == local.splitlines()
    )
