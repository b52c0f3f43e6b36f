"""According-to attributions: ``laut``/``according to``, ``zufolge``, ``nach Angaben`` and an
anaphoric ``demnach``; the report is the clause or sentence around the phrase."""

from __future__ import annotations

import bisect

from ..context import END_PUNCT, SentenceView, named_source_end
from .indirect import Indirect


def _according_rule(nach: bool, preposition: bool, postposition: bool) -> str:
    """The rule name of an according-to attribution: ``nach Angaben``, ``laut``/``according
    to``, ``zufolge``, or an anaphoric ``demnach``."""
    if nach:
        return "according.nach"
    if preposition:
        return "according.preposition"
    return "according.postposition" if postposition else "according.anaphoric"


class According(Indirect):
    """According-to attributions and the clause or sentence they attribute."""

    def _object_pronoun(self, t) -> bool:
        return t.lower in self.ctx.lang.word_class("object_pronouns") or t.lower in self.ctx.lang.pronouns

    def _skip_source(self, view: SentenceView, j: int) -> int:
        """Index after a source phrase starting at token j (with an apposition in commas)."""
        tokens, ctx = view.tokens, self.ctx
        j = named_source_end(view, j) or j
        if j < len(tokens) and self._object_pronoun(tokens[j]):
            return j + 1
        postmod = {"der", "des", "von", "vom", "eines", "einer", "aus", "bei"}
        verbs = ctx.lang.word_class("finite_verbs") | ctx.lang.word_class("auxiliaries")
        while j < len(tokens) and not view.quoted[j]:
            t = tokens[j]
            inner = (
                t.lower in ctx.lang.word_class("name_links")
                and j + 1 < len(tokens)
                and ctx.is_cap(tokens[j + 1])
            )
            if (
                ctx.is_det(t)
                or ctx.is_attributive(view, j)
                or ctx.is_nominal(t)
                or t.lower in postmod
                or inner
                or t.text.isdigit()
                and len(t.text) == 4
                and j > 0
                and ctx.is_nominal(tokens[j - 1])
            ):  # Jahr 2005
                j += 1
            elif (
                not ctx.lang.capitalised_nouns
                and j > 0
                and ctx.is_det(tokens[j - 1])
                and t.text[:1].islower()
                and t.lower not in verbs
                and t.lower not in ctx.lang.cue_forms
            ):
                j += 1  # volgens de politie, selon le rapport: the head noun after an article
                if j >= len(tokens) or tokens[j].lower not in ctx.lang.word_class("postmodifiers"):
                    break
            else:
                break
        if j < len(tokens) and tokens[j].text == ",":
            k = j + 1
            while k < len(tokens) and tokens[k].text not in (",", ".") and k - j < 10:
                k += 1
            if (
                k < len(tokens)
                and tokens[k].text == ","
                and not any(
                    tokens[x].lower in self.ctx.lang.word_class("auxiliaries") for x in range(j + 1, k)
                )
            ):
                j = k
        return j

    def according(self) -> None:
        attr = self.ctx.lang.attribution
        pre = {tuple(p.split()) for p in attr.get("prepositions", ())}
        post = set(attr.get("postpositions", ()))
        nach = set(attr.get("nach", ()))
        anaphoric = set(attr.get("anaphoric", ()))
        nouns = set(attr.get("source_nouns", ()))
        taken = {s.sentence for s in self.out}
        first_words = {p[0] for p in pre} | nach | post | anaphoric
        for view in self.ctx.views:
            if view.sentence.index in taken or (view.quoted and view.quoted[0]):
                continue
            tokens = view.tokens
            for i, t in enumerate(tokens):
                if view.quoted[i] or i + 1 >= len(tokens):
                    continue
                low = t.lower
                if low not in first_words:
                    continue
                start = view.sentence.start
                end = self._semicolon_after(view, i)  # …; demnach …
                gap = None  # the source phrase inside the report: laut X, X zufolge
                plen = next(
                    (
                        len(p)
                        for p in pre
                        if p[0] == low and tuple(x.lower for x in tokens[i : i + len(p)]) == p
                    ),
                    0,
                )
                if plen or low in nach:
                    plen = plen or 1
                    if i + plen >= len(tokens) or not (
                        self.ctx.starts_np(view, i + plen)
                        or named_source_end(view, i + plen)
                        or i == 0
                        and self._object_pronoun(tokens[i + plen])
                    ):
                        continue  # volgens hem, selon lui, according to him
                    if low in nach and any(x.text == "," for x in tokens[:i]):
                        continue  # nach … inside a subordinate clause is rarely an attribution
                    if low in nach:
                        j = i + 1
                        while (
                            j < len(tokens)
                            and j <= i + 3
                            and (
                                self.ctx.is_adj(tokens[j])
                                or self.ctx.is_det(tokens[j])
                                or tokens[j].text.endswith("s")
                                and self.ctx.is_cap(tokens[j])  # Russlands Angaben
                                and j + 1 < len(tokens)
                                and self.ctx.is_cap(tokens[j + 1])
                            )
                        ):
                            j += 1
                        if j >= len(tokens) or not (
                            self.ctx.is_cap(tokens[j]) and tokens[j].lower.endswith(tuple(nouns))
                        ):
                            continue
                    after = self._skip_source(view, i + plen)
                    if i == 0 and not self.ctx.lang.capitalised_nouns:
                        # According to a CNBC survey of economists, …: lowercase nouns belong to the source
                        comma = next(
                            (
                                c
                                for c in range(after, min(after + 10, len(tokens)))
                                if tokens[c].text == "," or view.quoted[c] or tokens[c].text in END_PUNCT
                            ),
                            None,
                        )
                        if comma is not None and tokens[comma].text == ",":
                            after = comma
                    if i == 0:  # Laut X, … : the report is what follows the source
                        if after < len(tokens):
                            start = tokens[after].start
                    elif after < len(tokens):
                        gap = (t.start, tokens[after].start)
                elif low in post:
                    if self._skip_source(view, 0) == i and i + 1 < len(tokens):
                        start = tokens[i + 1].start  # Dem Bericht zufolge …: the report follows
                    else:
                        first = self._source_start(view, i)
                        if first is not None and i + 1 < len(tokens):
                            gap = (tokens[first].start, tokens[i + 1].start)
                elif low in anaphoric:
                    if i == 0:
                        start = tokens[i + 1].start
                else:
                    continue
                spans = ((start, gap[0]), (gap[1], end)) if gap and gap[0] > start else ()
                cue = " ".join(x.text for x in tokens[i : i + max(plen, 1)])
                preposition = plen > 0 and tuple(x.lower for x in tokens[i : i + plen]) in pre
                rule = _according_rule(low in nach and not preposition, plen > 0, low in post)
                self._add("indirect", start, end, cue=cue, cue_start=t.start, spans=spans, rule=rule)
                break

    @staticmethod
    def _semicolon_after(view: SentenceView, i: int) -> int:
        """Offset of the first semicolon from token i on, else the sentence end (by bisection
        in the sentence's semicolons, listed once)."""
        semicolons = view.memo.get("semicolons")
        if semicolons is None:
            semicolons = view.memo["semicolons"] = [n for n, t in enumerate(view.tokens) if t.text == ";"]
        k = bisect.bisect_left(semicolons, i)
        return view.tokens[semicolons[k]].start if k < len(semicolons) else view.sentence.end

    def _source_start(self, view: SentenceView, i: int) -> int | None:
        """First token of the source phrase before ``zufolge`` at token i."""
        tokens, ctx = view.tokens, self.ctx
        j = i - 1
        while (
            j >= 0
            and (
                ctx.is_cap(tokens[j])
                or ctx.is_det(tokens[j])
                or ctx.is_adj(tokens[j])
                or tokens[j].lower in ("der", "des", "von", "und")
            )
            and not view.quoted[j]
        ):
            j -= 1
        return j + 1 if j + 1 < i else None
