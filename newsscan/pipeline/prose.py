"""Is a line running prose? Rough word-shape tests for a finite verb and for clause signs,
read by the cleaner (a caption has no verb) and by the statement constructions (a quotation
with a verb is a sentence, not a title)."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lang as langdata

WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)  # a word with its inner hyphens, apostrophes and dots


def straight(word: str) -> str:
    """A word with its typographic apostrophes made straight (didn’t -> didn't, he’s -> he's),
    as the word lists write them."""
    return word.replace("’", "'")


@lru_cache(maxsize=16)
def _verb_words(language: str | None = None) -> tuple[frozenset, frozenset, tuple]:
    """Finite verb forms, determiners and finite verb endings of ``language`` (forms and
    determiners of every shipped language when None; endings only for one language)."""
    finite: set[str] = set()
    determiners: set[str] = set()
    for code in [language] if language else langdata.available():
        data = langdata.get(code)
        finite |= data.finite_words | set(data.cue_forms)
        determiners |= data.word_class("determiners")
    endings = tuple(langdata.get(language).word_class("finite_endings")) if language else ()
    return frozenset(finite), frozenset(determiners), endings


def has_finite_verb(line: str, language: str | None = None) -> bool:
    """A rough test for running prose: some word is a listed finite verb, auxiliary or cue
    form, or a lowercase word of four letters or more, not after a determiner, has the shape
    of a finite verb by the language's rule (``Rules.finite_shape``: the building collapsed;
    German Soldaten kämpfen, die Schätzung stamme)."""
    finite, determiners, endings = _verb_words(language)
    rules = langdata.get(language).rules
    prev = ""
    for word in WORD.findall(line):
        low = word.lower()
        if low in finite:
            return True
        if (
            word[0].islower()
            and len(low) > 3
            and prev.lower() not in determiners  # der drittgrößten …; the collapsed …: attributive
            and rules.finite_shape(low, prev, endings, _prepositions())
        ):
            return True
        prev = word
    return False


@lru_cache(maxsize=1)
def _prepositions() -> frozenset:
    words: set[str] = set()
    for code in langdata.available():
        data = langdata.get(code)
        words |= data.word_class("stop_after_cue") | data.word_class("postmodifiers")
    return frozenset(words)


def clause_signs(words: list[str], language: str | None) -> bool:
    """Signs of a clause that the verb test misses where nouns are lowercase: a subject
    relative before a lowercase word (``…, who sat out …``) or a present-tense verb after a
    name (``Assange faces a charge``, ``the Commission holds a hearing``)."""
    if not langdata.get(language).uses("prose.lowercase_clause"):
        return False
    relatives = langdata.get(language).word_class("subject_relatives")
    for i in range(1, len(words)):
        prev, word = words[i - 1], words[i]
        if prev.lower() in relatives and word[0].islower() and i > 1:
            return True
        if (
            i > 1
            and prev[0].isupper()
            and word[0].islower()
            and len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
        ):
            return True
    return False
