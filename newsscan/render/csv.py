"""CSV output: one row per statement (an article without statements gives no row; a
failed source gives one row with its error)."""
from __future__ import annotations

import csv

COLUMNS = ("source", "language", "quote_id", "speaker", "role", "actor_id", "speaker_mention", "type", "cue",
           "via", "text", "start", "end", "sentence", "error")


class CsvWriter:
    def __init__(self, stream):
        self.writer = csv.writer(stream, lineterminator="\n")
        self.writer.writerow(COLUMNS)

    def write(self, record: dict) -> None:
        source = record["input"].get("path") or record["input"].get("url")
        if "error" in record:
            self.writer.writerow([source] + [""] * (len(COLUMNS) - 2) + [record["error"]["message"]])
            return
        lang = record["language"]["code"]
        for q in record["quotes"]:
            self.writer.writerow([source, lang, q["id"], q["speaker"] or "", q["role"] or "", q["actor"] or "",
                                  q["speaker_mention"] or "", q["type"], q["cue"] or "", q["via"] or "", q["text"],
                                  q["start"], q["end"], q["sentence"], ""])

    def close(self) -> None:
        pass


ACTOR_COLUMNS = ("actor", "role", "kind", "statements", "articles", "agencies")


def write_actor_rows(stream, rows: list[dict]) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(ACTOR_COLUMNS)
    for row in rows:
        writer.writerow([row["actor"], row["role"] or "", row["kind"], row["statements"], row["articles"],
                         "; ".join(row["agencies"])])
