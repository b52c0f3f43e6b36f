"""Flattening an analysis into table rows: the one place that decides the columns of
``articles``, ``statements``, ``actors`` and ``agencies`` for tabular outputs (Parquet,
pandas frames, Dask).

Every row carries ``article_id`` (the SHA-256 of the cleaned text, as in SQLite) and
``source`` (the path or URL the article was read from), so tables join on either. A
failed source is one ``articles`` row with ``error_kind`` and ``error`` set and no
``article_id``; it has no rows in the other tables.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import NamedTuple

TABLES = ("articles", "statements", "actors", "agencies")

# metadata keys that get a column of their own; the whole metadata is also kept as JSON
META_COLUMNS = (
    "title",
    "author",
    "date",
    "site_name",
    "url",
    "canonical_url",
    "source_url",
    "dateline",
    "agency",
)

# (name, type) per table; types are "string", "int", "float", "bool", "strings" (a list of
# strings) and "spans" (a list of [start, end] pairs)
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("article_id", "string"),
        ("source", "string"),
        ("format", "string"),
        ("encoding", "string"),
        ("language", "string"),
        ("language_probability", "float"),
    )
    + tuple((key, "string") for key in META_COLUMNS)
    + (
        ("metadata", "string"),
        ("text", "string"),
        ("statements", "int"),
        ("actors", "int"),
        ("agencies", "int"),
        ("boilerplate", "int"),
        ("error_kind", "string"),
        ("error", "string"),
        ("schema", "string"),
    ),
    "statements": (
        ("article_id", "string"),
        ("source", "string"),
        ("quote_id", "string"),
        ("speaker", "string"),
        ("speaker_mention", "string"),
        ("actor_id", "string"),
        ("role", "string"),
        ("type", "string"),
        ("cue", "string"),
        ("via", "string"),
        ("rule", "string"),
        ("negated", "bool"),
        ("speaker_rule", "string"),
        ("text", "string"),
        ("start", "int"),
        ("end", "int"),
        ("sentence", "int"),
        ("spans", "spans"),
    ),
    "actors": (
        ("article_id", "string"),
        ("source", "string"),
        ("actor_id", "string"),
        ("name", "string"),
        ("role", "string"),
        ("kind", "string"),
        ("gender", "string"),
        ("mentions", "strings"),
    ),
    "agencies": (
        ("article_id", "string"),
        ("source", "string"),
        ("name", "string"),
        ("mentions", "int"),
        ("quotes", "strings"),
    ),
}


def column_names(table: str) -> list[str]:
    """The column names of ``table`` in order."""
    return [name for name, _ in COLUMNS[table]]


def content_hash(text: str) -> str:
    """The article key: SHA-256 of the cleaned text (the same key SQLite uses)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_source(record: dict) -> str | None:
    """The path or URL a record was read from, ``path#id`` for a record of a corpus file."""
    from . import source_label

    return source_label(record) or None


def as_record(item) -> dict:
    """A ``newsscan/1`` record from a record or an :class:`~newsscan.model.Analysis`."""
    if isinstance(item, dict):
        return item
    from ..schema import to_dict

    return to_dict(item)


def _error_row(record: dict) -> dict:
    row = dict.fromkeys(column_names("articles"))
    row.update(
        source=record_source(record),
        error_kind=record["error"]["kind"],
        error=record["error"]["message"],
        schema=record["schema"],
    )
    return row


def _article_row(record: dict, key: str) -> dict:
    meta = record["metadata"]
    row = {
        "article_id": key,
        "source": record_source(record),
        "format": record["input"].get("format"),
        "encoding": record["input"].get("encoding"),
        "language": record["language"]["code"],
        "language_probability": record["language"]["probability"],
    }
    for name in META_COLUMNS:
        value = meta.get(name)
        row[name] = None if value is None else str(value)
    row.update(
        metadata=json.dumps(meta, ensure_ascii=False, sort_keys=True),
        text=record["text"],
        statements=len(record["quotes"]),
        actors=len(record["actors"]),
        agencies=len(record["agencies"]),
        boilerplate=len(record["boilerplate"]),
        error_kind=None,
        error=None,
        schema=record["schema"],
    )
    return row


def _statement_rows(record: dict, key: str, source: str | None) -> list[dict]:
    return [
        {
            "article_id": key,
            "source": source,
            "quote_id": q["id"],
            "speaker": q["speaker"],
            "speaker_mention": q["speaker_mention"],
            "actor_id": q["actor"],
            "role": q["role"],
            "type": q["type"],
            "cue": q["cue"],
            "via": q["via"],
            "rule": q.get("rule"),
            "negated": q.get("negated"),
            "speaker_rule": q.get("speaker_rule"),
            "text": q["text"],
            "start": q["start"],
            "end": q["end"],
            "sentence": q["sentence"],
            "spans": [list(s) for s in q["spans"]],
        }
        for q in record["quotes"]
    ]


def _actor_rows(record: dict, key: str, source: str | None) -> list[dict]:
    return [
        {
            "article_id": key,
            "source": source,
            "actor_id": a["id"],
            "name": a["name"],
            "role": a["role"],
            "kind": a["kind"],
            "gender": a.get("gender"),
            "mentions": list(a["mentions"]),
        }
        for a in record["actors"]
    ]


def _agency_rows(record: dict, key: str, source: str | None) -> list[dict]:
    return [
        {
            "article_id": key,
            "source": source,
            "name": g["name"],
            "mentions": g["mentions"],
            "quotes": list(g["quotes"]),
        }
        for g in record["agencies"]
    ]


def rows(record) -> dict[str, list[dict]]:
    """The rows one record (or Analysis) contributes to each table."""
    record = as_record(record)
    if "error" in record:
        return {"articles": [_error_row(record)], "statements": [], "actors": [], "agencies": []}
    key = content_hash(record["text"])
    source = record_source(record)
    return {
        "articles": [_article_row(record, key)],
        "statements": _statement_rows(record, key, source),
        "actors": _actor_rows(record, key, source),
        "agencies": _agency_rows(record, key, source),
    }


class TableRows:
    """Rows of many records, collected per table."""

    def __init__(self):
        self.tables: dict[str, list[dict]] = {name: [] for name in TABLES}
        self.articles = 0

    def add(self, record) -> None:
        """Append the rows of one record."""
        for name, new in rows(record).items():
            self.tables[name].extend(new)
        self.articles += 1

    def clear(self) -> None:
        """Forget the rows collected so far."""
        for name in TABLES:
            self.tables[name] = []
        self.articles = 0


def _pandas_dtype(kind: str) -> str:
    return {"string": "object", "int": "Int64", "float": "Float64", "bool": "boolean"}.get(kind, "object")


def frame(table: str, table_rows: list[dict]):
    """One pandas DataFrame with the columns (and nullable dtypes) of ``table``."""
    import pandas as pd

    df = pd.DataFrame.from_records(table_rows, columns=column_names(table))
    return df.astype({name: _pandas_dtype(kind) for name, kind in COLUMNS[table]})


class Frames(NamedTuple):
    """The four tables as pandas DataFrames; unpack it or use the attributes."""

    articles: object
    statements: object
    actors: object
    agencies: object


def to_frames(analyses: Iterable) -> Frames:
    """pandas DataFrames (articles, statements, actors, agencies) of analyses, given as
    :class:`~newsscan.model.Analysis` objects or ``newsscan/1`` records (error records
    included). Needs pandas (``pip install "newsscan[parquet]"``)."""
    try:
        import pandas  # noqa: F401  (only to say how to install it)
    except ImportError:
        raise ImportError('to_frames needs pandas: pip install "newsscan[parquet]"') from None
    collected = TableRows()
    for item in analyses:
        collected.add(item)
    return Frames(*(frame(name, collected.tables[name]) for name in TABLES))
