"""The first place of a verb-second main clause (strategy ``clause.verb_second``: German,
Dutch). A main clause holds one phrase before its finite verb; when that phrase is an
adverbial or an object, the subject stands after the verb:

    Ende Januar verkündete der Verband, …      (a time phrase)
    Als Grund gab die Schule an, …             (a predicative with als)
    Im Vorfeld hatte der Verband betont, …     (a prepositional phrase, then the auxiliary)
    Offiziell sagt die Regierung, …            (an adverb)
    Gisteren zei de minister dat …             (Dutch)

but not ``Der Verband verkündete``, ``Von der Leyen sagte`` (a name with particles) or ``Als
der Minister sagte, …`` (a subordinate clause: its verb stands last, no phrase follows it)."""

from __future__ import annotations

from .context import CLAUSE_PUNCT, SentenceView
from .np import Chunker
from .np.base import opens_name

MAX_PREFIELD = 12  # words before the finite verb: a longer run is no single phrase


def finite_verb(np: Chunker, view: SentenceView, i: int) -> int | None:
    """The finite verb of a main clause that opens the sentence, for the cue at token i: the
    cue itself or an auxiliary before it (``hatte … betont``), with no clause punctuation,
    quotation or second verb before it; None when the sentence opens no such clause."""
    tokens = view.tokens
    auxiliaries = np.ctx.lang.word_class("auxiliaries")
    for k in range(1, min(i, MAX_PREFIELD) + 1):
        t = tokens[k - 1]
        if view.quoted[k - 1] or t.text in CLAUSE_PUNCT or not t.text[:1].isalnum():
            return None
        if k == i:
            return k
        if tokens[k].lower in auxiliaries and not view.quoted[k]:
            return k if _same_clause(np, view, k, i) else None
    return None


def _same_clause(np: Chunker, view: SentenceView, v: int, i: int) -> bool:
    """Tokens v … i stand in one clause: no clause punctuation, quotation or coordinator
    between them (``Möglicherweise habe der Fahrer …, teilte ein Sprecher mit``: the report's
    auxiliary; ``Dies war … und die Bürger befürchten``: a second clause)."""
    coordinators = np.ctx.lang.word_class("coordinators")
    tokens = view.tokens
    return all(
        tokens[k].text not in CLAUSE_PUNCT and not view.quoted[k] and tokens[k].lower not in coordinators
        for k in range(v, i)
    )


def adverbial_prefield(np: Chunker, view: SentenceView, v: int) -> bool:
    """Tokens 0 … v - 1 before the finite verb at v form one phrase that is no subject: a
    prepositional phrase (``Im Vorfeld``, ``Als Grund für …``), an object with an oblique
    article (``Dem Sender``), a time phrase (``Ende Januar``, ``Vergangene Woche``) or one
    adverb (``Offiziell``, ``Unterdessen``). A name with particles is a subject (``Von der
    Leyen``), and so is a clause opened by a subordinator (``Weil …``)."""
    ctx, tokens = np.ctx, view.tokens
    lang = ctx.lang
    first = tokens[0].lower
    if v <= 0 or opens_name(ctx, tokens, 0, v):
        return False
    if first in lang.word_class("subordinators") | lang.word_class("adverbial_subordinators"):
        return False
    if first in lang.word_class("comparison_openers") | lang.word_class("relative_pronouns") - set(
        lang.word_class("determiners")
    ):
        return False  # Wie X mitteilte, …; welche …: a subordinate clause
    if _participle_attribute(np, view, v):
        return False  # Im Exil lebende Uiguren weisen … zurück: a subject with a participle before it
    openers = lang.word_class("prepositions") | lang.word_class("date_prepositions")
    if first in openers | lang.word_class("prefield_openers") | lang.word_class("oblique_determiners"):
        return True
    if v == 1:
        subjects = lang.word_class("anaphoric_subjects") | lang.word_class("generic_subjects")
        return (first in np.stop or np._is_adverb(tokens[0])) and first not in subjects  # Dies war …
    return _time_phrase(np, view, v)


def _time_phrase(np: Chunker, view: SentenceView, v: int) -> bool:
    """Tokens 0 … v - 1 name a time with no article before them: a month, a time noun or a
    year at the end (``Ende Januar``, ``Vergangene Woche``, ``Anfang 2006``); ``Die Zeit`` is
    a newspaper."""
    lang, last = np.ctx.lang, view.tokens[v - 1]
    times = lang.word_class("months") | lang.word_class("time_nouns") | lang.word_class("time_words")
    return not np.ctx.is_det(view.tokens[0]) and (last.lower in times or last.text.isdigit())


def _participle_attribute(np: Chunker, view: SentenceView, v: int) -> bool:
    """A lowercase adjective or participle right after a capitalised word before token v: a
    phrase with a participle attribute opens a noun phrase (``Im Exil lebende Uiguren``,
    ``Die am Montag gewählte Ministerin``), never a prepositional chain (``Am Rande der
    Konferenz``)."""
    tokens = view.tokens
    return any(
        tokens[k].text[:1].islower()
        and np.ctx.is_adj(tokens[k])
        and tokens[k - 1].text[:1].isupper()
        and not np.ctx.is_det(tokens[k])
        and tokens[k].lower not in np.postmod | np.stop
        for k in range(1, v)
    )


def passive(np: Chunker, view: SentenceView, v: int, i: int) -> bool:
    """The clause of the finite verb at v and the cue at i is passive (``In den Medien war der
    Auftrag als … bezeichnet worden``; ``Im Bericht wird betont``): its subject is no speaker."""
    tokens, passives = view.tokens, np.ctx.lang.word_class("passive_auxiliaries")
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return (v < i and tokens[v].lower in passives) or after in passives
