"""The report clause before its cue (``…, sagte er``, ``…, so der Minister``, ``…, das teilte
die Polizei mit``), with the tests that the words before the frame's comma are a report and not
an adverbial clause or the frame's own subject."""

from __future__ import annotations

from ..context import END_PUNCT, QUOTE_OPENERS, ReportSpan, SentenceView
from ..prose import has_finite_verb
from .base import (
    _words,
)
from .reports_plain import PlainReports


class ReportsBefore(PlainReports):
    """Finding the report clause that stands before its cue."""

    def anaphoric_comma(self, view: SentenceView, i: int) -> int | None:
        """``…, das teilte die Polizei mit.``: the index of the comma before an anaphoric subject
        right before the cue at i, when a noun phrase follows the cue (so that ``ein Dokument, das
        belegt, dass …``, a relative clause, is not one); the report is the clause before the
        comma. None otherwise."""
        tokens = view.tokens
        if (
            i < 2
            or tokens[i - 1].lower not in self.ctx.lang.word_class("anaphoric_subjects")
            or tokens[i - 2].text != ","
            or view.quoted[i - 2]
            or self.np.forward(view, i + 1) is None
        ):
            return None
        return i - 2

    def _so_frame_report(self, view: SentenceView, i: int) -> ReportSpan | None:
        """The report around an inserted ``…, so der Minister`` at token i: the sentence before
        the frame, and the part after it when the frame sits inside the report (after a comma,
        or at a complementiser the writer set no comma before: ``Das Problem sei, so der
        Minister dass …``); not a relative clause on the frame's source (``…, so X, der …``)."""
        tokens, start = view.tokens, view.sentence.start
        if view.quoted[0] or len(_words(self.text[start : tokens[i - 1].start])) < 2:
            return None
        j = i + 1
        while (
            j < len(tokens)
            and tokens[j].text not in (",", ".", "!", "?", ";", ":")
            and not self._complementiser_clause(view, j)
        ):
            j += 1
        after = j + 1 if j < len(tokens) and tokens[j].text == "," else j
        rest = self._report_goes_on(view, after) if j < len(tokens) - 1 else None
        if rest is not None:
            # Das Problem sei, so der Minister, dass … — the frame sits inside the report
            return (
                start,
                view.sentence.end,
                ((start, tokens[i - 1].start), (tokens[rest].start, view.sentence.end)),
            )
        return start, tokens[i - 1].start

    def _relative_opens(self, view: SentenceView, k: int) -> bool:
        """A relative pronoun, or a preposition and one, opens a clause at token k."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        relatives = words("relative_pronouns")
        if tokens[k].lower in relatives:
            return True
        return (
            k + 1 < len(tokens)
            and tokens[k].lower in words("prepositions")
            and tokens[k + 1].lower in relatives
        )

    def _report_goes_on(self, view: SentenceView, k: int) -> int | None:
        """Where the report goes on after an inserted frame whose words end before token k: at
        k, unless a relative clause on the frame's source opens there; then after that clause,
        when a finite verb or a Konjunktiv carries the report on (``…, so die Ermittler, die
        den Fall prüfen, seien …``), and nowhere when anything else follows it (``…, so Weber,
        die auch sagte, dass …``: the relative clause's own report)."""
        tokens = view.tokens
        if k >= len(tokens):
            return None
        if view.quoted[k] or not self._relative_opens(view, k):
            return k
        last = view.clause_last(k)
        after = None if last is None else last + 2
        if after is None or after >= len(tokens) or tokens[after - 1].text != ",":
            return None
        if tokens[after].lower in self.ctx.lang.finite_words or self.ctx.is_konjunktiv1(view, after):
            return after
        return None

    def _so_before_cue(self, view: SentenceView, i: int) -> bool:
        """The cue verb at i follows a comma and a frame word, its subject after it: ``Der Flug
        sei zu riskant, so bestätigt das Gericht``, ``In zehn Jahren, so schätzen die Forscher,
        soll …``; not a reflexive verb (``…, so erklärt sich der Anstieg``: thus).

        >>> # Die Kosten stiegen, so vermutet die Zeitung.   -> True
        >>> # Die Kosten stiegen, so erklärt sich das Defizit. -> False
        """
        tokens, words = view.tokens, self.ctx.lang.word_class
        return (
            i >= 2
            and tokens[i - 1].lower in self.frame_words
            and tokens[i - 2].text == ","
            and not view.quoted[i - 1]
            and self.ctx.cue_verbs(view, i) is not None
            and not (i + 1 < len(tokens) and tokens[i + 1].lower in words("reflexive_pronouns"))
        )

    def _so_verb_report(self, view: SentenceView, i: int) -> ReportSpan | None:
        """The report around ``…, so vermutet die Zeitung`` (cue at i): as for ``so der Minister``
        (``_so_frame_report``), when the report has a finite verb or a Konjunktiv."""
        report = self._so_frame_report(view, i - 1)
        if report is None:
            return None
        parts = report[2] if len(report) > 2 else ((report[0], report[1]),)
        content = " ".join(self.text[a:b] for a, b in parts)
        last = view.first_at_or_after(parts[-1][1])
        reported = self.ctx.any_konjunktiv(view, 0, len(view.tokens) if last is None else last)
        return report if reported or has_finite_verb(content, self.ctx.lang.code) else None

    def _backward(self, view: SentenceView, i: int) -> ReportSpan | None:
        tokens = view.tokens
        if tokens[i].lower in self.frame_words and i > 0 and tokens[i - 1].text == ",":
            return self._so_frame_report(view, i)
        if self._so_before_cue(view, i):
            return self._so_verb_report(view, i)
        j = i - 1
        comparison = self.ctx.lang.word_class("comparison_openers")
        c = self._clause_start(view, i)
        anaphoric = self.anaphoric_comma(view, i)
        if anaphoric is not None:
            j = anaphoric  # …, das teilte die Polizei mit.
        elif self._perfect_frame(view, i, c):
            j = c - 1  # …, hatte Obama bei dem Treffen gesagt.
        elif j >= 0 and tokens[j].lower in comparison:
            j -= 1
        else:
            # …, wie der Sprecher sagte.
            c = self._clause_start(view, i)
            if c < i and tokens[c].lower in comparison and c - 1 >= 0:
                j = c - 1
        if self.ctx.lang.uses("frame.subject_before_cue"):
            # English: "…, the minister said." — a speaker phrase between the comma and the cue
            span = self.np.backward(view, i)
            if span and span[0] > 0 and tokens[span[0] - 1].text == ",":
                j = span[0] - 1
            elif (comma := self._comma_frame(view, i)) is not None:
                j = comma  # …, a déclaré X / …, ha detto X
        if j < 0 or tokens[j].text != ",":
            return None
        if j > 0 and view.quoted[j - 1]:
            return None  # „…“, sagte er: the frame of a direct quote
        if view.quoted[0]:
            return None
        return self._report_before_comma(view, i, j)

    def _perfect_frame(self, view: SentenceView, i: int, c: int) -> bool:
        """The cue at i is the final participle of a frame of perfect auxiliary, subject and
        participle opening at c after the report's comma: ``…, hatte Obama bei dem Treffen
        gesagt.``, ``Die Finanzierung sei gesichert, hat der Minister zugesagt.``; not after a
        sentence that opens with a subordinator, a question word or a relative pronoun (a
        determiner before a noun, ``Die Finanzierung``, is none)."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        if not (
            self.ctx.lang.uses("report.perfect_frame")
            and tokens[i].lower in self.ctx.lang.participles
            and 0 < c < i
            and tokens[c - 1].text == ","
            and tokens[c].lower in words("perfect_auxiliaries")
            and (i + 1 == len(tokens) or tokens[i + 1].text in END_PUNCT)
        ):
            return False
        opener = tokens[0].lower
        if opener in words("clause_openers_not_content") and self._noun_phrase_opens(view, 0):
            return True
        return opener not in words("subordinators") | words("clause_openers_not_content") | words(
            "question_words"
        )

    def _report_before_comma(self, view: SentenceView, i: int, j: int) -> ReportSpan | None:
        """The report from the sentence start to the frame's comma j of cue i, and on after the
        frame when the frame is set into it (``_continuation_after_frame``): a clause of four
        words with a finite verb (three with a Konjunktiv or a finite verb after the first), not
        one adverbial clause, a subject with relative clauses or the subject of the cue's own
        clause."""
        tokens, start = view.tokens, view.sentence.start
        content = self.text[start : tokens[j].start]
        rest = self._continuation_after_frame(view, i)
        if rest is not None:
            content += " " + self.text[tokens[rest].start : view.sentence.end]
        reported = self.ctx.any_konjunktiv(view, 0, j)
        words = len(_words(content))
        if (
            words < 3
            or words == 3
            and not (reported or self._finite_after_first(view, j))
            or not (reported or has_finite_verb(content, self.ctx.lang.code))
        ):
            return None  # Man sei überrascht, teilte X mit: three words will do with a Konjunktiv
        if self._adverbial_clause_only(view, j) or self._subject_with_relative_clause(view, j):
            return None
        if not reported and self._second_predicate(view, i):
            return None
        if self._subject_from_start(view, i):
            return None
        if rest is not None:
            end = self._content_end(view, rest)
            return start, end, ((start, tokens[j].start), (tokens[rest].start, end))
        return start, tokens[j].start

    def _finite_after_first(self, view: SentenceView, j: int) -> bool:
        """A finite verb after the first of the words before the comma at j, so three words are a
        whole clause: ``Das ist wichtig, sagte sie``, ``Andernfalls drohen Strafen, sagte X``,
        ``The plan failed, X said``; not ``All diese Drohungen, glauben Sie …``."""
        finite = self.ctx.lang.finite_words
        return any(view.tokens[k].lower in finite or self._verb_shaped(view, k) for k in range(1, min(j, 3)))

    def _continuation_after_frame(self, view: SentenceView, i: int) -> int | None:
        """The report goes on after a frame set in commas into it, as the predicate of the subject
        before the frame: ``Many of the prisons, she said, are aging``, ``The key to its success,
        says Buser, is …``, ``The teams isolated the problem, Mayer said, and "patched" …``.
        The index of the token after the frame's closing comma, when the words there open with a
        finite verb or an auxiliary, or with a coordinator before a verb or a quotation (not a
        cue, nor a writer's clause with its own subject: ``…, he said, but the board …``)."""
        tokens, lang = view.tokens, self.ctx.lang
        if not lang.uses("frame.subject_before_cue"):
            return None
        k = i + 1
        if self._comma_frame(view, i) is not None:
            span = self.np.forward(view, i + 1)  # …, says Buser, …
            k = span[1] if span else k
        if k + 2 >= len(tokens) or tokens[k].text != "," or view.quoted[k] or view.quoted[k + 1]:
            return None
        first, nxt = tokens[k + 1], tokens[k + 2]
        if not first.text[:1].islower() or first.lower in lang.cue_forms:
            return None
        if first.lower in lang.word_class("coordinators"):
            quoted = view.quoted[k + 2] or nxt.text in QUOTE_OPENERS
            verb = quoted or self._verb_shaped(view, k + 2) or nxt.lower in lang.finite_words
            return k + 1 if verb and not self._cue_at(view, k + 2) else None
        return k + 1 if first.lower in lang.finite_words or self._verb_shaped(view, k + 1) else None

    def _second_predicate(self, view: SentenceView, i: int) -> bool:
        """The cue at i, right after a comma and before a word of ``[contrast_links]``, is a
        second predicate of the subject before it, not the frame of an indicative clause there:
        ``Die Rebellen bestreiten den Vorwurf, beharren aber auf ihrer Forderung``, ``Die Polizei
        nennt 600 Tote, befürchtet aber weitere``; not ``Die Lage sei ernst, sagte aber der
        Minister`` (a Konjunktiv before the comma, checked by the caller)."""
        tokens = view.tokens
        return (
            0 < i < len(tokens) - 1
            and tokens[i - 1].text == ","
            and tokens[i + 1].lower in self.ctx.lang.word_class("contrast_links")
        )

    def _subject_from_start(self, view: SentenceView, i: int) -> bool:
        """Everything before the cue at i is its subject, a phrase with a name in commas (``El
        capitán, Pieter van Dalen, reconoció …``: ``van`` reads as a verb, yet no report stands
        before the cue)."""
        span = self.np.backward(view, i)
        if span is None and i > 0 and view.tokens[i - 1].lower in self.ctx.lang.word_class("auxiliaries"):
            span = self.np.backward(view, i - 1)  # Il capitano, X van Y, ha ammesso …
        return span is not None and span[0] == 0 and len(span) > 2

    def _adverbial_clause_only(self, view: SentenceView, j: int) -> bool:
        """The words before the comma at j are one adverbial clause and no report: ``Falls das
        Unternehmen Insolvenz anmelden muss, droht …``, ``Da ein Rückflug nicht möglich war,
        entschied …`` (an opener of ``[adverbial_subordinators]`` not followed by a verb, so
        ``Da sei nichts passiert, sagte er`` stays a report, and no comma inside: ``Falls der
        Plan scheitert, werde man gehen, sagte er`` is one); also after a focus particle
        (``Selbst wenn …, droht …``) and, with its verb last, an opener of
        ``[leading_subordinators]`` (``Während die Partei schwieg, forderte …``)."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        first = 1 if tokens[0].lower in words("focus_particles") else 0  # Selbst wenn …, Auch wenn …
        if len(tokens) < first + 2 or any(t.text in (",", ";", ":") for t in tokens[first + 1 : j]):
            return False
        if tokens[first].lower in words("leading_subordinators"):
            return self._verb_final(view, first, j)  # Während X zögerte, …; not Während der Sitzung sagte …
        if tokens[first].lower not in words("adverbial_subordinators"):
            return False
        follower = tokens[first + 1].lower  # Da sei …, Wenn nötig …: an adverb opening a main clause
        return not (follower in words("auxiliaries") or follower in self.ctx.lang.konjunktiv)

    def _verb_final(self, view: SentenceView, first: int, j: int) -> bool:
        """The clause from token first to the comma at j has its finite verb last and none
        before (``Während sich die Partei zurückgehalten hat``: a subordinate clause), not a
        phrase of a main clause whose verb follows it (``Als Grund nannte die Bahn …``)."""
        tokens, lang = view.tokens, self.ctx.lang
        if j - first < 3:
            return False

        def finite(low: str) -> bool:
            return low in lang.finite_words or low in lang.konjunktiv or low in lang.cue_forms

        verb_last = finite(tokens[j - 1].lower) or lang.rules.past_finite(self.ctx, view, j - 1)
        return verb_last and not any(finite(t.lower) for t in tokens[first + 1 : j - 1])

    def _subject_with_relative_clause(self, view: SentenceView, j: int) -> bool:
        """The words before the comma at j are a noun phrase with relative clauses, the subject of
        the cue's own clause: ``Hubert Primus, der bei der Stiftung verantwortlich ist, wies den
        Vorwurf zurück``. Segments that open with a relative pronoun (or a preposition and one)
        after a comma are left out; what remains has no finite verb."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        relatives, prepositions = words("relative_pronouns"), words("prepositions")
        kept, relative, found = [], False, False
        for n in range(j):
            t = tokens[n]
            if t.text == ",":
                nxt = tokens[n + 1].lower if n + 1 < j else ""
                after = tokens[n + 2].lower if n + 2 < j else ""
                relative = nxt in relatives or nxt in prepositions and after in relatives
                found = found or relative
            elif not relative:
                kept.append(t.text)
        return found and not has_finite_verb(" ".join(kept), self.ctx.lang.code)
