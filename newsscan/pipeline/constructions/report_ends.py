"""Where a reported clause ends: at a comma that opens a new frame, an according-to phrase or
the writer's own clause, at a second frame of the same subject, and, for a subordinate clause,
where the main clause resumes."""

from __future__ import annotations

import bisect

from ..context import CLAUSE_PUNCT, END_PUNCT, QUOTE_CLOSERS, SentenceView
from ..prose import straight
from .direct import Direct


class ReportEnds(Direct):
    """The end of the report clause after a cue."""

    def _content_end(self, view: SentenceView, k: int) -> int:
        """End of a reported clause starting at token k: the sentence end, or a comma
        followed by a new finite cue verb (…, äußerte sich jedoch …); a dass-clause also
        ends where the main clause resumes with an auxiliary (dass …, hatte dieser …)."""
        subordinate = view.tokens[k].lower in self.ctx.lang.word_class("subordinators")
        stops = self._closing_commas(view)[subordinate]
        n = bisect.bisect_left(stops, k)
        return view.tokens[stops[n]].start if n < len(stops) else view.sentence.end

    def _closing_commas(self, view: SentenceView) -> tuple[list, list]:
        """Indices of the commas that end a reported clause (see ``_content_end``), for a clause
        that is not / is a subordinate one; each comma is judged once per sentence."""
        if "closing_commas" not in view.memo:
            indicative = self.ctx.lang.word_class("auxiliaries") - self.ctx.lang.konjunktiv
            plain, subordinate = [], []
            for j, t in enumerate(view.tokens):
                if self._coordinated_frame(view, j):
                    plain.append(j)  # … und fügte hinzu, …: a second frame of the same subject
                    subordinate.append(j)
                if self._acts_after_quotation(view, j):
                    plain.append(j - 1)  # …, „…“, und ging: the quotation's close ends the report
                    subordinate.append(j - 1)
                if self._indicative_after_semicolon(view, j):
                    plain.append(j)  # dass der Vater sie schlug; es wird geprüft, ob …
                    subordinate.append(j)
                if t.text != "," and not self._writer_clause(view, j):
                    continue
                if self._comma_closes(view, j) or self._subject_acts_again(view, j):
                    plain.append(j)
                    subordinate.append(j)
                elif self._matrix_resumes(view, j, indicative):
                    subordinate.append(j)  # dass …, hatte dieser …: the main clause resumes
            view.memo["closing_commas"] = (plain, subordinate)
        return view.memo["closing_commas"]

    def _indicative_after_semicolon(self, view: SentenceView, j: int) -> bool:
        """A semicolon at j ends a reported zu-infinitive or dass-clause (``_infinitive_or_
        subordinate``) when no Konjunktiv follows it in the sentence: ``gaben an, sich dort
        unsicher zu fühlen; vor allem Frauen meiden den Platz``; not ``sagte, dass die Lage ernst
        sei; weitere Schritte seien nötig`` (the report goes on), nor a main clause or a colon
        frame's report (``sagte: Die Lage ist ernst; wir haben …``, ``sagte, die Straße bleibe
        gesperrt; die Arbeiten dauern …``)."""
        tokens = view.tokens
        if tokens[j].text != ";" or view.quoted[j] or not self._infinitive_or_subordinate(view, j):
            return False
        return not self.ctx.any_konjunktiv(view, j + 1, len(tokens), with_forms=True)

    def _infinitive_or_subordinate(self, view: SentenceView, j: int) -> bool:
        """The clause before token j, from the last comma, colon or semicolon, is a zu-infinitive
        (``Rules.infinitive_clause``) or opens with a subordinator (``dass die Heizung ausfiel``)."""
        tokens, start = view.tokens, j
        while start > 0 and tokens[start - 1].text not in (",", ":", ";"):
            start -= 1
        if start == j:
            return False
        if tokens[start].lower in self.ctx.lang.word_class("subordinators"):
            return True
        return self.ctx.lang.rules.infinitive_clause(self.text[tokens[start].start : tokens[j].start])

    def _matrix_resumes(self, view: SentenceView, j: int, indicative: frozenset) -> bool:
        """After the comma j an indicative finite verb opens the main clause that a fronted
        subordinate clause was part of: ``Als sie bemerkte, dass …, flüchtete sie``, ``dass …,
        hatte dieser …``; not a Konjunktiv (``dass …, die Art, wie er spielte, habe ihn …``) nor
        the last word of a clause (``dass …, die die Partei, die Bewegung X, begünstigten.``)."""
        if j + 2 >= len(view.tokens) or not view.tokens[j + 2].text[:1].isalnum():
            return False
        low = view.tokens[j + 1].lower
        return (
            low in indicative
            or low not in self.ctx.lang.konjunktiv
            and self._verb_first_main_clause(view, j + 1)
        )

    def _subject_acts_again(self, view: SentenceView, j: int) -> bool:
        """After the comma j a past form opens a clause with no subject of its own, and a
        Konjunktiv I form stands before the comma: the report in the Konjunktiv ended, and the
        frame's subject acts again in the writer's indicative (``Er sagte, er sei unschuldig,
        erkannte das Gericht nicht an und schwieg``); not a Konjunktiv after the comma (``…, habe
        aber …``) nor a report with no Konjunktiv (``sagte, der Zug kam spät, wartete …``).

        >>> # erklärte, er sei unschuldig, verweigerte aber die Aussage -> the comma closes
        >>> # erklärte, er sei unschuldig, habe aber Fehler gemacht     -> it does not
        """
        tokens = view.tokens
        if tokens[j].text != "," or view.quoted[j] or j + 2 >= len(tokens) or view.quoted[j + 1]:
            return False
        if tokens[j + 1].lower in self.ctx.lang.konjunktiv or not self.ctx.any_konjunktiv(view, 0, j):
            return False
        return self._coordinated_predicate(view, j + 1)

    def _acts_after_quotation(self, view: SentenceView, j: int) -> bool:
        """A coordinator at j after a quotation's closing mark and a comma, then an indicative
        predicate (a listed finite or cue verb, or a past form, no Konjunktiv): the frame's
        subject acts again after the quoted words, and the report ends at the quotation
        (``sagte, das Team habe gekämpft, „aber …“, und ging``; not ``…, „…“, und sei …``).

        >>> # sagte, es sei spät, „wir gehen jetzt“, und stand auf  -> ends after „…“
        >>> # sagte, es sei spät, „wir gehen jetzt“, und habe …      -> goes on
        """
        tokens, lang = view.tokens, self.ctx.lang
        if (
            j < 2
            or j + 1 >= len(tokens)
            or view.quoted[j]
            or tokens[j].lower not in lang.word_class("coordinators")
        ):
            return False
        if tokens[j - 1].text != "," or view.quoted[j - 1] or tokens[j - 2].text not in QUOTE_CLOSERS:
            return False
        k, low = j + 1, tokens[j + 1].lower
        if (
            view.quoted[k]
            or not tokens[k].text.islower()
            or low in lang.konjunktiv
            or self.ctx.is_konjunktiv1(view, k)
        ):
            return False
        return low in lang.finite_words or low in lang.cue_forms or lang.rules.past_finite(self.ctx, view, k)

    def _coordinated_frame(self, view: SentenceView, j: int) -> bool:
        """A coordinator at j followed by a finite cue verb starts a second frame of the same
        subject, and the report before it ends there: ``Er sagte, Europa brauche die Engländer
        und fügte hinzu, …``, ``said the plan failed and added that …``. Not before a
        participle with its prefix, an infinitive or a Konjunktiv, which continue the report
        (``habe gewarnt und gesagt``, ``werde kommen und sagen``, ``sei krank und sage nichts``).
        Also before any past form that opens a clause of its own (``_coordinated_predicate``)."""
        tokens, lang = view.tokens, self.ctx.lang
        if j + 1 >= len(tokens) or view.quoted[j] or tokens[j].lower not in lang.word_class("coordinators"):
            return False
        nxt = tokens[j + 1].lower
        if self._coordinated_predicate(view, j + 1):
            return True  # … und weigerte sich, …: the frame's subject acts again
        verbs = lang.cue_forms.get(nxt, ())
        return bool(
            verbs
            and self.ctx.cue_verbs(view, j + 1)
            and nxt not in lang.konjunktiv
            and all(nxt != v.lemma for v in verbs)
            and not nxt.startswith(tuple(lang.word_class("participle_prefixes")))
        )

    def _coordinated_predicate(self, view: SentenceView, k: int) -> bool:
        """Token k, after a coordinator, is a past form (no Konjunktiv) with words of its clause
        after it: the frame's subject acts again (``…, er sei unschuldig, und weigerte sich, …``;
        not a subordinate clause's last verb: ``dass sie ihn festnahm und verhörte.``)."""
        tokens = view.tokens
        last = k + 1 >= len(tokens) or tokens[k + 1].text in CLAUSE_PUNCT | END_PUNCT
        konjunktiv = tokens[k].lower in self.ctx.lang.konjunktiv
        return not last and not konjunktiv and self.ctx.lang.rules.past_finite(self.ctx, view, k)

    def _comma_closes(self, view: SentenceView, j: int) -> bool:
        """The comma at j ends any reported clause: an according-to phrase, a new frame with a
        cue verb (…, äußerte sich jedoch …), a narrator's link or an inserted ``so X`` follows."""
        tokens = view.tokens
        if self._attribution_at(view, j + 1) or self._writer_clause(view, j):
            return True  # …, according to a statement.
        if self.ctx.lang.uses("frame.subject_before_cue") and j + 1 < len(tokens):
            span = self.np.forward(view, j + 1)
            if span and span[1] < len(tokens) and self.ctx.cue_verbs(view, span[1]):
                return True  # …, the Associated Press reported.
            if self._named_frame_after(view, j):
                return True  # …, state news agency RIA Novosti reported.
        return j + 1 < len(tokens) and bool(
            self.ctx.cue_verbs(view, j + 1)
            and not tokens[j + 1].lower.startswith(tuple(self.ctx.lang.word_class("participle_prefixes")))
            or tokens[j + 1].lower in self.ctx.lang.word_class("narrator_links")
            or tokens[j + 1].lower in self.frame_words
            and self._inserted_frame(view, j + 1)
        )

    def _named_frame_after(self, view: SentenceView, j: int) -> bool:
        """After the comma at j, up to three lowercase nouns, a name and a cue verb: ``…, state
        news agency RIA Novosti reported``, ``…, state broadcaster CCTV said``."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        closed = (
            self.ctx.lang.finite_words | words("determiners") | words("prepositions") | words("subordinators")
        )
        k = j + 1
        while k < len(tokens) and k - j <= 3 and tokens[k].text.isalpha() and tokens[k].text.islower():
            if tokens[k].lower in closed or tokens[k].lower in self.ctx.lang.pronouns or view.quoted[k]:
                return False
            k += 1
        m = k
        while m < len(tokens) and m - k < 4 and self.ctx.is_cap(tokens[m]) and not view.quoted[m]:
            m += 1
        return j + 1 < k < m < len(tokens) and bool(self.ctx.cue_verbs(view, m))

    def _writer_clause(self, view: SentenceView, j: int) -> bool:
        """At the comma or dash j the writer's own clause begins, which ends a report: a dash and
        a coordinator (``… created leverage — and in some cases …``), or a link of
        ``[writer_links]`` with a subject and its finite verb (``…, but the agency did not say``,
        ``…, while the league condemned …``, ``…, as he deflected …``)."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        at = j + 1
        if j + 3 < len(tokens) and tokens[j].text == "," and tokens[at].text in QUOTE_CLOSERS:
            at += 1  # … in "farm country," but the Chinese have …: the comma inside the closing mark
        elif j + 2 >= len(tokens) or view.quoted[j] or view.quoted[j + 1]:
            return False
        link = tokens[at].lower
        if tokens[j].text in ("—", "–"):
            return link in words("dash_links")
        if tokens[j].text != "," or link not in words("writer_links") or view.quoted[at]:
            return False
        span = self.np.forward(view, at + 1)
        if span is None or span[1] >= len(tokens):
            return False
        verb = tokens[span[1]]
        return (
            self.np.is_pronoun(tokens[at + 1])
            and verb.text[:1].islower()
            and verb.text[:1].isalpha()  # but he gave …
            or verb.lower in words("auxiliaries")
            or straight(verb.lower) in words("negations")  # but the agency didn’t …
            or verb.lower in words("finite_verbs")
            or verb.lower in self.ctx.lang.cue_forms
            or verb.text[:1].islower()
            and len(verb.text) > 3
            and verb.lower.endswith(tuple(words("past_endings")))
        )

    def _attribution_at(self, view: SentenceView, j: int) -> bool:
        """An according-to phrase starts at token j (according to, laut, selon)."""
        words = [t.lower for t in view.tokens[j : j + 3]]
        return any(words[: len(p)] == p for p in self._prepositions)

    def _verb_first_main_clause(self, view: SentenceView, j: int) -> bool:
        """Where a main clause puts its finite verb second (``clause.verb_second``), a finite verb
        at j right after the cue's comma opens the main clause that follows a fronted clause
        holding the cue, not what was said: ``Als die Frau es der Presse erzählte, verdoppelte
        ein Gericht die Strafe``, ``Sollte der Antrag angenommen werden, könnte …``. A finite
        verb here is an auxiliary or listed finite form, a Konjunktiv II form (a report opening
        after the comma would put its subject first: ``sagte er, sie sei …``) or a past form
        by the language's shape (``Rules.past_finite``)."""
        lang, t = self.ctx.lang, view.tokens[j]
        if not lang.uses("clause.verb_second") or view.quoted[j] or not t.text[:1].islower():
            return False
        low = t.lower
        return (
            low in lang.finite_words
            or low in lang.konjunktiv
            and low not in lang.konjunktiv1
            or lang.rules.past_finite(self.ctx, view, j)
        )
