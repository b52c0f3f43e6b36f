"""What opens a sentence before its subject and is no part of it: a dateline (``SEATTLE
(Reuters) -``)."""

from __future__ import annotations

from ..context import SentenceView
from . import Chunker

DATELINE_REACH = 8  # tokens of a dateline before its dash: WASHINGTON (Reuters) -, Ankara (Türkei) –


def past_dateline(np: Chunker, view: SentenceView) -> int:
    """The token after a dateline that opens a paragraph, else 0: capitalised words (a place,
    an agency or a date in parentheses) before a dash set off by spaces, then a capitalised word
    (``SEATTLE (Reuters) - The firm will …``, ``Berlin – Die Stadtwerke erhöhen …``; not ``Merz –
    der Kanzler – sagte``).

    >>> # SEATTLE (Reuters) - Boeing will cut …  -> at Boeing
    """
    text, tokens, start = np.ctx.text, view.tokens, view.sentence.start
    if start and text[start - 1] != "\n":
        return 0
    depth = 0
    for k, t in enumerate(tokens[:DATELINE_REACH]):
        if view.quoted[k]:
            return 0
        if t.text in ("-", "–", "—") and k and text[t.start - 1 : t.start] == " ":
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            return k + 1 if after is not None and after.text[:1].isupper() else 0
        depth += (t.text == "(") - (t.text == ")")
        if not depth and t.text[:1].islower():
            return 0
    return 0
