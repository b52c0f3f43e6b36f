"""Parquet output: a folder holding one Parquet dataset per table.

    OUT/articles/part-….parquet
    OUT/statements/part-….parquet
    OUT/actors/part-….parquet
    OUT/agencies/part-….parquet

Columns are those of :mod:`newsscan.render.tables`. Rows are written in parts of at most
``rows_per_part`` articles, each part under a temporary hidden name first and renamed
when complete, so readers (pandas, DuckDB, Spark, pyarrow) never see half a file and an
interrupted run keeps every finished part. A later run into the same folder adds parts
of its own (names carry a run id), so a dataset grows across resumed runs.
Needs pyarrow (``pip install "newsscan[parquet]"``).
"""

from __future__ import annotations

import os
import time
import uuid

from .tables import COLUMNS, TABLES, TableRows

ROWS_PER_PART = 2000


def require_pyarrow():
    """Import pyarrow, or raise ImportError saying how to install it."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ImportError('Parquet output needs pyarrow: pip install "newsscan[parquet]"') from None
    return pyarrow


def arrow_schema(table: str):
    """The pyarrow schema of ``table``."""
    pa = require_pyarrow()
    types = {
        "string": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "strings": pa.list_(pa.string()),
        "spans": pa.list_(pa.list_(pa.int64())),
    }
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table]])


def run_id() -> str:
    """A part-name prefix that sorts by start time and is unique across processes."""
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + uuid.uuid4().hex[:8]


def write_part(folder: str, table: str, table_rows: list[dict], name: str) -> str:
    """Write ``table_rows`` as ``folder/table/name.parquet`` (atomically); returns the path."""
    pa = require_pyarrow()
    import pyarrow.parquet as pq

    target_dir = os.path.join(folder, table)
    os.makedirs(target_dir, exist_ok=True)
    data = pa.Table.from_pylist(table_rows, schema=arrow_schema(table))
    final = os.path.join(target_dir, name + ".parquet")
    tmp = os.path.join(target_dir, f".{name}.parquet.tmp")
    pq.write_table(data, tmp, compression="zstd")
    os.replace(tmp, final)
    return final


def write_tables(folder: str, collected: TableRows, name: str, keep_empty: bool = False) -> None:
    """Write one part per table for the rows in ``collected`` (tables without rows are
    skipped unless ``keep_empty``)."""
    for table in TABLES:
        if collected.tables[table] or keep_empty:
            write_part(folder, table, collected.tables[table], name)


def has_parts(folder: str, table: str) -> bool:
    """Whether ``folder/table`` already holds a Parquet part."""
    path = os.path.join(folder, table)
    return os.path.isdir(path) and any(
        n.endswith(".parquet") and not n.startswith((".", "_")) for n in os.listdir(path)
    )


class ParquetWriter:
    """Streams records into a Parquet dataset folder, one part every ``rows_per_part`` articles."""

    def __init__(self, folder: str, rows_per_part: int = ROWS_PER_PART):
        require_pyarrow()
        self.folder = folder
        self.rows_per_part = rows_per_part
        self.prefix = "part-" + run_id()
        self.parts = 0
        self.collected = TableRows()
        os.makedirs(folder, exist_ok=True)

    def write(self, record: dict) -> None:
        """Add one record; a part is written when enough articles are collected."""
        self.collected.add(record)
        if self.collected.articles >= self.rows_per_part:
            self.flush()

    def flush(self) -> None:
        """Write the collected rows as one part per table."""
        if self.collected.articles:
            write_tables(self.folder, self.collected, f"{self.prefix}-{self.parts:05d}")
            self.parts += 1
            self.collected.clear()

    def close(self) -> None:
        """Write what is left; give every table a schema even when it has no rows yet."""
        self.flush()
        empty = TableRows()
        for table in TABLES:
            if not has_parts(self.folder, table):
                write_part(self.folder, table, empty.tables[table], f"{self.prefix}-empty")
