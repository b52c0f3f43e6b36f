"""CSV output: one row per statement, and one row for an article without statements
(its statement columns empty), so every source of a corpus has at least one row; a
failed source gives one row with its error.

Every article carries its metadata columns (title, date, URL, author, site). ``actor_id``
is unique across the corpus: the article's key (a hash of its source) and the actor's
id within it (``3f9a0c21d4e7-a1``).

Cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return) are prefixed with ``'`` (OWASP's CSV-injection rule), for
article text and file names alike.
"""

from __future__ import annotations

import csv
import hashlib

from . import article_url, source_label

COLUMNS = (
    "source",
    "title",
    "date",
    "url",
    "author",
    "site",
    "language",
    "quote_id",
    "speaker",
    "role",
    "actor_id",
    "speaker_mention",
    "type",
    "cue",
    "via",
    "rule",
    "negated",
    "speaker_rule",
    "text",
    "start",
    "end",
    "sentence",
    "error",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def safe(value) -> object:
    """A cell value a spreadsheet shows as text: strings that start like a formula get a ``'``."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def article_key(source: str, line: int | None = None) -> str:
    """A short stable key of an article's source, unique across a corpus: a record of a
    corpus file adds its line, so two records that repeat one id keep their actors apart."""
    where = source if line is None else f"{source}\n{line}"
    return hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def _metadata_cells(record: dict) -> list:
    meta = record.get("metadata") or {}
    url = article_url(meta)
    return [meta.get("title"), meta.get("date"), url, meta.get("author"), meta.get("site_name")]


class CsvWriter:
    def __init__(self, stream, bom: bool = False):
        if bom:
            stream.write(BOM)
        self.writer = csv.writer(stream, lineterminator="\n")
        self.writer.writerow(COLUMNS)

    def _row(self, cells: list) -> None:
        self.writer.writerow([safe(c) for c in cells])

    def write(self, record: dict) -> None:
        source = source_label(record)
        if "error" in record:
            self._row([source] + [None] * (len(COLUMNS) - 2) + [record["error"]["message"]])
            return
        head = [source] + _metadata_cells(record) + [record["language"]["code"]]
        key = article_key(source, record["input"].get("line"))
        if not record["quotes"]:
            self._row(head + [None] * (len(COLUMNS) - len(head)))
            return
        for q in record["quotes"]:
            cells = {**q, "quote_id": q["id"], "actor_id": f"{key}-{q['actor']}" if q["actor"] else None}
            self._row(head + [cells.get(column) for column in COLUMNS[len(head) :]])

    def close(self) -> None:
        pass


ACTOR_COLUMNS = ("actor", "role", "kind", "statements", "articles", "agencies", "names")


def write_actor_rows(stream, rows: list[dict], bom: bool = False) -> None:
    if bom:
        stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(ACTOR_COLUMNS)
    for row in rows:
        writer.writerow(
            [
                safe(c)
                for c in (
                    row["actor"],
                    row["role"],
                    row["kind"],
                    row["statements"],
                    row["articles"],
                    "; ".join(row["agencies"]),
                    "; ".join(row.get("names", ())),
                )
            ]
        )
