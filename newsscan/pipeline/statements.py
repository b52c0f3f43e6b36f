"""Stage 5: find statements — direct quotes, indirect (reported) speech, partial quotes
(type ``mixed``), according-to attributions and free indirect continuations.

Each statement carries its cue and the cue's offset; the speaker stage reads the
subject off the cue. Statements with no cue (an unframed quote, a Konjunktiv I
sentence continuing a report) take the speaker of the statement before them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import islice

from ..model import Statement
from .clean import dateline, has_finite_verb
from .context import CLAUSE_PUNCT, END_PUNCT, Context, ReportSpan, SentenceView, named_source_end
from .speakers import _NP, INVERSION

_WORD = re.compile(r"\w+", re.UNICODE)
_CLEAN_WORD = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)  # the words has_finite_verb reads
MIN_DIRECT_WORDS = 4
OVERLAP_LOOKBACK = 8  # statements rarely nest deeper than this, so an overlap is among the last few starts
PRE_FRAME_REACH = 8  # tokens between a cue and the comma-introduced quote it frames (sagte er am Montag, „…“)
GAP = 3  # a Konjunktiv I sentence continues a report made up to this many sentences before


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_address(text: str) -> bool:
    """One run of non-space characters with a full stop inside (news.bbc.co.uk): what
    ``\\S+\\.\\S+`` fullmatches, tested without backtracking."""
    return "." in text[1:-1] and not any(ch.isspace() for ch in text)


def _zu_clause(text: str) -> bool:
    """The text ends in a zu-infinitive: ``zu kommen`` or ``anzugreifen`` (a word with
    ``zu`` inside, ending in -en), apart from trailing punctuation. One pass over the words
    (a regular expression for this backtracks cubically on ``zuzuzu…``)."""
    last = prev = None
    for m in _WORD.finditer(text):
        prev, last = last, m
    if last is None:
        return False
    word = last.group()
    if word.endswith("en") and "zu" in word[1:-3]:
        return True
    return prev is not None and prev.group() == "zu" and text[prev.end() : last.start()].isspace()


def _trim(text: str, start: int, end: int, keep_end: bool = False) -> tuple[int, int]:
    """Shrink [start, end) to drop surrounding spaces and final punctuation (with
    ``keep_end``, a sentence end stays: an inner part of a quote over several paragraphs)."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in (",;:" if keep_end else ".,;:!?…")):
        end -= 1
    return start, end


def _according_rule(nach: bool, preposition: bool, postposition: bool) -> str:
    """The rule name of an according-to attribution: ``nach Angaben``, ``laut``/``according
    to``, ``zufolge``, or an anaphoric ``demnach``."""
    if nach:
        return "according.nach"
    if preposition:
        return "according.preposition"
    return "according.postposition" if postposition else "according.anaphoric"


class _Finder:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.text = ctx.text
        self.np = _NP(ctx)
        self.frame_words = frozenset(ctx.lang.attribution.get("frame_words", ()))
        self._prepositions = [p.split() for p in ctx.lang.attribution.get("prepositions", ())]
        self._introducers = {p.lower().rstrip(":") for p in ctx.lang.attribution.get("quote_introducers", ())}
        self.used_cues: set[int] = set()
        self._starts: list[tuple[int, int]] = []  # (start, index in out), sorted
        self.narrated: dict[int, tuple[str, int]] = {}  # sentence -> a cue with no report of its own
        self.out: list[Statement] = []

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
                self.ctx.lang.capitalised_nouns
                and nxt.lower in self.ctx.lang.participles | self.ctx.lang.word_class("opinion_verbs")
                and i + 2 < len(view.tokens)
                and view.tokens[i + 2].text == ","
            ):
                return view.tokens[i].text  # hatte den Standpunkt vertreten, das Gericht sei …
        for phrase in self.ctx.lang.cue_phrases:
            if phrase[0] != first:
                continue
            words = [t.lower for t in view.tokens[i : i + len(phrase)]]
            if tuple(words) == phrase and not view.quoted[i]:
                return " ".join(t.text for t in view.tokens[i : i + len(phrase)])
        return None

    def _inserted_frame(self, view: SentenceView, i: int) -> bool:
        """``…, so der Minister.`` / ``…“, so X, …``: so after a comma or a quote, then a speaker."""
        tokens = view.tokens
        if i == 0 or view.quoted[i]:
            return False
        prev = tokens[i - 1]
        if prev.text != "," and not (view.quoted[i - 1] or prev.text in '“”"«»'):
            return False
        if i + 1 >= len(tokens):
            return False
        nxt = tokens[i + 1]
        if not (self.ctx.is_cap(nxt) or self.ctx.is_det(nxt) or self.ctx.is_adj(nxt)):
            return False
        if nxt.lower in self.ctx.lang.word_class("clause_openers_not_content") and not self.ctx.is_det(nxt):
            return False
        j = i + 1
        while j < len(tokens) and tokens[j].text not in (",", ".", "!", "?", ";", ":") and j - i <= 10:
            if tokens[j].lower in self.ctx.lang.cue_forms or tokens[j].lower in self.ctx.lang.word_class(
                "auxiliaries"
            ):
                return False
            j += 1
        return j < len(tokens)

    def _view_at(self, offset: int) -> SentenceView:
        return self.ctx.views[self.ctx.sentence_at(offset)]

    def _add(self, type_, start, end, cue=None, cue_start=None, spans=(), rule=None):
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
        start, end = spans[0][0], spans[-1][1]
        text = " ".join(self.text[s:e].strip() for s, e in spans)
        st = Statement(
            type=type_,
            text=text,
            start=start,
            end=end,
            sentence=self.ctx.sentence_at(start),
            cue=cue,
            cue_start=cue_start,
            spans=spans,
            rule=rule,
        )
        self.out.append(st)
        bisect.insort(self._starts, (st.start, len(self.out) - 1))
        if cue_start is not None:
            self.used_cues.add(cue_start)
        return st

    # direct quotes ----------------------------------------------------------
    def _post_frame(self, q) -> tuple[str, int, str] | None:
        """The frame after a quotation (``„…“, sagte er``): (cue, offset, rule) or None."""
        view = self._view_at(q.close - 1)
        i = self._token_after(view, q.close)
        if i is None:
            return None
        if view.tokens[i].text == ",":
            i += 1
        if (
            i + 1 < len(view.tokens)
            and view.tokens[i].lower in self.frame_words
            and self.ctx.cue_verbs(view, i + 1)
        ):
            i += 1  # „…“, so charakterisierte ihn X
        if (
            i + 1 < len(view.tokens)
            and (
                view.tokens[i].lower in self.ctx.lang.word_class("auxiliaries")
                or INVERSION.search(view.tokens[i].lower)
            )
            and self.ctx.cue_verbs(view, i + 1)
        ):
            i += 1  # «…», a déclaré X; «…», a-t-il ajouté
        elif i < len(view.tokens) and view.tokens[i].lower in self.ctx.lang.word_class("auxiliaries"):
            last = self.ctx.clause_last_word(view, i)  # „…“, wird der Minister in der Zeitung zitiert
            if (
                last is not None
                and view.tokens[last].lower in self.ctx.lang.participles
                and self.ctx.cue_verbs(view, last)
            ):
                return view.tokens[last].text, view.tokens[last].start, "direct.post_frame_passive"
        if not self.ctx.lang.comma_before_report and not self._cue_at(view, i):
            span = self.np.forward(view, i)  # "…," the minister said
            if span and span[1] < len(view.tokens):
                i = span[1]
        cue = self._cue_at(view, i)
        return (cue, view.tokens[i].start, "direct.post_frame") if cue else None

    def _pre_frame(self, q) -> tuple[str | None, int, str] | None:
        """The frame before a quotation (``Er sagte: „…“``, ``Merz: „…“``): (cue or None,
        offset, rule) or None."""
        view = self._view_at(q.open)
        before = self.text[view.sentence.start : q.open].rstrip()
        words = list(islice(_WORD.finditer(self.text, view.sentence.start, q.open), 5))  # 5 are enough below
        if before.endswith(tuple(self.ctx.lang.attribution.get("quote_introducers", ()))) and len(words) >= 2:
            # mit den Worten „…“: the sentence subject speaks
            return None, view.tokens[0].start, "direct.introducer"
        if not before.endswith((":", ",")):
            return None
        opener = view.index_at(q.open)
        cues, _ = self._sentence_cues(view)
        for n in range(bisect.bisect_right(self._cue_starts(view), q.open) - 1, -1, -1):
            i, cue = cues[n]  # the sentence's cues before the quote, nearest first
            t = view.tokens[i]
            if t.end > q.open:
                continue
            if before.endswith(",") and opener is not None and opener - i > PRE_FRAME_REACH:
                break  # …, das Prinzip, „…“: the cue is too far to frame the quote
            if t.start not in self.used_cues:
                return cue, t.start, "direct.pre_frame"
        if before.endswith(":") and len(words) >= 2 and self._finite_before(view, q.open):
            return None, view.tokens[0].start, "direct.colon_frame"  # Er fuhr fort: „…“ — no cue verb
        if before.endswith(":") and 1 <= len(words) <= 4 and self._names_only(view, q.open):
            return (
                None,
                view.tokens[0].start,
                "direct.headline_speaker",
            )  # Merz: „…“ — a speaker before a colon
        return None

    def _finite_before(self, view: SentenceView, offset: int) -> bool:
        """``has_finite_verb`` of the sentence up to ``offset``, without reading the sentence
        again for every quotation in it: whether a prefix has a finite verb only grows with
        the prefix, so the shortest such prefix (in words) is found once per sentence by
        bisection and compared with the number of words before ``offset``."""
        start, code = view.sentence.start, self.ctx.lang.code
        if "finite_words" not in view.memo:
            spans = [m.span() for m in _CLEAN_WORD.finditer(self.text, start, view.sentence.end)]
            lo, hi = 0, len(spans)  # has_finite_verb is false for lo words, true for hi words
            if not spans or not has_finite_verb(self.text[start : spans[-1][1]], code):
                lo = hi = len(spans) + 1  # no prefix has one
            while hi - lo > 1:
                mid = (lo + hi) // 2
                lo, hi = (
                    (lo, mid) if has_finite_verb(self.text[start : spans[mid - 1][1]], code) else (mid, hi)
                )
            view.memo["finite_words"] = ([a for a, _ in spans], [b for _, b in spans], hi)
        starts, ends, first = view.memo["finite_words"]
        k = bisect.bisect_right(ends, offset)  # words that end before the offset
        if k < len(starts) and starts[k] < offset:  # the offset cuts a word: read the prefix itself
            return has_finite_verb(self.text[start:offset].rstrip(), code)
        return k >= first

    def _names_only(self, view: SentenceView, end: int) -> bool:
        """The sentence up to ``end`` is a name or a role with a name and a colon (Merz:, Kanzler Scholz:)."""
        tokens = [t for t in view.tokens if t.end <= end and t.text != ":"]
        return bool(tokens) and all(
            self.ctx.is_cap(t) or self.ctx.is_role(t.text) or t.text in "-." for t in tokens
        )

    def _stands_alone(self, q) -> bool:
        """An unframed quotation is a statement only as a sentence (or paragraph) of its own."""
        view = self._view_at(q.open)
        before = self.text[view.sentence.start : q.open].strip()
        tail_view = self._view_at(q.close - 1)
        after = self.text[q.close : tail_view.sentence.end].strip()
        return not before and all(not ch.isalnum() for ch in after)

    def _is_sentence_like(self, q) -> bool:
        content = " ".join(self.text[s:e] for s, e in q.parts).strip()
        words = _words(content)
        if len(words) >= MIN_DIRECT_WORDS and (
            content.rstrip(' “”"«»').endswith(tuple(END_PUNCT))
            or has_finite_verb(content, self.ctx.lang.code)
        ):
            return True
        closed = content.rstrip(" “”\"«»'’").endswith(tuple(END_PUNCT))
        return (
            len(words) >= 2
            and len(q.parts) == 1
            and (content.endswith(("!", "?")) or closed and has_finite_verb(content, self.ctx.lang.code))
        )

    def direct(self) -> list:
        partial = []
        quoted = list(self.ctx.quoted)
        k = 0
        while k < len(quoted):
            q = quoted[k]
            k += 1
            k_open = self._view_at(q.open).index_at(q.open)
            if k_open and self.ctx.is_media_noun(self._view_at(q.open).tokens[k_open - 1].text):
                partial.append(q)  # die Wochenzeitung „…“: a title, not a quote
                continue
            post = self._post_frame(q)
            pre = None if post else self._pre_frame(q)
            lead = self.text[self._view_at(q.open).sentence.start : q.open]
            opens = not lead.strip()
            colon = pre is not None and pre[0] is not None and lead.rstrip().endswith(":")
            if (
                not self._is_sentence_like(q)
                and not colon
                and not (post and (len(_words(self.text[q.start : q.end])) >= 3 or opens))
            ):
                # „Wir gewinnen“, sagte sie. / "Go," he said. / Er fügte hinzu: „Es braucht Zeit.“ are quotes
                partial.append(q)
                continue
            frame = post or pre
            if pre and pre[0] is None:
                self._add(
                    "direct",
                    q.parts[0][0],
                    q.parts[-1][1],
                    cue=None,
                    cue_start=pre[1],
                    spans=q.parts,
                    rule=pre[2],
                )
                continue
            if not frame and not self._stands_alone(q):
                partial.append(q)
                continue
            spans = list(q.parts)
            lead = self.text[self._view_at(q.open).sentence.start : q.open].rstrip()
            framed_by_comma = self.text[q.close : post[1]].strip().startswith(",") if post else False
            if post and framed_by_comma and len(_words(lead)) >= 2 and not lead.endswith((":", ",")):
                # Die Regel sei „kein Selbstzweck …“, sagte X
                self._add(
                    "mixed",
                    self._view_at(q.open).sentence.start,
                    q.close,
                    cue=post[0],
                    cue_start=post[1],
                    rule="mixed.quoted_report",
                )
                continue
            rule = frame[2] if frame else "direct.unframed"
            if post and k < len(quoted):
                # „…“, sagte er, „…“ — a quote split by its frame
                nxt = quoted[k]
                between = self.text[q.close : nxt.open]
                if (
                    "\n" not in between
                    and between.rstrip().endswith(",")
                    and len(_words(between)) <= 8
                    and self._post_frame(nxt) is None
                ):
                    spans += list(nxt.parts)
                    k += 1
                    rule = "direct.split_quote"
            self._add(
                "direct",
                spans[0][0],
                spans[-1][1],
                cue=frame[0] if frame else None,
                cue_start=frame[1] if frame else None,
                spans=spans,
                rule=rule,
            )
        return partial

    # indirect speech ----------------------------------------------------------
    @staticmethod
    def _clause_start(view: SentenceView, i: int) -> int:
        """First token of the clause that token i stands in."""
        return view.clause_start(i)

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
                if t.text != ",":
                    continue
                if self._comma_closes(view, j):
                    plain.append(j)
                    subordinate.append(j)
                elif j + 1 < len(view.tokens) and view.tokens[j + 1].lower in indicative:
                    subordinate.append(j)  # dass …, hatte dieser …: the main clause resumes
            view.memo["closing_commas"] = (plain, subordinate)
        return view.memo["closing_commas"]

    def _comma_closes(self, view: SentenceView, j: int) -> bool:
        """The comma at j ends any reported clause: an according-to phrase, a new frame with a
        cue verb (…, äußerte sich jedoch …), a narrator's link or an inserted ``so X`` follows."""
        tokens = view.tokens
        if self._attribution_at(view, j + 1):
            return True  # …, according to a statement.
        if not self.ctx.lang.comma_before_report and j + 1 < len(tokens):
            span = self.np.forward(view, j + 1)
            if span and span[1] < len(tokens) and self.ctx.cue_verbs(view, span[1]):
                return True  # …, the Associated Press reported.
        return j + 1 < len(tokens) and bool(
            self.ctx.cue_verbs(view, j + 1)
            and not tokens[j + 1].lower.startswith("ge")
            or tokens[j + 1].lower in self.ctx.lang.word_class("narrator_links")
            or tokens[j + 1].lower in self.frame_words
            and self._inserted_frame(view, j + 1)
        )

    def _attribution_at(self, view: SentenceView, j: int) -> bool:
        """An according-to phrase starts at token j (according to, laut, selon)."""
        words = [t.lower for t in view.tokens[j : j + 3]]
        return any(words[: len(p)] == p for p in self._prepositions)

    def _forward_plain(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """Languages without a comma before the report (English): ``said (that) …``,
        ``told reporters (that) …``, ``said on Monday that …``, ``said:``."""
        tokens, ctx = view.tokens, self.ctx
        words = ctx.lang.word_class
        last = len(tokens) - 1
        k = i + 1
        if self._comma_frame(view, i) is not None and not any(
            t.lower in words("subordinators") for t in self._until_comma(view, k, 8)
        ):
            return None  # …, a déclaré Marine X, secrétaire …: the report is before the frame
        if k <= last and tokens[k].text == ":":
            return (tokens[k + 1].start, self._content_end(view, k + 1)) if k + 1 <= last else None
        # the addressee of tell/told: told reporters, told the BBC, told him
        if any(v.lemma == "tell" for v in ctx.lang.cue_forms.get(tokens[i].lower, ())):
            if k <= last and (
                tokens[k].lower in words("object_pronouns") or tokens[k].lower in words("stop_after_cue")
            ):
                k += 1
            else:
                span = self.np.forward(view, k)
                if span:
                    k = span[1]
        # "that" within a few words: said on Monday that …
        for j in range(k, min(k + 8, last)):
            t = tokens[j]
            if view.quoted[j] or t.text in CLAUSE_PUNCT or t.text in END_PUNCT:
                break
            if t.lower in words("subordinators"):
                return (t.start, self._content_end(view, j)) if j < last - 2 else None
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
        directive = any("directive" in v.kind for v in verbs)
        if directive:  # asked ministries to speed up …, urged voters to stay home
            to = next(
                (
                    n
                    for n in range(k, min(k + 8, last))
                    if tokens[n].lower in words("infinitive_markers")
                    and tokens[n + 1].text[:1].islower()
                    and not view.quoted[n]
                ),
                None,
            )
            if to is not None and not any(t.text in CLAUSE_PUNCT for t in tokens[k:to]):
                return nxt.start, self._content_end(view, k)
        window = range(k + 1, min(k + 6, len(tokens)))
        after_preposition = words("postmodifiers") | words("prepositions")
        finite = words("auxiliaries") | words("finite_verbs")
        endings = tuple(
            words("verb_shapes") or words("finite_endings")
        )  # English -ed/-s, Romance -ó/-ava/-ou …
        shaped = any(
            (
                tokens[n].lower in ctx.lang.cue_forms
                or tokens[n].text[:1].islower()
                and endings
                and len(tokens[n].text) > 3
                and tokens[n].lower.endswith(endings)
            )
            and not ctx.is_det(tokens[n - 1])
            and tokens[n - 1].lower not in after_preposition
            for n in window
        )
        # the rate in the first five months was …: an auxiliary may come later than a shaped verb
        listed = any(
            tokens[n].lower in finite
            for n in range(k + 1, min(k + 12, len(tokens)))
            if tokens[n].text not in CLAUSE_PUNCT
        )
        if not (shaped or listed) or any(t.text in CLAUSE_PUNCT for t in tokens[k : k + 1]):
            return None  # declared a state of emergency: an object, not a clause
        end = self._content_end(view, k)
        return (nxt.start, end) if len(_words(self.text[nxt.start : end])) >= 3 else None

    def _forward(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        if not self.ctx.lang.comma_before_report:
            return self._forward_plain(view, i)
        tokens, words = view.tokens, self.ctx.lang.word_class
        k = i + 1
        last = len(tokens) - 1
        if (
            k < len(tokens)
            and tokens[k].lower in words("subordinators")
            and not view.quoted[k]
            and tokens[k].text not in (",", ":")
            and not (tokens[k].text in END_PUNCT and k == last)
        ):
            return tokens[k].start, self._content_end(view, k)
        k = self._frame_stop(view, k)
        if (
            k < len(tokens)
            and view.quoted[k]
            and tokens[k].text not in (",", ":")
            and not (tokens[k].text in END_PUNCT and k == last)
        ):
            return None
        if k + 1 >= len(tokens) or k == last:
            return None
        while True:
            skipped = self._skip_apposition(view, k)
            if skipped == k:
                break
            k = skipped
        nxt = tokens[k + 1]
        if view.quoted[k + 1]:
            return None
        end = self._content_end(view, k + 1)
        content = self.text[nxt.start : end]
        if nxt.lower in words("subordinators") or tokens[k].text == ":":
            return nxt.start, end
        if tokens[i].lower in self.ctx.lang.speech_nouns and tokens[i].lower not in self.ctx.lang.cue_forms:
            # a noun frame takes only a zu-infinitive or a Konjunktiv I clause besides dass/ob
            if _zu_clause(content.split(",")[0]) or self.ctx.any_konjunktiv(view, k + 1, len(tokens)):
                return nxt.start, end
            return None
        if self._in_comparison_clause(view, i):
            return nxt.start, end
        low = nxt.lower
        if low in self.ctx.lang.cue_forms or low in words("auxiliaries") or self._cue_at(view, k + 1):
            return None
        if _zu_clause(content.split(",")[0]):
            verbs = self.ctx.lang.cue_forms.get(tokens[i].lower, ())
            refuses = bool(verbs) and all("nozu" in v.kind for v in verbs)
            return None if refuses else (nxt.start, end)
        if low in words("clause_openers_not_content"):
            following = tokens[k + 2] if k + 2 < len(tokens) else None
            if not (
                self.ctx.is_det(nxt)
                and following
                and (self.ctx.is_cap(following) or self.ctx.is_adj(following))
            ):
                return None
        reported = self.ctx.any_konjunktiv(view, k + 1, len(tokens), with_forms=True)
        if len(_words(content)) < 3 or not (reported or has_finite_verb(content, self.ctx.lang.code)):
            return None  # sagte …, Joachim Nagel, der „Zeitung“: no clause, no report
        core = any("core" in v.kind for v in self.ctx.lang.cue_forms.get(tokens[i].lower, ()))
        if not core and not reported:
            return None
        return nxt.start, end

    @staticmethod
    def _frame_stop(view: SentenceView, k: int) -> int:
        """The first token from k on that ends a frame: a comma, a colon, a quoted token or the
        sentence's final mark (len(tokens) when none); from a table built once per sentence."""
        stops = view.memo.get("frame_stops")
        if stops is None:
            tokens, last = view.tokens, len(view.tokens) - 1
            stops = [
                n
                for n, t in enumerate(tokens)
                if t.text in (",", ":") or view.quoted[n] or t.text in END_PUNCT and n == last
            ]
            view.memo["frame_stops"] = stops
        n = bisect.bisect_left(stops, k)
        return stops[n] if n < len(stops) else len(view.tokens)

    def _skip_apposition(self, view: SentenceView, k: int) -> int:
        """At a comma after the frame: skip ``, Kommandant des Korps,`` or ``, ohne … zu …,``
        and return the index of the comma that opens the report."""
        tokens, ctx = view.tokens, self.ctx
        nxt = k + 1
        if nxt >= len(tokens):
            return k
        m = nxt
        while m < len(tokens) and tokens[m].text != "," and tokens[m].text not in END_PUNCT:
            m += 1
        if m >= len(tokens) - 1 or tokens[m].text != ",":
            return k
        segment = tokens[nxt:m]
        if not segment:
            return k
        introducer = " ".join(t.lower for t in segment) in self._introducers  # …, mit den Worten, …
        infinitive = segment[0].lower in ctx.lang.word_class("infinitive_openers") and any(
            t.lower in ctx.lang.word_class("infinitive_markers") for t in segment
        )
        apposition = (
            ctx.starts_np(view, nxt)
            and any(ctx.is_role(t.text) for t in segment)
            and not any(
                t.lower in ctx.lang.word_class("auxiliaries") or t.lower in ctx.lang.konjunktiv
                for t in segment
            )
        )
        return m if infinitive or apposition or introducer else k

    def _in_comparison_clause(self, view: SentenceView, i: int) -> bool:
        """Wie die Sprecherin des Amtes, Eva Roth, mitteilte, … — a fronted comparison clause."""
        marks = view.memo.get("comparison_marks")
        if marks is None:
            marks = view.memo["comparison_marks"] = self._comparison_marks(view)
        return marks[i]

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
        if j > 0 and INVERSION.search(tokens[j].lower):
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

    def _backward(self, view: SentenceView, i: int) -> ReportSpan | None:
        tokens = view.tokens
        if tokens[i].lower in self.frame_words and i > 0 and tokens[i - 1].text == ",":
            start = view.sentence.start
            if view.quoted[0] or len(_words(self.text[start : tokens[i - 1].start])) < 2:
                return None
            j = i + 1
            while j < len(tokens) and tokens[j].text not in (",", ".", "!", "?", ";", ":"):
                j += 1
            if j < len(tokens) - 1 and tokens[j].text == ",":
                # Das Problem sei, so der Minister, dass … — the frame sits inside the report
                return (
                    start,
                    view.sentence.end,
                    ((start, tokens[i - 1].start), (tokens[j + 1].start, view.sentence.end)),
                )
            return start, tokens[i - 1].start
        j = i - 1
        comparison = self.ctx.lang.word_class("comparison_openers")
        c = self._clause_start(view, i)
        words = self.ctx.lang.word_class
        opener = tokens[0].lower
        if (
            self.ctx.lang.capitalised_nouns
            and tokens[i].lower in self.ctx.lang.participles
            and 0 < c < i
            and tokens[c - 1].text == ","
            and tokens[c].lower in words("perfect_auxiliaries")
            and (i + 1 == len(tokens) or tokens[i + 1].text in END_PUNCT)
            and opener
            not in words("subordinators") | words("clause_openers_not_content") | words("question_words")
        ):
            j = c - 1  # …, hatte Obama bei dem Treffen gesagt.
        elif j >= 0 and tokens[j].lower in comparison:
            j -= 1
        else:
            # …, wie der Sprecher sagte.
            c = self._clause_start(view, i)
            if c < i and tokens[c].lower in comparison and c - 1 >= 0:
                j = c - 1
        if not self.ctx.lang.comma_before_report:
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
        start = view.sentence.start
        if view.quoted[0]:
            return None
        content = self.text[start : tokens[j].start]
        reported = self.ctx.any_konjunktiv(view, 0, j)
        if len(_words(content)) < (3 if reported else 4) or not (
            reported or has_finite_verb(content, self.ctx.lang.code)
        ):
            return None  # Man sei überrascht, teilte X mit: three words will do with a Konjunktiv
        return start, tokens[j].start

    def indirect(self) -> None:
        for view in self.ctx.views:
            cues = []
            for i, t in enumerate(view.tokens):
                if t.start not in self.used_cues:
                    cue = self._cue_at(view, i)
                    if cue:
                        cues.append((i, cue))
            forward = {i: self._forward(view, i) for i, _ in cues}
            for i, span in forward.items():
                # X sagte, …, während Y erklärte, … — the first report ends where the second frame begins
                for j, other in forward.items():
                    if j > i and span and other and span[0] < view.tokens[j].start < span[1]:
                        c = self._clause_start(view, j)
                        if c > 0 and view.tokens[c - 1].start > span[0]:
                            forward[i] = span = (span[0], view.tokens[c - 1].start)
            pending = []
            for i, cue in cues:  # cue before its clause first: sagte, dass …
                span = forward[i]
                if span and not self._overlaps(span):
                    self._add(
                        "indirect",
                        span[0],
                        span[1],
                        cue=cue,
                        cue_start=view.tokens[i].start,
                        rule="indirect.cue_then_report",
                    )
                else:
                    pending.append((i, cue))
            for i, cue in pending:  # then clause before its cue: …, sagte er
                if self._anaphoric_frame(view, i, cue):
                    continue
                report = self._backward(view, i)
                if report and not self._overlaps(report[:2]):
                    so_frame = view.tokens[i].lower in self.frame_words
                    self._add(
                        "indirect",
                        report[0],
                        report[1],
                        cue=cue,
                        cue_start=view.tokens[i].start,
                        spans=report[2] if len(report) > 2 else (),
                        rule="indirect.so_frame" if so_frame else "indirect.report_then_cue",
                    )
                elif not report:
                    # Die Staatsanwaltschaft begründete ihren Antrag … — a narrated speech act whose
                    # speaker a following Konjunktiv sentence may continue
                    self.narrated.setdefault(view.sentence.index, (cue, view.tokens[i].start))

    def _anaphoric_frame(self, view: SentenceView, i: int, cue: str) -> bool:
        """``… Das teilte die Polizei mit.``: the report is the sentence before the frame."""
        tokens = view.tokens
        if i != 1 or tokens[0].lower not in self.ctx.lang.word_class("anaphoric_subjects"):
            return False
        idx = view.sentence.index
        if idx == 0:
            return False
        prev = self.ctx.sentences[idx - 1]
        if prev.paragraph < view.sentence.paragraph - 1 or self._overlaps((prev.start, prev.end)):
            return False
        if len(_words(self.text[prev.start : prev.end])) < 4:
            return False
        return (
            self._add(
                "indirect",
                prev.start,
                prev.end,
                cue=cue,
                cue_start=tokens[i].start,
                rule="indirect.anaphoric_frame",
            )
            is not None
        )

    def _overlaps(self, span: tuple[int, int]) -> bool:
        """Does ``span`` overlap a statement found so far? (statements sorted by start in ``_starts``)"""
        k = bisect.bisect_left(self._starts, (span[1],))
        for start, n in reversed(self._starts[max(0, k - OVERLAP_LOOKBACK) : k]):
            if self.out[n].end > span[0] and start < span[1]:
                return True
        return False

    def _statement_at(self, offset: int, type_: str) -> int | None:
        """Index of a statement of ``type_`` that contains ``offset``."""
        k = bisect.bisect_right(self._starts, (offset, len(self.out)))
        for start, n in reversed(self._starts[max(0, k - OVERLAP_LOOKBACK) : k]):
            if self.out[n].type == type_ and start <= offset < self.out[n].end:
                return n
        return None

    # according to ---------------------------------------------------------------
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

    # free indirect -----------------------------------------------------------------
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
            if marks and not self._in_subclause(view, n):
                return True
        return False

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

    def _in_subclause(self, view: SentenceView, n: int) -> bool:
        """Token n stands in a relative or subordinate clause (…, der … werde; …, wenn … würde)."""
        c = self._clause_start(view, n)
        if c == 0:
            return False
        opener = view.tokens[c].lower
        openers = self.ctx.lang.word_class("clause_openers_not_content") | self.ctx.lang.word_class(
            "subordinators"
        )
        return (
            opener in openers
            or opener in self.ctx.lang.word_class("relative_pronouns")
            or opener in self.ctx.lang.word_class("comparison_openers")
            or opener in self.ctx.lang.word_class("question_words")
        )

    def free_indirect(self) -> None:
        """Konjunktiv sentences with no frame that continue a report; consecutive ones in a
        paragraph form one statement."""
        covered = self._covered_sentences()
        last: tuple[int, int] | None = None  # (index in self.out, sentence index)
        for view in self.ctx.views:
            idx = view.sentence.index
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
            frame = self.narrated.get(prev) if prev not in covered else None
            near = (prev in covered or frame) and self.ctx.sentences[
                prev
            ].paragraph >= view.sentence.paragraph - 1
            if near:
                if not self._reporting_verb(view, after_report=True):
                    continue
                rule = "free_indirect.continuation"
            elif any(k in covered for k in range(idx - GAP, idx)) and self._reporting_verb(view, False):
                rule = "free_indirect.konjunktiv"
            elif self._hearsay(view):
                rule = "free_indirect.hearsay"
            else:
                continue
            if last and last[1] == prev and self.ctx.sentences[prev].paragraph == view.sentence.paragraph:
                k = last[0]
                st = self.out[k]
                _, end = _trim(self.text, st.start, view.sentence.end)
                self.out[k] = replace(st, text=self.text[st.start : end], end=end, spans=((st.start, end),))
                last = (k, idx)
                covered.add(idx)
            elif self._add("indirect", view.sentence.start, view.sentence.end, rule=rule):
                if frame:
                    self.out[-1] = replace(self.out[-1], frame=frame)
                last = (len(self.out) - 1, idx)
                covered.add(idx)

    # partial quotes -------------------------------------------------------------
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

    def partial(self, quoted: list) -> None:
        for q in quoted:
            inner = self.text[q.start : q.end]
            words = _words(inner)
            host = self._statement_at(q.open, "indirect")
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


def find(ctx: Context) -> tuple[Statement, ...]:
    finder = _Finder(ctx)
    partial = finder.direct()
    finder.indirect()
    finder.according()
    finder.partial(partial)
    finder.free_indirect()
    out = sorted(finder.out, key=lambda s: (s.start, s.end))
    return tuple(out)
