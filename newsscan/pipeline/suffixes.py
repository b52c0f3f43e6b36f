"""Word lists looked up with their compounds (roles, organisations, media nouns, source and
company nouns): each list hashed once, each word's answer remembered."""

from __future__ import annotations

MEMO_LIMIT = 200_000  # words remembered per word list before the memo starts again


class Suffixes:
    """A word list (roles, organisations, media nouns) and the compounds ending in one of its
    words, with each word's answer remembered: the list is hashed once, not at every lookup."""

    def __init__(self, words: tuple, inflections: tuple):
        self.words, self.inflections = words, inflections
        self.known = frozenset(words)
        self.memo: dict[str, bool] = {}
        self.roles: dict[str, bool] = {}  # Context.is_role's answers, for the role list

    def compound(self, low: str) -> bool:
        """True when ``low`` is one of the words or a compound ending in one (Pentagonsprecherin,
        NATO-Generalsekretär, Bundespolizei): every suffix of the word is looked up in the set."""
        known = self.known
        if low in known:
            return True
        for k in range(1, len(low) - 2):
            if low[k:] in known and (k >= 3 or low[k - 1] == "-"):
                return True
        return False

    def inflected(self, word: str) -> bool:
        """``word`` is one of the words or a compound ending in one, as written or without one of
        the language's inflection endings (des Sprechers, einen Experten, analysts)."""
        hit = self.memo.get(word)
        if hit is None:
            low = word.lower()
            hit = self.compound(low) or any(
                low.endswith(end) and self.compound(low[: len(low) - len(end)] + base)
                for end, base in self.inflections
            )
            if len(self.memo) >= MEMO_LIMIT:
                self.memo.clear()
                self.roles.clear()
            self.memo[word] = hit
        return hit


_LOOKUPS: dict[tuple[int, int], Suffixes] = {}


def suffixes(words: tuple, inflections: tuple = ()) -> Suffixes:
    """The lookup of one word list of a language (the language data is loaded once, so its
    tuples live as long as the process; the lookup keeps them, so their ids stay theirs)."""
    key = (id(words), id(inflections))
    found = _LOOKUPS.get(key)
    if found is None or found.words is not words or found.inflections is not inflections:
        found = _LOOKUPS[key] = Suffixes(words, inflections)
    return found
