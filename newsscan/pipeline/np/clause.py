"""The subject of a clause as a whole: the phrase that opens the sentence (past a time phrase
or an opening phrase), and the subject of a participle after ``with``."""

from __future__ import annotations

from ..apposition import apposed_name_after
from ..context import CLAUSE_PUNCT, QUOTE_MARKS, SentenceView, named_source_end, verb_like, verb_shaped
from . import Chunker
from .base import is_tag, time_run_end
from .openers import past_dateline, past_glued_heading


def with_subject(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """…, with a spokesman saying …: the phrase between ``with`` and the participle at i."""
    tokens = view.tokens
    k = i - 1
    while k > 0 and i - k <= 8 and not view.quoted[k] and tokens[k].text not in CLAUSE_PUNCT:
        k -= 1
        if tokens[k].lower in np.ctx.lang.word_class("participle_subject_markers"):
            span = np.forward(view, k + 1)
            return span if span and span[1] == i else None
    return None


def sentence_subject(
    np: Chunker, view: SentenceView, limit: int | None = None, cue: int | None = None
) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence, when a verb follows it; past a time phrase
    (Last week X revealed …) and, for a participial cue at token ``limit``, past an opening
    phrase set off by a comma (After the hearing, X issued a statement, saying …); never the
    subject of an opening adverbial clause with its subordinator (As X reported, …): the cue at
    token ``cue``, when given, tells whether the clause's subject is the speaker."""
    tokens = view.tokens
    adverbial = adverbial_opener(np, view)
    if adverbial and limit is None:
        return _adverbial_subject(np, view, cue)
    starts = [past_dateline(np, view) or past_glued_heading(np, view)]  # not the heading's noun
    opener = participle_opener(np, view) or bare_noun_opener(np, view) or adverbial
    if limit is not None or opener:
        end = min(len(tokens) if limit is None else limit, 40)
        commas = (k + 1 for k in range(end) if tokens[k].text == "," and not view.quoted[k])
        starts += [k for k, _ in zip(commas, range(3))]
    labelled = _after_label(np, view)
    if labelled:
        return labelled  # Europapolitik: Die SPD will …
    for start in starts[1:] if opener else starts:
        span = np.forward(view, past_time_phrase(np, view, start))
        if span and _verb_at(np, view, _past_apposed_name(np, view, span[1])):
            return span  # … verb; or Merz: „…“; Der Sprecher, Max Weber, versuchte …
    return None


def bare_noun_opener(np: Chunker, view: SentenceView) -> bool:
    """Where nouns are lowercase, the sentence opens with a noun with no article and its
    complement, set off by a comma before the subject (``Auteur d'un doublé, l'attaquant X a
    savouré : …``; ``Autor de dos goles, el delantero X dijo …``): an apposition, never the
    subject. The comma comes within ten words with no verb before it; an article or a
    capitalised word follows it."""
    tokens, lang = view.tokens, np.ctx.lang
    if not lang.uses("nominal.lowercase_noun") or len(tokens) < 6 or view.quoted[0]:
        return False
    if not (tokens[0].text[:1].isupper() and tokens[1].lower in np.postmod and tokens[2].text[:1].islower()):
        return False
    verbs = lang.finite_words
    for k in range(2, min(11, len(tokens) - 1)):
        t = tokens[k]
        if view.quoted[k] or t.lower in verbs or t.lower in lang.cue_forms:
            return False
        if t.text == ",":
            return np.ctx.is_det(tokens[k + 1]) or np.ctx.is_cap(tokens[k + 1])
    return False


def adverbial_opener(np: Chunker, view: SentenceView) -> bool:
    """The sentence opens with an adverbial clause (``As X reported, …``, ``Nachdem X …, …``):
    its subject is not the sentence's, and the subordinator is never part of a name."""
    tokens = view.tokens
    return (
        len(tokens) > 1
        and not view.quoted[0]
        and tokens[0].lower in np.ctx.lang.word_class("adverbial_subordinators")
    )


def _adverbial_subject(np: Chunker, view: SentenceView, cue: int | None) -> tuple[int, int] | None:
    """The subject of an opening adverbial clause, without its subordinator, when the cue at
    token ``cue`` stands in that clause (``Nachdem erste Ermittlungen ergeben hatten, dass …``);
    none for a cue in the main clause, whose subject is not the clause's (``As X reported,
    officials said …``; ``Nachdem X gegangen war, vertrat der Minister die Ansicht …``)."""
    tokens = view.tokens
    comma = next((k for k, t in enumerate(tokens) if t.text == "," and not view.quoted[k]), len(tokens))
    if cue is not None and cue > comma + 1:
        return _subject_after_clause(np, view, comma, cue)
    if cue is None or cue >= comma:
        return None
    span = np.forward(view, past_time_phrase(np, view, 1))
    if span is None or span[1] > cue or not _verb_at(np, view, span[1]):
        return None
    return span


def _subject_after_clause(np: Chunker, view: SentenceView, comma: int, cue: int) -> tuple[int, int] | None:
    """Where the finite verb stands second, the subject of the main clause after an opening
    adverbial clause follows its verb (``Nachdem X gegangen war, vertrat der Minister die
    Ansicht, dass …``: der Minister), when the cue is later in that main clause."""
    tokens = view.tokens
    verb = comma + 1
    if not np.ctx.lang.uses("clause.verb_second") or not tokens[verb].text[:1].islower():
        return None
    finite = verb_like(np.ctx, tokens[verb]) or np.ctx.lang.rules.finite_shape(
        tokens[verb].lower, ",", (), frozenset()
    )
    if not finite or view.quoted[verb]:
        return None
    span = np.forward(view, verb + 1)
    return span if span and span[1] <= cue and not np.is_pronoun(tokens[span[0]]) else None


def participle_opener(np: Chunker, view: SentenceView) -> bool:
    """The sentence opens with a participle clause, which is never its subject (``Speaking to
    reporters, X said …``; ``Asked about it, X replied …``): a capitalised first word with a
    gerund ending or a speech verb's participle, then a lowercase word that is no verb or
    adverb (``Manning said``, ``Fleming also told`` open with a name)."""
    tokens, lang = view.tokens, np.ctx.lang
    if len(tokens) < 3 or view.quoted[0] or not tokens[0].text[:1].isupper():
        return False
    low, nxt = tokens[0].lower, tokens[1]
    gerund = len(low) > 5 and low.endswith(tuple(lang.word_class("gerund_endings")))
    return (
        (gerund or low in lang.participles)
        and nxt.text[:1].islower()
        and nxt.text[:1].isalpha()
        and not verb_like(np.ctx, nxt)
        and (nxt.lower in lang.word_class("prepositions") or not np.is_adverb(nxt))
    )


def _past_apposed_name(np: Chunker, view: SentenceView, b: int) -> int:
    """The token after a name, an aside or a noun with no article in commas at token b (``Der
    Sprecher, Max Weber, versuchte``; ``X, however, decided``; ``X, autor de un gol,
    dedicó``), else b."""
    tokens = view.tokens
    inner = apposed_name_after(np.ctx, view, b)
    if inner is None and b < len(tokens) and tokens[b].text == ",":
        end = next((k for k in range(b + 1, min(b + 10, len(tokens))) if tokens[k].text == ","), b + 1)
        words = tokens[b + 1 : end]
        aside = len(words) <= 4 and (np._is_aside(words) or is_tag(words)) or np._bare_description(words)
        inner = (b + 1, end) if words and aside and not any(view.quoted[b + 1 : end]) else None
    if inner is None:
        inner = (
            _relative_clause_after(np, view, b)
            or _apposed_description(np, view, b)
            or _apposed_phrase(np, view, b)
        )
    if inner and inner[1] < len(tokens) and tokens[inner[1]].text == ",":
        return inner[1] + 1
    return _unclosed_apposition(np, view, b) or b


def _unclosed_apposition(np: Chunker, view: SentenceView, b: int) -> int | None:
    """The token after a role apposed to a subject at token b whose closing comma is missing,
    when the finite verb follows it (``Anna Berger, Sprecherin des Mieterbunds kommentierte
    …``): a comma, then a phrase opening with a role noun, with no quotation; else None.

    >>> # Anna Berger, Sprecherin des Mieterbunds kommentierte den Fall: „…“  -> at kommentierte
    >>> # Anna Berger, Sprecherin und Mieterin, kam …                        -> None (closed)
    """
    tokens, ctx = view.tokens, np.ctx
    if b + 2 >= len(tokens) or tokens[b].text != "," or not ctx.is_role(tokens[b + 1].text):
        return None
    span = np.forward(view, b + 1)
    if not span or span[1] >= len(tokens) or any(view.quoted[b + 1 : span[1] + 1]):
        return None
    verb = tokens[span[1]]
    finite = verb_like(ctx, verb) or ctx.lang.rules.past_finite(ctx, view, span[1])
    return span[1] if verb.text[:1].islower() and finite else None


def _apposed_phrase(np: Chunker, view: SentenceView, b: int) -> tuple[int, int] | None:
    """An apposition in commas after a subject at token b: a noun phrase with no article
    (``X, Dezernent der Stadt, sprach``), within 16 words, with no verb or quotation."""

    tokens = view.tokens
    if b + 1 >= len(tokens) or tokens[b].text != ",":
        return None
    if np.forward(view, b + 1) is None:
        return None
    for k in range(b + 1, min(b + 17, len(tokens))):
        if view.quoted[k] or verb_like(np.ctx, tokens[k]) or tokens[k].text in (".", ";", ":"):
            return None
        if tokens[k].text == ",":
            return (b + 1, k) if k > b + 1 else None
    return None


def _relative_clause_after(np: Chunker, view: SentenceView, b: int) -> tuple[int, int] | None:
    """A relative clause in commas after a subject at token b (``Mayor X, who had pushed for the
    plan, called …``): its token span up to the closing comma, within 25 words and no quotation;
    a relative word that is also an article (der, die) opens one only when a verb ends it
    (``X, der auch im Aufsichtsrat sitzt, verteidigte …``; not ``X, der Minister, …``)."""
    tokens = view.tokens
    if not (
        b + 1 < len(tokens)
        and tokens[b].text == ","
        and tokens[b + 1].lower in np.ctx.lang.word_class("subject_relatives")
    ):
        return None
    article = np.ctx.is_det(tokens[b + 1])
    for k in range(b + 2, min(b + 27, len(tokens))):
        if view.quoted[k] or tokens[k].text in (";", ":"):
            return None  # a full stop inside a sentence is an abbreviation, an ordinal or an address
        if tokens[k].text == ",":
            verb_final = tokens[k - 1].text.islower() and verb_shaped(np.ctx, tokens[k - 1])
            return (b + 1, k) if not article or k > b + 3 and verb_final else None
    return None


def _apposed_description(np: Chunker, view: SentenceView, b: int) -> tuple[int, int] | None:
    """A description or an age in commas after a subject at token b (``X, a Louisiana
    Republican, declined …``; ``X, 54, said …``; ``X, the firm's lawyer, said …``): opened by a
    determiner or a number, up to the closing comma within ten words, with no quotation, verb
    or cue in it."""
    tokens, lang = view.tokens, np.ctx.lang
    if not (b + 2 < len(tokens) and tokens[b].text == "," and not view.quoted[b + 1]):
        return None
    if not (np.ctx.is_det(tokens[b + 1]) or tokens[b + 1].text.isdigit()):
        return None
    relatives = lang.word_class("subject_relatives") | lang.word_class("relative_pronouns")
    if tokens[b + 1].lower in relatives and not (
        np.ctx.is_cap(tokens[b + 2]) or np.ctx.is_adj(tokens[b + 2])
    ):
        return None  # Das Buch, das sie vorstellte, …: a relative clause, not a description
    barred = lang.finite_words | lang.word_class("subordinators")
    for k in range(b + 2, min(b + 12, len(tokens))):
        t = tokens[k]
        if view.quoted[k] or t.text in (".", ";", ":") or t.lower in barred or t.lower in lang.cue_forms:
            return None
        if t.text == ",":
            return b + 1, k
    return None


def _after_label(np: Chunker, view: SentenceView) -> tuple[int, int] | None:
    """The subject of a clause after a one-word topic label and a colon (``Europapolitik: Die
    SPD will …``), when a lowercase verb follows it; not a colon frame (``Merz: „…“``), whose
    quotation follows the colon."""
    tokens = view.tokens
    if len(tokens) < 4 or tokens[1].text != ":" or view.quoted[2] or not tokens[0].text[:1].isupper():
        return None
    span = np.forward(view, 2)
    if not span or span[1] >= len(tokens) or tokens[span[1]].text == ":":
        return None
    return span if _verb_at(np, view, span[1]) else None


def _verb_at(np: Chunker, view: SentenceView, k: int) -> bool:
    """Token k can follow a sentence's subject: a colon, or a lowercase word that is no article."""
    if k >= len(view.tokens):
        return False
    t = view.tokens[k]
    return t.text == ":" or t.text[:1].islower() and not np.ctx.is_det(t) and t.text[:1].isalpha()


def past_time_phrase(np: Chunker, view: SentenceView, k: int) -> int:
    """The token after a time phrase opening the clause at k (Last week, On Tuesday): a time
    phrase is never the subject."""
    j = time_run_end(np.ctx, view, k, 4)
    return j if j > k and j < len(view.tokens) and view.tokens[j].text != "," else k


def past_aside(np: Chunker, view: SentenceView, k: int) -> int:
    """The token after a writer's aside of two to four words opening at token k (``a estimé
    de son côté le directeur``, ``dijo por su parte el alcalde``), else k."""
    for n in (4, 3, 2):
        words = view.tokens[k : k + n]
        if len(words) == n and not any(view.quoted[k : k + n]) and np._is_aside(words):
            return k + n
    return k


def _article_of_subject(np: Chunker, view: SentenceView, k: int) -> bool:
    """The addressee preposition at token k is also an article and a singular lowercase noun
    follows it (pt ``afirmou a magistrada``; not ``disse a jornalistas``): the subject's article."""
    tokens = view.tokens
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return bool(
        np.ctx.is_det(tokens[k])
        and nxt is not None
        and nxt.text.isalpha()
        and nxt.text.islower()
        and not nxt.lower.endswith("s")
        and not np.ctx.is_det(nxt)
    )


def past_addressee(np: Chunker, view: SentenceView, k: int) -> int:
    """Where the subject after a cue starts when an addressee opens at token k (``dijo a la radio
    pública el alcalde``, ``ha detto ai giornalisti il sindaco``, ``sagte gegenüber dem Sender
    ein Sprecher``): the next lowercase determiner within seven words that opens no
    prepositional phrase or time phrase; k when no addressee preposition is at k or no such
    determiner follows (``dijo a los periodistas que …``, ``dijo a la salida de la reunión``);
    the name right after a medium (``a indiqué à l'AFP Sophie X``). A capitalised article is part
    of a medium's name (al diario El País); a preposition that is also an article, before a
    singular common noun, is the subject's article (pt ``afirmou a magistrada``)."""
    tokens, lang = view.tokens, np.ctx.lang
    if k >= len(tokens) or view.quoted[k] or tokens[k].lower not in lang.word_class("addressee_prepositions"):
        return k
    if _article_of_subject(np, view, k):
        return k
    barred = lang.word_class("subordinators") | lang.word_class("relative_pronouns")
    inner = np.postmod | lang.word_class("prepositions") | lang.word_class("addressee_prepositions")
    time_words = lang.time_words | np.stop  # el lunes
    medium = np.forward(view, k + 1)
    if medium and np.is_medium(view, medium) and medium[1] < len(tokens) and np.ctx.is_cap(tokens[medium[1]]):
        return medium[1]  # a indiqué à l'AFP Sophie X
    for m in range(k + 2, min(k + 9, len(tokens) - 1)):
        t = tokens[m]
        if view.quoted[m] or not t.text[:1].isalnum() or t.lower in barred:
            return k
        if (
            np.ctx.is_det(t)
            and t.text[:1].islower()
            and tokens[m - 1].lower not in inner
            and tokens[m + 1].lower not in time_words
        ):
            return m
    return k


def comparison_subject(np: Chunker, view: SentenceView, i: int) -> tuple[int, int] | None:
    """The subject of a frame opened by a comparison word, for the cue at token i: the phrase
    after ``wie`` / ``as`` / ``zoals`` at the start of a clause, past a parenthesis, an apposed
    name or an aside in commas, with no other comma before the cue (``Wie der Sprecher der
    Behörde, Max Weber, mitteilte``; ``Wie die Mission (UNMISS) weiterhin mitteilte``; ``Wie
    aus Unternehmenskreisen verlautete``; ``Wie t-online.de berichtet``)."""
    tokens, lang = view.tokens, np.ctx.lang
    k = _comparison_opener(np, view, i)
    if k is None:
        return None
    j = _past_particles(np, view, k + 1, i)  # Wie schon die WHO sagte; as also the mayor said
    if tokens[j].lower in lang.word_class("document_prepositions") | lang.word_class("source_prepositions"):
        j += 1  # Wie aus Unternehmenskreisen verlautete
    end = named_source_end(view, j)
    span = (j, end) if end is not None else np.forward(view, j)
    if span is None or span[1] > i:
        return None
    b = _past_inserts(np, view, span[1], i)
    if end is not None and tokens[j].text in QUOTE_MARKS:
        span = (j + 1, end - 1)  # Wie „heise online“ berichtet: the name without its marks
    if any(tokens[m].text in (",", ";", ":") or view.quoted[m] for m in range(b, i)):
        return None  # Wie X mitteilte, sagte Y: the cue is in another clause
    return span


def _past_particles(np: Chunker, view: SentenceView, j: int, i: int) -> int:
    """The first token from j (before the cue at token i) that is no focus particle or
    lowercase adverb: ``Wie schon die WHO sagte``, ``Wie auch der Minister betonte``; a
    preposition or a reflexive pronoun is kept (``Wie aus Kreisen verlautete``)."""
    tokens, lang = view.tokens, np.ctx.lang
    kept = lang.word_class("prepositions") | lang.word_class("source_prepositions")
    kept |= lang.word_class("reflexive_pronouns")  # wie sich die Junta nennt: no subject's particle
    while (
        j < i - 1
        and tokens[j].text[:1].islower()
        and (tokens[j].lower in lang.word_class("focus_particles") or np.is_adverb(tokens[j]))
        and tokens[j].lower not in kept
        and not np.ctx.is_det(tokens[j])
    ):
        j += 1
    return j


def _comparison_opener(np: Chunker, view: SentenceView, i: int) -> int | None:
    """The comparison word opening a clause within 25 words before token i, with no colon,
    semicolon or quotation between."""
    tokens, openers = view.tokens, np.ctx.lang.word_class("comparison_openers")
    for k in range(i - 1, max(-1, i - 26), -1):
        if view.quoted[k] or tokens[k].text in (";", ":"):
            return None  # a full stop inside a sentence is an abbreviation, an ordinal or an address
        if tokens[k].lower in openers and (k == 0 or tokens[k - 1].text in CLAUSE_PUNCT):
            return k if k + 1 < i else None
    return None


def _past_inserts(np: Chunker, view: SentenceView, b: int, i: int) -> int:
    """The token after what may stand between a subject ending at b and its cue at i: a
    parenthesis (``(UNMISS)``), an apposed name or an aside in commas (``, Max Weber,``;
    ``, Sprecher der Behörde,``)."""
    tokens = view.tokens
    if b < i and tokens[b].text == "(":
        close = next((m for m in range(b + 1, min(b + 8, i)) if tokens[m].text == ")"), None)
        b = close + 1 if close is not None else b
    if b < i and tokens[b].text == ",":
        close = next((m for m in range(b + 1, min(b + 14, i)) if tokens[m].text == ","), None)
        b = close + 1 if close is not None else b
    return b


def without_dative_medium(np: Chunker, view: SentenceView, span: tuple[int, int]) -> tuple[int, int]:
    """A role after a cue, then an article of ``[dative_articles]`` and a medium that ends the
    phrase: the medium is the addressee, not the role's domain (``sagte der Sprecher der
    Zeitung``: the spokesman told the paper); the span up to the article, else the span."""
    tokens, a, b = view.tokens, span[0], span[1]
    for k in range(a + 1, b - 1):
        if (
            tokens[k].lower in np.ctx.lang.word_class("dative_articles")
            and np.ctx.is_role(tokens[k - 1].text)
            and np.is_medium(view, (k, b))
        ):
            return a, k
    return span


def past_time_before_subject(np: Chunker, view: SentenceView, j: int) -> int:
    """The token after a time phrase at token j that stands between an inverted cue and its
    subject, when a determiner opens the subject after it (``a indiqué dimanche matin le
    colonel X``, ``dijo este lunes el ministro``, ``afirmou na segunda-feira o comandante``):
    a date preposition, then up to three time words (a determiner among them: ``este``); else j."""
    tokens, lang = view.tokens, np.ctx.lang
    k = j
    if k < len(tokens) and tokens[k].lower in lang.word_class("date_prepositions"):
        k += 1
    m = time_run_end(np.ctx, view, k, 3)
    return m if m > k and m < len(tokens) and np.ctx.is_det(tokens[m]) else j
