"""Partial quotes (type ``mixed``): a short quotation inside a sentence whose cue is outside the
quotation marks; it upgrades the statement it sits in, or stands as its own."""

from __future__ import annotations

import bisect
from dataclasses import replace

from ..context import SentenceView
from ..prose import has_finite_verb
from .base import (
    _is_address,
    _words,
)
from .free_indirect import FreeIndirect


class Partial(FreeIndirect):
    """Partial quotes inside a framed sentence."""

    def _nearest_cue(self, view: SentenceView, cues: list, offset: int) -> tuple[int, str]:
        """The cue whose start is nearest to ``offset`` (the earlier one on a tie), by bisection
        of the cues, which are in text order."""
        starts = self._cue_starts(view)
        k = bisect.bisect_left(starts, offset)
        if k == 0:
            return cues[0]
        if k == len(cues) or offset - starts[k - 1] <= starts[k] - offset:
            return cues[k - 1]
        return cues[k]

    def _host_at(self, offset: int) -> int | None:
        """The report that contains ``offset``: an indirect one, or one a quotation before
        already made mixed (``warned that the state "will not sit on our hands" if the situation
        "becomes uncontrollable"``: the second quotation is part of the same report)."""
        host = self._statement_at(offset, "indirect")
        return host if host is not None else self._statement_at(offset, "mixed")

    def partial(self, quoted: list) -> None:
        for q in quoted:
            inner = self.text[q.start : q.end]
            words = _words(inner)
            host = self._host_at(q.open)
            if host is not None:
                if len(words) >= 2:
                    self.out[host] = replace(self.out[host], type="mixed")
                continue
            view = self._view_at(q.open)
            k = view.index_at(q.open)
            if k and self.ctx.is_media_noun(view.tokens[k - 1].text):
                continue  # die Zeitung „…“: a title
            cues, naming = self._sentence_cues(view)
            if (
                not naming
                and k
                and self.ctx.is_det(view.tokens[k - 1])
                and inner.strip()[:1].isupper()
                and len(words) <= 5
                and not has_finite_verb(inner, self.ctx.lang.code)
            ):
                continue  # der „Bild am Sonntag“, the "Fast and Furious" films: a title
            word_quote = (
                len(words) == 1 and inner.strip()[:1].islower()
            )  # a single quoted word such as „unfair“
            if not (naming or word_quote) and (len(words) < 2 or all(w[:1].isupper() for w in words)):
                continue
            if _is_address(inner.strip()):
                continue  # „news.bbc.co.uk“: an address, not a quote
            if cues:
                i, cue = self._nearest_cue(view, cues, q.open)
                if q.start <= view.tokens[i].start < q.end:
                    continue  # the quoted word is the cue itself
                self._add(
                    "mixed",
                    q.start,
                    q.end,
                    cue=cue,
                    cue_start=view.tokens[i].start,
                    rule="mixed.partial_quote",
                )
