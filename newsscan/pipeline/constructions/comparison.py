"""Comparison clauses around a cue (``Wie die Sprecherin des Amtes mitteilte, …``): whether a
cue stands in one, and the bare one with no speaker (``wie erwartet``) that frames nothing."""

from __future__ import annotations

from ..context import SentenceView
from .report_ends import ReportEnds


class Comparisons(ReportEnds):
    """Telling whether a cue stands in a fronted comparison clause."""

    def _in_comparison_clause(self, view: SentenceView, i: int) -> bool:
        """Wie die Sprecherin des Amtes, Eva Roth, mitteilte, … — a fronted comparison clause."""
        marks = view.memo.get("comparison_marks")
        if marks is None:
            marks = view.memo["comparison_marks"] = self._comparison_marks(view)
        return marks[i]

    def _bare_comparison(self, view: SentenceView, i: int) -> bool:
        """A comparison clause of its opener, adverbs and a participle cue at i, with no speaker
        (``wie erwartet``, ``wie bereits angekündigt``, ``as expected``): the writer's remark that
        something went to plan, which frames nothing."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        if tokens[i].lower not in self.ctx.lang.participles:
            return False
        for n in range(i - 1, max(-1, i - 4), -1):
            if tokens[n].lower in words("comparison_openers"):
                return True
            if not tokens[n].text.islower() or self.np.is_pronoun(tokens[n]) or self.ctx.is_det(tokens[n]):
                return False
        return False

    def _comparison_marks(self, view: SentenceView) -> list[bool]:
        """For each token i: does the nearest decisive token before it open a comparison
        clause (``wie`` at the clause start) rather than end the search (a quoted token, an
        auxiliary or a cue verb)? One pass over the sentence."""
        words = self.ctx.lang.word_class
        out, state = [], False
        for j, t in enumerate(view.tokens):
            out.append(state)
            if t.lower in words("comparison_openers") and (j == 0 or view.tokens[j - 1].text == ","):
                state = True
            elif view.quoted[j] or t.lower in words("auxiliaries") or self.ctx.cue_verbs(view, j):
                state = False
        return out
