"""Stage 5: find statements — direct quotes, indirect (reported) speech, partial quotes
(type ``mixed``), according-to attributions and free indirect continuations.

The constructions (``constructions/``, named in ``constructions/registry.py``) propose
candidates: rule, type, content spans, the cue and its offset, and the speaker phrase when the
construction read one (``"…," the minister said``): the statement keeps it as ``speaker_span``
and the speaker stage reads it instead of looking for the subject itself. One resolver
(``constructions/resolve.py``) decides between them: by priority (the rule's place in the
language's ``constructions.txt``), then length (longer first), then position (earlier first);
a candidate that overlaps an accepted statement, or whose cue verb already frames one, is
dropped. The families run in this order, each resolved before the next proposes, because each
reads what the ones before it accepted:

1. direct quotes with their frames (a cue frames one quotation: ``_pre_frame`` takes the
   nearest cue no other frame took), the quoted report (``mixed.quoted_report``);
2. dialogue turns opened by a dash; then two passes over the accepted direct quotes:
   ``paragraphs`` (a quotation over several paragraphs becomes one statement per paragraph)
   and ``interrupted`` (a quotation, its frame sentence and the unframed quotation after it
   become one statement);
3. reports of every cue the quotations left: the clause after the cue, the sentence before
   (anaphoric frame, when that sentence holds no report of its own), the clause before;
   a speech noun with its source and the clause that completes it (``die Forderung der SPD,
   die Steuern zu senken``); then ``narrate``: a cue that frames nothing and has no report is a
   narrated speech act;
4. according-to attributions, one per sentence in which no statement starts.

Then the passes that build on the resolved statements, in this order:

5. ``partial``: a short quotation inside an accepted indirect statement upgrades it to
   ``mixed``; one outside any takes the nearest cue of its sentence;
6. ``free_indirect``: a Konjunktiv I or hearsay sentence with no cue continues a report made
   shortly before (consecutive ones in a paragraph extend one statement), a narrated speech act
   lending it its frame.

Each statement carries its cue and the cue's offset; the speaker stage reads the
subject off the cue. Statements with no cue (an unframed quote, a Konjunktiv I
sentence continuing a report) take the speaker of the statement before them.
"""

from __future__ import annotations

from ..model import Statement
from .constructions.continuation import Continuation
from .constructions.resolve import resolve
from .context import Context


class _Finder(Continuation):
    """Every construction family, run in the order of ``find``."""


def find(ctx: Context) -> tuple[Statement, ...]:
    finder = _Finder(ctx)
    partial = finder.direct()
    resolve(finder)
    finder.dialogue()
    resolve(finder)
    finder.paragraphs()  # passes over the accepted direct quotes
    finder.interrupted()
    finder.indirect()
    finder.noun_complements()
    resolve(finder)
    finder.narrate()
    finder.according()
    resolve(finder)
    finder.partial(partial)  # later passes: they build on the resolved statements
    finder.free_indirect()
    out = sorted(finder.out, key=lambda s: (s.start, s.end))
    return tuple(out)
