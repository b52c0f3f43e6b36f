"""JSON and JSON Lines output."""
from __future__ import annotations

import json


def dumps(record: dict, pretty: bool = False) -> str:
    if pretty:
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
