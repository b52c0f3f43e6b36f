"""SQLite output: a database of articles, actors, statements and agencies, with a
full-text index on statement text. Appending to an existing database is safe: an
article analysed again (same cleaned text, same content hash) replaces its old rows.

Useful queries are in the README (who is quoted most, all statements of one actor,
which agencies carry which actors).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3

SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    title TEXT,
    source_url TEXT,
    language TEXT,
    language_probability REAL,
    metadata TEXT,
    text TEXT NOT NULL,
    schema TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT,
    kind TEXT,
    mentions TEXT NOT NULL
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
CREATE INDEX IF NOT EXISTS statements_article ON statements(article_id);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker);
CREATE INDEX IF NOT EXISTS actors_name ON actors(name);
CREATE INDEX IF NOT EXISTS agencies_name ON agencies(name);
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(text, statement_id UNINDEXED);
"""


def content_hash(record: dict) -> str:
    return hashlib.sha256(record["text"].encode("utf-8")).hexdigest()


class SqliteWriter:
    def __init__(self, path: str):
        self.db = sqlite3.connect(path)
        self.db.executescript(SCHEMA)
        self.added = self.replaced = 0

    def write(self, record: dict) -> None:
        if "error" in record:
            return
        db = self.db
        digest = content_hash(record)
        with db:
            old = db.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
            if old:
                db.execute("DELETE FROM statements_fts WHERE statement_id IN "
                           "(SELECT id FROM statements WHERE article_id = ?)", old)
                db.execute("DELETE FROM articles WHERE id = ?", old)
                self.replaced += 1
            else:
                self.added += 1
            meta = record["metadata"]
            cur = db.execute(
                "INSERT INTO articles (content_hash, source, title, source_url, language, language_probability,"
                " metadata, text, schema) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (digest, record["input"].get("path") or record["input"].get("url"), meta.get("title"),
                 meta.get("source_url"), record["language"]["code"], record["language"]["probability"],
                 json.dumps(meta, ensure_ascii=False), record["text"], record["schema"]))
            article = cur.lastrowid
            actor_ids = {}
            for a in record["actors"]:
                cur = db.execute("INSERT INTO actors (article_id, local_id, name, role, kind, mentions)"
                                 " VALUES (?, ?, ?, ?, ?, ?)",
                                 (article, a["id"], a["name"], a["role"], a["kind"],
                                  json.dumps(a["mentions"], ensure_ascii=False)))
                actor_ids[a["id"]] = cur.lastrowid
            for q in record["quotes"]:
                cur = db.execute(
                    "INSERT INTO statements (article_id, actor_id, local_id, speaker, speaker_mention, type, cue, via,"
                    " text, start, end, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (article, actor_ids.get(q["actor"]), q["id"], q["speaker"], q["speaker_mention"], q["type"],
                     q["cue"], q["via"], q["text"], q["start"], q["end"], q["sentence"]))
                db.execute("INSERT INTO statements_fts (text, statement_id) VALUES (?, ?)", (q["text"], cur.lastrowid))
            for g in record["agencies"]:
                db.execute("INSERT INTO agencies (article_id, name, mentions) VALUES (?, ?, ?)",
                           (article, g["name"], g["mentions"]))

    def close(self) -> None:
        self.db.close()
