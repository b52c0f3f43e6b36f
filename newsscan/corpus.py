"""The corpus view: one row per person or organisation across many articles.

Within an article, :mod:`newsscan.pipeline.actors` already joins the mentions of one
actor. Across articles, actors are joined here when

- their full names are the same after a general spelling normalisation that folds the
  usual transliterations of one name into one key (*Jewgeni Sokolow* = *Yevgeni Sokolov*:
  accents and umlauts, w/v, j/y/i, sch/sh/zh, tsch/ch/kh, tz/ts/z/s, doubled letters,
  hyphens), or their first and last names are (middle names left out);
- one is known by its surname only and the other has that surname and the same role
  (*Sokolow, Außenminister* = *Jewgeni Sokolow, russischer Außenminister*), or the surname
  belongs to one full name only in the whole corpus;
- a medium is written in one of the forms of the media gazetteer (*dpa* = *Deutsche
  Presse-Agentur*).

Actors known only by a description (``unnamed``: *ein Experte*) are never joined across
articles: two articles' experts are not the same person. Documents (``document``: *the
statement*, *court records*) are sources, not people or organisations: they are never joined
across articles and the corpus rows (``newsscan actors``, the most-quoted actors of the HTML
report) leave them out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

_FOLDS = (
    ("ß", "ss"),
    ("tsch", "ch"),
    ("sch", "sh"),
    ("zh", "sh"),
    ("kh", "h"),
    ("ch", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("ae", "a"),
    ("oe", "o"),
    ("ue", "u"),
    ("w", "v"),
    ("j", "y"),
    ("y", "i"),
    ("tz", "z"),
    ("ts", "z"),
    ("z", "s"),
    ("x", "ks"),
)
_DOUBLE = re.compile(r"(.)\1+")
_NAME_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def fold(name: str) -> str:
    """A spelling key for a name: the same for the usual transliterations of it
    (``Jewgeni Sokolow``, ``Yevgeni Sokolov``, ``Jewgenij Sokolow`` -> ``ievgeni sokolov``)."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for old, new in _FOLDS:
        text = text.replace(old, new)
    words = _NAME_WORD.findall(_DOUBLE.sub(r"\1", text.replace("-", " ").replace("‐", " ")))
    return " ".join(words)


def role_head(role: str | None) -> str | None:
    """The head of a role, folded: ``russischer Außenminister`` -> ``ausenminister``."""
    if not role:
        return None
    words = fold(role).split()
    return words[-1] if words else None


@dataclass
class Entry:
    """One actor of one article, with what it said there."""

    article: str
    name: str
    role: str | None
    kind: str
    statements: int = 0
    agencies: Counter = field(default_factory=Counter)

    @property
    def words(self) -> list[str]:
        return fold(self.name).split()


class _Union:
    """Union-find over entry indexes."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _medium(name: str) -> str | None:
    from .lang import media_aliases

    return media_aliases().get(name)


def _full_key(entry: Entry) -> str | None:
    """The key that joins entries by full name (or gazetteer name for media); None for unnamed."""
    if entry.kind in ("unnamed", "document"):
        return None
    medium = _medium(entry.name)
    return f"{entry.kind}:{fold(medium or entry.name)}"


def _outer_key(entry: Entry) -> str | None:
    """First and last name of a person named with three words or more, which joins it with the
    same person named without middle names (Wladimir Wladimirowitsch Putin = Wladimir Putin)."""
    words = entry.words
    if entry.kind != "person" or len(words) < 2:
        return None
    return f"person:{words[0]} {words[-1]}"


def group(entries: list[Entry]) -> list[list[int]]:
    """Indexes of ``entries`` grouped into corpus actors (see the module docstring)."""
    union = _Union(len(entries))
    first: dict[str, int] = {}
    for i, e in enumerate(entries):
        for key in (_full_key(e), _outer_key(e)):
            if key is not None:
                union.join(first.setdefault(key, i), i)
    _join_surnames(entries, union)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(entries)):
        groups[union.find(i)].append(i)
    return list(groups.values())


def _join_surnames(entries: list[Entry], union: _Union) -> None:
    """A person known by one name joins the full-name person with that surname and the same
    role, or the only full-name person with that surname."""
    by_surname: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        if e.kind == "person" and len(e.words) >= 2:
            by_surname[e.words[-1]].append(i)
    for i, e in enumerate(entries):
        if e.kind != "person" or len(e.words) != 1:
            continue
        candidates = by_surname.get(e.words[0], [])
        same_role = [j for j in candidates if e.role and role_head(entries[j].role) == role_head(e.role)]
        people = {union.find(j) for j in candidates}
        if same_role:
            union.join(same_role[0], i)
        elif len(people) == 1:
            union.join(candidates[0], i)


def _most_common(counter: Counter):
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counter else None


def summarise(entries: list[Entry], members: list[int]) -> dict:
    """One corpus actor from its entries: the most used full name, role and kind."""
    names, roles, kinds, agencies = Counter(), Counter(), Counter(), Counter()
    articles = set()
    for i in members:
        e = entries[i]
        names[_medium(e.name) or e.name] += e.statements + (len(e.words) >= 2) * 0.5
        if e.role:
            roles[e.role] += 1
        kinds[e.kind] += 1
        agencies.update(e.agencies)
        articles.add(e.article)
    kind = _most_common(kinds)
    name = _most_common(names)
    if kind == "organisation" and _medium(name):
        kind = "medium"
    return {
        "actor": name,
        "role": _most_common(roles),
        "kind": kind,
        "statements": sum(entries[i].statements for i in members),
        "articles": len(articles),
        "agencies": [n for n, _ in sorted(agencies.items(), key=lambda x: (-x[1], x[0]))],
        "names": sorted({entries[i].name for i in members} - {name}),
    }


def entries_of(record: dict, article: str) -> list[Entry]:
    """The actors of one analysed record that said something, as entries."""
    out: dict[str, Entry] = {}
    actors = {a["id"]: a for a in record.get("actors", ())}
    for q in record.get("quotes", ()):
        actor = actors.get(q["actor"])
        if actor is None:
            continue
        entry = out.setdefault(actor["id"], Entry(article, actor["name"], actor["role"], actor["kind"]))
        entry.statements += 1
        if q["via"]:
            entry.agencies[q["via"]] += 1
    return list(out.values())


class ActorIndex:
    """Aggregates actors over analysed records into corpus actors."""

    def __init__(self):
        self.entries: list[Entry] = []

    def add(self, record: dict) -> None:
        if "error" in record:
            return
        from .render import source_label

        self.entries.extend(entries_of(record, source_label(record)))

    def rows(self) -> list[dict]:
        rows = [summarise(self.entries, members) for members in group(self.entries)]
        rows = [r for r in rows if r["kind"] != "document"]  # a document is no quoted actor
        rows.sort(key=lambda r: (-r["statements"], -r["articles"], r["actor"].casefold()))
        return rows
