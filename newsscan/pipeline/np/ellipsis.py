"""Elliptical compound coordination: compounds that share their last part write the first ones
cut off with a hyphen (``Regierungs- und Oppositionskreise``, ``Bundes-, Landes- und
Kommunalbehörden``). The whole coordination is one noun phrase: the hyphen and the coordinator
or comma after a cut-off part are words of the phrase, both read forwards and backwards."""

from __future__ import annotations

from ..context import SentenceView

HYPHENS = frozenset({"-", "‐"})


def ellipsis_link(view: SentenceView, j: int, coordinators: frozenset) -> bool:
    """Token j joins the parts of an elliptical compound coordination: the hyphen glued to a
    cut-off part, before a coordinator or a comma (``Regierungs-`` | ``und``), or that coordinator
    or comma, before the next part, a capitalised word (``und`` | ``Oppositionskreise``).

    >>> # so Regierungs- und Oppositionskreise      -> "-" and "und" are links
    >>> # die Regierung - und das ist neu - sagte   -> no link (a dash set off by spaces)
    """
    tokens = view.tokens
    if j <= 0 or j + 1 >= len(tokens) or view.quoted[j]:
        return False
    if _cut_off_hyphen(view, j):
        nxt = tokens[j + 1]
        return nxt.text == "," or nxt.lower in coordinators
    t, nxt = tokens[j], tokens[j + 1]
    return (
        (t.text == "," or t.lower in coordinators)
        and _cut_off_hyphen(view, j - 1)
        and nxt.text[:1].isupper()
        and nxt.text[:1].isalpha()
        and not view.quoted[j + 1]
    )


def _cut_off_hyphen(view: SentenceView, j: int) -> bool:
    """Token j is a hyphen glued to the word before it and followed by a space: the end of a
    cut-off compound part (``Bundes-``), not a dash between spaces or inside a word."""
    tokens = view.tokens
    if j <= 0 or j + 1 >= len(tokens) or tokens[j].text not in HYPHENS:
        return False
    before, hyphen, after = tokens[j - 1], tokens[j], tokens[j + 1]
    return (
        before.end == hyphen.start
        and before.text[-1:].isalpha()
        and before.text[:1].isupper()
        and (after.start > hyphen.end or after.text == ",")
    )
