"""The report clause after its cue in languages with no comma before it (English): ``said
(that) …``, ``told reporters …``, ``urged voters to …``, ``accused X of …-ing``; and the choice
between that reading and the comma-introduced one (``sagte, dass …``)."""

from __future__ import annotations

import bisect
from functools import cached_property

from ..context import CLAUSE_PUNCT, END_PUNCT, SentenceView
from ..prose import straight
from .base import (
    _words,
)
from .reports_directive import DIRECTIVE, DirectiveReports


class PlainReports(DirectiveReports):
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
                and (t.text != "." or j == len(tokens) - 1)  # on Sept. 30 that …: an abbreviation's stop
                or t.lower in words("auxiliaries")
            ):
                return None  # stressed the decision would not change the reality that …: the clause began
            if j > k and self._coordinated_frame(view, j - 1):
                return None
            if j > k and t.lower in words("relative_pronouns") and self._verb_after_relative(view, j, k):
                return None  # reported wait times that exceeded two hours: a relative clause
            if j > k and self._name_then_past(view, j):
                return None  # said DeLuca steered contracts to firms that paid him: the clause began
            if t.lower in words("subordinators"):
                return j
        return None

    def _name_then_past(self, view: SentenceView, j: int) -> bool:
        """Token j is a lowercase past form right after a capitalised name (``DeLuca steered``):
        a clause with its own subject and verb has begun."""
        t, prev = view.tokens[j], view.tokens[j - 1]
        return (
            t.text.islower()
            and t.lower.endswith(tuple(self.ctx.lang.word_class("past_endings")))
            and self.ctx.is_cap(prev)
            and not self.ctx.is_det(prev)
        )

    def _forward_plain(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """Languages without a comma before the report (English): ``said (that) …``,
        ``told reporters (that) …``, ``said on Monday that …``, ``said:``."""
        tokens, ctx = view.tokens, self.ctx
        words = ctx.lang.word_class
        last = len(tokens) - 1
        phrase = self._directive_phrase(view, i)
        k = i + (phrase or self._cue_length(view, i))  # laat weten dat …; called on X to …
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
        if j is None:
            k = self._past_frame_adverbials(view, k)  # said Tuesday he …; said in a statement the …
            if k > i + 1 and k <= last and tokens[k].lower in words("infinitive_markers"):
                return None  # agreed Friday to exchange …: an infinitive, not a report
        if j is not None:
            # the complementiser the language leaves out of the content (said that …)
            start = (
                tokens[j + 1].start if tokens[j].lower in words("dropped_subordinators") else tokens[j].start
            )
            return (start, self._content_end(view, j)) if j < last - 2 else None
        if k > last or view.quoted[k] or tokens[k].text in CLAUSE_PUNCT or tokens[k].text in END_PUNCT:
            return None
        verbs = (DIRECTIVE,) if phrase else ctx.lang.cue_forms.get(tokens[i].lower, ())
        directive = self._directive_infinitive(view, k, verbs)
        if directive is not None:
            return directive
        nxt = tokens[k]
        quantity = k + 1 <= last and f"{nxt.lower} {tokens[k + 1].lower}" in words("quantity_openers")
        accusation = any("accusation" in v.kind for v in ctx.lang.cue_forms.get(tokens[i].lower, ()))
        if (
            (nxt.lower in words("stop_after_cue") or nxt.lower in words("postmodifiers") and not accusation)
            and not quantity
            or nxt.lower in words("clause_openers_not_content")
            or nxt.lower in ctx.lang.cue_forms
            or nxt.lower in words("question_words")
        ):
            return None  # did not confirm how many …: a question, not a claim; warn of job losses
        # a clause: subject then a verb within a few words (said the plan would fail)
        if verbs and all("naming" in v.kind or "complementiser" in v.kind for v in verbs):
            # described the deal as "historic": a naming; vond het bewijs onvoldoende: an object and
            # its predicate (@complementiser: vindt dat … is found above)
            return None
        after_object = self._clause_after_object(view, k, verbs)
        if after_object is not None:
            return after_object
        end = self._content_end(view, k)
        stop = view.first_at_or_after(end) or len(tokens)  # did not reveal X and said …: not past a new frame
        if tokens[k].text in CLAUSE_PUNCT or not self._clause_verb(view, k, stop):
            return None  # declared a state of emergency: an object, not a clause
        return (nxt.start, end) if len(_words(self.text[nxt.start : end])) >= 3 else None

    def _past_frame_adverbials(self, view: SentenceView, k: int) -> int:
        """Where a report with no complementiser starts after the frame's adverbials at token k:
        a time phrase with a time noun or a month (``said Tuesday he …``, ``said late Sunday
        the …``, ``said on Oct. 3 it …``), or a prepositional phrase of up to seven words
        before a pronoun or a determiner that follows no article or preposition (``said in a
        statement the …``, ``said on X it …``, ``told reporters in Washington the …``); k when
        there is neither."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        heads = words("time_nouns") | words("months")
        timely = self.ctx.lang.time_words | words("abbreviations")
        m = k
        while (
            m < len(tokens)
            and m - k < 5
            and (tokens[m].lower in timely or tokens[m].text in ".0123456789" or tokens[m].text.isdigit())
            and not view.quoted[m]
        ):
            m += 1
        opens = m < len(tokens) and (
            self._opens_clause(view, m)
            or self.ctx.is_cap(tokens[m])  # said Tuesday Congress would …
            or tokens[m].lower in words("infinitive_markers")  # agreed Friday to …: no report
        )
        if m > k and any(t.lower in heads for t in tokens[k:m]) and opens and not view.quoted[m]:
            return m
        if self._frame_preposition(view, k):
            links = words("prepositions") | words("postmodifiers") | words("stop_after_cue")
            barred = words("relative_pronouns") | self.ctx.lang.finite_words
            for n in range(k + 2, min(k + 9, len(tokens) - 1)):
                t = tokens[n - 1]
                if view.quoted[n] or t.lower in barred or t.text[:1].islower() and t.lower.endswith("ed"):
                    break  # answers from providers whose equipment failed during …: no frame's phrase
                if self._opens_clause(view, n) and not self.ctx.is_det(t) and t.lower not in links:
                    return n
                if not tokens[n].text[:1].isalnum():
                    break
        return k

    def _frame_preposition(self, view: SentenceView, k: int) -> bool:
        """Token k is a preposition that may open the frame's own phrase (``in a statement``),
        not an infinitive marker (``expected to switch …``, ``according to X``) nor a quantity
        (``said at least 12 people …``)."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        return (
            k + 1 < len(tokens)
            and tokens[k].lower in words("prepositions")
            and tokens[k].lower not in words("infinitive_markers")
            and f"{tokens[k].lower} {tokens[k + 1].lower}" not in words("quantity_openers")
            and not view.quoted[k]
        )

    def _opens_clause(self, view: SentenceView, n: int) -> bool:
        """Token n can open a report's clause: a subject pronoun, or a determiner before a word."""
        tokens = view.tokens
        if n + 1 >= len(tokens) or view.quoted[n]:
            return False
        t = tokens[n]
        return (
            t.lower in self.ctx.lang.pronouns
            and t.lower not in self.ctx.lang.word_class("object_pronouns")
            or self.ctx.is_det(t)
            and tokens[n + 1].text[:1].isalpha()  # not the a of a.m.
        )

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

    def _forward(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """The report after cue i: ``sagte, dass …``, ``sagte er, die Lage sei ernst``
        (languages with no comma before a report take ``_forward_plain``)."""
        if self.ctx.lang.uses("report.no_comma"):
            return self._to_quotation_end(self._within_fronted_clause(view, i, self._forward_plain(view, i)))
        span = self._subordinate_right_after(view, i) or self._infinitive_right_after(view, i)
        if span is not None:
            return span
        k = self._report_comma(view, i)
        return None if k is None else self._report_after_comma(view, i, k)

    @cached_property
    def _quote_opens(self) -> list[int]:
        """Where each quotation of the text opens, in text order (for bisection)."""
        return [q.open for q in self.ctx.quoted]

    def _to_quotation_end(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """A report that ends inside a quotation opened in it runs on to the quotation's end
        in the same paragraph: ``told CNN that Pratt "dictated that whole letter. I didn't write
        it."`` (the sentence split inside the quotation is no end of the report)."""
        if span is None:
            return None
        quoted = self.ctx.quoted
        n = bisect.bisect_left(self._quote_opens, span[0])
        for q in quoted[n : n + 4]:
            if q.open >= span[1]:
                break
            if q.close > span[1] and len(q.parts) == 1:
                return span[0], q.end
        return span

    def _within_fronted_clause(
        self, view: SentenceView, i: int, span: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        """A report framed inside an adverbial clause that opens the sentence ends with that
        clause, at its comma: ``While the spokeswoman said the trip was routine, he had never
        …``, ``Before the examiner concluded that X, his death was …`` (an opener of
        ``[adverbial_subordinators]``, no comma between it and the cue)."""
        tokens = view.tokens
        if span is None or tokens[0].lower not in self.ctx.lang.word_class("adverbial_subordinators"):
            return span
        if any(t.text == "," and not view.quoted[n] for n, t in enumerate(tokens[1:i], 1)):
            return span
        for n in range(i + 1, len(tokens) - 1):
            if tokens[n].text == "," and not view.quoted[n] and span[0] < tokens[n].start < span[1]:
                return span[0], tokens[n].start
        return span

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
        if all("participial" in v.kind for v in self.ctx.lang.cue_forms.get(tokens[i].lower, ())):
            return None  # …, accusing its members of …: a participle has no subject after it
        span = self.np.forward(view, i + 1)  # the speaker phrase ends the sentence or meets a comma
        if span is None or self._speaker_phrase_end(view, span[1]) is None:
            return None
        return None if self._directive_addressee(view, i) else j

    def _directive_addressee(self, view: SentenceView, i: int) -> bool:
        """The phrase after the @directive cue at token i is the one addressed, not a speaker in
        an inverted frame, when the directive's infinitive follows it: ``The mayor of the town,
        Tom Baker, urged residents to stay indoors``; ``Le maire, Jean Dupuis, a appelé les
        habitants à rester chez eux``. Not ``«…», a demandé le ministre.`` (nothing follows)."""
        verbs = self.ctx.lang.cue_forms.get(view.tokens[i].lower, ())
        if not any("directive" in v.kind.split("+") for v in verbs):
            return False
        span = self._directive_infinitive(view, i + 1, verbs) or self._clause_after_object(view, i + 1, verbs)
        return span is not None and not self._closing_frame_after(view, i + 2)

    def _closing_frame_after(self, view: SentenceView, k: int) -> bool:
        """A closing frame follows token k within 30 words: a comma and a cue with its speaker
        phrase (``…, police said``; ``…, ha riferito la prefettura``; ``…, a indiqué la
        préfecture``). Then the whole sentence before it is that frame's report, and a
        directive inside it frames nothing of its own (``The mayor, Tom Baker, asked residents
        to stay indoors, police said`` → police)."""
        tokens = view.tokens
        for j in range(k, min(k + 30, len(tokens) - 1)):
            if tokens[j].text != "," or view.quoted[j]:
                continue
            if self._comma_closes(view, j) or any(self._comma_frame(view, m) == j for m in (j + 1, j + 2)):
                return True
        return False

    def _speaker_phrase_end(self, view: SentenceView, m: int) -> int | None:
        """Where a speaker phrase that reached token m ends: at m when a comma, a semicolon or
        the sentence end stands there, or past a prepositional phrase of up to eight words with
        no verb (``…, said another witness in the inquiry, former adviser X``); else None."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        if m < len(tokens) and tokens[m].lower in words("postmodifiers") | words("prepositions"):
            for n in range(m, min(m + 8, len(tokens))):
                if tokens[n].text in (",", ";") or tokens[n].text in END_PUNCT:
                    return n
                if view.quoted[n] or tokens[n].lower in self.ctx.lang.finite_words or self._cue_at(view, n):
                    return None
            return None
        if m < len(tokens) and tokens[m].text not in (",", ";") + tuple(END_PUNCT):
            return None
        return m

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
        if self._contracted_verb(tokens[k]):
            return True  # said he's proud, said they're ready
        for n in range(k + 1, reach):
            if tokens[n].text in CLAUSE_PUNCT and not view.quoted[n]:
                after = self._after_comma_pair(view, n, stop)
                return after is not None and (
                    straight(tokens[after].lower) in finite or self._verb_shaped(view, after)
                )
            if straight(tokens[n].lower) in finite and not view.quoted[n]:
                return True
            if (n <= k + 5 or tokens[n].lower in pasts) and self._verb_shaped(view, n):
                return True  # a quoted verb too: said it "regrets any decision …"
        return False

    def _contracted_verb(self, t) -> bool:
        """Token t is a subject with its verb contracted onto it: an ending of
        ``[verb_contractions]`` (they're, we've, she'll), or 's after a word of
        ``[contracting_pronouns]`` (he's, it's; not the company's)."""
        low, words = straight(t.lower), self.ctx.lang.word_class
        if any(low.endswith(e) and len(low) > len(e) for e in words("verb_contractions")):
            return True
        return low.endswith("'s") and low[:-2] in words("contracting_pronouns")

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
