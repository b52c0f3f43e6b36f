"""Free indirect speech: a Konjunktiv I or hearsay sentence with no cue of its own continues a
report made shortly before it."""

from __future__ import annotations

import bisect
from dataclasses import replace

from ..context import SentenceView
from ..prose import has_finite_verb
from .base import (
    GAP,
    OVERLAP_LOOKBACK,
    _trim,
)
from .konjunktiv_clauses import KonjunktivClauses


class FreeIndirect(KonjunktivClauses):
    """Free indirect continuations of an earlier report."""

    def _covered_sentences(self) -> set:
        covered: set = set()
        for st in self.out:
            covered.update(
                range(self.ctx.sentence_at(st.start), self.ctx.sentence_at(max(st.start, st.end - 1)) + 1)
            )
        return covered

    def _reporting_verb(self, view: SentenceView, after_report: bool) -> bool:
        """A verb form that marks the sentence as reported: Konjunktiv I (``sei``, ``reiche aus``);
        right after a report also Konjunktiv II and ``soll … haben``."""
        lang = self.ctx.lang
        words = lang.word_class
        tokens = view.tokens
        for n, t in enumerate(tokens):
            if view.quoted[n] or not t.text[:1].islower():
                continue
            low = t.lower
            marks = (
                self.ctx.is_konjunktiv1(view, n)
                or after_report
                and (low in lang.konjunktiv or low in words("hearsay"))
            )
            if (
                marks
                and self._reported_clause(view, n)
                and not self._first_person_indicative(view, n)
                and not self._in_formula(view, n)
            ):
                return True
        return False

    def _listed_konjunktiv(self, view: SentenceView) -> bool:
        """Does the sentence have a listed Konjunktiv I that reports (``_reports_konjunktiv``)?"""
        return any(self._reports_konjunktiv(view, n) for n in range(len(view.tokens)))

    def _reports_konjunktiv(self, view: SentenceView, n: int) -> bool:
        """Token n is a listed Konjunktiv I form written in lowercase (``sei``, ``habe``; not the
        noun ``Suche``, none told by its shape alone) outside quotation marks and outside any
        subordinate clause, not a first person indicative and not part of a set phrase.

        >>> # Die Lage sei ernst.           -> sei: reports
        >>> # Gott sei Dank gibt es Hilfe.  -> sei: a formula
        """
        t = view.tokens[n]
        return (
            t.lower in self.ctx.lang.konjunktiv1
            and t.text.islower()
            and not view.quoted[n]
            and self._reported_clause(view, n)
            and not self._first_person_indicative(view, n)
            and not self._in_formula(view, n)
        )

    def _in_formula(self, view: SentenceView, n: int) -> bool:
        """Token n is the Konjunktiv of a set phrase of ``[konjunktiv_formulas]``, which reports
        nothing: ``Es sei denn, …``, ``wie dem auch sei`` (not ``sei es``: ``Nun sei es
        notwendig …`` reports).

        >>> # Es sei denn, man zählt den Hund.   -> sei: a formula
        >>> # Es sei dort ruhig.                 -> sei: a report
        """
        low = view.tokens[n].lower
        for formula in self.ctx.lang.word_class("konjunktiv_formulas"):
            words = formula.split()
            k = n - words.index(low) if low in words else -1
            if k >= 0 and [t.lower for t in view.tokens[k : k + len(words)]] == words:
                return True
        return False

    def _first_person_indicative(self, view: SentenceView, n: int) -> bool:
        """Token n is a form that for the first person singular is also the indicative (``habe``,
        ``plane``; but ``ich sei``, ``ich könne`` differ) and an unquoted ``ich`` stands in its own
        clause (between the same clause punctuation): an interview answer, not a report. An
        ``ich`` in another clause of the sentence says nothing about the form's subject.

        >>> # Ich habe viel gelernt und plane einen Film.   -> habe, plane: indicative
        >>> # Er sagte, ich sei zu spät gekommen.           -> sei: Konjunktiv
        >>> # Mich habe er nicht gesehen, obwohl ich …      -> habe: Konjunktiv (its subject is er)
        """
        words = self.ctx.lang.word_class
        if view.tokens[n].lower in words("first_person_konjunktiv"):
            return False
        clauses = view.memo.get("first_person_clauses")
        if clauses is None:
            first = words("first_person_singular")
            clauses = view.memo["first_person_clauses"] = {
                view.clause_start(k)
                for k, t in enumerate(view.tokens)
                if t.lower in first and not view.quoted[k]
            }
        return view.clause_start(n) in clauses

    def _form(self, view: SentenceView) -> str:
        """How the sentence marks itself as reported: ``hearsay`` when only sollen does
        (``Der Mann soll … gestohlen haben``), else ``konjunktiv``. Consecutive sentences join
        into one statement only in the same form: the annotation keeps a hearsay sentence and a
        Konjunktiv sentence apart.

        >>> # Der Mann soll geflohen sein. Er habe eine Waffe getragen.  -> two statements
        >>> # Er sei geflohen. Er habe eine Waffe getragen.             -> one statement
        """
        hearsay = self.ctx.lang.word_class("hearsay")
        marked = False
        for n, t in enumerate(view.tokens):
            if view.quoted[n] or not t.text[:1].islower() or not self._reported_clause(view, n):
                continue
            if t.lower in hearsay:
                marked = True
            elif t.lower in self.ctx.lang.konjunktiv or self.ctx.is_konjunktiv1(view, n):
                return "konjunktiv"
        return "hearsay" if marked else "konjunktiv"

    def _hearsay(self, view: SentenceView) -> bool:
        """``Der Mann soll … gestohlen haben``: sollen in a main clause reports what others say."""
        hearsay = self.ctx.lang.word_class("hearsay")
        perfect = self.ctx.lang.word_class("perfect_infinitive")
        tokens = view.tokens
        if not any(
            t.lower in hearsay and not view.quoted[n] and not self._in_subclause(view, n)
            for n, t in enumerate(tokens)
        ):
            return False
        if self._planned(view):
            return False
        # the clause ends in a perfect infinitive: … gestohlen haben / … verletzt worden sein
        for n, t in enumerate(tokens):
            if (
                t.lower in perfect
                and n + 1 < len(tokens)
                and tokens[n + 1].text in (".", ",", ";", "!", "?")
                and n > 0
                and tokens[n - 1].text[:1].islower()
            ):
                return True
        return False

    def _planned(self, view: SentenceView) -> bool:
        """The sentence speaks of the future (a word of ``[future_words]``, or ``bis`` before one:
        ``bis dahin``): its ``soll … sein`` is a plan or a rule, not hearsay (``DNA-Proben sollen
        in Zukunft erlaubt sein``, ``bis dahin sollen die Verhandlungen abgeschlossen sein``)."""
        future = self.ctx.lang.word_class("future_words")
        tokens = view.tokens
        return any(
            t.lower in future and (t.lower != "dahin" or n > 0 and tokens[n - 1].lower == "bis")
            for n, t in enumerate(tokens)
        )

    def _narrated_before(self, view: SentenceView) -> tuple[str, int] | None:
        """The narrated speech act (a cue with no report of its own) of one of the ``GAP``
        sentences before ``view`` in its paragraph, the nearest first: a Konjunktiv I sentence
        after it continues it (``Die Polizei spricht von Schäden. In 400 Autos wurde Feuer
        gelegt. In einem Depot seien 27 Busse zerstört worden.``)."""
        idx, paragraph = view.sentence.index, view.sentence.paragraph
        for k in range(idx - 1, max(-1, idx - GAP - 1), -1):
            if self.ctx.sentences[k].paragraph != paragraph:
                return None
            if (act := self._narrated_act(k)) is not None:
                return act
        return None

    def _narrated_act(self, k: int) -> tuple[str, int] | None:
        """The narrated speech act of sentence k, unless its cue stands in the subordinate clause
        that opens the sentence (``Dass X als Kunst betrachtet wird, ist klar``, ``Ob man ihn
        einen Helden nennen kann, ist fraglich``, ``Nachdem er sie festgehalten hat, …``): a
        clause that is the subject or the setting of the sentence narrates no speech act."""
        act = self.narrated.get(k)
        if act is None:
            return None
        view = self.ctx.views[k]
        n = view.index_at(act[1])
        if n is None or view.clause_start(n) != 0 or n >= self._first_clause_end(view):
            return act
        return None if self._leading_subclause(view) else act

    def _report_in_konjunktiv_sentence(self, view: SentenceView, covered: set) -> int | None:
        """Right after a report, a sentence whose main clause has a Konjunktiv I form and whose
        only statement is a report clause of a cue inside it: the whole sentence continues the
        report before, and the clause is a part of it (``Die Anwältin gab an, … Zuerst habe
        ihre Mandantin nicht damit gerechnet, dass der Mann erscheine.``; ``… So gebe es
        Hinweise, dass …``). The index of that statement, or None.

        >>> # X sagte, … . Zuerst habe sie nicht damit gerechnet, dass er komme. -> the dass report
        >>> # X sagte, … . Sie hat nicht damit gerechnet, dass er komme.         -> None (indicative)
        >>> # X sagte, … . Wegen der Berichte, sie seien bedroht, wächst die Sorge, … -> None
        """
        idx = view.sentence.index
        if idx not in covered or idx - 1 not in covered or not view.tokens or view.quoted[0]:
            return None
        if self.ctx.sentences[idx - 1].paragraph < view.sentence.paragraph - 1:
            return None
        inside = self._statements_over(view.sentence.start, view.sentence.end)
        if len(inside) != 1 or self.out[inside[0]].rule != "indirect.cue_then_report":
            return None
        st = self.out[inside[0]]
        if st.start <= view.sentence.start or st.cue_start is None or st.cue_start < view.sentence.start:
            return None
        k = view.first_at_or_after(st.cue_start)
        lead = range(min(0 if k is None else k, self._first_clause_end(view)))  # the cue's main clause
        return inside[0] if any(self._reports_konjunktiv(view, n) for n in lead) else None

    def _statements_over(self, start: int, end: int) -> list[int]:
        """Indices of the statements that start in ``[start, end)`` or run on over ``start``,
        found by bisection over the sorted starts (one that runs on over ``start`` is among the
        last ``OVERLAP_LOOKBACK`` starts before it), so the cost is that of the window.

        >>> # A sagte, es sei gut. [B habe gezögert, meinte sie, dass er komme.]  -> the dass report
        """
        lo = bisect.bisect_left(self._starts, (start,))
        hi = bisect.bisect_left(self._starts, (end,))
        before = [n for _, n in self._starts[max(0, lo - OVERLAP_LOOKBACK) : lo] if self.out[n].end > start]
        return before + [n for _, n in self._starts[lo:hi]]

    def _widen_to_sentence(self, n: int, view: SentenceView) -> None:
        """Statement n becomes the free indirect continuation that is its whole sentence, the
        report clause it was now a part of it (see ``_report_in_konjunktiv_sentence``)."""
        st = self.out[n]
        start, end = _trim(self.text, view.sentence.start, view.sentence.end)
        self._replace(
            n,
            replace(
                st,
                text=self.text[start:end],
                start=start,
                end=end,
                spans=((start, end),),
                cue=None,
                cue_start=None,
                rule="free_indirect.continuation",
                speaker_span=None,
            ),
        )

    def free_indirect(self) -> None:
        """Konjunktiv sentences with no frame that continue a report; consecutive ones of the
        same form (``_form``) form one statement, also over a paragraph break (the annotation
        keeps ``Er sei geflohen.¶¶Er habe …`` whole)."""
        covered = self._covered_sentences()
        last: tuple[int, int, str] | None = None  # (index in self.out, sentence index, form)
        for view in self.ctx.views:
            idx = view.sentence.index
            inner = self._report_in_konjunktiv_sentence(view, covered)
            if inner is not None:
                self._widen_to_sentence(inner, view)  # Zuerst habe sie nicht gerechnet, dass …
                last = (inner, idx, self._form(view))
                continue
            if idx in covered or idx == 0 or not view.tokens or view.quoted[0]:
                continue
            colon = next((n for n, t in enumerate(view.tokens) if t.text == ":" and not view.quoted[n]), None)
            if (
                colon
                and 2 <= colon < len(view.tokens) - 3
                and has_finite_verb(
                    self.text[view.sentence.start : view.tokens[colon].start], self.ctx.lang.code
                )
                and self._reporting_verb(
                    SentenceView(view.sentence, view.tokens[colon + 1 :], view.quoted[colon + 1 :]),
                    after_report=False,
                )
            ):
                # the speaker is the subject before the colon
                if self._add(
                    "indirect",
                    view.tokens[colon + 1].start,
                    view.sentence.end,
                    cue=None,
                    cue_start=view.tokens[colon].start,
                    rule="free_indirect.colon",
                ):
                    last = None
                    covered.add(idx)
                continue
            prev = idx - 1
            frame = self._narrated_act(prev) if prev not in covered else None
            near = (prev in covered or frame) and self.ctx.sentences[
                prev
            ].paragraph >= view.sentence.paragraph - 1
            if near:
                if not self._reporting_verb(view, after_report=True):
                    continue
                rule = "free_indirect.continuation"
            elif any(k in covered for k in range(idx - GAP, idx)) and self._reporting_verb(view, False):
                rule = "free_indirect.konjunktiv"
            elif (act := self._narrated_before(view)) and self._listed_konjunktiv(view):
                rule, frame = "free_indirect.konjunktiv", act
            elif self._hearsay(view):
                rule = "free_indirect.hearsay"
            else:
                continue
            form = self._form(view)
            if (
                last
                and last[1] == prev
                and last[2] == form
                and self.ctx.sentences[prev].paragraph >= view.sentence.paragraph - 1
            ):
                k = last[0]
                st = self.out[k]
                _, end = _trim(self.text, st.start, view.sentence.end)
                self.out[k] = replace(st, text=self.text[st.start : end], end=end, spans=((st.start, end),))
                last = (k, idx, form)
                covered.add(idx)
            elif self._add("indirect", view.sentence.start, view.sentence.end, rule=rule):
                if frame:
                    self.out[-1] = replace(self.out[-1], frame=frame)
                last = (len(self.out) - 1, idx, form)
                covered.add(idx)
