"""What a quotation looks like where it stands: a sentence of its own, words inside a noun
phrase, a quotation after a colon with no verb, a frame of names only. Direct quotes read these
shapes to tell a quote from a title, a name or a label."""

from __future__ import annotations

import bisect

from ..context import END_PUNCT, SentenceView
from ..prose import WORD, has_finite_verb
from .base import MIN_DIRECT_WORDS, FinderBase, _words

LEAD_REACH = 80  # tokens read back from a quotation for the colon that starts its clause


class QuoteShapes(FinderBase):
    """Shape tests of a quotation and the sentence around it."""

    def _inside_noun_phrase(self, q) -> bool:
        """The quotation follows an article or a preposition joined to one: it is a name or words
        inside a noun phrase (``Ein Sprecher der „Aktion Kinder helfen“ sagte, …``, ``über einen
        „Entwurf zur Änderung des Gesetzes“ berichtet``, ``im „…“``), not a quote that its frame
        after it reports. (A bare preposition may be an infinitive marker: decided to "…".)"""
        view = self._view_at(q.open)
        k = view.index_at(q.open)
        if not k or view.quoted[k - 1]:
            return False
        before = view.tokens[k - 1]
        words = self.ctx.lang.word_class
        return self.ctx.is_det(before) or before.lower in words("article_prepositions")

    def _quoted_sentence_ends(self, q) -> bool:
        """After a colon with no verb before it, the quotation is a statement when it is a
        sentence of its own that ends the writer's sentence: ``Weber wörtlich: „Wir haben
        das Geld nicht.“``, ``Ein Beamter nach der Festnahme: „Er ist dort, wo er hingehört“.``,
        ``Zitat von Weber: „…“``; not a short label or name (``Das Motto: „Gemeinsam stark“``)
        and not a quotation the sentence goes on after (``Die Parole „…“ war zu lesen``)."""
        content = " ".join(self.text[s:e] for s, e in q.parts)
        if len(_words(content)) < MIN_DIRECT_WORDS or not self._is_sentence_like(q):
            return False
        after = self.text[q.close : self._view_at(q.close - 1).sentence.end]
        return not any(ch.isalnum() for ch in after)

    def _finite_before(self, view: SentenceView, offset: int) -> bool:
        """``has_finite_verb`` of the sentence up to ``offset``, without reading the sentence
        again for every quotation in it: whether a prefix has a finite verb only grows with
        the prefix, so the shortest such prefix (in words) is found once per sentence by
        bisection and compared with the number of words before ``offset``."""
        start, code = view.sentence.start, self.ctx.lang.code
        if "finite_words" not in view.memo:
            spans = [m.span() for m in WORD.finditer(self.text, start, view.sentence.end)]
            lo, hi = 0, len(spans)  # has_finite_verb is false for lo words, true for hi words
            if not spans or not has_finite_verb(self.text[start : spans[-1][1]], code):
                lo = hi = len(spans) + 1  # no prefix has one
            while hi - lo > 1:
                mid = (lo + hi) // 2
                lo, hi = (
                    (lo, mid) if has_finite_verb(self.text[start : spans[mid - 1][1]], code) else (mid, hi)
                )
            view.memo["finite_words"] = ([a for a, _ in spans], [b for _, b in spans], hi)
        starts, ends, first = view.memo["finite_words"]
        k = bisect.bisect_right(ends, offset)  # words that end before the offset
        if k < len(starts) and starts[k] < offset:  # the offset cuts a word: read the prefix itself
            return has_finite_verb(self.text[start:offset].rstrip(), code)
        return k >= first

    def _names_only(self, view: SentenceView, end: int) -> bool:
        """The sentence up to ``end`` is a name or a role with a name and a colon (Merz:, Kanzler Scholz:)."""
        tokens = [t for t in view.tokens if t.end <= end and t.text != ":"]
        return bool(tokens) and all(
            self.ctx.is_cap(t) or self.ctx.is_role(t.text) or t.text in "-." for t in tokens
        )

    def _stands_alone(self, q) -> bool:
        """An unframed quotation is a statement only as a sentence (or paragraph) of its own."""
        view = self._view_at(q.open)
        before = self.text[view.sentence.start : q.open].strip()
        tail_view = self._view_at(q.close - 1)
        after = self.text[q.close : tail_view.sentence.end].strip()
        return not before and all(not ch.isalnum() for ch in after)

    def _ends_sentence_after_mark(self, q) -> bool:
        """The quotation is a whole sentence closed after its closing mark, the way Romance
        and British papers punctuate: nothing before it in its sentence and a sentence mark
        right after it (``"Os trabalhadores merecem".``, ``"No podemos esperar más".``).

        >>> # "No podemos esperar más".         -> True
        >>> # Dijo que "no podemos esperar".     -> False (text before it)
        >>> # "No podemos esperar", dijo.        -> False (no sentence mark after it)
        """
        after = self.text[q.close : q.close + 1]
        if after not in END_PUNCT:
            return False
        return not self.text[self._view_at(q.open).sentence.start : q.open].strip()

    def _is_sentence_like(self, q) -> bool:
        content = " ".join(self.text[s:e] for s, e in q.parts).strip()
        words = _words(content)
        after_mark = len(q.parts) == 1 and self._ends_sentence_after_mark(q)
        if len(words) >= MIN_DIRECT_WORDS and (
            content.rstrip(' “”"«»').endswith(tuple(END_PUNCT))
            or after_mark
            or has_finite_verb(content, self.ctx.lang.code)
        ):
            return True
        closed = after_mark or content.rstrip(" “”\"«»'’").endswith(tuple(END_PUNCT))
        return (
            len(words) >= 2
            and len(q.parts) == 1
            and (content.endswith(("!", "?")) or closed and has_finite_verb(content, self.ctx.lang.code))
        )

    def _in_reported_clause(self, view: SentenceView, q, cue: int | None = None) -> bool:
        """The quotation is words of a reported clause, not a quote of its own: between its
        cue before it (or, with no cue, the sentence start) and the quotation stands a
        Konjunktiv I form or a complementiser, or a Konjunktiv I form follows the quotation
        in its clause. A language with no Konjunktiv forms reads only the complementiser.

        >>> # erklärte, für die Firma sei entscheidend, „ob …“   -> True (sei)
        >>> # sagte, das Motto „keiner geht allein“ gelte weiter  -> True (gelte)
        >>> # sagte, dass, „wenn wir verlieren, …“                -> True (dass)
        >>> # Die Lage sei ernst, „…“, sagte X (no cue)           -> True (sei)
        >>> # sagte er am Montag, „…“                             -> False
        """
        opener = view.index_at(q.open)
        if opener is None:
            return False
        start = self._lead_start(view, opener) if cue is None else cue + 1
        if self.ctx.any_konjunktiv(view, start, opener):
            return True
        after = view.first_at_or_after(q.close)
        if after is not None and not view.quoted[after] and self.ctx.is_konjunktiv1(view, after):
            return True
        complementisers = self.ctx.lang.word_class("subordinators")
        return cue is not None and any(t.lower in complementisers for t in view.tokens[start:opener])

    def _lead_start(self, view: SentenceView, opener: int) -> int:
        """The first token of the clause that leads to the quotation opened at token ``opener``:
        the token after the last colon or semicolon before it outside quotation marks, else the
        sentence's first (``…, doch die Richterin blieb hart: Eine Strafe sei nötig, „…“, so X``
        -> ``Eine``). Reads back at most ``LEAD_REACH`` tokens."""
        for n in range(opener - 1, max(opener - LEAD_REACH, 0) - 1, -1):
            if view.tokens[n].text in (":", ";") and not view.quoted[n]:
                return n + 1
        return 0
