"""Direct quotes: a quotation with its frame after (``„…“, sagte er``), before (``Er sagte: „…“``)
or around it, an unframed quotation continuing a speaker, and split quotes."""

from __future__ import annotations

import bisect
from itertools import islice

from ..context import END_PUNCT, SentenceView
from ..negation import negation_before
from .base import (
    _WORD,
    PRE_FRAME_REACH,
    _words,
)
from .quote_shapes import QuoteShapes
from .titles import labelled, quoted_name

FRAME_TAIL = 6  # words after the cue of a frame sentence: "…?" Pratt asked in an interview on Monday.
FRAME_REACH = 24  # tokens from a quotation to its frame's cue: "…," Pratt, the U.S. attorney for …, said


class Direct(QuoteShapes):
    """Direct quotes with their frames, unframed quotations and split quotes."""

    def _past_negation(self, view, i: int) -> int:
        """The cue verb after a negated auxiliary that opens a frame (``«…», n'a pas confirmé le
        ministre`` -> ``confirmé``; the negation pass puts ``n'a pas`` into the cue), else i:
        the first cue within five words whose negation (``negation_before``) starts at i."""
        for j in range(i + 1, min(i + 5, len(view.tokens))):
            if self.ctx.cue_verbs(view, j):
                return j if negation_before(self.ctx, view, j) == i else i
        return i

    def _post_frame(self, q) -> tuple[str, int, str, tuple[int, int] | None] | None:
        """The frame after a quotation (``„…“, sagte er``): (cue, offset, rule, the character
        span of the speaker phrase read before the cue or None) or None."""
        view = self._view_at(q.close - 1)
        i = self._token_after(view, q.close)
        if i is None:
            return self._frame_sentence_after(q)
        if view.tokens[i].text == ",":
            i += 1
        if (
            i + 1 < len(view.tokens)
            and view.tokens[i].lower in self.frame_words
            and self.ctx.cue_verbs(view, i + 1)
        ):
            i += 1  # „…“, so charakterisierte ihn X
        i = self._past_negation(view, i)
        if i + 2 < len(view.tokens) and view.tokens[i].lower in self.ctx.lang.word_class(
            "reflexive_pronouns"
        ):
            i += 1  # «…», s'est réjoui X; «…», se désole X
        if (
            i + 1 < len(view.tokens)
            and (
                view.tokens[i].lower in self.ctx.lang.word_class("auxiliaries")
                or self.ctx.lang.rules.inverted_pronoun(view.tokens[i].lower)
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
                return view.tokens[last].text, view.tokens[last].start, "direct.post_frame_passive", None
        inverted = self._inverted_verb(view, i)
        if inverted:
            return inverted, view.tokens[i].start, "direct.post_frame", None  # «…», ajoute-t-il
        first, seen = i, None
        if self.ctx.lang.uses("frame.subject_before_cue") and not self._cue_at(view, i):
            span = self.np.forward(view, i)  # "…," the minister said
            if span and span[1] < len(view.tokens):
                i, seen = span[1], (view.tokens[span[0]].start, view.tokens[span[1] - 1].end)
        cue = self._cue_at(view, i) or self._shaped_cue(view, i)
        subject_first = self.ctx.lang.uses("frame.subject_before_cue")
        if not cue and subject_first and self._opens_with_frame_comma(view, q):
            j = self._inverted_cue(view, first)
            j = self._cue_ahead(view, first) if j is None else j
            if j is not None:
                i, cue, seen = j, self._cue_at(view, j) or view.tokens[j].text, None
        return (cue, view.tokens[i].start, "direct.post_frame", seen) if cue else None

    def _inverted_verb(self, view: SentenceView, i: int | None) -> str | None:
        """A cue verb written with its subject pronoun after it, as one word (French
        ``ajoute-t-il``, ``dit-elle``, ``souligne-t-elle``): the verb as written, or None.
        An inverted auxiliary (``a-t-il ajouté``) is no cue itself; the participle after it is.

        >>> # «…», ajoute-t-il.   -> ajoute
        >>> # «…», a-t-il ajouté. -> None here (the participle is the cue)
        """
        if i is None or i >= len(view.tokens) or view.quoted[i]:
            return None
        word = view.tokens[i]
        if not self.ctx.lang.rules.inverted_pronoun(word.lower):
            return None
        verb = word.lower.split("-", 1)[0]
        return word.text[: len(verb)] if verb in self.ctx.lang.cue_forms else None

    def _shaped_cue(self, view: SentenceView, i: int) -> str | None:
        """A verb no list holds, known by the frame's shape: ``"…," Dana Pratt exclaimed.``
        — after the quotation and its speaker, a lowercase past-tense form that ends the
        sentence. The past-tense endings are the language's verb shapes of two letters or
        more (English ``-ed``); a language without them has no such cue."""
        tokens = view.tokens
        past = self.ctx.lang.past_shapes
        if not past or i + 1 >= len(tokens):
            return None
        word = tokens[i]
        if not (word.text.islower() and len(word.text) > 4 and word.text.endswith(past)):
            return None
        if tokens[i + 1].text not in END_PUNCT or view.quoted[i]:
            return None
        return word.text

    def _frame_sentence_after(self, q) -> tuple[str, int, str, None] | None:
        """The frame of a question or exclamation that the sentence split cut off:
        ``"Why now?" Dana Pratt asked.`` / ``"Go!" shouted the coach.`` — a quotation that
        opens its sentence and ends in ``?`` or ``!``, then, in the same paragraph, a short
        sentence that is only a frame: a cue after a subject or before it, and at most
        ``FRAME_TAIL`` words after the cue (``Pratt said in an interview.``), no quotation.
        Not ``"Why now?" The coach said he did not know.`` (a report follows the cue)."""
        view = self._view_at(q.close - 1)
        inside = self.text[q.start : q.end].rstrip(" \"“”'’»«")
        if self.text[view.sentence.start : q.open].strip() or not inside.endswith(("?", "!")):
            return None
        k = self.ctx.sentence_at(q.close - 1) + 1
        if k >= len(self.ctx.views) or self.ctx.sentences[k].paragraph != view.sentence.paragraph:
            return None
        frame = self.ctx.views[k]
        if not frame.tokens or any(frame.quoted) or self.text[q.close : frame.sentence.start].strip():
            return None
        i = 0 if self._cue_at(frame, 0) else (self.np.forward(frame, 0) or (0, 0))[1]
        cue = self._cue_at(frame, i) if i < len(frame.tokens) else None
        if not cue or i > FRAME_TAIL or not self._frame_tail(frame, i):
            return None
        return cue, frame.tokens[i].start, "direct.post_frame", None  # the speaker stage reads the subject

    def _frame_tail(self, frame: SentenceView, i: int) -> bool:
        """What follows the cue at token i ends a frame, not a report: nothing, the subject
        after the cue (``asked Pratt``), or at most ``FRAME_TAIL`` words opened by a
        preposition or a time word (``in an interview``, ``on Monday``); not a pronoun
        opening a reported clause (``said he did not know``)."""
        words = [t for t in frame.tokens[i + 1 :] if t.text[:1].isalnum()]
        lang = self.ctx.lang
        if not words:
            return True
        if len(words) > FRAME_TAIL or words[0].lower in lang.pronouns:
            return False
        opener = words[0].lower in lang.word_class("prepositions") | lang.word_class("time_words")
        return opener or i == 0 or len(words) <= 2 and not self.ctx.is_det(words[0])

    def _opens_with_frame_comma(self, view: SentenceView, q) -> bool:
        """The quotation opens its sentence and ends in a comma (or ``?``, ``!``), inside or
        just after its closing mark: ``"We tried," …`` — the shape of a frame after it, not
        a quoted phrase inside a sentence (``it called the move "a mistake" and said …``)."""
        if self.text[view.sentence.start : q.open].strip():
            return False
        inside = self.text[q.start : q.end].rstrip()
        return inside.endswith((",", "?", "!", "…")) or self.text[q.close : q.close + 2].lstrip().startswith(
            ","
        )

    def _cue_ahead(self, view: SentenceView, i: int) -> int | None:
        """The cue of a frame whose subject the chunker does not read whole, within
        ``FRAME_REACH`` tokens of the quotation: ``"…," Dana Pratt, a coach at the club,
        said`` / ``"…," the 14th-ranked Pratt said`` / ``"…," Pratt allegedly told …`` /
        ``"…," the statement continued.`` The frame opens with a capitalised word or a
        determiner, a time word (``last year the club said``) or a word before a capitalised
        one (``one Weibo user said``); no
        sentence end, quotation, colon, semicolon, relative pronoun or subordinator comes
        before the cue, and no auxiliary or comma before a cue known only by its shape
        (``"…," the plan was approved.`` has none)."""
        tokens = view.tokens
        if i is None or i + 1 >= len(tokens):
            return None
        words = self.ctx.lang.word_class
        if not (
            self.ctx.is_cap(tokens[i])
            or self.ctx.is_det(tokens[i])
            or self.ctx.is_cap(tokens[i + 1])
            or tokens[i].lower in words("time_words")
        ):
            return None
        stops = words("relative_pronouns") | words("subordinators")
        plain = True  # no auxiliary and no comma yet: a cue known by its shape may follow
        for j in range(i + 1, min(i + FRAME_REACH, len(tokens))):
            t = tokens[j]
            if view.quoted[j] or t.text in (";", ":", "!", "?") or t.lower in stops:
                return None  # a full stop inside the sentence is an abbreviation's (the U.S. attorney)
            if t.text[:1].islower() and (self._cue_at(view, j) or plain and self._shaped_cue(view, j)):
                return j
            plain = plain and t.text != "," and t.lower not in words("auxiliaries")
        return None

    def _inverted_cue(self, view: SentenceView, i: int) -> int | None:
        """A verb no list holds, known by the inverted frame's shape: ``"…," exclaimed the
        coach.`` / ``"…," quipped Dana Pratt, her captain.`` — right after the quotation a
        lowercase past-tense form (the language's verb shapes of two letters or more, as in
        ``_shaped_cue``), then a name or a phrase opened by a definite determiner, then the
        sentence end or a comma; after a compound past an indefinite role too (``«…», a
        soupiré un conseiller.``, not ``«…», a signé un accord.``). Not ``"…," last year …``
        (no past-tense form) nor ``"…," founded the company …`` (a phrase that goes on)."""
        tokens = view.tokens
        past = self.ctx.lang.past_shapes
        if not past or i is None or i + 1 >= len(tokens) or view.quoted[i]:
            return None
        participle = self._participle_after_auxiliary(view, i)
        i = i if participle is None else participle
        word, nxt = tokens[i], tokens[i + 1]
        shaped = word.text.islower() and len(word.text) > 4 and word.text.endswith(past)
        if participle is None and not shaped:
            return None
        if not (self.ctx.is_cap(nxt) or nxt.lower in self.ctx.lang.word_class("definite_determiners")):
            if not (participle and self._indefinite_role(view, i + 1)):
                return None
        span = self.np.forward(view, i + 1)
        if not span or span[1] >= len(tokens) or tokens[span[1]].text not in END_PUNCT | {","}:
            return None
        return i

    def _indefinite_role(self, view: SentenceView, j: int) -> bool:
        """An indefinite article, then a role noun: ``un conseiller``, ``una portavoz``."""
        tokens = view.tokens
        return (
            j + 1 < len(tokens)
            and tokens[j].lower in self.ctx.lang.word_class("indefinite")
            and self.ctx.is_role(tokens[j + 1].text)
        )

    def _participle_after_auxiliary(self, view: SentenceView, i: int) -> int | None:
        """The participle of an inverted compound past that opens a frame, or None: ``«…», a
        soupiré X`` / ``"…", ha esclamato X`` — a perfect auxiliary of the language, then a
        lowercase word of five letters or more with one of its participle endings (``-é``,
        ``-ato``, ``-ido``; not ``a été``, ``ha sido``); the frame's shape after it is then read
        as after a simple past form (``_inverted_cue``)."""
        tokens = view.tokens
        words = self.ctx.lang.word_class
        if i + 2 < len(tokens) and tokens[i].lower in words("perfect_auxiliaries") and not view.quoted[i + 1]:
            participle = tokens[i + 1].text
            if (
                participle.islower()
                and len(participle) > 4
                and participle.endswith(tuple(words("participle_endings")))
                and not self._narration_participle(participle)
            ):
                return i + 1
        return None

    def _narration_participle(self, participle: str) -> bool:
        """A participle of motion, state or change (``[narrating_participles]``, its last letter,
        gender and number, free): ``«…», è arrivato il sindaco`` narrates, frames nothing."""
        return any(participle[:-1] == w[:-1] for w in self.ctx.lang.word_class("narrating_participles"))

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
            if before.endswith(",") and self._in_reported_clause(view, q, i):
                break  # sagte, für sie sei wichtig, „…“: the quotation is part of the report
            if t.start not in self.used_cues and t.start not in self.proposed_cues:
                return cue, t.start, "direct.pre_frame"
        if before.endswith(":") and len(words) >= 2 and self._finite_before(view, q.open):
            return None, view.tokens[0].start, "direct.colon_frame"  # Er fuhr fort: „…“ — no cue verb
        if before.endswith(":") and 1 <= len(words) <= 4 and self._names_only(view, q.open):
            return (
                None,
                view.tokens[0].start,
                "direct.headline_speaker",
            )  # Merz: „…“ — a speaker before a colon
        if before.endswith(":") and len(words) >= 2 and self._quoted_sentence_ends(q):
            return None, view.tokens[0].start, "direct.colon_frame"  # Weber wörtlich: „…“ — no verb
        return None

    def _quoted_report(self, q, post) -> tuple[int, int] | None:
        """Where the clause ends whose last part is the quotation q, framed after it by ``post``:
        a clause of two words or more before the quotation, not ended by a colon, a comma or a
        dash (``Die Regel sei „kein Selbstzweck“, sagte X``; ``Hosting the event "is our dream,"
        she said``), when a comma follows the quotation or ends its content. The end is after
        the closing mark when the comma follows it, and at the comma inside it otherwise (the
        mark after the final comma is no part of the content). Returns (start, end): the clause
        starts after the last colon before the quotation (``_lead_start``). None when no such clause."""
        if not post:
            return None
        view = self._view_at(q.open)
        opener = view.index_at(q.open)
        first = 0 if opener is None else self._lead_start(view, opener)
        start = view.tokens[first].start if first < len(view.tokens) else view.sentence.start
        lead = self.text[start : q.open].rstrip()
        if len(_words(lead)) < 2 or lead.endswith((":", "—", "–")):
            return None  # He added: "…", … once — "I now recall," he said
        if lead.endswith(",") and not self._in_reported_clause(view, q):
            return None  # That being said, "…" — but: Es sei zu früh, „…“, sagte X
        if self.text[q.close : post[1]].strip().startswith(","):
            return start, q.close
        return (start, q.end) if self.text[q.start : q.end].rstrip().endswith(",") else None

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
            if quoted_name(self.ctx, self._view_at(q.open), q):
                continue  # die Organisation „Reporter ohne Grenzen“: a name, no quote at all
            if labelled(self.ctx, self._view_at(q.open), q):
                continue  # unter dem Motto „…“, ihr Erstlingswerk: „…“: a motto or a title
            post = self._post_frame(q)
            pre = None if post else self._pre_frame(q)
            lead = self.text[self._view_at(q.open).sentence.start : q.open]
            opens = not lead.strip()
            colon = pre is not None and pre[0] is not None and lead.rstrip().endswith(":")
            if (
                not self._is_sentence_like(q)
                and not colon
                and not (
                    post
                    and (len(_words(self.text[q.start : q.end])) >= 3 or opens)
                    and not self._inside_noun_phrase(q)
                )
            ):
                # „Wir gewinnen“, sagte sie. / "Go," he said. / Er fügte hinzu: „Es braucht Zeit.“ are quotes
                partial.append(q)
                continue
            frame = post or pre
            if pre and pre[0] is None:
                self._propose(
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
            clause = self._quoted_report(q, post)
            if post and clause is not None:
                # Die Regel sei „kein Selbstzweck …“, sagte X
                self._propose(
                    "mixed",
                    clause[0],
                    clause[1],
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
            self._propose(
                "direct",
                spans[0][0],
                spans[-1][1],
                cue=frame[0] if frame else None,
                cue_start=frame[1] if frame else None,
                speaker=post[3] if post else None,
                spans=spans,
                rule=rule,
            )
        return partial
