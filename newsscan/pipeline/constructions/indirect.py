"""Indirect speech: a cue with the report clause after or before it, and the anaphoric frame
(``… Das teilte die Polizei mit.``) whose report is the sentence before."""

from __future__ import annotations

from dataclasses import replace

from ..context import END_PUNCT, QUOTE_CLOSERS, SentenceView, named_source_end
from ..np.clause import participle_opener
from .base import (
    _words,
)
from .reports_before import ReportsBefore


class Indirect(ReportsBefore):
    """Indirect speech: a cue and its report clause."""

    def indirect(self) -> None:
        """Propose the reports of every cue not yet used by a statement (``_propose_reports``)."""
        self._unreported: list[tuple[int, str, int]] = []  # (sentence, cue, offset): a cue with no report
        for view in self.ctx.views:
            cues = []
            # a participle clause opening the sentence: its words up to the first comma are no cue
            opener_end = 0
            if participle_opener(self.np, view):
                opener_end = next((k for k, t in enumerate(view.tokens) if t.text == ","), 0) or 1
            for i, t in enumerate(view.tokens):
                if i < opener_end:
                    continue  # Asked whether she would rule out …, X said …: the question put to X
                if t.start not in self.used_cues:
                    cue = self._cue_at(view, i)
                    if cue and not self._frames_nothing(view, i):
                        cues.append((i, cue))
            links = self.ctx.lang.word_class("coordinators")
            second = {i for i, _ in cues if i and view.tokens[i - 1].lower in links}
            forward = _second_frame_reports({i: self._forward(view, i) for i, _ in cues}, second)
            for i, span in forward.items():
                # X sagte, …, während Y erklärte, … — the first report ends where the second frame begins
                for j, other in forward.items():
                    if j > i and span and other and span[0] < view.tokens[j].start < span[1]:
                        c = self._clause_start(view, j)
                        if c > 0 and view.tokens[c - 1].start > span[0]:
                            forward[i] = span = (span[0], view.tokens[c - 1].start)
            for i, cue in cues:
                self._propose_reports(view, i, cue, self._within_parentheses(view, i, forward[i]))

    def _frames_nothing(self, view: SentenceView, i: int) -> bool:
        """The cue at token i frames no report: a declaring verb (``_declares``), a comparison
        clause with no speaker (``_bare_comparison``), an intention told by a participle
        (``_intention_participle``), a participle used as an adjective (``_adjective_participle``)
        or a verb with no addressee (``_unaddressed``)."""
        return (
            self._declares(view, i)
            or self._bare_comparison(view, i)
            or self._intention_participle(view, i)
            or self._adjective_participle(view, i)
            or self._unaddressed(view, i)
        )

    def _adjective_participle(self, view: SentenceView, i: int) -> bool:
        """The participle of an @intention or @directive verb after a copula of ``[copulas]`` in
        its clause is an adjective: ``sind darauf angewiesen, … einzustellen``, ``zeigte sich
        entschlossen, … zu …``; but ``hat sich entschlossen, …`` (the perfect) and ``ist
        angewiesen worden, …`` (a passive) report."""
        tokens, lang = view.tokens, self.ctx.lang
        verbs = lang.cue_forms.get(tokens[i].lower, ())
        if tokens[i].lower not in lang.participles or not verbs:
            return False
        if not all({"intention", "directive"} & set(v.kind.split("+")) for v in verbs):
            return False
        if i + 1 < len(tokens) and tokens[i + 1].lower in lang.word_class("passive_auxiliaries"):
            return False
        copulas = lang.word_class("copulas")
        return any(t.lower in copulas for t in tokens[self._clause_start(view, i) : i])

    def _unaddressed(self, view: SentenceView, i: int) -> bool:
        """A verb that reports only after its addressee (@addressed) with punctuation right after
        it frames nothing: ``Die Zeit drängt: Die Frist läuft ab``; not ``drängte die Länder, mehr
        Lehrer einzustellen``."""
        tokens = view.tokens
        verbs = self.ctx.lang.cue_forms.get(tokens[i].lower, ())
        if not verbs or not all("addressed" in v.kind.split("+") for v in verbs):
            return False
        return i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isalnum()

    def _intention(self, view: SentenceView, i: int) -> bool:
        """Every verb of the cue form at token i reports an intention (@intention: plant,
        beabsichtigt, sagte … zu), which is the clause after it, never one before it."""
        verbs = self.ctx.lang.cue_forms.get(view.tokens[i].lower, ())
        return bool(verbs) and all("intention" in v.kind for v in verbs)

    def _intention_participle(self, view: SentenceView, i: int) -> bool:
        """The participle of an intention verb opening its clause or after an auxiliary of
        another tense than the perfect is the writer's narration of a plan, not someone's
        report: ``Es ist geplant, …``, ``Geplant sind zwei weitere Profile``; but ``hat geplant,
        … zu …`` and the finite ``beabsichtigt, … zu …`` report it."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        if tokens[i].lower not in self.ctx.lang.participles or not self._intention(view, i):
            return False
        start = self._clause_start(view, i)
        if i == start:
            return True
        passive = words("auxiliaries") - words("perfect_auxiliaries")
        return any(t.lower in passive for t in tokens[start:i])

    def _within_parentheses(
        self, view: SentenceView, i: int, span: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        """A cue inside parentheses frames only what they hold: the report after it ends at the
        closing parenthesis, and there is none after it (``sorgte für Aufsehen (Wikinews
        berichtete): Der Entwurf …``; ``(die Zeitung berichtete, er sei bewaffnet)``)."""
        if span is None:
            return None
        close = view.memo.get("parenthesis_close")
        if close is None:
            close = view.memo["parenthesis_close"] = _parenthesis_closes(view)
        end = close[i]
        if end is None:
            return span
        stop = view.tokens[end].start
        if span[0] >= stop:
            return None
        return span if span[1] <= stop else (span[0], stop)

    def _declares(self, view: SentenceView, i: int) -> bool:
        """A declaring verb (@declaring) whose clause makes its object predicative with a
        preposition of ``[predicative_prepositions]`` and one word that ends the phrase: it
        declares, it reports nothing (``erklärte die Ausschreibung für fehlerhaft, …``, ``die
        zum Sperrgebiet erklärt wurde``); not ``erklärte für die Regierung, …`` (a determiner
        follows), ``erklärte zum Abschluss, …`` (no object before it) nor ``erklärte, die Stadt
        sei zur Hilfe bereit`` (another clause)."""
        lang, tokens = self.ctx.lang, view.tokens
        if not any("declaring" in v.kind for v in lang.cue_forms.get(tokens[i].lower, ())):
            return False
        start, last = self._clause_start(view, i), view.clause_last(i)
        end = i if last is None else last
        predicative = lang.word_class("predicative_prepositions")
        for n in range(start, end):
            if n > i and not any(self.ctx.is_det(t) or self.ctx.is_cap(t) for t in tokens[i + 1 : n]):
                continue  # erklärte zum Abschluss, …: an adverbial, no object made predicative
            if tokens[n].lower in predicative and not view.quoted[n] and not self.ctx.is_det(tokens[n + 1]):
                after = n + 2
                if (
                    after >= len(tokens)
                    or after == i
                    or after > end
                    or tokens[after].lower in lang.finite_words
                ):
                    return True
        return False

    def _propose_reports(self, view: SentenceView, i: int, cue: str, span: tuple[int, int] | None) -> None:
        """The reports cue i may frame: the clause after it (``sagte, dass …``), the sentence
        before it (``Das teilte die Polizei mit.``) or the clause before it (``…, sagte er``)."""
        start = view.tokens[i].start
        if span and not self._inserted_so_frame(view, i) and not self._frame_then_joined_noun(view, i, span):
            rule = "indirect.cue_then_report"
            self._propose("indirect", span[0], span[1], cue=cue, cue_start=start, rule=rule)
        if self._anaphoric_frame(view, i, cue):
            return
        report = self._backward(view, i)
        if report and self._intention(view, i) and not self._reported_before(view, report[1]):
            report = None  # Der Bau verzögert sich, plant die Stadt: the writer's narration
        if report:
            rule, speaker = self._report_before_rule(view, i)
            spans = report[2] if len(report) > 2 else ()
            self._propose("indirect", report[0], report[1], cue, start, spans, rule, speaker)
        else:
            self._unreported.append((view.sentence.index, cue, start))

    def _inserted_so_frame(self, view: SentenceView, i: int) -> bool:
        """The frame word at i opens a frame set into the report (``Das Problem sei, so die
        Ministerin, dass …``): the report is both parts around it, not the clause after it."""
        if view.tokens[i].lower not in self.frame_words or i == 0 or view.tokens[i - 1].text != ",":
            return False
        report = self._so_frame_report(view, i)
        return report is not None and len(report) > 2

    def _frame_then_joined_noun(self, view: SentenceView, i: int, span: tuple[int, int]) -> bool:
        """The frame word at i (``so``, ``aldus``) is followed by a source whose noun phrases a
        subordinator that also joins nouns links, with no finite verb after it: no report clause
        (``…, aldus een woordvoerder van de brandweer of de politie``)."""
        if view.tokens[i].lower not in self.frame_words:
            return False
        k = view.first_at_or_after(span[0])
        return (
            k is not None
            and view.tokens[k].lower in self.ctx.lang.word_class("subordinators")
            and not self._complementiser_clause(view, k)
        )

    def _reported_before(self, view: SentenceView, end: int) -> bool:
        """The clause before an @intention cue, up to character offset end, is someone's report
        only with a Konjunktiv or a modal of hearsay or claim (``[hearsay]``, ``[claim_modals]``):
        ``Die Finanzierung sei gesichert, hat der Minister zugesagt``, ``Bis 2030 sollen 500
        Wohnungen entstehen, plant die Stadt``; not ``Der Bau verzögert sich, plant die Stadt``."""
        tokens, words = view.tokens, self.ctx.lang.word_class
        last = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
        modals = words("hearsay") | words("claim_modals")
        return self.ctx.any_konjunktiv(view, 0, last, with_forms=True) or any(
            t.lower in modals for t in tokens[:last]
        )

    def _report_before_rule(self, view: SentenceView, i: int) -> tuple[str, tuple[int, int] | None]:
        """The rule of a report before the cue at token i, and the speaker phrase it hands on:
        ``…, so der Minister`` (so frame: its source), ``…, das entschied die Behörde``
        (anaphoric frame: none), else ``…, sagte der Minister`` (the subject after the cue)."""
        if view.tokens[i].lower in self.frame_words:
            return "indirect.so_frame", self._so_source(view, i)
        if self.anaphoric_comma(view, i) is not None:
            return "indirect.anaphoric_frame", None
        return "indirect.report_then_cue", self._subject_between(view, i)

    def _so_source(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """The speaker phrase of a ``so`` frame that is one noun phrase up to the sentence end
        (``…, so der Minister.``): its character span, handed on to the speaker stage; None for
        a named source or a longer frame (``so der Minister am Montag in Berlin``)."""
        tokens = view.tokens
        if named_source_end(view, i + 1) is not None:
            return None
        span = self.np.forward(view, i + 1)
        if not span or span[1] != len(tokens) - 1 or tokens[-1].text not in END_PUNCT:
            return None
        return tokens[span[0]].start, tokens[span[1] - 1].end

    def _subject_between(self, view: SentenceView, i: int) -> tuple[int, int] | None:
        """The speaker phrase between the report's comma and cue i, where the subject stands
        before the cue (``…, the minister said``): its character span, else None. Only a cue verb
        has its subject before it (not ``…, according to records``)."""
        if not self.ctx.lang.uses("frame.subject_before_cue") or not self.ctx.cue_verbs(view, i):
            return None
        span = self.np.backward(view, i)
        if not span or span[0] == 0 or view.tokens[span[0] - 1].text != ",":
            return None
        return view.tokens[span[0]].start, view.tokens[span[1] - 1].end

    def narrate(self) -> None:
        """After the reports are resolved: a cue that frames no statement and has no report
        before it is a narrated speech act (Die Staatsanwaltschaft begründete ihren Antrag …),
        whose speaker a following Konjunktiv sentence may continue; the first of a sentence."""
        for sentence, cue, start in self._unreported:
            if start not in self.used_cues:
                self.narrated.setdefault(sentence, (cue, start))
        self._frame_unframed_quotes()

    def _frame_unframed_quotes(self) -> None:
        """A quotation standing alone right after a narrated speech act in the same or the
        previous paragraph (``Die Anwältin nennt das Urteil einen Skandal. „Das hätte nicht
        geschehen dürfen.“``) takes that act as its frame, so the speaker stage reads the act's
        subject instead of the speaker of an older statement. A cue after a possessive (``Trump's
        call with …``) is a noun, no act; nor is the frame of the quotation before it (``"Are you
        coming?" Pratt asked his colleague. "No, …"``: the reply is not Pratt's)."""
        taken = {st.sentence for st in self.out if st.rule != "direct.unframed"}
        for n, st in enumerate(self.out):
            if st.rule != "direct.unframed" or st.frame is not None:
                continue
            prev = st.sentence - 1
            act = self.narrated.get(prev)
            if act is None or prev in taken or st.sentence in taken or self._after_possessive(act[1]):
                continue
            if self._after_quotation(prev):
                continue
            if self.ctx.sentences[prev].paragraph >= self.ctx.sentences[st.sentence].paragraph - 1:
                self.out[n] = replace(st, frame=act)

    def _after_quotation(self, sentence: int) -> bool:
        """The sentence before ``sentence``, in the same paragraph, ends with a quotation mark:
        ``sentence`` is that quotation's frame (a question or exclamation cut off by the split)."""
        if sentence == 0:
            return False
        before, this = self.ctx.sentences[sentence - 1], self.ctx.sentences[sentence]
        return (
            before.paragraph == this.paragraph
            and self.text[before.start : before.end].rstrip()[-1:] in QUOTE_CLOSERS
        )

    def _after_possessive(self, offset: int) -> bool:
        """The token at ``offset`` follows a possessive ending in 's (``Trump's call``)."""
        view = self._view_at(offset)
        i = view.index_at(offset)
        return i is not None and i > 0 and view.tokens[i - 1].text.endswith(("'s", "’s"))

    def _anaphoric_frame(self, view: SentenceView, i: int, cue: str) -> bool:
        """``… Das teilte die Polizei mit.``: the report is the sentence before the frame."""
        tokens = view.tokens
        if i != 1 or tokens[0].lower not in self.ctx.lang.word_class("anaphoric_subjects"):
            return False
        idx = view.sentence.index
        if idx == 0:
            return False
        prev = self.ctx.sentences[idx - 1]
        if prev.paragraph < view.sentence.paragraph - 1 or self._reported((prev.start, prev.end)):
            return False  # the sentence before is a report of its own
        if len(_words(self.text[prev.start : prev.end])) < 4:
            return False
        return (
            self._propose(
                "indirect",
                prev.start,
                prev.end,
                cue=cue,
                cue_start=tokens[i].start,
                rule="indirect.anaphoric_frame",
            )
            is not None
        )


def _second_frame_reports(forward: dict, second: set) -> dict:
    """A report that two cues of a sentence read after them belongs to the second when a
    coordinator opens it (``second``: ``sprach den Angehörigen sein Beileid aus und versprach,
    die Häuser wieder aufzubauen``: versprach; ``spoke on Monday and warned that …``: warned).
    A nearer cue with no coordinator before it (a noun, a participle: ``äußerte die Annahme,
    dass …``, ``sagte in der erwähnten Botschaft, …``) leaves the report to the first.

    >>> _second_frame_reports({2: (40, 80), 9: (40, 80)}, {9})
    {2: None, 9: (40, 80)}
    >>> _second_frame_reports({2: (40, 80), 9: (40, 80)}, set())
    {2: (40, 80), 9: (40, 80)}
    """
    taken: dict = {}  # report start -> the last coordinated cue that reads it
    for i, span in forward.items():
        if span and i in second:
            taken[span[0]] = max(i, taken.get(span[0], i))
    return {i: None if span and taken.get(span[0], i) > i else span for i, span in forward.items()}


def _parenthesis_closes(view: SentenceView) -> list[int | None]:
    """For each token, the index of the ``)`` that closes the parenthesis it stands in (None
    outside one, or when the sentence does not close it). One pass with a stack notes the
    innermost open parenthesis of each token and where each one closes, a second looks it up:
    linear however deep the parentheses nest."""
    tokens = view.tokens
    inner: list[int | None] = [None] * len(tokens)  # the innermost ( open at each token
    closes: dict[int, int] = {}  # ( -> its )
    opened: list[int] = []
    for n, t in enumerate(tokens):
        quoted = view.quoted[n]
        if t.text == ")" and opened and not quoted:
            closes[opened.pop()] = n
        if opened:  # a parenthesis itself stands in the one around it
            inner[n] = opened[-1]
        if t.text == "(" and not quoted:
            opened.append(n)
    return [None if o is None else closes.get(o) for o in inner]
