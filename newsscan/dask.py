"""Analysing on a Dask cluster: the same pure analysis as a local run, spread over workers.

Python API (needs ``pip install "newsscan[dask,parquet]"``)::

    import dask.dataframe as dd
    from newsscan import dask as ndask

    articles = dd.read_parquet("articles/")                 # columns id, text
    statements = ndask.analyze_dataframe(articles, text="text", id="id", table="statements")
    statements.groupby("speaker").size().nlargest(20).compute()

    records = ndask.analyze_bag(articles.to_bag(format="dict"))   # newsscan/1 records
    ndask.to_parquet(records, "out/")                      # all four tables in one pass

An item of a bag is a source (a path or URL, read by the worker) or a dict with the
article text (``text``) and a name for it (``id``, which becomes ``input.path``).
"""

from __future__ import annotations

import glob as globbing
import json
import os

from .model import Options

INSTALL = 'pip install "newsscan[dask,parquet]"'


class DaskError(Exception):
    """The cluster cannot be reached or a dataset cannot be read."""


class DaskRunError(Exception):
    """The run failed on the cluster (a worker lost, a task that raised)."""


BAD_LINE = "__newsscan_bad_line__"


def require() -> None:
    """Import Dask and distributed, or raise ImportError saying how to install them."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise ImportError(f"--engine dask needs Dask: {INSTALL}") from None


_DOWNLOADERS: dict = {}


def _downloader(options: Options, policy):
    """One downloader per worker process and settings: robots.txt is read once per host
    and worker, and host limits hold within each worker."""
    from .download import Downloader

    key = (options, policy)
    if key not in _DOWNLOADERS:
        _DOWNLOADERS[key] = Downloader(options, policy)
    return _DOWNLOADERS[key]


def _analyse_url(url: str, options: Options, policy) -> dict:
    from . import batch
    from .errors import NewsscanError
    from .schema import error_record

    try:
        page = _downloader(options, policy).get(url)
    except NewsscanError as exc:
        return error_record(url, exc.kind, str(exc))
    return batch.run_page(page, options)


def analyse_item(item, options: Options = Options(), text: str = "text", id: str = "id", policy=None) -> dict:
    """One record for one item: a source (path or URL) or a dict holding the text. URLs
    are fetched under ``policy`` (a :class:`~newsscan.download.FetchPolicy`; the default
    one when None)."""
    from . import api, batch
    from .schema import error_record, to_dict

    if not isinstance(item, (str, dict)):  # a record of a corpus file (newsscan.corpus_input)
        return batch.run_one(item, options)
    if isinstance(item, dict) and BAD_LINE in item:
        return error_record(item["path"], "input", item[BAD_LINE])
    if isinstance(item, str):
        if batch.is_url(item):
            from .download import FetchPolicy

            return _analyse_url(item, options, policy or FetchPolicy())
        return batch.run_one(item, options)
    name = item.get(id)
    name = str(name) if name is not None else None
    body = item.get(text)
    if not isinstance(body, str) or not body.strip():
        return error_record(name or "", "input", f"{name}: no text in the field {text!r}")
    return batch.guarded(name or "", lambda: to_dict(api.analyze_text(body, options, path=name)), options)


def analyze_bag(bag, options: Options | None = None, text: str = "text", id: str = "id", policy=None):
    """A Dask bag of ``newsscan/1`` records (error records included), one per item of
    ``bag``, in the same order. URLs are fetched by the workers, each under ``policy``
    (a :class:`~newsscan.download.FetchPolicy`: robots.txt, retries, host limits per worker)."""
    return bag.map(analyse_item, options=options or Options(), text=text, id=id, policy=policy)


def _table_partition(part, table: str, options: Options, text: str, id: str):
    """A pandas partition of articles -> the rows of one table."""
    from .render.tables import TableRows, frame

    collected = TableRows()
    for item in part.to_dict(orient="records"):
        collected.add(analyse_item(item, options, text, id))
    return frame(table, collected.tables[table])


def analyze_dataframe(
    df, text: str = "text", id: str = "id", options: Options | None = None, table: str = "statements"
):
    """A Dask DataFrame of one table (``articles``, ``statements``, ``actors`` or
    ``agencies``, columns as in the Parquet output) for a Dask DataFrame of articles."""
    from .render.tables import frame

    columns = [c for c in (id, text) if c in df.columns]
    return df[columns].map_partitions(
        _table_partition, table, options or Options(), text, id, meta=frame(table, [])
    )


def _write_jsonl(records: list, folder: str, name: str) -> None:
    from .render.json import dumps

    target = os.path.join(folder, name + ".jsonl")
    tmp = os.path.join(folder, f".{name}.jsonl.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(dumps(record) + "\n")
    os.replace(tmp, target)


def write_partition(records: list, folder: str, name: str, fmt: str = "parquet") -> dict:
    """Write one partition's records as parts named ``name``; returns what it wrote."""
    from .render.tables import TableRows

    if fmt == "jsonl":
        os.makedirs(folder, exist_ok=True)
        _write_jsonl(records, folder, name)
    else:
        from .render.parquet import write_tables

        collected = TableRows()
        for record in records:
            collected.add(record)
        write_tables(folder, collected, name, keep_empty=True)
    return {
        "articles": len(records),
        "statements": sum(len(r.get("quotes", ())) for r in records),
        "errors": [r["error"]["message"] for r in records if "error" in r],
        "parts": 1,
    }


def to_parquet(records, folder: str, fmt: str = "parquet", prefix: str | None = None) -> dict:
    """Write a bag of records as a partitioned Parquet dataset (one part per partition and
    table) or as JSONL parts, in one pass; returns a summary (articles, statements,
    errors, parts). Part names sort in the bag's order."""
    import dask

    from .render.parquet import run_id

    prefix = prefix or "part-" + run_id()
    tasks = [
        dask.delayed(write_partition)(part, folder, f"{prefix}-{n:05d}", fmt)
        for n, part in enumerate(records.to_delayed())
    ]
    summary = {"articles": 0, "statements": 0, "errors": [], "parts": 0}
    for part in dask.compute(*tasks):
        for key in ("articles", "statements", "parts"):
            summary[key] += part[key]
        summary["errors"].extend(part["errors"])
    return summary


def _dataset_files(path: str) -> list[str]:
    """The files of a dataset given as a file, a folder (its Parquet/JSONL files) or a glob."""
    if os.path.isdir(path):
        found = [
            os.path.join(root, n)
            for root, _, names in os.walk(path)
            for n in names
            if n.endswith((".parquet", ".jsonl", ".jsonl.gz", ".ndjson", ".json", ".csv", ".tsv"))
            and not n.startswith((".", "_"))
        ]
    else:
        found = globbing.glob(path)
    if not found:
        raise DaskError(f"{path}: no Parquet or JSONL files")
    return sorted(found)


def read_dataset(path: str, text: str, id: str, fmt: str | None = None):
    """A bag of ``{id, text}`` dicts from a Parquet, JSONL or CSV dataset (``fmt`` says
    which when the file names do not)."""
    import dask.bag as db

    files = _dataset_files(path)
    if fmt == "csv" or (fmt is None and all(f.endswith((".csv", ".tsv")) for f in files)):
        return _read_csv(files, text, id)
    if fmt is None and all(f.endswith(".parquet") for f in files):
        import dask.dataframe as dd

        df = dd.read_parquet(files)
        missing = [c for c in (text,) if c not in df.columns]
        if missing:
            raise DaskError(f"{path}: no column {text!r} (see --text-field)")
        return df[[c for c in (id, text) if c in df.columns]].to_bag(format="dict")
    if any(f.endswith(".parquet") for f in files):
        raise DaskError(f"{path}: mixes Parquet and JSONL files")
    return db.read_text(files, include_path=True).filter(lambda pair: pair[0].strip()).map(_json_line)


def _line_ranges(path: str, parts: int) -> list[tuple[int, int, int]]:
    """``(start, end, first line number)`` byte ranges of a file, cut at line starts."""
    size = os.path.getsize(path)
    starts = {0}
    with open(path, "rb") as fh:
        for k in range(1, parts):
            fh.seek(size * k // parts)
            fh.readline()
            if fh.tell() < size:
                starts.add(fh.tell())
        ordered, ranges, line = sorted(starts), [], 1
        for start, end in zip(ordered, ordered[1:] + [size]):
            ranges.append((start, end, line))
            fh.seek(start)
            line += fh.read(end - start).count(b"\n")
    return ranges


def _corpus_range(reader, path: str, start: int, end: int, first: int) -> list:
    """The records of the JSONL lines in one byte range, numbered as a local run numbers them."""
    import io

    from .corpus_input import byte_lines

    with open(path, "rb") as fh:
        fh.seek(start)
        data = fh.read(end - start)
    lines = byte_lines(io.BytesIO(data), reader.max_bytes)
    return [
        reader._item(path, number + first - 1, row, problem)
        for number, row, problem in reader._jsonl(lines, first_line=start == 0)
    ]


def _corpus_file(reader, path: str) -> list:
    return list(reader.read([path]))


def read_corpus(reader, paths: list[str], workers: int):
    """A bag of the records of corpus files, read by the workers with the reader a local
    run uses (same ids, line numbers, metadata fields and errors). A JSONL file is cut
    into line ranges so that one big file is spread over the workers; a CSV file is one
    partition (a quoted field may hold a newline)."""
    import dask
    import dask.bag as db

    parts = []
    for path in paths:
        if reader.fmt == "jsonl" and os.path.isfile(path):
            parts += [
                dask.delayed(_corpus_range)(reader, path, *r) for r in _line_ranges(path, max(1, workers * 4))
            ]
        else:
            parts.append(dask.delayed(_corpus_file)(reader, path))
    return db.from_delayed(parts)


def _read_csv(files: list[str], text: str, id: str):
    """Rows of CSV (or TSV) files as dicts; each file is one partition (quoted newlines stay whole)."""
    import dask.dataframe as dd

    sep = "\t" if all(f.endswith(".tsv") for f in files) else ","
    df = dd.read_csv(files, dtype=str, blocksize=None, keep_default_na=False, sep=sep)
    if text not in df.columns:
        raise DaskError(f"{files[0]}: no column {text!r} (see --text-field)")
    return df[[c for c in (id, text) if c in df.columns]].to_bag(format="dict")


def _json_line(pair: tuple) -> dict:
    """One JSONL line as a dict, or a marker that becomes an error record."""
    line, path = pair
    try:
        value = json.loads(line)
    except ValueError as exc:
        return {BAD_LINE: f"{path}: a line is not JSON ({exc})", "path": path}
    if not isinstance(value, dict):
        return {BAD_LINE: f"{path}: a line is not a JSON object", "path": path}
    return value


def client_for(scheduler: str | None, workers: int, timeout: float = 15.0):
    """A client of the cluster at ``scheduler``, or of a new LocalCluster on 127.0.0.1."""
    import logging

    from distributed import Client, LocalCluster

    try:
        if scheduler:
            return Client(scheduler, timeout=timeout)
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.ERROR,
        )
        return Client(cluster)
    except (OSError, TimeoutError) as exc:
        raise DaskError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from None


def _partitions(count: int, workers: int) -> int:
    """Enough partitions to keep every worker busy (up to 8 each), with about 25 articles
    or more in each so that the overhead of a partition does not show, and at most 1,000
    so that a partition's records stay small in memory."""
    busy = max(workers, min(workers * 8, -(-count // 25)))
    return max(1, min(count, max(busy, -(-count // 1000))))


def run_cli(
    sources: list[str],
    datasets: list[str],
    fields: tuple[str, str],
    scheduler: str | None,
    jobs: int | None,
    fmt: str,
    output: str,
    options: Options,
    policy=None,
    corpus=None,
) -> dict:
    """``newsscan analyze --engine dask``: sources and datasets -> parts in ``output``."""
    from .batch import default_jobs

    client = client_for(scheduler, jobs or default_jobs(), options.timeout)
    try:
        workers = len(client.scheduler_info().get("workers", {})) or jobs or 1
        bag = _inputs(sources, datasets, fields, workers, corpus)
        records = analyze_bag(bag, options, *fields, policy=policy)
        return to_parquet(records, output, fmt)
    except (DaskError, KeyboardInterrupt):
        raise
    except Exception as exc:  # a lost worker, a task that raised: one line, not a traceback
        raise DaskRunError(f"the Dask run failed: {type(exc).__name__}: {exc}") from None
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and not scheduler:
            cluster.close()


def _inputs(sources: list[str], datasets: list[str], fields: tuple[str, str], workers: int, corpus=None):
    """One bag of the sources (partitioned for ``workers``; with a corpus reader, the
    sources are corpus files) followed by the datasets."""
    import dask.bag as db

    bags = [read_dataset(path, *fields) for path in datasets]
    if sources and corpus is not None:
        bags.insert(0, read_corpus(corpus, sources, workers))
    elif sources:
        bags.insert(0, db.from_sequence(sources, npartitions=_partitions(len(sources), workers)))
    return db.concat(bags) if len(bags) > 1 else bags[0]
