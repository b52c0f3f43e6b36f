"""The speaker strategies of stage 6: where the subject of a cue stands. Used only for a
statement whose construction handed on no speaker phrase (``Statement.speaker_span``)."""

from __future__ import annotations

from .context import CLAUSE_PUNCT, QUOTE_MARKS, Context, SentenceView, SpeakerSpan, named_source_end
from .np import Chunker
from .np.clause import sentence_subject as _sentence_subject
from .np.clause import with_subject as _with_subject


def speaker_span(np: Chunker, view: SentenceView, i: int, cue: str) -> SpeakerSpan | None:
    """The speaker's token span for the cue at token i: the sentence subject for a colon frame
    (no cue); the source of an according-to or impersonal phrase; else the subject of a cue verb
    (``_verb_cue_speaker``)."""
    if cue is None:  # a colon frame: the subject of the sentence speaks
        return _sentence_subject(np, view)
    low = cue.lower()
    attr = np.ctx.lang.attribution
    if low in attr.get("impersonal", ()):
        return _document_source(np, view)
    if low in attr.get("anaphoric", ()):
        return None
    if low in attr.get("postpositions", ()):
        return np.backward(view, i, clause_start=False)
    if (
        low in attr.get("prepositions", ())
        or low in attr.get("nach", ())
        or low in attr.get("frame_words", ())
    ):
        return _source_after_preposition(np, view, i + len(low.split()))
    return _verb_cue_speaker(np, view, i, low)


def _document_source(np: Chunker, view: SentenceView) -> tuple[int, int] | None:
    """In einem Papier des Ministeriums heißt es, … / So heißt es in dem Schreiben: … — the
    noun phrase after a document preposition."""
    tokens = view.tokens
    for j, t in enumerate(tokens):
        if t.lower in np.ctx.lang.word_class("document_prepositions") and not view.quoted[j]:
            span = np.forward(view, j + 1)
            if span and not np.is_pronoun(tokens[span[0]]):
                return span
    return None


def _source_after_preposition(np: Chunker, view: SentenceView, j: int) -> tuple[int, int] | None:
    """The source after ``laut``/``according to`` at token j: a named source (``laut
    bildblog.de``, ``laut „Reuters“`` without the quotation marks) or a noun phrase."""
    end = named_source_end(view, j)
    if end is not None:  # laut bildblog.de, laut „Reuters“
        quoted = view.tokens[j].text in QUOTE_MARKS
        return (j + 1, end - 1) if quoted else (j, end)
    return np.forward(view, j)


def _verb_cue_speaker(np: Chunker, view: SentenceView, i: int, low: str) -> SpeakerSpan | None:
    """The subject of the cue verb at token i, in order: a French inverted pronoun; the sentence
    subject of a participial cue or of a cue after a coordinating conjunction; a pronoun after
    the cue; the sentence subject of a speech noun;
    a subject before the cue; a noun phrase after it; a subject before an auxiliary; else the
    subject of the sentence (coordination: X äußerte sich …, erklärte jedoch …)."""
    ctx, tokens = np.ctx, view.tokens
    if i > 0 and ctx.lang.rules.inverted_pronoun(tokens[i - 1].lower):
        return i - 1, i  # «…», a-t-il déclaré
    if ctx.lang.rules.inverted_pronoun(tokens[i].lower):
        return i, i + 1  # «…», ajoute-t-il: the verb and its pronoun are one word
    if any("participial" in v.kind for v in ctx.lang.cue_forms.get(tokens[i].lower, ())):
        return _with_subject(np, view, i) or _sentence_subject(np, view, i)  # X defended the plan, saying …
    if i > 1 and tokens[i - 1].lower in ctx.lang.word_class("coordinators") and not view.quoted[i - 1]:
        shared = _shared_subject(np, view, i)  # X bestätigte nicht und nannte sie …: X speaks
        if shared:
            return shared
    fwd = _subject_after_cue(np, view, i)
    if fwd and np.is_pronoun(tokens[fwd[0]]):
        return fwd
    if low in ctx.lang.speech_nouns:  # X vertritt die Ansicht, dass …: the sentence subject
        return _sentence_subject(np, view)
    back = _subject_before_cue(np, view, i, fwd)
    if back:
        return back
    if fwd:
        return _past_medium(np, view, fwd, low)
    return _subject_before_auxiliary(np, view, i) or _sentence_subject(np, view)


def _shared_subject(np: Chunker, view: SentenceView, i: int) -> SpeakerSpan | None:
    """The subject a cue after a coordinating conjunction at token i - 1 shares: the sentence
    subject (X bestätigte nicht und nannte sie …; X said …, but added …)."""
    span = _sentence_subject(np, view, i)
    return span if span and span[1] < i - 1 else None


def _subject_after_cue(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """The noun phrase after the cue at token i (past object pronouns and an adverb before a
    determiner: so charakterisierte ihn der …; erklärte gestern ein Sprecher), unless it opens
    the report (warned that cuts …; said he had lost …), follows a preposition (said in the
    statement) or is the addressee of the cue (told The Hill, told the audience)."""
    ctx, tokens = np.ctx, view.tokens
    if tokens[i].lower in ctx.lang.word_class("addressee_verbs"):
        return None  # X told Reuters: the phrase after the cue is the addressee
    cue_end = i + 1
    while cue_end < len(tokens) and (
        tokens[cue_end].lower in ctx.lang.word_class("object_pronouns")
        or tokens[cue_end].text[:1].islower()
        and np._is_adverb(tokens[cue_end])
        and tokens[cue_end].lower not in ctx.lang.word_class("prepositions")  # said in the statement
        and tokens[cue_end].lower not in ctx.lang.word_class("clause_openers_not_content")  # said after his
        and cue_end + 1 < len(tokens)
        and ctx.is_det(tokens[cue_end + 1])
    ):
        cue_end += 1  # so charakterisierte ihn der …; erklärte gestern ein Sprecher
    fwd = np.forward(view, cue_end)
    if fwd and tokens[fwd[0]].lower in ctx.lang.word_class("subordinators"):
        return None  # warned that cuts …: the report, not its speaker
    if (
        fwd
        and ctx.lang.uses("report.no_comma")
        and fwd[1] < len(tokens)
        and (
            np.is_pronoun(tokens[fwd[0]])
            and tokens[fwd[1]].text[:1].isalnum()
            or verb_like(ctx, tokens[fwd[1]])
        )
    ):
        return None  # said he had lost …, said the patrols were …: the report's subject
    return fwd


def _subject_before_cue(
    np: Chunker, view: SentenceView, i: int, fwd: tuple[int, int] | None
) -> SpeakerSpan | None:
    """A subject before the cue at token i: the antecedent of a relative pronoun, the subject
    after a comparison opener, else the noun phrase before the cue (not an oblique or a medium
    when a phrase follows the cue: Der Zeitung sagte X)."""
    ctx, tokens = np.ctx, view.tokens
    c = i - 1
    while c >= 0 and tokens[c].text not in CLAUSE_PUNCT and not view.quoted[c]:
        c -= 1
    antecedent = _relative_antecedent(np, view, i, c)
    if antecedent:
        return antecedent
    if c + 1 < i and tokens[c + 1].lower in ctx.lang.word_class("comparison_openers"):
        # Wie das Magazin X in einem Bericht vom Montag berichtet, …: the subject follows "wie"
        span = np.forward(view, c + 2)
        if span and span[1] <= i:
            return span
    back = _noun_phrase_before(np, view, i)
    if (
        back
        and fwd
        and (tokens[back[0]].lower in ctx.lang.word_class("oblique_determiners") or np.is_medium(view, back))
    ):
        return None  # Der Zeitung sagte X: …; Dem Sender sagte X; Xinhua quoted X as saying
    return back


def _relative_antecedent(np: Chunker, view: SentenceView, i: int, c: int) -> tuple[int, int] | None:
    """X, der … betonte: the relative pronoun after the comma c stands for the phrase before it."""
    tokens = view.tokens
    if (
        c >= 0
        and tokens[c].text == ","
        and c + 1 < i
        and tokens[c + 1].lower in np.ctx.lang.word_class("subject_relatives")
    ):
        antecedent = np.backward(view, c, clause_start=False)
        if antecedent and len(antecedent) == 2:
            return antecedent
    return None


def _noun_phrase_before(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """The noun phrase that opens the cue's clause; where nouns are not capitalised also before
    an auxiliary (Il ministero ha definito …); or before a time phrase (Prime Minister X on
    June 12 asked …)."""
    ctx, tokens = np.ctx, view.tokens
    back = np.backward(view, i)
    if (
        back is None
        and i > 0
        and ctx.lang.uses("speaker.before_auxiliary")
        and tokens[i - 1].lower in ctx.lang.word_class("auxiliaries")
    ):
        back = np.backward(view, i - 1)  # Il ministero ha definito …: the subject before the auxiliary
    if back is not None:
        return back
    t = i  # Prime Minister X on June 12 asked …: past a time phrase
    time_words = ctx.lang.word_class("time_words") | ctx.lang.word_class("months")
    while (
        t > 1
        and (tokens[t - 1].lower in time_words or tokens[t - 1].text.isdigit())
        and not view.quoted[t - 1]
    ):
        t -= 1
    if t < i and tokens[t].lower in time_words | ctx.lang.word_class("date_prepositions"):
        return np.backward(view, t)
    return None


def _past_medium(np: Chunker, view: SentenceView, fwd: tuple[int, int], low: str) -> tuple[int, int]:
    """After a report verb, a medium is not the speaker but the phrase after it is (zitierte
    Reuters Frau X)."""
    if np.is_medium(view, fwd) and low.split()[0] in np.ctx.lang.attribution.get("report_verbs", ()):
        nxt = np.forward(view, fwd[1])
        if nxt:
            return nxt
    return fwd


def _subject_before_auxiliary(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """The subject before an auxiliary: for a participle cue the phrase before the auxiliary
    (X, Y, hat bereits angekündigt), else the phrase after an auxiliary earlier in the clause
    (hatte ein Vertreter … es abgelehnt)."""
    ctx, tokens = np.ctx, view.tokens
    aux = ctx.lang.word_class("auxiliaries")
    if tokens[i].lower in ctx.lang.participles:
        k = i - 1
        while k > 0 and tokens[k].text[:1].islower() and tokens[k].lower not in aux and not view.quoted[k]:
            k -= 1
        if k > 0 and tokens[k].lower in aux:
            back = np.backward(view, k)
            if back:
                return back
    j = i - 1
    while j >= 0 and tokens[j].text not in CLAUSE_PUNCT and not view.quoted[j]:
        if tokens[j].lower in aux:
            span = np.forward(view, j + 1)
            if span and span[1] <= i:
                return span
        j -= 1
    return None


def verb_like(ctx: Context, t) -> bool:
    """A finite verb, judged by the lexicons: an auxiliary, a common finite form or a speech-verb form."""
    low = t.lower
    return (
        low in ctx.lang.word_class("auxiliaries")
        or low in ctx.lang.word_class("finite_verbs")
        or low in ctx.lang.cue_forms
    )
