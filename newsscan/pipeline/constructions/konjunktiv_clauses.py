"""Where a Konjunktiv form stands in a German-style sentence: in the clause that carries a
report with no frame of its own, or in a subordinate clause, or after a narrated main clause that
frames it. Free indirect speech (``free_indirect.py``) reads these positions."""

from __future__ import annotations

from ..context import CLAUSE_PUNCT, SentenceView
from .according import According


class KonjunktivClauses(According):
    """The clause positions of a sentence's verb forms."""

    def _reported_clause(self, view: SentenceView, n: int) -> bool:
        """Token n stands where a sentence with no frame of its own carries its report: in no
        subordinate clause (``_in_subclause``) and not after a narrated main clause
        (``_after_narration``)."""
        return not self._in_subclause(view, n) and not self._after_narration(view, n)

    def _after_narration(self, view: SentenceView, n: int) -> bool:
        """Token n stands after the sentence's first clause, and that clause narrates: a main
        clause with an indicative verb and no Konjunktiv (``_narrating``). What follows it is
        framed by it, not a continuation of a report before.

        >>> # Der Minister verteidigte den Plan, er sei nötig.        -> sei: after narration
        >>> # Das Papier wird durch den Satz erklärt, Folter liege …   -> liege: after narration
        >>> # Zudem, so der Sprecher, sei der Plan nötig.             -> sei: no verb before
        >>> # Nach Angaben der Polizei, die …, sei der Mann geflohen. -> sei: no verb in the first clause
        >>> # Er kannte das Opfer, habe es aber nie gesehen.       -> habe: no subject of its own
        """
        end = self._first_clause_end(view)
        return n > end and self._narrating(view, end) and not self._shares_subject(view, n, end)

    def _shares_subject(self, view: SentenceView, n: int, end: int) -> bool:
        """Token n opens the clause right after the comma that ends the first clause, alone or
        after a coordinator (``[coordinators]``): a verb-first clause with no subject of its own
        goes on with the first clause's subject, so its Konjunktiv reports (``Er kannte das Opfer,
        habe es aber …``; not ``…, er sei nötig``, whose clause has its own subject, nor after a
        verb-first condition: ``Sollte der Antrag scheitern, könnte …``)."""
        tokens, lang = view.tokens, self.ctx.lang
        if tokens[end].text != "," or view.clause_start(n) != end + 1:
            return False
        if tokens[0].lower in lang.konjunktiv or self._indicative(view, 0):
            return False
        return n == end + 1 or (n == end + 2 and tokens[end + 1].lower in lang.word_class("coordinators"))

    @staticmethod
    def _first_clause_end(view: SentenceView) -> int:
        """Index of the clause punctuation that ends the sentence's first clause, outside
        quotation marks (the number of tokens when there is none); found once per sentence."""
        if "first_clause_end" not in view.memo:
            view.memo["first_clause_end"] = next(
                (k for k, t in enumerate(view.tokens) if t.text in CLAUSE_PUNCT and not view.quoted[k]),
                len(view.tokens),
            )
        return int(view.memo["first_clause_end"])

    def _narrating(self, view: SentenceView, end: int) -> bool:
        """Tokens [0, end) are a main clause of narration: no leading subordinate clause
        (``_leading_subclause``), some unquoted indicative finite verb (a listed finite form, a
        cue form or a weak past form) and no Konjunktiv form."""
        if "narrating" in view.memo:
            return bool(view.memo["narrating"])
        lang, ctx = self.ctx.lang, self.ctx
        verb = False
        for k in range(end):
            t = view.tokens[k]
            if view.quoted[k] or not t.text[:1].islower():
                continue
            low = t.lower
            if low in lang.konjunktiv or ctx.is_konjunktiv1(view, k):
                verb = False
                break
            verb = verb or self._indicative(view, k)
        view.memo["narrating"] = verb and not self._leading_subclause(view)
        return bool(view.memo["narrating"])

    def _indicative(self, view: SentenceView, k: int) -> bool:
        """Token k is a finite verb no list names a Konjunktiv: a listed finite form, a cue
        form or a weak past form (``verteidigte``)."""
        lang = self.ctx.lang
        low = view.tokens[k].lower
        return low in lang.finite_words or low in lang.cue_forms or lang.rules.past_finite(self.ctx, view, k)

    def _leading_subclause(self, view: SentenceView) -> bool:
        """The sentence opens with a subordinate clause that a comma closes: a subordinator or a
        question word not followed by a finite verb (``Wie die Zukunft aussehe, sei offen``;
        ``Weil die Kasse leer ist, …``; not the adverb in ``Damit sei …``). Judged once per
        sentence."""
        if "leading_subclause" not in view.memo:
            view.memo["leading_subclause"] = self._opens_with_subclause(view)
        return bool(view.memo["leading_subclause"])

    def _opens_with_subclause(self, view: SentenceView) -> bool:
        """``_leading_subclause``, not memoised."""
        words = self.ctx.lang.word_class
        tokens = view.tokens
        if len(tokens) < 3 or self._first_clause_end(view) >= len(tokens) - 1:
            return False
        openers = (
            words("subordinators")
            | words("adverbial_subordinators")
            | words("question_words")
            | words("comparison_openers")
            | words("leading_subordinators")
        )
        nxt = tokens[1].lower
        verb = (
            nxt in self.ctx.lang.finite_words
            or nxt in self.ctx.lang.konjunktiv
            or self.ctx.is_konjunktiv1(view, 1)
        )
        return tokens[0].lower in openers and not verb and not self._prefield_phrase(view)

    def _prefield_phrase(self, view: SentenceView) -> bool:
        """A word of ``[leading_subordinators]`` opens a phrase of the main clause, no subordinate
        clause, when a finite verb follows it before the last word of the first clause: ``Als
        Grund nannte die Bahn einen Defekt, …``, ``Während der Sitzung kam es zu Streit, …``; not
        ``Als der Plan scheiterte, …`` (the verb ends the clause)."""
        tokens = view.tokens
        if tokens[0].lower not in self.ctx.lang.word_class("leading_subordinators"):
            return False
        last = self._first_clause_end(view) - 1
        return any(
            self._indicative(view, k) or tokens[k].lower in self.ctx.lang.konjunktiv for k in range(2, last)
        )

    def _in_subclause(self, view: SentenceView, n: int) -> bool:
        """Token n stands in a relative or subordinate clause (…, der … werde; …, wenn … würde;
        …, falls … sollte), also one a preposition opens before its relative pronoun (…, mit dem
        … gefördert werden soll) or a relative adverb (…, wonach … sein soll)."""
        c = self._clause_start(view, n)
        if c == 0:  # Weil die Kasse leer sei, …: the verb ends a leading subordinate clause
            return n == self._first_clause_end(view) - 1 and self._leading_subclause(view)
        words = self.ctx.lang.word_class
        opener = view.tokens[c].lower
        if opener in words("prepositions") and c + 1 < n:
            opener = view.tokens[c + 1].lower  # mit dem …, nach der …
            if opener not in words("relative_pronouns"):
                return False
        openers = (
            words("clause_openers_not_content")
            | words("subordinators")
            | words("adverbial_subordinators")
            | words("relative_adverbs")
        )
        return (
            opener in openers
            or opener in words("relative_pronouns")
            or opener in words("comparison_openers")
            or opener in words("question_words")
        )
