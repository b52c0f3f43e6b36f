"""The report clause a cue frames: after the cue (``sagte, dass …``; ``said the …`` is in
reports_plain) and before it (``…, sagte er``, ``…, so der Minister``), with the clause, comma and
comparison checks they need."""

from __future__ import annotations

import bisect

from ..context import CLAUSE_PUNCT, END_PUNCT, SentenceView
from ..cue_place import calls_by_name
from ..prose import has_finite_verb
from .base import (
    _words,
)
from .comparison import Comparisons

INFINITIVE_REACH = 30  # tokens of a zu-infinitive after its cue with no comma between


class Reports(Comparisons):
    """Finding the report clause that a cue frames, after or before the cue."""

    @staticmethod
    def _clause_start(view: SentenceView, i: int) -> int:
        """First token of the clause that token i stands in."""
        return view.clause_start(i)

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
            k = self._skip_frame_rest(view, skipped)
        return None if view.quoted[k + 1] else k

    def _skip_frame_rest(self, view: SentenceView, k: int) -> int:
        """After an apposition ending at comma k, the rest of the frame up to the next comma, when
        it ends in a da-word or a verb particle and holds no verb (``entschied sich X, der Leiter
        des Amtes, dazu, … zu …``; ``ruft die Gruppe, ein Verband aus Y, alle Mönche dazu auf,
        …``): the index of that comma, else k."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        m = k + 1
        while m < len(tokens) and m - k <= 8 and tokens[m].text != "," and not view.quoted[m]:
            t = tokens[m]
            if t.lower in self.ctx.lang.finite_words or t.lower in self.ctx.lang.konjunktiv:
                return k
            m += 1
        if m >= len(tokens) - 1 or tokens[m].text != "," or m == k + 1:
            return k
        last = tokens[m - 1].lower
        correlate = last.startswith(tuple(words("particle_adverb_prefixes"))) and len(last) <= 7
        particle = last in words("verb_particles") and m - 1 > k + 1
        return m if (correlate or particle) and tokens[m - 1].text.islower() else k

    def _report_after_comma(self, view: SentenceView, i: int, k: int) -> tuple[int, int] | None:
        """The clause after the frame's comma k as the report of cue i: a subordinate clause or
        what follows a colon always; after a speech noun only a zu-infinitive or a Konjunktiv;
        in a comparison clause always; else a main clause that reads as a report."""
        tokens = view.tokens
        nxt = tokens[k + 1]
        end = self._content_end(view, k + 1)
        content = self.text[nxt.start : end]
        if self._source_clause(view, k + 1):
            return None
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

    def _source_clause(self, view: SentenceView, j: int) -> bool:
        """The clause at token j, after the comma of a complete clause, is a comparison clause
        with a cue of its own, the source of the clause before it, not its report: ``Die Firma
        bestreitet die Vorwürfe, wie aus einer Mitteilung hervorgeht``, ``…, wie ein Sprecher
        sagte``; not right after a cue or its particle, whose content the clause is (``Der
        Lehrer erzählte, wie die Kinder berichteten``, ``teilte mit, wie …``), nor a question
        with no cue (``erklärte, wie das Verfahren funktioniere``)."""
        tokens = view.tokens
        if j < 2 or tokens[j].lower not in self.ctx.lang.word_class("comparison_openers"):
            return False
        before = j - 2  # the word before the comma
        if self._cue_at(view, before) or before > 0 and self._cue_at(view, before - 1):
            return False  # erzählte, wie …; teilte mit, wie …
        for n in range(j + 1, min(j + 16, len(tokens))):
            if tokens[n].text in CLAUSE_PUNCT or view.quoted[n]:
                return False
            if self._cue_at(view, n):
                return True
        return False

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
        if low in words("infinitive_openers") and not self._fronted_phrase(view, k + 1, content):
            return False  # …, um den Weg freizumachen; …, ohne es zu wissen
        if self._verb_first_main_clause(view, k + 1):
            return False  # Als sie es erzählte, verdoppelte das Gericht …
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

    def _fronted_phrase(self, view: SentenceView, j: int, content: str) -> bool:
        """A word that may open an infinitive (``ohne``, ``statt``) at token j opens a phrase
        fronted before a Konjunktiv instead: the clause up to its comma is no zu-infinitive and
        has a Konjunktiv form (``sagte, ohne höhere Preise könne das Angebot nicht gehalten
        werden``; not ``sagte, ohne es zu wissen``)."""
        clause = content.split(",")[0]
        if self.ctx.lang.rules.infinitive_clause(clause):
            return False
        end = next((n for n in range(j, len(view.tokens)) if view.tokens[n].text == ","), len(view.tokens))
        return self.ctx.any_konjunktiv(view, j + 1, end)

    def _writer_goes_on(self, view: SentenceView, i: int, k: int) -> bool:
        """An indicative clause after the comma k is the writer's going on, not what cue i
        framed, when the cue is a passive participle with a subject (what was said: ``Die Zahl
        wird auf 400 geschätzt, die meisten haben …``, ``Das muss noch bestätigt werden, im Mai
        soll er …``) or the clause opens with a link of ``[consequence_links]`` (``meldete
        einen Schaden, so dass …``) or of ``[contrast_openers]`` after a cue that does not end its
        frame (``wollte mehr verlangen, doch hat …``; not ``sagte, doch die Kassen …``); not
        ``Es wurde bestätigt, dass …`` (a dass-clause), ``sagte, die Lage ist ernst`` nor
        ``sagte, doch „…“``."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        second = k + 2 < len(tokens) and not view.quoted[k + 2] and tokens[k + 2].lower
        first = tokens[k + 1].lower
        link = first in words("consequence_links") or first == "so" and second in words("subordinators")
        contrast = first in words("contrast_openers") and not self._cue_ends_frame(view, i, k)
        if second and (link or contrast):
            return True  # not doch „…“: the quotation marks say it was said
        passive, start = words("passive_auxiliaries"), self._clause_start(view, i)
        if not any(t.lower in passive for t in tokens[start:k]) or self._impersonal_passive(view, start, i):
            return False
        return tokens[i].lower in self.ctx.lang.participles

    def _impersonal_passive(self, view: SentenceView, start: int, i: int) -> bool:
        """The passive cue at i has no subject before it, only an expletive of
        ``[expletive_subjects]`` and the auxiliary: ``Es wurde mitgeteilt, die Schule bleibt
        geschlossen``, ``Mitgeteilt wurde, …`` frame the clause after them; not ``Die Zahl wird
        auf 400 geschätzt, …``."""
        words = self.ctx.lang.word_class
        empty = words("expletive_subjects") | words("passive_auxiliaries")
        return all(t.lower in empty for t in view.tokens[start:i])

    def _cue_ends_frame(self, view: SentenceView, i: int, k: int) -> bool:
        """The cue at i is the finite verb of its clause right before the comma k: ``Die
        Ministerin sagte, doch …``; not ``wollte mehr verlangen, doch …`` (an auxiliary or modal
        before it) nor ``hat das gesagt, doch …`` (a participle)."""
        tokens, lang = view.tokens, self.ctx.lang
        if k != i + 1 or tokens[i].lower in lang.participles:
            return False
        auxiliaries = lang.word_class("auxiliaries")
        return not any(t.lower in auxiliaries for t in tokens[self._clause_start(view, i) : i])

    def _prepositional_relative(self, view: SentenceView, j: int) -> bool:
        """A preposition and a relative pronoun with no noun after it open a relative clause of the
        phrase before the comma, not a report (``ergänzt es um Hinweise, bei denen …``, ``kündigte
        eine Kundgebung an, zu der 100.000 Menschen erwartet werden``); ``…, in dem Bericht …``
        (an article before its noun) is no relative clause, and one in Konjunktiv I reports what the
        phrase says (``verwies auf Länder, in denen die Lage sicher sei``; a Konjunktiv II does
        not: ``verwies auf die Länder, aus denen die meisten Bewerber kämen``), after an
        according-to preposition (``_according_relative``) in any Konjunktiv (``verwies auf
        Studien, nach denen die Impfstoffe sicher wären``)."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        return (
            j + 2 < len(tokens)
            and tokens[j].lower in words("prepositions")
            and tokens[j + 1].lower in words("relative_pronouns")
            and not view.quoted[j + 1]
            and not self._noun_phrase_opens(view, j + 1)
            and not self.ctx.any_konjunktiv(view, j, len(tokens), self._according_relative(tokens[j].lower))
        )

    def _according_relative(self, preposition: str) -> bool:
        """An according-to preposition of the language (``laut``, ``nach``) that does not also
        mean "in accordance with" a rule (``[norm_prepositions]``): its relative clause says
        what a source says (``Studien, nach denen …``), in whatever Konjunktiv."""
        attribution, words = self.ctx.lang.attribution, self.ctx.lang.word_class
        according = set(attribution.get("prepositions", ())) | set(attribution.get("nach", ()))
        return preposition in according and preposition not in words("norm_prepositions")

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
        return m if infinitive or apposition or introducer or self._calling_clause(view, nxt, m) else k

    def _calling_clause(self, view: SentenceView, first: int, end: int) -> bool:
        """Tokens first..end are a comparison clause that gives a name (``…, wie sich die Junta
        selbst nennt, …``), an aside the frame goes on after."""
        tokens = view.tokens
        return tokens[first].lower in self.ctx.lang.word_class("comparison_openers") and any(
            any("calling" in v.kind for v in self.ctx.lang.cue_forms.get(tokens[n].lower, ()))
            and calls_by_name(self.ctx.lang, view, n)
            for n in range(first + 1, end)
        )
