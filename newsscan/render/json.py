"""JSON and JSON Lines output, streamed record by record."""

from __future__ import annotations

import json


def dumps(record, pretty: bool = False) -> str:
    if pretty:
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class JsonLinesWriter:
    """One JSON object a line, written as each article finishes."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, record: dict) -> None:
        self.stream.write(dumps(record) + "\n")

    def close(self) -> None:
        pass


class JsonWriter:
    """One object for one source; an array for several, streamed element by element."""

    def __init__(self, stream, many: bool, pretty: bool = False):
        self.stream, self.many, self.pretty = stream, many, pretty
        self.count = 0

    def write(self, record: dict) -> None:
        if self.many:
            self.stream.write(("[\n" if self.count == 0 else ",\n") + dumps(record, self.pretty))
        else:
            self.stream.write(dumps(record, self.pretty) + "\n")
        self.count += 1

    def close(self) -> None:
        if self.many:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
