"""The subject phrase standing before a cue, for the speaker strategies: the antecedent of a
relative pronoun, the subject after a comparison opener, else the noun phrase opening the cue's
clause (``speaker_strategies.subject_before_cue``)."""

from __future__ import annotations

from .context import CLAUSE_PUNCT, SentenceView, SpeakerSpan
from .np import Chunker
from .np.clause import comparison_subject


def subject_before_cue(
    np: Chunker, view: SentenceView, i: int, fwd: tuple[int, int] | None
) -> SpeakerSpan | None:
    """A subject before the cue at token i: the antecedent of a relative pronoun, the subject
    after a comparison opener, else the noun phrase before the cue (not an oblique or a medium
    when a phrase follows the cue: Der Zeitung sagte X)."""
    ctx, tokens = np.ctx, view.tokens
    c = i - 1
    while c >= 0 and tokens[c].text not in CLAUSE_PUNCT and not view.quoted[c]:
        c -= 1
    antecedent = relative_antecedent(np, view, i, c)
    if antecedent:
        return antecedent
    compared = comparison_subject(np, view, i)  # Wie das Magazin X in einem Bericht berichtet, …
    if compared:
        return compared
    back = noun_phrase_before(np, view, i)
    if (
        back
        and fwd
        and (tokens[back[0]].lower in ctx.lang.word_class("oblique_determiners") or np.is_medium(view, back))
    ):
        return None  # Der Zeitung sagte X: …; Dem Sender sagte X; Xinhua quoted X as saying
    return back


def relative_antecedent(np: Chunker, view: SentenceView, i: int, c: int) -> tuple[int, int] | None:
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


def noun_phrase_before(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
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
    time_words = ctx.lang.time_words
    while (
        t > 1
        and (tokens[t - 1].lower in time_words or tokens[t - 1].text.isdigit())
        and not view.quoted[t - 1]
    ):
        t -= 1
    if t < i and tokens[t].lower in time_words | ctx.lang.word_class("date_prepositions"):
        return np.backward(view, t)
    return None
