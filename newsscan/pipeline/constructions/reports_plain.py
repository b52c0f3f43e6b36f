"""The report clause after its cue in languages with no comma before it (English): ``said
(that) …``, ``told reporters …``, ``urged voters to …``, ``accused X of …-ing``; and the choice
between that reading and the comma-introduced one (``sagte, dass …``)."""

from __future__ import annotations

from ..context import CLAUSE_PUNCT, END_PUNCT, SentenceView
from .base import (
    _words,
)
from .reports import Reports


def _plain(word: str) -> str:
    """A token's lower form with typographic apostrophes made straight (couldn’t -> couldn't)."""
    return word.replace("’", "'")


class PlainReports(Reports):
    """Finding the report clause after a cue where no comma stands before it."""

    def _subordinator_after(self, view: SentenceView, k: int) -> int | None:
        """A subordinator (``that``) within a few words from token k, before any punctuation,
        quotation or second frame: ``said on Monday that …``; not ``said the plan failed and
        added that …``, where the ``that`` belongs to the second frame."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        for j in range(k, min(k + 8, len(tokens) - 1)):
            t = tokens[j]
            if (
                view.quoted[j]
                or t.text in CLAUSE_PUNCT
                or t.text in END_PUNCT
                or t.lower in words("auxiliaries")
            ):
                return None  # stressed the decision would not change the reality that …: the clause began
            if j > k and self._coordinated_frame(view, j - 1):
                return None
            if j > k and t.lower in words("relative_pronouns") and self._verb_after_relative(view, j, k):
                return None  # reported wait times that exceeded two hours: a relative clause
            if t.lower in words("subordinators"):
                return j
        return None

    def _forward_plain(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """Languages without a comma before the report (English): ``said (that) …``,
        ``told reporters (that) …``, ``said on Monday that …``, ``said:``."""
        tokens, ctx = view.tokens, self.ctx
        words = ctx.lang.word_class
        last = len(tokens) - 1
        k = i + self._cue_length(view, i)  # laat weten dat …
        if self._comma_frame(view, i) is not None and not any(
            t.lower in words("subordinators") for t in self._until_comma(view, k, 8)
        ):
            return None  # …, a déclaré Marine X, secrétaire …: the report is before the frame
        if k <= last and tokens[k].text == ":":
            return (tokens[k + 1].start, self._content_end(view, k + 1)) if k + 1 <= last else None
        # the addressee of a verb with one (@addressee): told reporters, told the BBC, told him
        if any("addressee" in v.kind for v in ctx.lang.cue_forms.get(tokens[i].lower, ())):
            if k <= last and (
                tokens[k].lower in words("object_pronouns") or tokens[k].lower in words("stop_after_cue")
            ):
                k += 1
            else:
                span = self.np.forward(view, k)
                if span:
                    k = span[1]
        j = self._subordinator_after(view, k)
        if j is not None:
            # the complementiser the language leaves out of the content (said that …)
            start = (
                tokens[j + 1].start if tokens[j].lower in words("dropped_subordinators") else tokens[j].start
            )
            return (start, self._content_end(view, j)) if j < last - 2 else None
        if k > last or view.quoted[k] or tokens[k].text in CLAUSE_PUNCT or tokens[k].text in END_PUNCT:
            return None
        nxt = tokens[k]
        quantity = k + 1 <= last and f"{nxt.lower} {tokens[k + 1].lower}" in words("quantity_openers")
        if (
            nxt.lower in words("stop_after_cue")
            and not quantity
            or nxt.lower in words("clause_openers_not_content")
            or nxt.lower in ctx.lang.cue_forms
            or nxt.lower in words("question_words")
        ):
            return None  # did not confirm how many …: a question, not a claim
        # a clause: subject then a verb within a few words (said the plan would fail)
        verbs = ctx.lang.cue_forms.get(tokens[i].lower, ())
        if verbs and all("naming" in v.kind for v in verbs):
            return None  # described the deal as "historic": a naming, not a reported clause
        after_object = self._clause_after_object(view, k, verbs)
        if after_object is not None:
            return after_object
        end = self._content_end(view, k)
        stop = view.first_at_or_after(end) or len(tokens)  # did not reveal X and said …: not past a new frame
        if tokens[k].text in CLAUSE_PUNCT or not self._clause_verb(view, k, stop):
            return None  # declared a state of emergency: an object, not a clause
        return (nxt.start, end) if len(_words(self.text[nxt.start : end])) >= 3 else None

    def _verb_after_relative(self, view: SentenceView, j: int, k: int) -> bool:
        """The word after the relative pronoun at j is an auxiliary or a past form (``times that
        exceeded``, ``a plan that was``), so the pronoun opens a relative clause, not a report;
        never after an addressee opening at k (``disse aos jornalistas que vai recorrer``)."""
        tokens = view.tokens
        if j + 1 >= len(tokens) or tokens[k].lower in self.ctx.lang.word_class("addressee_prepositions"):
            return False
        nxt = view.tokens[j + 1].lower
        words = self.ctx.lang.word_class
        return nxt in words("auxiliaries") or nxt.endswith(tuple(words("past_endings")))

    def _clause_after_object(self, view: SentenceView, k: int, verbs: tuple) -> tuple[int, int] | None:
        """The clause that follows the cue's object, the object left out: ``urged voters to stay
        home`` (a @directive verb) gives ``to stay home``, from the infinitive marker on;
        ``accused the firm of hiding losses`` (an @accusation verb) gives ``hiding losses``, after
        the preposition of ``[accusation_prepositions]``. None when the marker is not within eight
        words before a comma or a quotation, or the word after it is capitalised."""
        words, tokens = self.ctx.lang.word_class, view.tokens
        kinds = {kind for v in verbs for kind in v.kind.split("+")}
        if "directive" in kinds:
            markers, skip = words("infinitive_markers"), 0  # asked ministries to speed up …
        elif "accusation" in kinds:
            markers, skip = words("accusation_prepositions"), 1  # accused China of using …
        else:
            return None
        for n in range(k, min(k + 8, len(tokens) - 1)):
            if tokens[n].text in CLAUSE_PUNCT or view.quoted[n]:
                return None
            if tokens[n].lower in markers and (tokens[n + 1].text[:1].islower() or view.quoted[n + 1]):
                if skip and not any(
                    t.lower.endswith(tuple(words("gerund_endings"))) for t in tokens[n + 1 : n + 4]
                ):
                    return None  # accused him of fraud: a noun phrase, no clause
                if not skip and n > k and tokens[n - 1].lower in words("negations"):
                    n -= 1  # warned residents not to approach …: the negation stays in the content
                return tokens[n + skip].start, self._content_end(view, n)
        return None

    def _forward(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """The report after cue i: ``sagte, dass …``, ``sagte er, die Lage sei ernst``
        (languages with no comma before a report take ``_forward_plain``)."""
        if self.ctx.lang.uses("report.no_comma"):
            return self._forward_plain(view, i)
        span = self._subordinate_right_after(view, i)
        if span is not None:
            return span
        k = self._report_comma(view, i)
        return None if k is None else self._report_after_comma(view, i, k)

    @staticmethod
    def _until_comma(view: SentenceView, k: int, reach: int) -> list:
        out = []
        for t in view.tokens[k : k + reach]:
            if t.text == ",":
                break
            out.append(t)
        return out

    def _comma_frame(self, view: SentenceView, i: int) -> int | None:
        """Index of the comma right before the cue at i (an auxiliary may stand between:
        ``…, a déclaré``), when a speaker phrase follows the cue."""
        tokens = view.tokens
        j = i - 1
        if j > 0 and self.ctx.lang.rules.inverted_pronoun(tokens[j].lower):
            j -= 1  # …, a-t-il ajouté: the speaker is in the frame
            return j if tokens[j].text == "," and not view.quoted[j - 1] else None
        if j > 0 and tokens[j].lower in self.ctx.lang.word_class("auxiliaries"):
            j -= 1
        if j <= 0 or tokens[j].text != "," or view.quoted[j - 1] or i + 1 >= len(tokens):
            return None
        span = self.np.forward(view, i + 1)  # the speaker phrase ends the sentence or meets a comma
        if (
            span is None
            or span[1] < len(tokens)
            and tokens[span[1]].text not in (",", ";") + tuple(END_PUNCT)
        ):
            return None
        return j

    def _clause_verb(self, view: SentenceView, k: int, stop: int) -> bool:
        """A subject starting at token k is followed by its finite verb before ``stop`` and
        before the first comma (``said the plan would fail``): a verb shape within five words
        (``_verb_shaped``), or an auxiliary or finite verb of the language within twelve (``the
        rate in the first five months was …``, a quoted phrase inside the subject not counted).
        A clause after a lone comma is no part of the object (``ordered a chest X-ray, which was
        normal``; ``who denies the accusation, has avoided …``); past a comma pair the verb must
        come right after it (``said the mayor, a Democrat, would resign``)."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        finite = self.ctx.lang.finite_words | words("negations")
        pasts = words("irregular_pasts")
        reach = min(stop, k + 12 + sum(view.quoted[k + 1 : k + 12]))
        for n in range(k + 1, reach):
            if tokens[n].text in CLAUSE_PUNCT and not view.quoted[n]:
                after = self._after_comma_pair(view, n, stop)
                return after is not None and (
                    _plain(tokens[after].lower) in finite or self._verb_shaped(view, after)
                )
            if _plain(tokens[n].lower) in finite and not view.quoted[n]:
                return True
            if (n <= k + 5 or tokens[n].lower in pasts) and self._verb_shaped(view, n):
                return True  # a quoted verb too: said it "regrets any decision …"
        return False

    def _after_comma_pair(self, view: SentenceView, n: int, stop: int) -> int | None:
        """The token right after the comma that closes the one at n within ten words (``the
        mayor, a Democrat, would``), if there is one before ``stop``."""
        tokens = view.tokens
        if tokens[n].text != ",":
            return None
        for m in range(n + 1, min(n + 11, stop - 1)):
            if tokens[m].text in CLAUSE_PUNCT and not view.quoted[m]:
                return m + 1 if tokens[m].text == "," else None
        return None

    def _verb_shaped(self, view: SentenceView, n: int) -> bool:
        """Token n reads as a finite verb: a cue form or a lowercase word with a verb ending of the
        language (English -ed, -s), not after a determiner, a preposition, a plural determiner, a
        possessive or a number (``those interactions``, ``the man's lungs``, ``20 points``); a cue
        form that is also the base form only after a pronoun or a plural (``they call``, ``residents
        fear``; not ``a phone call``)."""
        tokens, ctx, words = view.tokens, self.ctx, self.ctx.lang.word_class
        t, prev = tokens[n], tokens[n - 1]
        if (
            ctx.is_det(prev)
            or prev.lower in words("postmodifiers") | words("prepositions") | words("plural_determiners")
            or prev.text.endswith(("'s", "’s"))
            or prev.text[:1].isdigit()
        ):
            return False
        if t.lower in words("irregular_pasts"):
            return n + 1 >= len(tokens) or tokens[n + 1].lower != "by"  # a deal made by …: a participle
        forms = ctx.lang.cue_forms.get(t.lower, ())
        if forms:
            base = all(t.lower == v.lemma for v in forms)
            return not base or self.np.is_pronoun(prev) or prev.lower.endswith(tuple(words("plural_endings")))
        endings = tuple(
            words("verb_shapes") or words("finite_endings")
        )  # English -ed/-s, Romance -ó/-ava/-ou …
        return bool(endings) and t.text[:1].islower() and len(t.text) > 3 and t.lower.endswith(endings)
