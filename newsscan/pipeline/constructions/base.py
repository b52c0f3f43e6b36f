"""Shared state and helpers of the statement constructions: the list of statements found so far,
overlap checks against it, cue lookup and the small text helpers every family uses."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property

from ...model import Statement
from ..clean import dateline
from ..context import Context, SentenceView
from ..np import Chunker
from ..prose import has_finite_verb

_WORD = re.compile(r"\w+", re.UNICODE)
MIN_DIRECT_WORDS = 4
OVERLAP_LOOKBACK = 8  # statements rarely nest deeper than this, so an overlap is among the last few starts
PRE_FRAME_REACH = 8  # tokens between a cue and the comma-introduced quote it frames (sagte er am Montag, „…“)
PHRASE_GAP = 2  # adverbs between two words of a fixed cue phrase (hält es jedoch auch für)
GAP = 3  # a Konjunktiv I sentence continues a report made up to this many sentences before


@dataclass(frozen=True)
class Candidate:
    """What a construction saw, before the resolver decides: its rule, the statement type, the
    content spans (character offsets, trimmed), the cue as written and the cue's offset."""

    rule: str
    type: str  # direct | indirect | mixed
    spans: tuple[tuple[int, int], ...]
    cue: str | None = None
    cue_start: int | None = None
    speaker: tuple[int, int] | None = None  # the speaker phrase the construction read (offsets)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_address(text: str) -> bool:
    """One run of non-space characters with a full stop inside (news.bbc.co.uk): what
    ``\\S+\\.\\S+`` fullmatches, tested without backtracking."""
    return "." in text[1:-1] and not any(ch.isspace() for ch in text)


def _trim(text: str, start: int, end: int, keep_end: bool = False) -> tuple[int, int]:
    """Shrink [start, end) to drop surrounding spaces and final punctuation (with
    ``keep_end``, a sentence end stays: an inner part of a quote over several paragraphs)."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in (",;:" if keep_end else ".,;:!?…")):
        end -= 1
    if end - start > 2 and text[end - 1] in '"”’' and text[end - 2] in ",;:":
        end -= 2  # … was "a disaster," but …: a closing mark after the final comma goes with it
    return start, end


class FinderBase:
    """The state the constructions share: the statements found so far (sorted by start for
    overlap checks), the cue offsets already used and the narrated cues with no report."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text = ctx.text
        self.np = Chunker(ctx)
        self.frame_words = frozenset(ctx.lang.attribution.get("frame_words", ()))
        self._prepositions = [p.split() for p in ctx.lang.attribution.get("prepositions", ())]
        self._introducers = {p.lower().rstrip(":") for p in ctx.lang.attribution.get("quote_introducers", ())}
        self.used_cues: set[int] = set()
        self.allowed = frozenset(ctx.lang.constructions)  # the constructions the language lists
        self._starts: list[tuple[int, int]] = []  # (start, index in out), sorted
        self.narrated: dict[int, tuple[str, int]] = {}  # sentence -> a cue with no report of its own
        self.out: list[Statement] = []  # the statements accepted so far
        self.candidates: list[Candidate] = []  # proposed since the last ``resolve``
        self.proposed_cues: set[int] = set()  # cue offsets of the candidates proposed so far

    # helpers --------------------------------------------------------------
    @staticmethod
    def _token_after(view: SentenceView, offset: int) -> int | None:
        """Index of the first token starting at or after ``offset``."""
        return view.first_at_or_after(offset)

    def _cue_at(self, view: SentenceView, i: int) -> str | None:
        """A cue verb or a fixed cue phrase starting at token i."""
        if i is None or i >= len(view.tokens):
            return None
        if view.tokens[i].lower in self.frame_words:
            return view.tokens[i].text if self._inserted_frame(view, i) else None
        cue = self.ctx.cue_verbs(view, i)
        if cue:
            return cue
        first = view.tokens[i].lower
        if first in self.ctx.lang.speech_nouns and not view.quoted[i] and i + 1 < len(view.tokens):
            nxt = view.tokens[i + 1]
            if nxt.text == ",":
                return view.tokens[i].text  # die Ansicht, dass …
            if (
                self.ctx.lang.uses("cue.speech_noun_participle")
                and self._clause_end_verb(nxt)
                and i + 3 < len(view.tokens)
                and view.tokens[i + 2].text == ","
                and not self._finite_first(view, i + 3)
            ):
                return view.tokens[i].text  # hatte den Standpunkt vertreten, das Gericht sei …
        for phrase in self.ctx.lang.cue_phrases:
            if phrase[0] != first or view.quoted[i]:
                continue
            found = self._phrase_tokens(view, i, phrase)
            if found:
                return " ".join(view.tokens[n].text for n in found)
        return None

    def _finite_first(self, view: SentenceView, j: int) -> bool:
        """Token j, right after a frame's comma, is a lowercase finite verb (listed or Konjunktiv):
        the main clause resumes after a subordinate clause, and what follows reports nothing
        (``Da sie Angst hatte, habe der Anwalt …``); a report puts its subject first."""
        t, lang = view.tokens[j], self.ctx.lang
        return (
            t.text[:1].islower()
            and not view.quoted[j]
            and (t.lower in lang.finite_words or t.lower in lang.konjunktiv)
        )

    def _clause_end_verb(self, t) -> bool:
        """Token t, last in its clause, is its verb: a speech verb's participle, an opinion verb,
        a separable particle of ``[verb_particles]`` or a lowercase word with a verb's shape
        (``Rules.verb_shape``: ``den Vorschlag unterbreitet``, ``eine Warnung ausgesprochen``,
        ``lehnte … ab``)."""
        low, words = t.lower, self.ctx.lang.word_class
        if not t.text.islower() or not low.isalpha():
            return False
        if low in self.ctx.lang.participles or low in words("opinion_verbs") | words("verb_particles"):
            return True
        return self.ctx.lang.rules.verb_shape(self.ctx, low)

    def _phrase_tokens(self, view: SentenceView, i: int, phrase: tuple) -> list[int] | None:
        """The token indices of the fixed cue ``phrase`` starting at token i, its words in order
        with up to ``PHRASE_GAP`` adverbs between two of them (``hält es jedoch für``, ``wurde
        dann bekannt``); None when it does not stand there."""
        tokens = view.tokens
        gap_words = self._phrase_gap_words
        found, n = [i], i + 1
        for word in phrase[1:]:
            skipped = 0
            while n < len(tokens) and skipped < PHRASE_GAP and tokens[n].lower != word:
                if tokens[n].lower not in gap_words or not tokens[n].text.islower():
                    return None
                n, skipped = n + 1, skipped + 1
            if n >= len(tokens) or tokens[n].lower != word or view.quoted[n]:
                return None
            found.append(n)
            n += 1
        return found

    @cached_property
    def _phrase_gap_words(self) -> frozenset:
        """The words that may stand between two words of a fixed cue phrase: adverbs that are
        no preposition (``hält es jedoch für``) and time words (``liet dinsdag weten``, ``maakte
        gisteren bekend``)."""
        words = self.ctx.lang.word_class
        return (words("adverb_starters") - words("prepositions")) | (
            self.ctx.lang.time_words - words("prepositions")
        )

    def _cue_length(self, view: SentenceView, i: int) -> int:
        """How many tokens the cue at token i spans, with the adverbs inside it: a fixed verb
        phrase (``laat weten``, ``liet dinsdag weten``, ``hizo saber``), else one (also
        ``according to``, whose source follows)."""
        first = view.tokens[i].lower
        spans = (
            self._phrase_tokens(view, i, p)
            for p in self.ctx.lang.cue_phrases
            if p[0] == first and list(p) not in self._prepositions
        )
        return max((found[-1] - i + 1 for found in spans if found), default=1)

    def _bare_adjective(self, view: SentenceView, k: int) -> bool:
        """Token k is an adjective-shaped word that is no name, determiner or role, followed by a
        word that opens no phrase (no capitalised noun, determiner, preposition or final mark):
        ``so lange könne …``, ``so viele wie …``, ``so definieren sie …`` (no speaker); not ``so
        britische Medien``, ``so zeigen in Afrika durchgeführte Studien``, ``so letztere.``."""
        tokens, ctx, words = view.tokens, self.ctx, self.ctx.lang.word_class
        t = tokens[k]
        if k + 1 >= len(tokens) or ctx.is_cap(t) or ctx.is_det(t) or ctx.is_role(t.text) or not ctx.is_adj(t):
            return False
        nxt = tokens[k + 1]
        return nxt.text[:1].isalpha() and not (
            ctx.is_cap(nxt) or ctx.is_det(nxt) or nxt.lower in words("prepositions")
        )

    def _inserted_frame(self, view: SentenceView, i: int) -> bool:
        """``…, so der Minister.`` / ``…“, so X, …`` / ``…", aldus woordvoerder X.``: so after a
        comma or a quote, then a speaker (a name, a determiner, an adjective or a role noun)."""
        tokens = view.tokens
        if i == 0 or view.quoted[i]:
            return False
        prev = tokens[i - 1]
        if prev.text != "," and not (view.quoted[i - 1] or prev.text in '“”"«»'):
            return False
        if i + 1 >= len(tokens):
            return False
        nxt = tokens[i + 1]
        if not (
            self.ctx.is_cap(nxt) or self.ctx.is_det(nxt) or self.ctx.is_adj(nxt) or self.ctx.is_role(nxt.text)
        ):
            return False
        if nxt.lower in self.ctx.lang.word_class("clause_openers_not_content") and not self.ctx.is_det(nxt):
            return False
        if self._bare_adjective(view, i + 1):
            return False  # …, so lange könne …; …, so viele wie nie: no speaker after so
        j = i + 1
        while j < len(tokens) and tokens[j].text not in (",", ".", "!", "?", ";", ":") and j - i <= 10:
            if self._complementiser_clause(view, j):
                break  # …, so der Minister dass …: the frame ends
            if tokens[j].lower in self.ctx.lang.cue_forms or tokens[j].lower in self.ctx.lang.word_class(
                "auxiliaries"
            ):
                return False
            j += 1
        return j < len(tokens)

    def _complementiser_clause(self, view: SentenceView, j: int) -> bool:
        """Token j is a subordinator that opens a clause; one that is also a coordinator only when
        a finite verb follows before the next clause punctuation (a listed or German-shaped one,
        or more than one noun phrase): it ends an inserted frame the writer set no comma after (``…, so der
        Minister dass die Kosten steigen``); a subordinator that also joins noun phrases does
        not (Dutch ``of``: ``…, aldus een woordvoerder van de brandweer of de politie``).

        >>> # …, aldus de minister dat de kosten stijgen.    -> dat: a clause
        >>> # …, aldus een woordvoerder van de brandweer of de politie.  -> of: no clause
        """
        tokens, words = view.tokens, self.ctx.lang.word_class
        if tokens[j].lower not in words("subordinators"):
            return False
        if tokens[j].lower not in words("coordinators"):
            return True  # dass, that, que: only ever a complementiser
        k = j + 1
        while k < len(tokens) and tokens[k].text not in (",", ".", "!", "?", ";", ":"):
            k += 1
        if k == j + 1:
            return False
        if has_finite_verb(self.text[tokens[j + 1].start : tokens[k - 1].end], self.ctx.lang.code):
            return True
        phrase = self.np.forward(view, j + 1)  # a verb no list knows: more than a noun phrase follows
        return phrase is None or phrase[1] < k

    def _view_at(self, offset: int) -> SentenceView:
        return self.ctx.views[self.ctx.sentence_at(offset)]

    def _candidate(
        self, type_, start, end, cue=None, cue_start=None, spans=(), rule=None, speaker=None
    ) -> Candidate | None:
        """The candidate of construction ``rule`` (trimmed, dateline dropped), unless the language
        does not list that construction or nothing is left."""
        if rule not in self.allowed:
            return None
        start, end = _trim(self.text, start, end)
        if (start == 0 or self.text[start - 1] == "\n") and (found := dateline(self.text, start)):
            start = found[2]  # WASHINGTON (Reuters) - …: the dateline is no part of a report
            spans = ((start, spans[0][1]),) + tuple(spans[1:]) if spans else ()
        if end <= start:
            return None
        last = len(spans) - 1
        spans = tuple(
            s
            for s in (_trim(self.text, a, b, keep_end=n < last) for n, (a, b) in enumerate(spans))
            if s[1] > s[0]
        ) or ((start, end),)
        return Candidate(rule, type_, spans, cue, cue_start, speaker)

    def _propose(
        self, type_, start, end, cue=None, cue_start=None, spans=(), rule=None, speaker=None
    ) -> Candidate | None:
        """Propose a statement of construction ``rule`` to the resolver (``resolve.resolve``),
        with the speaker phrase it read when it read one; the candidate, or None when there is
        none (see ``_candidate``)."""
        candidate = self._candidate(type_, start, end, cue, cue_start, spans, rule, speaker)
        if candidate is not None:
            self.candidates.append(candidate)
            if cue_start is not None:
                self.proposed_cues.add(cue_start)
        return candidate

    def _add(
        self, type_, start, end, cue=None, cue_start=None, spans=(), rule=None, speaker=None
    ) -> Statement | None:
        """Add a statement of a later pass (one that builds on the resolved statements) at once,
        with the speaker phrase it read, if any; the statement, or None (see ``_candidate``)."""
        candidate = self._candidate(type_, start, end, cue, cue_start, spans, rule, speaker)
        return None if candidate is None else self._accept(candidate)

    def _accept(self, candidate: Candidate) -> Statement:
        """Make ``candidate`` a statement: kept in text order for the overlap checks, its cue used."""
        spans = candidate.spans
        start, end = spans[0][0], spans[-1][1]
        st = Statement(
            type=candidate.type,
            text=" ".join(self.text[s:e].strip() for s, e in spans),
            start=start,
            end=end,
            sentence=self.ctx.sentence_at(start),
            cue=candidate.cue,
            cue_start=candidate.cue_start,
            spans=spans,
            rule=candidate.rule,
            speaker_span=candidate.speaker,
        )
        self.out.append(st)
        bisect.insort(self._starts, (st.start, len(self.out) - 1))
        if candidate.cue_start is not None:
            self.used_cues.add(candidate.cue_start)
        return st

    def _replace(self, n: int, st: Statement) -> None:
        """Statement n becomes ``st``; its entry in ``_starts`` moves with its start."""
        if st.start != self.out[n].start:
            self._starts.remove((self.out[n].start, n))
            bisect.insort(self._starts, (st.start, n))
        self.out[n] = st

    def _sentence_cues(self, view: SentenceView) -> tuple[list, bool]:
        """The cues of a sentence outside quotation marks as (token index, cue), and whether
        one of them is a naming verb (nannte … „…“); computed once per sentence."""
        if "cues" not in view.memo:
            cues = [(i, self._cue_at(view, i)) for i in range(len(view.tokens))]
            cues = [(i, c) for i, c in cues if c and not view.quoted[i]]
            naming = any(
                "naming" in v.kind and view.tokens[i].lower not in self.ctx.lang.participles
                for i, _ in cues
                for v in self.ctx.lang.cue_forms.get(view.tokens[i].lower, ())
            )
            view.memo["cues"] = (cues, naming)
        return view.memo["cues"]

    def _cue_starts(self, view: SentenceView) -> list[int]:
        """Start offsets of the sentence's cues (``_sentence_cues``), for bisection."""
        if "cue_starts" not in view.memo:
            view.memo["cue_starts"] = [view.tokens[i].start for i, _ in self._sentence_cues(view)[0]]
        return view.memo["cue_starts"]

    def _overlaps(self, span: tuple[int, int]) -> bool:
        """Does ``span`` overlap a statement found so far? (statements sorted by start in ``_starts``)"""
        k = bisect.bisect_left(self._starts, (span[1],))
        for start, n in reversed(self._starts[max(0, k - OVERLAP_LOOKBACK) : k]):
            parts = self.out[n].spans or ((start, self.out[n].end),)  # a frame between two parts is free
            if any(a < span[1] and b > span[0] for a, b in parts):
                return True
        return False

    def _reported(self, span: tuple[int, int]) -> bool:
        """Does ``span`` overlap a statement or a candidate proposed so far? For a construction
        whose report is another sentence, which must not hold a report of its own."""
        return self._overlaps(span) or any(c.start < span[1] and span[0] < c.end for c in self.candidates)

    def _statement_at(self, offset: int, type_: str) -> int | None:
        """Index of a statement of ``type_`` that contains ``offset``."""
        k = bisect.bisect_right(self._starts, (offset, len(self.out)))
        for start, n in reversed(self._starts[max(0, k - OVERLAP_LOOKBACK) : k]):
            if self.out[n].type == type_ and start <= offset < self.out[n].end:
                return n
        return None
