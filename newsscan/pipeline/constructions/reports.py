"""The report clause a cue frames: after the cue (``sagte, dass …``; ``said the …`` is in
reports_plain) and before it (``…, sagte er``, ``…, so der Minister``), with the clause, comma and
comparison checks they need."""

from __future__ import annotations

import bisect

from ..context import CLAUSE_PUNCT, END_PUNCT, QUOTE_CLOSERS, SentenceView
from ..prose import has_finite_verb, straight
from .base import (
    _words,
)
from .direct import Direct

INFINITIVE_REACH = 30  # tokens of a zu-infinitive after its cue with no comma between


class Reports(Direct):
    """Finding the report clause that a cue frames, after or before the cue."""

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
                if self._coordinated_frame(view, j):
                    plain.append(j)  # … und fügte hinzu, …: a second frame of the same subject
                    subordinate.append(j)
                if t.text != "," and not self._writer_clause(view, j):
                    continue
                if self._comma_closes(view, j):
                    plain.append(j)
                    subordinate.append(j)
                elif j + 1 < len(view.tokens) and view.tokens[j + 1].lower in indicative:
                    subordinate.append(j)  # dass …, hatte dieser …: the main clause resumes
            view.memo["closing_commas"] = (plain, subordinate)
        return view.memo["closing_commas"]

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

    def _subordinate_right_after(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """A subordinate clause opening right after the cue: ``sagte dass …``."""
        tokens, k = view.tokens, i + 1
        if (
            k < len(tokens)
            and tokens[k].lower in self.ctx.lang.word_class("subordinators")
            and not view.quoted[k]
            and tokens[k].text not in (",", ":")
            and not (tokens[k].text in END_PUNCT and k == len(tokens) - 1)
        ):
            return tokens[k].start, self._content_end(view, k)
        return None

    def _infinitive_right_after(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """A zu-infinitive right after a participle cue, with no comma between (the comma before
        an infinitive is optional): ``hat angekündigt die Preise zu erhöhen``, ``wurden
        aufgefordert die Fenster geschlossen zu halten``; up to the comma or sentence end where the
        infinitive closes. Not after a verb whose zu-infinitive is no report (``abgelehnt``)."""
        tokens, lang = view.tokens, self.ctx.lang
        k = i + 1
        if k >= len(tokens) - 1 or tokens[i].lower not in lang.participles:
            return None
        if not tokens[k].text[:1].isalnum():
            return None
        verbs = lang.cue_forms.get(tokens[i].lower, ())
        if not verbs or all("nozu" in v.kind for v in verbs) or tokens[k].lower in lang.cue_forms:
            return None
        words = lang.word_class
        if tokens[k].lower in words("auxiliaries") | words("infinitive_markers") | words("coordinators"):
            return None  # … aufgefordert wurde, …; beschuldigt zu werden; … und versucht zu haben
        for m in range(k + 1, min(len(tokens), k + INFINITIVE_REACH)):
            last = m == len(tokens) - 1 and tokens[m].text in END_PUNCT
            if tokens[m].text in (",", ":", ";") or last:
                content = self.text[tokens[k].start : tokens[m].start]
                return (tokens[k].start, tokens[m].start) if lang.rules.infinitive_clause(content) else None
        return None

    def _report_comma(self, view: SentenceView, i: int) -> int | None:
        """The comma or colon that ends the frame of cue i (past appositions), when an
        unquoted report follows it: ``sagte der Minister, ein Sprecher des Amtes, die …``."""
        tokens, last = view.tokens, len(view.tokens) - 1
        k = self._frame_stop(view, i + 1)
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
        return None if view.quoted[k + 1] else k

    def _report_after_comma(self, view: SentenceView, i: int, k: int) -> tuple[int, int] | None:
        """The clause after the frame's comma k as the report of cue i: a subordinate clause or
        what follows a colon always; after a speech noun only a zu-infinitive or a Konjunktiv;
        in a comparison clause always; else a main clause that reads as a report."""
        tokens = view.tokens
        nxt = tokens[k + 1]
        end = self._content_end(view, k + 1)
        content = self.text[nxt.start : end]
        if nxt.lower in self.ctx.lang.word_class("subordinators"):
            return nxt.start, end
        if tokens[k].text == ":":
            # ergab folgende Paarungen: A – B und C – D: a list with no verb is no report
            return (nxt.start, end) if self._clause_after_colon(view, k + 1, content) else None
        if tokens[i].lower in self.ctx.lang.speech_nouns and tokens[i].lower not in self.ctx.lang.cue_forms:
            # a noun frame takes only a zu-infinitive or a Konjunktiv I clause besides dass/ob
            if self.ctx.lang.rules.infinitive_clause(content.split(",")[0]):
                return nxt.start, self._infinitive_close(view, k + 1, end)
            if self.ctx.any_konjunktiv(view, k + 1, len(tokens)):
                return nxt.start, end
            return None
        if self._in_comparison_clause(view, i):
            return nxt.start, end
        if not self._main_clause_report(view, i, k, content):
            return None
        return nxt.start, self._infinitive_close(view, k + 1, end)

    def _infinitive_close(self, view: SentenceView, j: int, end: int) -> int:
        """Where a report from token j up to ``end`` ends when it is a zu-infinitive closed by a
        comma after which the main clause resumes with its finite verb (listed, Konjunktiv or by
        the language's shape): ``Die Forderung, die Löhne zu erhöhen, wurde abgelehnt`` and ``Der
        Vorschlag, die Flaggen zu wechseln, erhält Zuspruch`` end at the infinitive; ``forderte,
        die Löhne zu erhöhen, um …`` keeps its end (no finite verb after the comma)."""
        tokens, lang = view.tokens, self.ctx.lang
        m = j
        while m < len(tokens) - 1 and tokens[m].start < end and tokens[m].text != ",":
            m += 1
        if tokens[m].text != "," or tokens[m].start >= end or view.quoted[m + 1]:
            return end
        if not lang.rules.infinitive_clause(self.text[tokens[j].start : tokens[m].start]):
            return end
        low, words = tokens[m + 1].lower, lang.word_class
        if not tokens[m + 1].text[:1].islower() or low in words("adverb_starters") | words("stop_after_cue"):
            return end
        finite = (
            low in lang.finite_words
            or low in lang.konjunktiv
            or lang.rules.finite_shape(low, ",", (), frozenset())
        )
        return tokens[m].start if finite else end

    def _clause_after_colon(self, view: SentenceView, j: int, content: str) -> bool:
        """What follows a frame's colon is a report when it is a clause: it has a finite verb or
        a Konjunktiv form (``erklärte: Die Lage ist ernst``), not a list of names or nouns
        (``Als Besatzung sind vorgesehen: Ann Lee, Pilotin; Jan Roth, …``)."""
        return has_finite_verb(content, self.ctx.lang.code) or self.ctx.any_konjunktiv(
            view, j, len(view.tokens), with_forms=True
        )

    def _main_clause_report(self, view: SentenceView, i: int, k: int, content: str) -> bool:
        """A main clause after the frame's comma is a report when it does not open with a cue or
        an auxiliary, is a zu-infinitive the cue allows, or has three words with a finite verb
        and a core cue or a Konjunktiv (``sagte er, die Lage sei ernst``)."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        low = tokens[k + 1].lower
        if low in self.ctx.lang.cue_forms or low in words("auxiliaries") or self._cue_at(view, k + 1):
            return False
        if low in words("infinitive_openers") or self._verb_first_main_clause(view, k + 1):
            return False  # …, um den Weg freizumachen; Als sie es erzählte, verdoppelte das Gericht …
        if self.ctx.lang.rules.infinitive_clause(content.split(",")[0]):
            verbs = self.ctx.lang.cue_forms.get(tokens[i].lower, ())
            return not (bool(verbs) and all("nozu" in v.kind for v in verbs))
        if low in words("clause_openers_not_content") and not self._noun_phrase_opens(view, k + 1):
            return False
        if self._prepositional_relative(view, k + 1):
            return False
        reported = self.ctx.any_konjunktiv(view, k + 1, len(tokens), with_forms=True)
        if len(_words(content)) < 3 or not (reported or has_finite_verb(content, self.ctx.lang.code)):
            return False  # sagte …, Joachim Nagel, der „Zeitung“: no clause, no report
        if reported:
            return True
        core = any("core" in v.kind for v in self.ctx.lang.cue_forms.get(tokens[i].lower, ()))
        return core and not self._writer_goes_on(view, i, k)

    def _writer_goes_on(self, view: SentenceView, i: int, k: int) -> bool:
        """An indicative clause after the comma k is the writer's going on, not what cue i
        framed, when the cue is a passive participle (its subject is what was said: ``Die Zahl
        wird auf 400 geschätzt, die meisten haben …``, ``Das muss noch bestätigt werden, im Mai
        soll er …``) or the clause opens with a link of ``[consequence_links]`` (``meldete
        einen Schaden, so dass …``, ``wollte mehr verlangen, doch hat …``); not ``Es wurde
        bestätigt, dass …`` (a dass-clause), ``sagte, die Lage ist ernst`` nor ``sagte, doch
        „…“``."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        second = k + 2 < len(tokens) and not view.quoted[k + 2] and tokens[k + 2].lower
        first = tokens[k + 1].lower
        link = first in words("consequence_links") or first == "so" and second in words("subordinators")
        if link and second:
            return True  # not doch „…“: the quotation marks say it was said
        passive = words("passive_auxiliaries")
        return tokens[i].lower in self.ctx.lang.participles and any(
            t.lower in passive for t in tokens[self._clause_start(view, i) : k]
        )

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

    def _prepositional_relative(self, view: SentenceView, j: int) -> bool:
        """A preposition and a relative pronoun with no noun after it open a relative clause of the
        phrase before the comma, not a report (``ergänzt es um Hinweise, bei denen …``, ``kündigte
        eine Kundgebung an, zu der 100.000 Menschen erwartet werden``); ``…, in dem Bericht …``
        (an article before its noun) is no relative clause, and one in Konjunktiv reports what the
        phrase says (``verwies auf Studien, nach denen X ebenbürtig sei``)."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        return (
            j + 2 < len(tokens)
            and tokens[j].lower in words("prepositions")
            and tokens[j + 1].lower in words("relative_pronouns")
            and not view.quoted[j + 1]
            and not self._noun_phrase_opens(view, j + 1)
            and not self.ctx.any_konjunktiv(view, j, len(tokens), with_forms=True)
        )

    def _noun_phrase_opens(self, view: SentenceView, j: int) -> bool:
        """Token j is a determiner followed by a capitalised word or an adjective (``die Lage``)."""
        following = view.tokens[j + 1] if j + 1 < len(view.tokens) else None
        return bool(
            self.ctx.is_det(view.tokens[j])
            and following
            and (self.ctx.is_cap(following) or self.ctx.is_adj(following))
        )

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
