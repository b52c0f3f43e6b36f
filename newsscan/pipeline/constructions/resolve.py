"""The one resolver: the candidates the constructions propose become statements.

Candidates are taken in order of priority (the rule's place in the language's
``constructions.txt``), then length (the longer first), then position (the earlier first); each
is accepted unless it overlaps a statement accepted before it, or its cue verb already frames an
accepted statement (a frame with no cue verb, such as a colon, may frame several quotations).
"""

from __future__ import annotations

from .base import Candidate, FinderBase


def order(candidates: list[Candidate], constructions: tuple) -> list[Candidate]:
    """The candidates in the order the resolver takes them: priority, length, position."""
    priority = {name: n for n, name in enumerate(constructions)}
    return sorted(candidates, key=lambda c: (priority[c.rule], c.start - c.end, c.start))


def resolve(finder: FinderBase) -> None:
    """Accept the candidates proposed since the last call (see the module docstring) as the
    finder's statements, then clear them."""
    for c in order(finder.candidates, finder.ctx.lang.constructions):
        if finder._overlaps((c.start, c.end)) or (c.cue is not None and c.cue_start in finder.used_cues):
            continue
        finder._accept(c)
    finder.candidates = []
