"""Cataphora in the actor resolver: a role noun that had no antecedent (``The minister said
…``) joins the one named actor the text introduces later with that role (``said Finance
Minister X``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .agreement import Reference, compatible, role_fits

if TYPE_CHECKING:
    from .actors import _Draft


def merge_cataphora(drafts: list["_Draft"], owners: list, ref: Reference) -> list:
    """``The minister said … “…,” said Finance Minister X.``: a role noun that had no
    antecedent joins the one named actor introduced later with that role (and no gender
    clash)."""
    persons = [d for d in drafts if d.kind == "person" and d.role]
    by_role: dict[str, list] = {}  # role -> the persons it fits (once per role)
    merged: dict[int, _Draft] = {}  # id(early draft) -> the named draft it joins
    for early in [d for d in drafts if d.anaphor]:
        role = early.role or ""
        if role not in by_role:
            by_role[role] = [d for d in persons if role_fits(d.role, role, ref)]
        later = by_role[role]
        if len(later) != 1:
            continue
        named = later[0]
        if not compatible(named, early.gender, ref.countries):
            continue
        named.mentions[:0] = [m for m in early.mentions if m not in named.mentions]
        merged[id(early)] = named
    drafts[:] = [d for d in drafts if id(d) not in merged]
    return [merged.get(id(o), o) if o is not None else None for o in owners]
