"""The name index of the actor resolver: the lookups a mention needs (full name, surname, name
words, one-deletion keys for typos, an organisation's acronyms), each in O(1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .acronyms import initials_keys
from .agreement import deletions

if TYPE_CHECKING:
    from .actors import _Draft


class NameIndex:
    """Name lookups over the drafts in O(1) each: full name, surname, name token (for the
    subset rule), one-deletion keys of surnames (for typos), an organisation's initials and
    defined acronyms. Kept up to date whenever a draft's name changes."""

    def __init__(self) -> None:
        self.keys: dict[int, list[tuple[str, str | None]]] = {}  # id(draft) -> the keys it is filed under
        self.filed: dict[int, tuple] = {}  # id(draft) -> (name, role, aliases) it was filed with
        self.table: dict[tuple, dict] = {}  # key -> {id(draft): draft}, in insertion order

    def _file(self, draft: "_Draft") -> list[tuple[str, str | None]]:
        name = (draft.name or "").lower()
        keys: list[tuple[str, str | None]] = [("full", name)]
        if draft.kind == "unnamed":
            keys.append(("unnamed-role", draft.role))
        if draft.kind == "organisation":
            keys += [("acronym", k) for k in initials_keys(draft.name or "")]
            keys += [("full", alias.lower()) for alias in draft.aliases]
        if draft.kind == "person":
            keys += [("surname", draft.surname)] + [("token", t) for t in set(name.split())]
            if len(draft.surname) >= 5:
                keys += [("typo", k) for k in deletions(draft.surname)]
        return keys

    def update(self, draft: "_Draft") -> None:
        """File ``draft`` under the keys of its current name (and no longer under old ones)."""
        if self.filed.get(id(draft)) == (draft.name, draft.role, draft.aliases):
            return  # unchanged since it was filed
        self.filed[id(draft)] = (draft.name, draft.role, draft.aliases)
        for key in self.keys.get(id(draft), ()):
            self.table[key].pop(id(draft), None)
        keys = self._file(draft)
        self.keys[id(draft)] = keys
        for key in keys:
            self.table.setdefault(key, {})[id(draft)] = draft

    def get(self, kind: str, value: str | None) -> list:
        """The drafts filed under (kind, value), in the order they were filed."""
        return list(self.table.get((kind, value), {}).values())
