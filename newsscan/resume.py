"""Resuming a run: which sources and articles an output already holds.

``--skip-existing`` reads the SQLite database (``--sqlite``) or the Parquet dataset
(``--format parquet -o DIR``) a run writes to, and the run then leaves out every source
(path or URL) already stored and does not write again an article whose content hash
(SHA-256 of the cleaned text) is already stored. Failed sources are not stored, so
they are tried again.
"""

from __future__ import annotations

import json
import os
import pathlib
import sqlite3
from dataclasses import dataclass, field


@dataclass
class Stored:
    """Sources and content hashes already in an output."""

    sources: set = field(default_factory=set)
    hashes: set = field(default_factory=set)

    def update(self, other: "Stored") -> None:
        """Add what ``other`` holds."""
        self.sources |= other.sources
        self.hashes |= other.hashes


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


def _url_of(metadata: str | None) -> str | None:
    try:
        return (json.loads(metadata) or {}).get("url") if metadata else None
    except (ValueError, AttributeError):
        return None


def from_sqlite(path: str) -> Stored:
    """What the ``articles`` table of a newsscan SQLite database holds (nothing if the file
    or the table does not exist yet)."""
    stored = Stored()
    if not os.path.isfile(path):
        return stored
    db = sqlite3.connect(pathlib.Path(path).resolve().as_uri() + "?mode=ro", uri=True)  # '#', '?' in names
    try:
        columns = _columns(db, "articles")
        if not columns:
            return stored
        if not {"source", "content_hash"} <= columns:
            raise ValueError(f"{path}: its articles table has no source and content_hash columns")
        wanted = "source, content_hash" + (", metadata" if "metadata" in columns else ", NULL")
        for source, digest, metadata in db.execute(f"SELECT {wanted} FROM articles"):
            stored.sources.add(source)
            stored.hashes.add(digest)
            url = _url_of(metadata)
            if url:
                stored.sources.add(url)
        if _columns(db, "article_sources"):  # every source that had an article's text (syndicated copies)
            for source, url in db.execute("SELECT source, url FROM article_sources"):
                stored.sources.update(v for v in (source, url) if v)
    finally:
        db.close()
    return stored


def from_parquet(folder: str) -> Stored:
    """What the ``articles`` dataset of a newsscan Parquet folder holds."""
    stored = Stored()
    path = os.path.join(folder, "articles")
    if not os.path.isdir(path):
        return stored
    import pyarrow.dataset as ds

    table = ds.dataset(path, format="parquet").to_table(columns=["article_id", "source", "url", "error"])
    for row in table.to_pylist():
        if row["error"] is None:
            stored.sources.update(v for v in (row["source"], row["url"]) if v)
            stored.hashes.add(row["article_id"])
    return stored
