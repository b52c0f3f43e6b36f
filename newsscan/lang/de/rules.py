"""Rules only German needs, used by the shared constructions where German grammar decides."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)


def zu_clause(text: str) -> bool:
    """The text ends in a zu-infinitive: ``zu kommen`` or ``anzugreifen`` (a word with ``zu``
    inside, ending in -en), apart from trailing punctuation. One pass over the words (a regular
    expression for this backtracks cubically on ``zuzuzu…``).

    >>> zu_clause("den Vertrag zu kündigen."), zu_clause("die Stadt anzugreifen"), zu_clause("er kommt")
    (True, True, False)
    """
    last = prev = None
    for m in _WORD.finditer(text):
        prev, last = last, m
    if last is None:
        return False
    word = last.group()
    if word.endswith("en") and "zu" in word[1:-3]:
        return True
    return prev is not None and prev.group() == "zu" and text[prev.end() : last.start()].isspace()
