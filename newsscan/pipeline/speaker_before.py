"""The subject phrase standing before a cue, for the speaker strategies: the antecedent of a
relative pronoun, the subject after a comparison opener, else the noun phrase opening the cue's
clause (``speaker_strategies.subject_before_cue``); the subject at an auxiliary
(``speaker_strategies.subject_before_auxiliary``)."""

from __future__ import annotations

from typing import Literal

from .context import CLAUSE_PUNCT, SentenceView, SpeakerSpan
from .np import Chunker
from .np.clause import comparison_subject
from .prefield import adverbial_prefield, passive


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


def passive_relative(np: Chunker, view: SentenceView, i: int) -> bool:
    """The cue at token i is the participle of a passive relative clause (``Der Plan, der 1994
    beschlossen wurde, …``; ``die Pläne, die als unrealistisch bezeichnet worden waren``): its
    antecedent is what was said or done, and no phrase in the clause before the cue is its
    speaker (the agent after ``von`` is read by ``passive_agent_source``)."""
    tokens = view.tokens
    c = i - 1
    while c >= 0 and tokens[c].text not in CLAUSE_PUNCT and not view.quoted[c]:
        c -= 1
    return (
        c >= 0
        and tokens[c].text == ","
        and c + 1 < i
        and tokens[c + 1].lower in np.ctx.lang.word_class("subject_relatives")
        and passive(np, view, i, i)
    )


def relative_antecedent(np: Chunker, view: SentenceView, i: int, c: int) -> tuple[int, int] | None:
    """X, der … betonte: the relative pronoun after the comma c stands for the phrase before it;
    also a relative pronoun of any form right before a cue that ends the clause, which has
    nothing else to be its subject (``Ägypten, das vorschlug, …``; not the demonstrative of
    ``…, das entschied die Behörde``)."""
    tokens, words = view.tokens, np.ctx.lang.word_class
    if c < 0 or tokens[c].text != "," or c + 1 >= i:
        return None
    subject = tokens[c + 1].lower in words("subject_relatives")
    if not (subject or _pronoun_subject(np, view, i, c)):
        return None
    antecedent = np.backward(view, c, clause_start=False)
    if not antecedent or len(antecedent) != 2:
        return None
    if not subject and any(t.lower in np.postmod for t in tokens[antecedent[0] : antecedent[1]]):
        return None  # der Sitzung der Behörde von X, das …: which noun it stands for, agreement says
    return antecedent


def _pronoun_subject(np: Chunker, view: SentenceView, i: int, c: int) -> bool:
    """A relative pronoun after the comma c right before a cue at i that ends an active clause:
    the clause's subject, whatever its form (``Ägypten, das vorschlug, …``)."""
    return (
        c + 2 == i
        and view.tokens[c + 1].lower in np.ctx.lang.word_class("relative_pronouns")
        and _clause_final(view, i)
        and not passive(np, view, i, i)
    )


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


def subject_before_auxiliary(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """The subject before an auxiliary: for a participle cue the phrase before the auxiliary
    (X, Y, hat bereits angekündigt; Die Regierung hatte den Bericht als falsch bezeichnet),
    else the phrase after an auxiliary earlier in the clause (hatte ein Vertreter … es
    abgelehnt); not the phrase after a passive auxiliary of a participle cue, which is what
    was said or found (``Es wurden zahlreiche Mängel festgestellt``)."""
    ctx, tokens = np.ctx, view.tokens
    aux = ctx.lang.word_class("auxiliaries")
    if tokens[i].lower in ctx.lang.participles:
        back = subject_before_clause_auxiliary(np, view, i)
        if back:
            return back
    low, words = tokens[i].lower, ctx.lang.word_class
    participle = low in ctx.lang.participles and low not in words("quoting_verbs")  # wird X zitiert: X
    passives = words("passive_auxiliaries") if participle else frozenset()
    j = i - 1
    while j >= 0 and tokens[j].text not in CLAUSE_PUNCT and not view.quoted[j]:
        if tokens[j].lower in aux and tokens[j].lower not in passives:  # Es wurden Mängel festgestellt
            span = np.forward(view, j + 1)
            if span and span[1] <= i:
                return span
        j -= 1
    return None


MIDDLE_FIELD = 15  # words read back from a participle cue to its clause's auxiliary


def subject_before_clause_auxiliary(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """For a participle cue at token i, the phrase opening the clause before its active
    auxiliary, across the objects and adverbials between them (``X, Y, hat bereits
    angekündigt``; ``Die Regierung hatte den Bericht als falsch bezeichnet``; ``Der Sender
    hatte Anfang Juli berichtet``): the subject of a verb-second clause. None for a passive
    clause (``Gegen das Buch wurde eingewandt``), an adverbial or oblique phrase before the
    auxiliary (``Ferner habe die Studie festgestellt``, ``Dem Sender hat …``: the subject
    follows the auxiliary), or no auxiliary within ``MIDDLE_FIELD`` words of the clause.

    >>> # Die Universität hatte die Aberkennung damit begründet, dass …  -> Die Universität
    """
    ctx, tokens = np.ctx, view.tokens
    aux = ctx.lang.word_class("auxiliaries")
    k = i - 1
    while k > 0 and i - k <= MIDDLE_FIELD and tokens[k].text not in CLAUSE_PUNCT and not view.quoted[k]:
        if tokens[k].lower in aux:
            break
        k -= 1
    if k <= 0 or tokens[k].lower not in aux or passive(np, view, k, i) or adverbial_prefield(np, view, k):
        return None
    back = np.backward(view, k)
    if back and tokens[back[0]].lower in ctx.lang.word_class("oblique_determiners"):
        return None
    return back


def _clause_final(view: SentenceView, i: int) -> bool:
    """The cue at token i ends its clause, as a relative clause's verb does: the sentence or
    clause punctuation follows it."""
    return i + 1 >= len(view.tokens) or view.tokens[i + 1].text in CLAUSE_PUNCT


def object_relative_subject(np: Chunker, view: SentenceView, i: int) -> SpeakerSpan | Literal[False] | None:
    """For a cue at token i in a relative clause whose pronoun is no subject (``…, denen unter
    anderem X vorwirft, …``; ``…, dem die Ministerin widersprach``): the subject between the
    pronoun and the cue, the phrase right before the cue; False when there is none, since the
    subject of the clause the relative clause hangs on never is the cue's; None when the cue
    stands in no such clause (a pronoun before a noun is an article: ``…, den Vorschlag …``).

    >>> # Die Kritik gilt der Bank, der unter anderem Rafael Correa vorwirft, …  -> Rafael Correa
    """
    tokens, words = view.tokens, np.ctx.lang.word_class
    c = i - 1
    while c >= 0 and tokens[c].text not in CLAUSE_PUNCT and not view.quoted[c]:
        c -= 1
    if c < 0 or tokens[c].text != "," or c + 2 > i:
        return None
    pronoun, after = tokens[c + 1], tokens[c + 2]
    if pronoun.lower not in words("relative_pronouns") or pronoun.lower in words("subject_relatives"):
        return None
    if c + 2 == i:  # …, denen vorgeworfen wird: no subject; …, das vorschlug: the antecedent
        verb_second = not _clause_final(view, i) and not passive(np, view, i, i)  # …, das entschied X
        return None if verb_second or relative_antecedent(np, view, i, c) else False
    if np.ctx.is_det(pronoun) and (np.ctx.is_cap(after) or np.ctx.is_adj(after)):
        return None  # …, den Vorschlag …; …, dessen Sprecher …: an article or a possessive
    back = np.backward(view, i, clause_start=False)
    a = back[0] if back else i
    while a < i and tokens[a].text[:1].islower() and not np.ctx.is_det(tokens[a]):
        a += 1  # …, denen unter anderem X vorwirft: the aside is no part of the subject
    if back and c + 1 < a < i and tokens[a].lower not in words("oblique_determiners"):
        return a, back[1]
    return False
