"""Rules only French needs: the subject pronoun inverted after the verb (``dit-elle``, ``a-t-il``)."""

from __future__ import annotations

import re

from ..rules import Rules

INVERSION = re.compile(r"-t-(il|elle|ils|elles|on)$|^\w+-(il|elle|ils|elles|on)$")  # a-t-il, dit-elle, dit-on


class French(Rules):
    def inverted_pronoun(self, word: str) -> str | None:
        """The pronoun of an inverted verb: ``a-t-il`` -> ``il``, ``dit-elle`` -> ``elle``.

        >>> French().inverted_pronoun("a-t-il"), French().inverted_pronoun("dit-elle")
        ('il', 'elle')
        >>> French().inverted_pronoun("peut-être") is None
        True
        """
        m = INVERSION.search(word)
        return (m.group(1) or m.group(2)) if m else None


RULES = French()
