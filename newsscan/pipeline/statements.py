"""Stage 5: find statements — direct quotes, indirect (reported) speech, partial quotes
(type ``mixed``), according-to attributions and free indirect continuations.

Each statement carries its cue and the cue's offset; the speaker stage reads the
subject off the cue. Statements with no cue (an unframed quote, a Konjunktiv I
sentence continuing a report) take the speaker of the statement before them.
"""

from __future__ import annotations

from ..model import Statement
from .constructions.continuation import Continuation
from .context import Context


class _Finder(Continuation):
    """Every construction family, run in the order of ``find``."""


def find(ctx: Context) -> tuple[Statement, ...]:
    finder = _Finder(ctx)
    partial = finder.direct()
    finder.dialogue()
    finder.paragraphs()
    finder.interrupted()
    finder.indirect()
    finder.according()
    finder.partial(partial)
    finder.free_indirect()
    out = sorted(finder.out, key=lambda s: (s.start, s.end))
    return tuple(out)
