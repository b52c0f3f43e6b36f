"""SQLite output: a database of articles, actors, statements, agencies and failed sources,
with corpus actors joined across articles and a full-text index on statements.

- ``articles``: one row per article, keyed by the SHA-256 of its cleaned text, so an
  article analysed again replaces its old rows; title, date, author, URL, site and the
  language are columns (all metadata also as JSON).
- ``actors`` (per article) point to ``corpus_actors`` (one person or organisation across
  the corpus, see :mod:`newsscan.corpus`), rebuilt when a run closes the database.
- ``failures``: sources that could not be analysed, with the error kind and message.
- ``statements_fts``: an external-content FTS5 index of ``statements`` (text and
  speaker), kept in step by triggers; sqlite-utils and datasette detect it.

Writes are immediate transactions, so several processes can fill one database at once;
a lock held by another process is waited for (``timeout`` seconds) and then reported.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat

from . import article_url, source_label

LOCK_TIMEOUT = 30.0

TABLES = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    title TEXT,
    date TEXT,
    author TEXT,
    url TEXT,
    site TEXT,
    source_url TEXT,
    language TEXT,
    language_probability REAL,
    language_supported INTEGER,
    metadata TEXT,
    text TEXT NOT NULL,
    schema TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS corpus_actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT,
    kind TEXT,
    statements INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    names TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT,
    kind TEXT,
    gender TEXT,
    mentions TEXT NOT NULL,
    corpus_actor_id INTEGER REFERENCES corpus_actors(id) ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS statements (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id INTEGER REFERENCES actors(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    speaker TEXT,
    speaker_mention TEXT,
    type TEXT NOT NULL,
    cue TEXT,
    via TEXT,
    rule TEXT,
    negated INTEGER,
    speaker_rule TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    sentence INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS agencies (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    mentions INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS article_sources (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT,
    UNIQUE (content_hash, source)
);
CREATE TABLE IF NOT EXISTS failures (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    message TEXT NOT NULL
);
"""

INDEXES = """
CREATE INDEX IF NOT EXISTS statements_article ON statements(article_id);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker);
CREATE INDEX IF NOT EXISTS actors_name ON actors(name);
CREATE INDEX IF NOT EXISTS actors_corpus ON actors(corpus_actor_id);
CREATE INDEX IF NOT EXISTS agencies_name ON agencies(name);
CREATE INDEX IF NOT EXISTS article_sources_source ON article_sources(source);
"""

FTS = (
    'CREATE VIRTUAL TABLE statements_fts USING fts5(text, speaker, content="statements", content_rowid="id")',
    """CREATE TRIGGER IF NOT EXISTS statements_ai AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END""",
    """CREATE TRIGGER IF NOT EXISTS statements_ad AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text, speaker)
    VALUES ('delete', old.id, old.text, old.speaker);
END""",
    """CREATE TRIGGER IF NOT EXISTS statements_au AFTER UPDATE ON statements BEGIN
  INSERT INTO statements_fts(statements_fts, rowid, text, speaker)
    VALUES ('delete', old.id, old.text, old.speaker);
  INSERT INTO statements_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END""",
)

# statement columns taken as they are from a quote of the JSON record
_QUOTE_FIELDS = (
    "speaker",
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
)
_INSERT_STATEMENT = (
    f"INSERT INTO statements (article_id, actor_id, local_id, {', '.join(_QUOTE_FIELDS)})"
    f" VALUES ({', '.join('?' * (len(_QUOTE_FIELDS) + 3))})"
)

_INSERT_SOURCE = "INSERT OR IGNORE INTO article_sources (content_hash, source, url) VALUES (?, ?, ?)"

ARTICLE_COLUMNS = (
    "content_hash",
    "source",
    "title",
    "date",
    "author",
    "url",
    "site",
    "source_url",
    "language",
    "language_probability",
    "language_supported",
    "metadata",
    "text",
    "schema",
)


class StoreError(Exception):
    """The database cannot be used: missing folder, not a database, read-only, locked."""


def content_hash(record: dict) -> str:
    return hashlib.sha256(record["text"].encode("utf-8")).hexdigest()


def _check_path(path: str) -> None:
    """Refuse, before touching anything, a path whose database could not be written."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise StoreError(f"{path}: no such folder: {folder}")
    if os.path.isdir(path):
        raise StoreError(f"{path}: is a folder, not a database file")
    if os.path.exists(path):
        mode = os.stat(path).st_mode
        if not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise StoreError(f"{path}: the database is read-only")
        with open(path, "rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise StoreError(f"{path}: not a SQLite database (left untouched)")
    elif not os.access(folder, os.W_OK):
        raise StoreError(f"{path}: the folder {folder} is not writable")


def _message(path: str, exc: sqlite3.Error, timeout: float) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return f"{path}: the database is locked by another process (waited {timeout:g} s)"
    return f"{path}: {text}"


class SqliteWriter:
    def __init__(self, path: str, timeout: float = LOCK_TIMEOUT):
        _check_path(path)
        self.path, self.timeout = path, timeout
        self.added = self.replaced = self.failures = 0
        try:
            self.db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
            self.db.execute("PRAGMA foreign_keys = ON")
            self._transaction(self._create)
        except sqlite3.Error as exc:
            raise StoreError(_message(path, exc, timeout)) from None

    def _transaction(self, work, *args) -> None:
        """Run ``work`` in an immediate transaction: the write lock is taken first, so two
        writers never decide on the same stale state."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            work(*args)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _create(self) -> None:
        """Create the tables, add columns an older database lacks, make the FTS index external-content."""
        db = self.db
        had_sources = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_sources'").fetchone()
        for statement in TABLES.split(";"):
            if statement.strip():
                db.execute(statement)
        have = {row[1] for row in db.execute("PRAGMA table_info(articles)")}
        for column in ("date", "author", "url", "site", "language_supported"):
            if column not in have:
                db.execute(
                    f"ALTER TABLE articles ADD COLUMN {column} "
                    f"{'INTEGER' if column.endswith('ed') else 'TEXT'}"
                )
        have = {row[1] for row in db.execute("PRAGMA table_info(actors)")}
        if "corpus_actor_id" not in have:
            db.execute("ALTER TABLE actors ADD COLUMN corpus_actor_id INTEGER REFERENCES corpus_actors(id)")
        if "gender" not in have:
            db.execute("ALTER TABLE actors ADD COLUMN gender TEXT")
        have = {row[1] for row in db.execute("PRAGMA table_info(statements)")}
        for column, kind in (("rule", "TEXT"), ("negated", "INTEGER"), ("speaker_rule", "TEXT")):
            if column not in have:
                db.execute(f"ALTER TABLE statements ADD COLUMN {column} {kind}")
        if not had_sources:  # a database of an earlier version: every article has its one source
            db.execute(
                "INSERT OR IGNORE INTO article_sources (content_hash, source, url) "
                "SELECT content_hash, source, url FROM articles"
            )
        for statement in INDEXES.split(";"):
            if statement.strip():
                db.execute(statement)
        fts = db.execute("SELECT sql FROM sqlite_master WHERE name = 'statements_fts'").fetchone()
        if fts and 'content="statements"' not in fts[0]:
            db.execute("DROP TABLE statements_fts")  # the internal-content index of older versions
            fts = None
        if not fts:
            for statement in FTS:
                db.execute(statement)
            db.execute("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')")

    def write(self, record: dict) -> None:
        try:
            self._transaction(self._failure if "error" in record else self._article, record)
        except sqlite3.Error as exc:
            raise StoreError(_message(self.path, exc, self.timeout)) from None

    def add_source(self, record: dict) -> None:
        """Record that ``record``'s source had the text of an article already stored
        (a syndicated copy skipped by --skip-existing)."""

        def add() -> None:
            self.db.execute(
                _INSERT_SOURCE,
                (content_hash(record), source_label(record), article_url(record["metadata"])),
            )

        try:
            self._transaction(add)
        except sqlite3.Error as exc:
            raise StoreError(_message(self.path, exc, self.timeout)) from None

    def _failure(self, record: dict) -> None:
        self.db.execute(
            "INSERT INTO failures (source, kind, message) VALUES (?, ?, ?) ON CONFLICT(source) DO "
            "UPDATE SET kind = excluded.kind, message = excluded.message",
            (source_label(record), record["error"]["kind"], record["error"]["message"]),
        )
        self.failures += 1

    def _article(self, record: dict) -> None:
        db = self.db
        digest = content_hash(record)
        source = source_label(record)
        old = db.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
        if old:
            db.execute("DELETE FROM statements WHERE article_id = ?", old)
            db.execute("DELETE FROM articles WHERE id = ?", old)
            self.replaced += 1
        else:
            self.added += 1
        db.execute("DELETE FROM failures WHERE source = ?", (source,))
        meta, lang = record["metadata"], record["language"]
        url = article_url(meta)
        values = (
            digest,
            source,
            meta.get("title"),
            meta.get("date"),
            meta.get("author"),
            url,
            meta.get("site_name"),
            meta.get("source_url"),
            lang["code"],
            lang["probability"],
            int(lang.get("supported", True)),
            json.dumps(meta, ensure_ascii=False),
            record["text"],
            record["schema"],
        )
        cur = db.execute(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES "
            f"({', '.join('?' * len(ARTICLE_COLUMNS))})",
            values,
        )
        article = cur.lastrowid
        db.execute(_INSERT_SOURCE, (digest, source, url))
        actor_ids = {}
        for a in record["actors"]:
            cur = db.execute(
                "INSERT INTO actors (article_id, local_id, name, role, kind, gender, mentions)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    article,
                    a["id"],
                    a["name"],
                    a["role"],
                    a["kind"],
                    a.get("gender"),
                    json.dumps(a["mentions"], ensure_ascii=False),
                ),
            )
            actor_ids[a["id"]] = cur.lastrowid
        for q in record["quotes"]:
            db.execute(
                _INSERT_STATEMENT, (article, actor_ids.get(q["actor"]), q["id"], *map(q.get, _QUOTE_FIELDS))
            )
        for g in record["agencies"]:
            db.execute(
                "INSERT INTO agencies (article_id, name, mentions) VALUES (?, ?, ?)",
                (article, g["name"], g["mentions"]),
            )

    def _corpus_actors(self) -> None:
        """Rebuild ``corpus_actors`` from every article's actors (see :mod:`newsscan.corpus`)."""
        from ..corpus import Entry, group, summarise

        db = self.db
        rows = db.execute(
            "SELECT a.id, a.article_id, a.name, a.role, a.kind, count(s.id), "
            "json_group_array(s.via) FILTER (WHERE s.via IS NOT NULL) "
            "FROM actors a LEFT JOIN statements s ON s.actor_id = a.id GROUP BY a.id ORDER BY a.id"
        ).fetchall()
        entries = []
        for _, article, name, role, kind, count, vias in rows:
            entry = Entry(str(article), name, role, kind, statements=count)
            entry.agencies.update(json.loads(vias) if vias else [])
            entries.append(entry)
        db.execute("UPDATE actors SET corpus_actor_id = NULL")
        db.execute("DELETE FROM corpus_actors")
        for members in group(entries):
            s = summarise(entries, members)
            cur = db.execute(
                "INSERT INTO corpus_actors (name, role, kind, statements, articles, names)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    s["actor"],
                    s["role"],
                    s["kind"],
                    s["statements"],
                    s["articles"],
                    json.dumps(s["names"], ensure_ascii=False),
                ),
            )
            db.executemany(
                "UPDATE actors SET corpus_actor_id = ? WHERE id = ?",
                [(cur.lastrowid, rows[i][0]) for i in members],
            )

    def close(self) -> None:
        try:
            self._transaction(self._corpus_actors)
        except sqlite3.Error as exc:
            raise StoreError(_message(self.path, exc, self.timeout)) from None
        finally:
            self.db.close()
