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

from .context import CLAUSE_PUNCT, SentenceView, verb_like
from .np import Chunker
from .np.base import opens_name, past_party_tag

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
    """Tokens v … i stand in one clause: no quotation, coordinator or clause punctuation
    between them but pairs of commas around an insert with no verb (``hatte ein Sprecher, X,
    erklärt``) and a short tag in parentheses (``hat X (Grüne) gefordert``); ``Möglicherweise
    habe der Fahrer …, teilte ein Sprecher mit``: the report's auxiliary; ``Dies war … und die
    Bürger befürchten``: a second clause."""

    coordinators = np.ctx.lang.word_class("coordinators")
    tokens = view.tokens
    commas = 0
    k = v + 1
    while k < i:
        if past_party_tag(tokens, k) > k:
            k = past_party_tag(tokens, k)  # hat X (Grüne) gefordert: a tag is no clause
            continue
        t = tokens[k]
        if view.quoted[k] or t.lower in coordinators or t.text in CLAUSE_PUNCT and t.text != ",":
            return False
        commas += t.text == ","
        if commas % 2 and verb_like(np.ctx, t):
            return False  # …, teilte … mit: a verb after a comma opens another clause
        if t.text == "," and k + 1 < i and _opens_clause(np, tokens[k + 1]):
            return False  # …, so X, die … angab: no insert but another clause
        k += 1
    return commas % 2 == 0


def _opens_clause(np: Chunker, t) -> bool:
    """A word after a comma that opens a clause or a frame rather than an insert (``so``,
    ``die``, ``dass``)."""
    lang = np.ctx.lang
    opener = lang.word_class("relative_pronouns") | lang.word_class("subordinators")
    return t.lower in np.stop or t.lower in opener and not t.text[:1].isupper()


def adverbial_prefield(np: Chunker, view: SentenceView, v: int) -> bool:
    """Tokens 0 … v - 1 before the finite verb at v form one phrase that is no subject: a
    prepositional phrase (``Im Vorfeld``, ``Als Grund für …``, after an adverb: ``Bereits am
    Sonntag``), an object with an oblique
    article (``Dem Sender``), a time phrase (``Ende Januar``, ``Vergangene Woche``), one
    adverb (``Offiziell``, ``Unterdessen``) or one adjective or participle by the language's
    shape (``Abschließend``, ``Besorgt``: ``Rules.predicative_opener``). A name with particles
    is a subject (``Von der Leyen``), and so is a clause opened by a subordinator (``Weil …``)."""
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
    if first in lang.word_class("oblique_determiners"):
        return True  # Den vom Senat geplanten Umbau hat …: an object, even with a participle in it
    if _participle_attribute(np, view, v):
        return False  # Im Exil lebende Uiguren weisen … zurück: a subject with a participle before it
    openers = lang.word_class("prepositions") | lang.word_class("date_prepositions")
    if first in openers | lang.word_class("prefield_openers"):
        return True
    if v > 2 and first in np.stop and tokens[1].lower in openers | lang.word_class("article_prepositions"):
        return True  # Bereits am Sonntag, Erst nach der Wahl: an adverb before a prepositional phrase
    if v == 1:
        subjects = lang.word_class("anaphoric_subjects") | lang.word_class("generic_subjects")
        if lang.rules.predicative_opener(tokens[0].text):
            return True  # Abschließend sagte der Minister, Besorgt äußerte sich X
        return (first in np.stop or np.is_adverb(tokens[0])) and first not in subjects  # Dies war …
    return _time_phrase(np, view, v)


def _time_phrase(np: Chunker, view: SentenceView, v: int) -> bool:
    """Tokens 0 … v - 1 name a time with no article before them: a month, a time noun or a
    year at the end (``Ende Januar``, ``Vergangene Woche``, ``Anfang 2006``); ``Die Zeit`` is
    a newspaper."""
    lang, last = np.ctx.lang, view.tokens[v - 1]
    times = lang.time_words
    return not np.ctx.is_det(view.tokens[0]) and (last.lower in times or last.text.isdigit())


def _participle_attribute(np: Chunker, view: SentenceView, v: int) -> bool:
    """A lowercase adjective or participle right after a capitalised word before token v: a
    phrase with a participle attribute opens a noun phrase (``Im Exil lebende Uiguren``,
    ``Die am Montag gewählte Ministerin``), never a prepositional chain (``Am Rande der
    Konferenz``)."""
    tokens = view.tokens
    function_words = np.stop | np.ctx.lang.word_class("prepositions")  # Vor kurzem: no noun
    return any(
        tokens[k].text[:1].islower()
        and np.ctx.is_adj(tokens[k])
        and tokens[k - 1].text[:1].isupper()
        and tokens[k - 1].lower not in function_words
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


def subject_after_verb(np: Chunker, view: SentenceView, limit: int = MAX_PREFIELD) -> tuple[int, int] | None:
    """The subject of a sentence opened by an adverbial or an object: the noun phrase right
    after its finite verb, the first auxiliary or verb-like word within ``limit`` words, past a
    party tag in parentheses (``Am Montag hat die Staatsanwaltschaft das Ergebnis bekannt
    gegeben``; ``Den von X (CDU) geplanten Einsatz hat die Gewerkschaft abgelehnt``; past a
    focus particle: ``Nun hat auch X …``); None when the sentence opens otherwise or its clause
    is passive."""

    tokens = view.tokens
    v = 1
    while v < min(limit, len(tokens) - 1):
        t = tokens[v]
        if past_party_tag(tokens, v) > v:
            v = past_party_tag(tokens, v)  # Den von X (CDU) geplanten Einsatz hat …
            continue
        if not t.text[:1].isalnum() or view.quoted[v]:
            return None
        if t.text[:1].islower() and verb_like(np.ctx, t):
            if not adverbial_prefield(np, view, v) or passive(np, view, v, v):
                return None
            k = v + 1
            while k < len(tokens) - 1 and tokens[k].lower in np.ctx.lang.word_class("focus_particles"):
                k += 1  # Nun hat auch X …: the particle is no part of the subject
            span = np.forward(view, k)
            return span if span and not np.is_pronoun(tokens[span[0]]) else None
        v += 1
    return None


def subject_after_prefield(np: Chunker, view: SentenceView, limit: int) -> tuple[int, int] | None:
    """In a verb-second main clause opened by an adverbial (``adverbial_prefield``), the noun
    phrase right after its finite verb, before token ``limit``. The finite verb is the first
    lowercase word after the prefield that is no article, preposition, stop word or adjective
    before a noun, whatever its form, so a strong past form no list holds counts (``Am Dienstag
    zog die Firma X das Angebot mit der Begründung zurück, …``: die Firma X); None when the
    clause is passive or the phrase is an object (``Am Montag zog ihm der …``).

    >>> # Am Dienstag zog die Firma Nordtech das Angebot mit der Begründung zurück, …  -> die Firma Nordtech
    """
    if not np.ctx.lang.uses("clause.verb_second"):
        return None
    v = _shape_finite_verb(np, view, limit)
    if v is None or not adverbial_prefield(np, view, v) or passive(np, view, v, v):
        return None
    span = np.forward(view, v + 1)
    if not span or span[1] > limit:
        return None
    oblique = np.ctx.lang.word_class("oblique_determiners") | np.ctx.lang.word_class("object_pronouns")
    return None if view.tokens[span[0]].lower in oblique else span


def _shape_finite_verb(np: Chunker, view: SentenceView, limit: int) -> int | None:
    """The first lowercase word within ``MAX_PREFIELD`` words before token ``limit`` that may
    be a finite verb: no article, preposition, stop word, or attributive adjective
    (``_attributive``: ``Am späten Abend zog``: zog); None at punctuation or a quotation."""
    ctx, tokens = np.ctx, view.tokens
    function_words = (
        ctx.lang.word_class("prepositions")
        | ctx.lang.word_class("date_prepositions")
        | ctx.lang.word_class("article_prepositions")
        | np.stop
    )
    for v in range(1, min(MAX_PREFIELD, limit)):
        t = tokens[v]
        if view.quoted[v] or not t.text[:1].isalnum():
            return None
        if not t.text[:1].islower() or ctx.is_det(t) or t.lower in function_words:
            continue
        if _attributive(np, view, v):
            continue  # am späten Abend: an adjective before its noun
        return v
    return None


def _attributive(np: Chunker, view: SentenceView, v: int) -> bool:
    """Token v is an adjective inside a phrase: after an article, a preposition, a number or
    another adjective, and before a capitalised noun or another adjective (``am späten Abend``,
    ``nach langen Verhandlungen``); not a verb in -en after a complete phrase (``Am Sonntag
    zogen Demonstranten …``)."""
    ctx, tokens = np.ctx, view.tokens
    t, prev, nxt = tokens[v], tokens[v - 1], tokens[v + 1]
    words = ctx.lang.word_class
    opens = words("prepositions") | words("article_prepositions") | words("date_prepositions")
    inside = ctx.is_det(prev) or prev.lower in opens or prev.text.isdigit() or ctx.is_adj(prev)
    return ctx.is_adj(t) and inside and (ctx.is_cap(nxt) and not ctx.is_det(nxt) or ctx.is_adj(nxt))


def relative_clause_before(np: Chunker, view: SentenceView, limit: int) -> bool:
    """The clause of token ``limit`` opens after a comma with a relative pronoun that is no
    article (``…, die der Überzeugung waren``; not ``…, das Angebot …``)."""
    tokens, words = view.tokens, np.ctx.lang.word_class
    c = next((k for k in range(limit - 1, 0, -1) if tokens[k].text in CLAUSE_PUNCT), None)
    if c is None or tokens[c].text != "," or c + 2 >= limit:
        return False
    pronoun, after = tokens[c + 1], tokens[c + 2]
    article = np.ctx.is_det(pronoun) and (np.ctx.is_cap(after) or np.ctx.is_adj(after))
    return pronoun.lower in words("relative_pronouns") and not article


def subject_after_finite_verb(np: Chunker, view: SentenceView, limit: int) -> tuple[int, int] | None:
    """The subject after the finite verb of a clause opened by an adverbial, ending before token
    ``limit`` (``subject_after_verb``, else ``subject_after_prefield``: ``Am Montag hat X den
    Vorschlag unterbreitet, …``); None in a relative clause, whose subject is its own (``…, die
    der Ansicht waren, …``)."""
    if relative_clause_before(np, view, limit):
        return None
    span = subject_after_verb(np, view) or subject_after_prefield(np, view, limit)
    return span if span and span[1] <= limit else None
