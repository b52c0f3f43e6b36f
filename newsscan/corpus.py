"""The corpus view: one row per canonical actor across many articles."""
from __future__ import annotations

from collections import Counter, defaultdict


class ActorIndex:
    """Aggregates actors by canonical name (case-insensitive) over analysed records."""

    def __init__(self):
        self._names: dict[str, Counter] = defaultdict(Counter)
        self._roles: dict[str, Counter] = defaultdict(Counter)
        self._statements: Counter = Counter()
        self._articles: dict[str, set] = defaultdict(set)
        self._agencies: dict[str, Counter] = defaultdict(Counter)
        self._kinds: dict[str, Counter] = defaultdict(Counter)

    def add(self, record: dict) -> None:
        if "error" in record:
            return
        source = record["input"].get("path") or record["input"].get("url")
        actors = {a["id"]: a for a in record["actors"]}
        for q in record["quotes"]:
            actor = actors.get(q["actor"])
            if actor is None:
                continue
            key = actor["name"].casefold()
            self._names[key][actor["name"]] += 1
            if actor["role"]:
                self._roles[key][actor["role"]] += 1
            self._kinds[key][actor["kind"]] += 1
            self._statements[key] += 1
            self._articles[key].add(source)
            if q["via"]:
                self._agencies[key][q["via"]] += 1

    def rows(self) -> list[dict]:
        rows = []
        for key, count in self._statements.items():
            rows.append({
                "actor": self._names[key].most_common(1)[0][0],
                "role": self._roles[key].most_common(1)[0][0] if self._roles[key] else None,
                "kind": self._kinds[key].most_common(1)[0][0],
                "statements": count,
                "articles": len(self._articles[key]),
                "agencies": [name for name, _ in sorted(self._agencies[key].items(), key=lambda x: (-x[1], x[0]))],
            })
        rows.sort(key=lambda r: (-r["statements"], -r["articles"], r["actor"].casefold()))
        return rows
