"""Quotations that continue: over paragraphs and across their own frame.

- ``direct.paragraph``: a quotation that runs over several paragraphs (the previous paragraph
  left open, the next one reopened) is one statement per paragraph; the first keeps the
  frame, each later paragraph has no cue and continues its speaker.
- ``direct.interrupted``: a quotation, its frame as a sentence of its own, and a further
  quotation in the same paragraph with no frame of its own are one statement in two parts:
  ``"We tried," Pratt said. "It failed."``.
- ``direct.shared_frame``: in a language that annotates that second quotation as a statement
  of its own (German: ``„A“, sagte X. „B“``), it takes the frame of the first: its cue and
  speaker.

Languages whose annotation keeps a quotation over paragraphs whole, and the second part of an
interrupted quotation as a message of its own (German), do not list these constructions.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from ...model import Statement
from ..quotes import Quoted
from .base import _trim, _words
from .dialogue import Dialogue

LOOKBACK = 4  # statements before a paragraph looked at for a quotation that continues
FRAME_WORDS = 25  # words between the two parts: the frame sentence (said X, director of …, in a statement)


class Continuation(Dialogue):
    """The passes over the direct quotes: split by paragraph, then join across a frame."""

    def paragraphs(self) -> None:
        """Cut every direct statement whose parts lie in several paragraphs into one
        statement per paragraph. The paragraph next to the frame keeps cue and rule: the
        first one, or the last one when the frame follows it (``"B.¶"D," Pratt said.``, where
        the first paragraph is then an unframed quotation that may continue a quotation
        before it); the others are ``direct.paragraph`` statements with no cue, whose speaker
        is the one before them."""
        if "direct.paragraph" not in self.allowed:
            return
        for n in range(len(self.out)):
            st = self.out[n]
            groups = self._paragraph_groups(st) if st.type == "direct" and len(st.spans) > 1 else []
            if len(groups) < 2:
                continue
            if st.cue_start is None or st.cue_start < groups[-1][-1][1]:
                self._replace(n, self._with_spans(st, groups[0]))
                rest = groups[1:]
            else:  # the frame follows the last paragraph
                self._replace(n, self._with_spans(st, groups[-1]))
                rest = groups[1:-1]
                self._first_paragraph(groups[0], st)
            for group in rest:
                self._add("direct", group[0][0], group[-1][1], spans=group, rule="direct.paragraph")

    def _first_paragraph(self, group: list[tuple[int, int]], frame: Statement) -> None:
        """The first paragraph of a quotation whose frame follows its last paragraph: framed
        by what comes before it (``X commented: "A.¶"B," X said.``); unframed when a quotation
        in the paragraph before shows it continues an earlier quote (``"A," X said.¶"B.¶"C,"
        Y said.``: B may be X's); else it takes the frame of the last paragraph, its cue and
        speaker phrase (``"A.¶"B," said Tom Jones.``: A is Tom Jones's)."""
        mark = group[0][0] - 1
        while mark > 0 and self.text[mark].isspace():
            mark -= 1
        pre = self._pre_frame(Quoted(mark, group[-1][1], tuple(group)))
        if pre is None and not self._quote_before(group[0][0]):
            start, end, rule = group[0][0], group[-1][1], "direct.paragraph"
            self._add("direct", start, end, frame.cue, frame.cue_start, group, rule, frame.speaker_span)
            return
        cue, cue_start, rule = pre if pre else (None, None, "direct.unframed")
        self._add("direct", group[0][0], group[-1][1], cue=cue, cue_start=cue_start, spans=group, rule=rule)

    def _quote_before(self, offset: int) -> bool:
        """Is there a direct statement in the paragraph before the one at ``offset`` (among the
        few statements starting last before it)?"""
        paragraph = self.ctx.sentences[self.ctx.sentence_at(offset)].paragraph
        k = bisect.bisect_left(self._starts, (offset,))
        for _, n in self._starts[max(0, k - LOOKBACK) : k]:
            st = self.out[n]
            if st.type == "direct" and self.ctx.sentences[st.sentence].paragraph >= paragraph - 1:
                return True
        return False

    def _paragraph_groups(self, st: Statement) -> list[list[tuple[int, int]]]:
        """The statement's spans grouped by paragraph, in order."""
        groups: list[list[tuple[int, int]]] = []
        last = None
        for span in st.spans:
            paragraph = self.ctx.sentences[self.ctx.sentence_at(span[0])].paragraph
            if paragraph != last:
                groups.append([])
                last = paragraph
            groups[-1].append(span)
        return groups

    def _with_spans(self, st: Statement, spans: list[tuple[int, int]]) -> Statement:
        """``st`` with these spans, its last one trimmed of the final punctuation."""
        spans = spans[:-1] + [_trim(self.text, *spans[-1])]
        return replace(
            st,
            text=" ".join(self.text[s:e].strip() for s, e in spans),
            start=spans[0][0],
            end=spans[-1][1],
            spans=tuple(spans),
        )

    def interrupted(self) -> None:
        """Join every framed quotation and the unframed one that continues it across its
        frame (``_continues``) into one statement of rule ``direct.interrupted``: the frame's
        cue, the parts of both quotations as spans, the text the parts joined by a space."""
        join = "direct.interrupted" in self.allowed
        if not join and "direct.shared_frame" not in self.allowed:
            return
        direct = sorted(
            (n for n, st in enumerate(self.out) if st.type == "direct"), key=lambda k: self.out[k].start
        )
        gone: set[int] = set()
        for a, b in zip(direct, direct[1:]):
            first, second = self.out[a], self.out[b]
            if a in gone or not self._continues(first, second):
                continue
            if not join:  # „A“, sagte X. „B“: B is a statement of its own, framed by X's frame
                self.out[b] = self._shared_frame(first, second)
                continue
            joined = self._with_spans(first, [*first.spans, *second.spans])
            self.out[a] = replace(joined, rule="direct.interrupted")
            gone.add(b)
        if gone:
            self.out = [st for n, st in enumerate(self.out) if n not in gone]
            self._starts = sorted((st.start, n) for n, st in enumerate(self.out))

    @staticmethod
    def _shared_frame(first: Statement, second: Statement) -> Statement:
        """``second`` framed by ``first``'s frame: its cue, cue offset and speaker phrase."""
        return replace(
            second,
            cue=first.cue,
            cue_start=first.cue_start,
            speaker_span=first.speaker_span,
            rule="direct.shared_frame",
        )

    def _continues(self, first: Statement, second: Statement) -> bool:
        """Does the unframed quotation ``second`` continue ``first`` across its frame?

        ``first`` has its frame after it (``direct.post_frame``); ``second`` has none
        (``direct.unframed``: a sentence of its own, nothing but punctuation around it) and
        opens the sentence right after the frame's, in the same paragraph; the frame is short.

        >>> # "We tried," Pratt said. "It failed."                   -> one statement, two parts
        >>> # "We tried," Pratt said. "It failed," she added.        -> two statements
        >>> # "We tried," Pratt said. Then she left. "It failed."    -> not joined
        >>> # "We tried," Pratt said.  (new paragraph) "It failed."  -> not joined
        """
        if first.rule != "direct.post_frame" or second.rule != "direct.unframed" or first.cue_start is None:
            return False
        between = self.text[first.end : second.start]
        if "\n" in between or len(_words(between)) > FRAME_WORDS:
            return False
        frame = self.ctx.sentence_at(first.cue_start)  # the quotation's sentence, or the next ("…?" X asked.)
        last = self.ctx.sentence_at(max(first.end - 1, first.start))
        return last in (frame, frame - 1) and second.sentence == frame + 1
