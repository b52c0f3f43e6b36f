"""The front of a noun phrase read backwards from a cue: what precedes the phrase's first word
and is no part of it (a negation with its auxiliaries, a time phrase, stop words, an object's
relative pronoun, an adverbial subordinator)."""

from __future__ import annotations

from ..context import SentenceView
from .appositions import Appositions
from .base import opens_name, time_run_end


class Edges(Appositions):
    """Where a phrase read backwards starts."""

    def _past_subordinator(self, view: SentenceView, a: int, i: int) -> int:
        """The phrase [a, i) opens its clause with an adverbial subordinator, which is never part
        of a name (``Nachdem die Ermittlungen ergeben hatten``, ``While Ann Lee said``): the
        token after it; else a."""
        if a < i - 1 and view.tokens[a].lower in self.lang.word_class("adverbial_subordinators"):
            return a + 1
        return a

    def _skip_negation(self, view: SentenceView, j: int) -> int:
        """The token before the negation (with adverbs and its auxiliaries) that ends at token j,
        which belongs to the verb, not to the phrase: ``Smith didn't say``, ``Anna Berg never
        said``, ``Smith has not yet said``; j itself when no negation ends there (``Smith has
        said`` keeps its walk: an auxiliary alone is not skipped)."""
        tokens, words = view.tokens, self.lang.word_class

        def low(k: int) -> str:
            return tokens[k].lower.replace("’", "'") if tokens[k].text[:1].islower() else ""

        k = j
        while k > 0 and (self.is_adverb(tokens[k]) or low(k) in words("negations")):
            k -= 1
        if not any(low(n) in words("negations") for n in range(k + 1, j + 1)):
            return j
        while k > 0 and low(k) in words("auxiliaries"):
            k -= 1
        return k

    def _opens_name_at(self, view: SentenceView, a: int, i: int) -> bool:
        """A name opens the clause at token a: ``Von der Leyen sagte``."""
        return opens_name(self.ctx, view.tokens, a, i) and self._at_clause_start(view, a)

    def _trim_front(self, view: SentenceView, a: int, i: int) -> tuple[int, bool]:
        """Drop a time phrase, stop words and postmodifiers before the phrase [a, i) unless a name
        opens there; whether a word other than a clause link or focus particle at the clause
        start was dropped."""
        tokens, trimmed = view.tokens, False
        a = self._past_time_phrase(view, a, i)
        while (
            a < i
            and (
                tokens[a].lower in self.stop
                or tokens[a].lower in self.postmod
                and not self.ctx.is_det(tokens[a])
            )
            and not self._opens_name_at(view, a, i)
        ):
            trimmed = trimmed or not (
                (
                    tokens[a].lower in self.lang.word_class("clause_links")
                    or tokens[a].lower in self.lang.word_class("focus_particles")
                )
                and self._at_clause_start(view, a)
            )
            a += 1
        return a, trimmed

    def _past_time_phrase(self, view: SentenceView, a: int, i: int) -> int:
        """The first token after a time phrase that opens the phrase [a, i) and has a lowercase
        word (``Last year Jones said``: Jones; ``June Ellis said`` keeps its forename), else a."""
        j = time_run_end(self.ctx, view, a, 4, end=i - 1)
        return j if any(t.text[:1].islower() for t in view.tokens[a:j]) else a

    def _past_relative(self, view: SentenceView, a: int, i: int) -> int:
        """The phrase [a, i) without an object's relative pronoun before the subject's
        determiner: one after a preposition or of an oblique case (``…, von dem die Polizei
        glaubt``, ``…, denen die Regierung vorwirft``: the subject is the phrase after it); a
        itself for a subject's relative pronoun (``…, der der Regierung vorwarf``)."""
        tokens, words = view.tokens, self.lang.word_class
        relative = tokens[a].lower in words("relative_pronouns") and tokens[a].text[:1].islower()
        object_case = a > 0 and tokens[a - 1].lower in words("prepositions") | self.postmod
        if (
            a + 2 < i
            and relative
            and (object_case or tokens[a].lower not in words("subject_relatives"))
            and self.ctx.is_det(tokens[a + 1])
        ):
            return a + 1
        return a
