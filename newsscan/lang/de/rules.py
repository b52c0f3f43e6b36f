"""Rules only German needs, used by the shared stages where German grammar decides."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..rules import Rules

if TYPE_CHECKING:
    from ...model import Token
    from ...pipeline.context import Context

_WORD = re.compile(r"\w+", re.UNICODE)
# matched at a token start; the look-behind keeps a search from retrying inside a digit run
_NUMBER_ADJECTIVE = re.compile(r"(?<!\d)\d+-[a-zäöüß]\w*(e|en|er|es|em)$")


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


class German(Rules):
    def infinitive_clause(self, text: str) -> bool:
        """A zu-infinitive clause (``zu_clause``): drohte, den Vertrag zu kündigen."""
        return zu_clause(text)

    def is_adjective(self, ctx: Context, t: Token) -> bool:
        """An inflected adjective: a lowercase word in -e, -en, -er, -es, -em that is no cue,
        auxiliary, Konjunktiv or listed non-adjective (die neue Regel), or a number compound
        (die 45-jährige Ministerin, der 3:0-Sieg)."""
        low, lang = t.lower, ctx.lang
        if _NUMBER_ADJECTIVE.match(t.text):
            return True
        return (
            t.text[:1].islower()
            and len(low) > 3
            and low.endswith(("e", "en", "er", "es", "em"))
            and low not in lang.word_class("not_adjectives")
            and low not in lang.word_class("stop_after_cue")
            and low not in lang.cue_forms
            and low not in lang.word_class("auxiliaries")
            and low not in lang.konjunktiv
        )


RULES = German()
