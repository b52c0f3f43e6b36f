"""A corpus given as one file: JSON Lines (one object a line) or CSV (a header row, one
article a row). Each record is read lazily, so memory stays flat however large the file;
a line that cannot be read becomes a record carrying its error, in its place.

Which columns hold what is explicit: ``text_field`` (default ``text``), ``id_field``
(default ``id``; the line or row number when absent) and ``fields``, a mapping from a
metadata key to a column (``{"title": "headline", "date": "published"}``).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass

FORMATS = ("jsonl", "csv")
CORPUS_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "csv"}


@dataclass(frozen=True)
class CorpusItem:
    """One article of a corpus file, or the reason its line could not be read."""

    path: str  # the corpus file
    line: int  # 1-based line (JSONL) or row (CSV, after the header)
    id: str
    text: str | None = None
    metadata: tuple = ()  # (key, value)
    error: str | None = None

    @property
    def label(self) -> str:
        """How the article is named in messages and in the ``source`` columns."""
        return f"{self.path}#{self.id}"


def corpus_suffix(path: str) -> str | None:
    """The corpus format a file name suggests (``x.jsonl`` -> ``jsonl``), or None."""
    lower = path.lower()
    return next((fmt for suffix, fmt in CORPUS_SUFFIXES.items() if lower.endswith(suffix)), None)


def parse_fields(pairs: list[str] | None) -> dict:
    """``["title=headline", "date=published"]`` -> ``{"title": "headline", "date": "published"}``;
    raises ValueError on a pair without ``=``."""
    out = {}
    for pair in pairs or ():
        key, sep, column = pair.partition("=")
        if not sep or not key.strip() or not column.strip():
            raise ValueError(f"--field {pair!r}: expected KEY=COLUMN, e.g. title=headline")
        out[key.strip()] = column.strip()
    return out


class CorpusReader:
    """Reads corpus files record by record."""

    def __init__(
        self,
        fmt: str,
        text_field: str = "text",
        id_field: str = "id",
        fields: dict | None = None,
        max_bytes: int = 10_000_000,
    ):
        if fmt not in FORMATS:
            raise ValueError(f"unknown corpus format {fmt!r} (jsonl or csv)")
        self.fmt, self.text_field, self.id_field = fmt, text_field, id_field
        self.fields = dict(fields or {})
        self.max_bytes = max_bytes

    def read(self, paths) -> Iterator[CorpusItem]:
        """Every record of every file in ``paths`` (``-`` is stdin), in order."""
        for path in paths:
            yield from self._file(path)

    def _file(self, path: str) -> Iterator[CorpusItem]:
        if self.fmt == "jsonl":
            yield from self._jsonl_file(path)
            return
        try:
            stream = (
                io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", errors="strict", newline="")
                if path == "-"
                else open(path, encoding="utf-8-sig", newline="")
            )
        except OSError as exc:
            yield CorpusItem(path, 0, "-", error=f"{path}: {exc.strerror or exc}")
            return
        with stream:
            rows = self._csv(stream, path)
            try:
                for number, row, problem in rows:
                    yield self._item(path, number, row, problem)
            except UnicodeDecodeError:
                yield CorpusItem(path, 0, "-", error=f"{path}: not UTF-8 text")

    def _jsonl_file(self, path: str) -> Iterator[CorpusItem]:
        """JSON Lines read as bytes, a line at a time within the cap: a line that is too long is
        skipped without being held, and a line that is not UTF-8 is an error of its own."""
        try:
            stream = sys.stdin.buffer if path == "-" else open(path, "rb")
        except OSError as exc:
            yield CorpusItem(path, 0, "-", error=f"{path}: {exc.strerror or exc}")
            return
        try:
            for number, row, problem in self._jsonl(byte_lines(stream, self.max_bytes)):
                yield self._item(path, number, row, problem)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()

    def _jsonl(self, lines, first_line: bool = True) -> Iterator[tuple[int, dict | None, str | None]]:
        """Parsed JSON Lines (bytes, None for a line over the cap), numbered from 1; a BOM is
        dropped from the file's first line."""
        for number, line in enumerate(lines, 1):
            if line is None:
                yield number, None, f"line is larger than the limit of {self.max_bytes} bytes"
                continue
            if number == 1 and first_line and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                yield number, None, "not UTF-8 text"
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                yield number, None, f"not valid JSON ({exc.msg})"
                continue
            yield (number, row, None) if isinstance(row, dict) else (number, None, "not a JSON object")

    def _csv(self, stream, path: str) -> Iterator[tuple[int, dict | None, str | None]]:
        csv.field_size_limit(max(self.max_bytes, 131072))
        dialect = "excel-tab" if path.lower().endswith(".tsv") else "excel"
        reader = csv.DictReader(stream, dialect=dialect)
        columns = reader.fieldnames or []
        if self.text_field not in columns:
            shown = ", ".join(columns[:12]) or "none"
            yield (
                0,
                None,
                f"no column {self.text_field!r} (its columns: {shown}; choose one with --text-field)",
            )
            return
        number = 0
        while True:
            number += 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield number, None, f"malformed CSV ({exc})"
                continue
            yield number, row, None

    def _item(self, path: str, number: int, row: dict | None, problem: str | None) -> CorpusItem:
        """A record from one parsed line: its id, text and metadata, or what is wrong with it."""
        ident = row.get(self.id_field) if row else None
        ident = str(ident) if ident not in (None, "") else str(number)
        where = (
            f"{path}: line {number}" if self.fmt == "jsonl" else f"{path}: row {number}" if number else path
        )
        if problem:
            return CorpusItem(path, number, ident, error=f"{where}: {problem}")
        text = row.get(self.text_field)
        if not isinstance(text, str) or not text.strip():
            found = "no" if text is None else "an empty" if isinstance(text, str) else "a non-text"
            return CorpusItem(
                path,
                number,
                ident,
                error=f"{where}: {found} {self.text_field!r} field (choose the column with --text-field)",
            )
        meta = tuple(
            (key, _clean(str(row[col]))) for key, col in self.fields.items() if row.get(col) not in (None, "")
        )
        return CorpusItem(path, number, _clean(ident), text=_clean(text), metadata=meta)


def _clean(value: str) -> str:
    """A JSON string may hold lone surrogates (``"\\ud800"``), which no output can encode:
    they become U+FFFD."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in value)


def byte_lines(stream, limit: int) -> Iterator[bytes | None]:
    """The lines of a binary stream; a line longer than ``limit`` bytes is read past in chunks
    and given as None, so memory stays within the cap whatever the input."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(1 << 16)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield None if len(line.rstrip(b"\r\n")) > limit else line
